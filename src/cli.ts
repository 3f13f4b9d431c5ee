/**
 * `kubedojo` entry point: a table of subcommands, each in its own module under
 * src/commands and loaded only when used (so `kubedojo run` never loads the UI).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CommandIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
}

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  /** Loads the implementation lazily; it returns the exit code. */
  load(): Promise<(args: string[], io: CommandIO) => Promise<number>>;
}

export const COMMANDS: CliCommand[] = [
  { name: 'run', usage: 'run [--echo] [--workdir DIR] [--seed N] [--scenario ID] SCRIPT', summary: 'Run a script of shell lines on a fresh simulated cluster and print what a terminal would show', load: async () => (await import('./commands/run.js')).runCommand },
  { name: 'grade', usage: 'grade ID SUBMISSION [--format text|json|junit] [--output FILE]', summary: 'Grade a submission (commands.sh and files, or a session file) against a scenario; --batch DIR grades a class', load: async () => (await import('./commands/grade.js')).gradeCommand },
  { name: 'lint', usage: 'lint [PATHS]', summary: 'Validate lessons and scenarios and prove every scenario sound', load: async () => (await import('./commands/lint.js')).lintCommand },
  { name: 'start', usage: 'start [--no-interactive] [--no-color]', summary: 'Open the course in the terminal (the default when no command is given)', load: async () => (await import('./commands/start.js')).startCommand },
  { name: 'lesson', usage: 'lesson ID', summary: 'Read a lesson (printed as text when not in a terminal)', load: async () => (await import('./commands/lesson.js')).lessonCommand },
  { name: 'play', usage: 'play ID', summary: 'Play a scenario in the terminal UI', load: async () => (await import('./commands/play.js')).playCommand },
  { name: 'export', usage: 'export [ID] [-o FILE|-]', summary: 'Write the recorded session of a scenario as a submission for `kubedojo grade`', load: async () => (await import('./commands/export.js')).exportCommand },
  { name: 'serve', usage: 'serve [--port N] [--scenario ID] [--speed N]', summary: 'Serve the simulated cluster over HTTPS on loopback for the real kubectl (writes a kubeconfig)', load: async () => (await import('./commands/serve.js')).serveCommand },
];

export function packageVersion(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const p of [join(here, '..', '..', 'package.json'), join(here, '..', 'package.json')]) {
    try {
      return (JSON.parse(readFileSync(p, 'utf8')) as { version: string }).version;
    } catch {
      // try the next location (compiled vs. source layout)
    }
  }
  return '0.0.0';
}

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length), 10);
  const lines = [
    'kubedojo - learn Kubernetes in your terminal, against a simulated cluster that grades itself',
    '',
    'Usage:',
    '  kubedojo <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    `  ${'help'.padEnd(width)}  Show this help`,
    `  ${'version'.padEnd(width)}  Print the version`,
    '',
  ];
  return lines.join('\n');
}

export async function main(argv: string[], io: CommandIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }): Promise<number> {
  const [name, ...rest] = argv;
  // No command (or only UI flags such as --no-color): the course in the terminal.
  if (!name || (name.startsWith('--') && !['--help', '--version'].includes(name))) {
    const { startCommand } = await import('./commands/start.js');
    return startCommand(argv, io);
  }
  if (name === 'help' || name === '--help' || name === '-h') {
    io.stdout.write(help());
    return 0;
  }
  if (name === 'version' || name === '--version') {
    io.stdout.write(`kubedojo ${packageVersion()}\n`);
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.stderr.write(`kubedojo: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  const run = await cmd.load();
  return run(rest, io);
}
