/**
 * Runs the terminal UI with ink until the learner quits. Loaded only when the run is
 * interactive, after the first paint (the caller has entered the alternate screen).
 */
import { render } from 'ink';
import type { Step, VersionOf } from './course-status.js';
import type { LessonInfo } from './course-source.js';
import { App } from './components/App.js';
import { ColorContext } from './components/color-context.js';
import type { ProgressStore } from './progress/index.js';
import { REPAINT } from './screen.js';
import { sessionLauncher } from './session-launcher.js';

export interface TuiOptions {
  root: string;
  dataDir: string;
  lessons: LessonInfo[];
  progress: ProgressStore;
  versionOf: VersionOf;
  stdout: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  initial?: Step;
  color: boolean;
}

/** Draws the course until the learner quits; returns the exit code. */
export async function runTui(opts: TuiOptions): Promise<number> {
  const openSession = sessionLauncher({
    dataDir: opts.dataDir,
    progress: opts.progress,
    loadSource: async () => (await import('./fs-course-source.js')).fsCourseSource(opts.root),
  });
  opts.stdout.write(REPAINT);
  const app = render(
    <ColorContext.Provider value={opts.color}>
      <App lessons={opts.lessons} progress={opts.progress} versionOf={opts.versionOf} openSession={openSession} initial={opts.initial} />
    </ColorContext.Provider>,
    {
      stdout: opts.stdout,
      stdin: opts.stdin,
      exitOnCtrlC: false,
      patchConsole: false,
    },
  );
  await app.waitUntilExit();
  return 0;
}
