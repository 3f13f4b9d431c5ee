/**
 * Opening a scenario session for the UI: the workspace folder in the data directory, the course
 * source loaded on first use (the simulator is not needed to draw the home screen), the
 * recording saved after every command for `kubedojo export`, the grade saved as progress.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import type { CourseSource, RecordedSession } from './course-source.js';
import { writeFileAtomic, type ProgressStore } from './progress/index.js';
import type { SessionModel } from './session/model.js';

/** Folder-safe form of a scenario id (`deployments/rollback` → `deployments--rollback`). */
export const safeId = (id: string): string => id.replace(/\//g, '--');

/** Where the learner's files for a scenario live. */
export function workspaceDir(dataDir: string, id: string): string {
  return join(dataDir, 'workspaces', safeId(id));
}

/** Where the recording of the last session of a scenario is kept (grader session format). */
export function sessionFile(dataDir: string, id: string): string {
  return join(dataDir, 'sessions', `${safeId(id)}.json`);
}

export interface LaunchOptions {
  dataDir: string;
  progress: ProgressStore;
  /** Loads the course source (a dynamic import in production, a fixture in tests). */
  loadSource: () => Promise<CourseSource>;
}

export type OpenSession = (scenarioId: string) => Promise<SessionModel | { error: string }>;

/** Returns a function that opens sessions with these options. */
export function sessionLauncher(opts: LaunchOptions): OpenSession {
  let source: Promise<CourseSource> | undefined;
  return async (id) => {
    source ??= opts.loadSource();
    const src = await source;
    const info = src.scenario(id);
    if ('error' in info) return info;
    const ws = workspaceDir(opts.dataDir, id);
    fs.mkdirSync(ws, { recursive: true });
    const { SessionModel } = await import('./session/model.js');
    const save = (s: RecordedSession): void => {
      try {
        writeFileAtomic(sessionFile(opts.dataDir, id), `${JSON.stringify(s, null, 2)}\n`);
      } catch {
        // Export will say there is nothing to export; the session itself goes on.
      }
    };
    const model = SessionModel.start({
      source: src,
      scenario: info,
      workspaceRoot: ws,
      onRecord: save,
      onGrade: (r) => opts.progress.recordAttempt(id, info.version, r.score, r.maxScore, r.passed),
    });
    if (!('error' in model)) {
      opts.progress.recordStart(id, info.version);
      save(model.recording());
    }
    return model;
  };
}
