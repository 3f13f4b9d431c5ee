/**
 * The learner's progress: per scenario (keyed by id and the scenario's content version) the
 * best score, whether it passed, when it was last played, and per lesson the last position
 * read. Stored as one JSON file, written atomically. A file that is corrupt, from another
 * version of kubedojo or from the future is never fatal: what can be read is kept, the rest
 * starts empty, and a corrupt file is kept aside as `progress.json.corrupt` for the curious.
 */
import * as fs from 'node:fs';
import { removeStaleTemps, writeFileAtomic } from './atomic-write.js';

export const PROGRESS_FORMAT = 1;

export interface ScenarioProgress {
  /** Content version of the scenario this record was earned on (a hash of its file). */
  version: string;
  status: 'started' | 'passed';
  bestScore: number;
  maxScore: number;
  attempts: number;
  /** Wall-clock ISO time (progress is about the learner's life, not virtual time). */
  lastPlayed: string;
}

export interface LessonProgress {
  /** First visible line when the reader was closed. */
  line: number;
  read: boolean;
  lastRead: string;
}

export interface ProgressData {
  format: number;
  scenarios: Record<string, ScenarioProgress>;
  lessons: Record<string, LessonProgress>;
  /** What the learner did last: "lesson:<id>" or "scenario:<id>". */
  last?: string;
}

export function emptyProgress(): ProgressData {
  return { format: PROGRESS_FORMAT, scenarios: {}, lessons: {} };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readScenario(v: unknown): ScenarioProgress | undefined {
  if (!isObj(v) || typeof v.version !== 'string') return undefined;
  const num = (x: unknown): number => (typeof x === 'number' && Number.isFinite(x) && x >= 0 ? x : 0);
  return {
    version: v.version,
    status: v.status === 'passed' ? 'passed' : 'started',
    bestScore: num(v.bestScore),
    maxScore: num(v.maxScore),
    attempts: num(v.attempts),
    lastPlayed: typeof v.lastPlayed === 'string' ? v.lastPlayed : '',
  };
}

function readLesson(v: unknown): LessonProgress | undefined {
  if (!isObj(v)) return undefined;
  return {
    line: typeof v.line === 'number' && v.line >= 0 ? Math.floor(v.line) : 0,
    read: v.read === true,
    lastRead: typeof v.lastRead === 'string' ? v.lastRead : '',
  };
}

/** Reads whatever is usable out of parsed JSON; unknown fields (newer versions) are dropped. */
export function normalizeProgress(raw: unknown): ProgressData {
  const out = emptyProgress();
  if (!isObj(raw)) return out;
  for (const [k, v] of Object.entries(isObj(raw.scenarios) ? raw.scenarios : {})) {
    const s = readScenario(v);
    if (s) out.scenarios[k] = s;
  }
  for (const [k, v] of Object.entries(isObj(raw.lessons) ? raw.lessons : {})) {
    const l = readLesson(v);
    if (l) out.lessons[k] = l;
  }
  if (typeof raw.last === 'string') out.last = raw.last;
  return out;
}

export class ProgressStore {
  private data: ProgressData;
  /** Why the file could not be read, if it could not (shown once on the home screen). */
  readonly warning?: string;

  constructor(readonly file: string) {
    const r = ProgressStore.read(file);
    this.data = r.data;
    this.warning = r.warning;
  }

  /** Loads `file`: a missing file is empty progress; a corrupt one is set aside. */
  static read(file: string): { data: ProgressData; warning?: string } {
    removeStaleTemps(file);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return { data: emptyProgress() };
    }
    try {
      return { data: normalizeProgress(JSON.parse(text)) };
    } catch {
      try {
        fs.renameSync(file, `${file}.corrupt`);
      } catch {
        // nothing more to save
      }
      return { data: emptyProgress(), warning: `the progress file ${file} was unreadable and was set aside as ${file}.corrupt` };
    }
  }

  snapshot(): Readonly<ProgressData> {
    return this.data;
  }

  /** Progress of a scenario, only if it was earned on this content version. */
  scenario(id: string, version: string): ScenarioProgress | undefined {
    const s = this.data.scenarios[id];
    return s && s.version === version ? s : undefined;
  }

  lesson(id: string): LessonProgress | undefined {
    return this.data.lessons[id];
  }

  /** Records an attempt (a `check`); the best score is kept. A new content version starts over. */
  recordAttempt(id: string, version: string, score: number, maxScore: number, passed: boolean, now: Date = new Date()): ScenarioProgress {
    const prev = this.scenario(id, version);
    const next: ScenarioProgress = {
      version,
      status: passed || prev?.status === 'passed' ? 'passed' : 'started',
      bestScore: Math.max(score, prev?.bestScore ?? 0),
      maxScore,
      attempts: (prev?.attempts ?? 0) + 1,
      lastPlayed: now.toISOString(),
    };
    this.update((d) => {
      d.scenarios[id] = next;
      d.last = `scenario:${id}`;
    });
    return next;
  }

  /** Marks a scenario as started (opened) without an attempt. */
  recordStart(id: string, version: string, now: Date = new Date()): void {
    const prev = this.scenario(id, version);
    this.update((d) => {
      d.scenarios[id] = prev ? { ...prev, lastPlayed: now.toISOString() } : { version, status: 'started', bestScore: 0, maxScore: 0, attempts: 0, lastPlayed: now.toISOString() };
      d.last = `scenario:${id}`;
    });
  }

  recordLesson(id: string, line: number, read: boolean, now: Date = new Date()): void {
    const prev = this.data.lessons[id];
    this.update((d) => {
      d.lessons[id] = { line, read: read || prev?.read === true, lastRead: now.toISOString() };
      d.last = `lesson:${id}`;
    });
  }

  private update(fn: (d: ProgressData) => void): void {
    const d: ProgressData = JSON.parse(JSON.stringify(this.data)) as ProgressData;
    fn(d);
    d.format = PROGRESS_FORMAT;
    this.data = d;
    try {
      writeFileAtomic(this.file, `${JSON.stringify(d, null, 2)}\n`);
    } catch {
      // Progress is a convenience: a read-only home directory must not stop the course.
    }
  }
}
