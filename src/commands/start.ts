/**
 * `kubedojo` with no arguments, `kubedojo start` and `npm start`: the course in the terminal.
 * Interactivity is decided once (see tui/terminal-mode.ts); a non-interactive run prints the
 * lessons as text and exits, without loading ink.
 */
import type { CommandIO } from '../cli.js';
import { modeFor } from '../tui/terminal-mode.js';
import { packageRoot } from '../tui/package-root.js';
import type { Step } from '../tui/course-status.js';

export const START_USAGE = 'Usage: kubedojo [start] [--interactive|--no-interactive] [--no-color]';

/** Opens the UI (interactive) on `initial`, or returns undefined so the caller prints plain text. */
export async function openTui(io: CommandIO, color: boolean, initial?: Step): Promise<number> {
  // chalk (inside ink) reads FORCE_COLOR when it is first imported: --no-color must be set before.
  if (!color) io.env.FORCE_COLOR = '0';
  if (!color && io.env === process.env) process.env.FORCE_COLOR = '0';
  const { runTui } = await import('../tui/run-tui.js');
  return runTui({ root: packageRoot(io.env), env: io.env, stdout: io.stdout as NodeJS.WriteStream, stdin: io.stdin as NodeJS.ReadStream, initial });
}

export async function startCommand(args: string[], io: CommandIO): Promise<number> {
  const { mode, rest } = modeFor(args, io);
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout.write(`Open the course in the terminal.\n\n${START_USAGE}\n`);
    return 0;
  }
  if (rest.length) {
    io.stderr.write(`kubedojo: unexpected argument "${rest[0]}"\n${START_USAGE}\n`);
    return 2;
  }
  if (mode.interactive) return openTui(io, mode.color);
  const [{ loadLessonInfos }, { ProgressStore, progressFile }, { scenarioVersion }, { plainHome }] = await Promise.all([
    import('../tui/lessons-source.js'),
    import('../tui/progress/index.js'),
    import('../tui/scenario-version.js'),
    import('../tui/plain-home.js'),
  ]);
  const root = packageRoot(io.env);
  io.stdout.write(plainHome(loadLessonInfos(root), ProgressStore.read(progressFile(io.env)).data, (id) => scenarioVersion(root, id)));
  return 0;
}
