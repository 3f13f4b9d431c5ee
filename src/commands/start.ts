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

/**
 * Opens the UI on `initial`: the first paint (plain text, before ink loads), then ink.
 * Only the lessons and the progress file are read before the screen shows.
 */
export async function openTui(io: CommandIO, color: boolean, initial?: Step): Promise<number> {
  // chalk (inside ink) reads FORCE_COLOR when it is first imported: --no-color must be set before.
  if (!color) process.env.FORCE_COLOR = '0';
  const [{ loadLessonInfos }, { ProgressStore, progressFile, dataDir }, { scenarioVersion }, { splashScreen }, { enterScreen }] = await Promise.all([
    import('../tui/lessons-source.js'),
    import('../tui/progress/index.js'),
    import('../tui/scenario-version.js'),
    import('../tui/splash.js'),
    import('../tui/screen.js'),
  ]);
  const root = packageRoot(io.env);
  const lessons = loadLessonInfos(root);
  const progress = new ProgressStore(progressFile(io.env));
  const versions = new Map<string, string | undefined>();
  const versionOf = (id: string): string | undefined => {
    if (!versions.has(id)) versions.set(id, scenarioVersion(root, id));
    return versions.get(id);
  };
  const out = io.stdout as NodeJS.WriteStream;
  const leave = enterScreen(out);
  try {
    out.write(splashScreen(lessons, progress.snapshot(), versionOf, out.columns || 80, (out.rows || 24) - 1, color, initial));
    // Raw mode now, so that keys typed while ink loads wait in the terminal as they were typed
    // (cooked mode would turn Enter into a newline and hold letters until a line is complete).
    const stdin = io.stdin as NodeJS.ReadStream;
    if (stdin.isTTY) stdin.setRawMode(true);
    const { runTui } = await import('../tui/run-tui.js');
    return await runTui({ root, dataDir: dataDir(io.env), lessons, progress, versionOf, stdout: out, stdin: io.stdin as NodeJS.ReadStream, initial, color });
  } finally {
    leave();
  }
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
