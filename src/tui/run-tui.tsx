/**
 * Runs the terminal UI: the alternate screen (so the learner's scroll-back is left as it was),
 * wheel scrolling as arrow keys (alternate scroll mode, DECSET 1007), ink rendering the App,
 * and the terminal restored on exit. Loaded only when the run is interactive.
 */
import { render } from 'ink';
import type { Step } from './course-status.js';
import { App } from './components/App.js';
import { loadLessonInfos } from './lessons-source.js';
import { ProgressStore, dataDir, progressFile } from './progress/index.js';
import { scenarioVersion } from './scenario-version.js';
import { sessionLauncher } from './session-launcher.js';

const ENTER_SCREEN = '\x1b[?1049h\x1b[?1007h\x1b[H';
const LEAVE_SCREEN = '\x1b[?1007l\x1b[?1049l';

export interface TuiOptions {
  root: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  initial?: Step;
}

/** Draws the course until the learner quits; returns the exit code. */
export async function runTui(opts: TuiOptions): Promise<number> {
  const dir = dataDir(opts.env);
  const progress = new ProgressStore(progressFile(opts.env));
  const lessons = loadLessonInfos(opts.root);
  const versions = new Map<string, string | undefined>();
  const versionOf = (id: string): string | undefined => {
    if (!versions.has(id)) versions.set(id, scenarioVersion(opts.root, id));
    return versions.get(id);
  };
  const openSession = sessionLauncher({
    dataDir: dir,
    progress,
    loadSource: async () => (await import('./fs-course-source.js')).fsCourseSource(opts.root),
  });
  opts.stdout.write(ENTER_SCREEN);
  const restore = (): void => {
    opts.stdout.write(LEAVE_SCREEN);
  };
  process.once('exit', restore);
  try {
    const app = render(<App lessons={lessons} progress={progress} versionOf={versionOf} openSession={openSession} initial={opts.initial} />, {
      stdout: opts.stdout,
      stdin: opts.stdin,
      exitOnCtrlC: false,
      patchConsole: false,
    });
    await app.waitUntilExit();
  } finally {
    process.off('exit', restore);
    restore();
  }
  return 0;
}
