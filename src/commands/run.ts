/**
 * `kubedojo run [--echo] [--workdir DIR] [--seed N] [--scenario ID] SCRIPT|-`: runs a script
 * of shell lines on a fresh simulated cluster and prints what a terminal would show.
 * Only the simulator, kubectl and the shell are loaded (never the UI), so it starts fast.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CommandIO } from '../cli.js';

const USAGE = 'Usage: kubedojo run [--echo] [--workdir DIR] [--seed N] [--scenario ID] SCRIPT|-';

const HELP = `Run a script of shell lines on a fresh simulated cluster and print what a terminal would show.

${USAGE}

Arguments:
  SCRIPT           file with one command per line (heredocs may span lines); - reads standard input

Options:
  --echo           print "$ COMMAND" before each command (continuation lines as "> LINE")
  --workdir DIR    folder the commands see as the current directory (default: the script's folder,
                   or the current directory for -); files outside it are refused
  --seed N         seed for generated names (default 1); same script and seed, same output
  --scenario ID    start from a scenario's setup instead of an empty cluster
  -h, --help       show this help

The exit status is the last command's, as with bash.
`;

interface RunArgs {
  echo: boolean;
  workdir?: string;
  seed: number;
  scenario?: string;
  script: string;
}

/** Parses the command line; a string is a usage error. */
export function parseRunArgs(args: string[]): RunArgs | 'help' | string {
  const out: Partial<RunArgs> & { echo: boolean; seed: number } = { echo: false, seed: 1 };
  const value = (i: number, flag: string): string | { error: string } => {
    const v = args[i + 1];
    return v === undefined ? { error: `flag needs an argument: ${flag}` } : v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '-h' || flag === '--help') return 'help';
    if (flag === '--echo') {
      out.echo = true;
      continue;
    }
    if (flag === '--workdir' || flag === '--seed' || flag === '--scenario') {
      const v = inline ?? value(i, flag);
      if (typeof v !== 'string') return v.error;
      if (inline === undefined) i++;
      if (flag === '--workdir') out.workdir = v;
      else if (flag === '--scenario') out.scenario = v;
      else if (!/^\d+$/.test(v)) return `invalid argument "${v}" for "--seed" flag: must be a non-negative integer`;
      else out.seed = Number(v);
      continue;
    }
    if (a.startsWith('-') && a !== '-') return `unknown flag: ${a}`;
    if (out.script !== undefined) return `only one SCRIPT is allowed (got "${out.script}" and "${a}")`;
    out.script = a;
  }
  if (out.script === undefined) return 'missing SCRIPT (a file, or - for standard input)';
  return out as RunArgs;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export async function runCommand(args: string[], io: CommandIO): Promise<number> {
  const parsed = parseRunArgs(args);
  if (parsed === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  if (typeof parsed === 'string') {
    io.stderr.write(`kubedojo run: ${parsed}\n${USAGE}\nRun 'kubedojo run --help' for more information.\n`);
    return 2;
  }
  let script: string;
  try {
    script = parsed.script === '-' ? await readAll(io.stdin) : readFileSync(parsed.script, 'utf8');
  } catch (e) {
    io.stderr.write(`kubedojo run: cannot read ${parsed.script}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
    return 2;
  }
  const workdir = resolve(parsed.workdir ?? (parsed.script === '-' ? process.cwd() : dirname(resolve(parsed.script))));
  const [{ Cluster }, { Shell, Workspace, splitScript, isBlank }] = await Promise.all([import('../sim/index.js'), import('../shell/index.js')]);
  let workspace: InstanceType<typeof Workspace>;
  try {
    workspace = new Workspace(workdir);
  } catch {
    io.stderr.write(`kubedojo run: --workdir ${workdir}: no such directory\n`);
    return 2;
  }
  const sink = (chunk: { stream: 'out' | 'err'; text: string }): void => { (chunk.stream === 'out' ? io.stdout : io.stderr).write(chunk.text); };
  let cluster: import('../sim/index.js').Cluster;
  let shell: InstanceType<typeof Shell>;
  if (parsed.scenario !== undefined) {
    // Start from the scenario's set-up; its seed unless --seed was given. Starter files are
    // added to the folder only where no file of that name exists (the folder is the user's).
    const course = await import('../course/index.js');
    const found = course.findScenario(parsed.scenario);
    if (!found.ok) {
      io.stderr.write(`kubedojo run: --scenario ${parsed.scenario}: ${found.problems[0]?.message ?? 'cannot be loaded'}\n`);
      return 2;
    }
    const starter = Object.fromEntries(Object.entries(found.loaded.starter).filter(([f]) => workspace.resolve(f).ok && !existsSync(resolve(workspace.root, f))));
    const seedGiven = args.some((a) => a === '--seed' || a.startsWith('--seed='));
    const started = course.startScenario(found.loaded.scenario, { workspaceRoot: workdir, starter, seed: seedGiven ? parsed.seed : undefined, sink });
    cluster = started.cluster;
    shell = started.shell;
  } else {
    cluster = Cluster.create({ seed: parsed.seed });
    shell = new Shell({ cluster, workspace, sink });
  }
  let status = 0;
  for (const input of splitScript(script)) {
    if (isBlank(input.text)) continue;
    if (parsed.echo) io.stdout.write(input.text.split('\n').map((l, i) => `${i === 0 ? '$' : '>'} ${l}\n`).join(''));
    const r = shell.run(input.text, { atEof: input.unterminated, line: input.line });
    if (r.kind === 'done') status = r.status;
    if (shell.exitRequested !== undefined) break;
  }
  return status;
}
