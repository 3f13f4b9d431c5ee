/**
 * Where the learner stands, from the lessons and the progress file: each lesson's status and
 * score, the next suggested step and what "continue" opens. Plain functions for the home screen.
 */
import type { LessonInfo } from './course-source.js';
import type { ProgressData } from './progress/index.js';

export type LessonState = 'not started' | 'in progress' | 'done';

export interface LessonStatus {
  lesson: LessonInfo;
  state: LessonState;
  /** Scenarios passed (on their current version) out of those that exist. */
  passed: number;
  playable: number;
  score: number;
  maxScore: number;
}

/** Content versions of scenarios; undefined for a scenario that does not exist (yet). */
export type VersionOf = (scenarioId: string) => string | undefined;

export function lessonStatus(lesson: LessonInfo, progress: ProgressData, versionOf: VersionOf): LessonStatus {
  let passed = 0;
  let playable = 0;
  let score = 0;
  let maxScore = 0;
  let touched = progress.lessons[lesson.id] !== undefined;
  for (const id of lesson.scenarios) {
    const v = versionOf(id);
    if (v === undefined) continue;
    playable++;
    const p = progress.scenarios[id];
    if (!p || p.version !== v) continue;
    touched = true;
    if (p.status === 'passed') passed++;
    score += p.bestScore;
    maxScore += p.maxScore;
  }
  const read = progress.lessons[lesson.id]?.read === true;
  const state: LessonState = !touched ? 'not started' : read && passed === playable ? 'done' : 'in progress';
  return { lesson, state, passed, playable, score, maxScore };
}

export type Step = { kind: 'lesson'; id: string; label: string } | { kind: 'scenario'; id: string; label: string };

/** The next suggested step: the first lesson not done, its reading first, then its unpassed scenarios. */
export function nextStep(statuses: LessonStatus[], progress: ProgressData, versionOf: VersionOf): Step | undefined {
  for (const s of statuses) {
    if (s.state === 'done') continue;
    if (!progress.lessons[s.lesson.id]?.read) return { kind: 'lesson', id: s.lesson.id, label: `read "${s.lesson.title}"` };
    const open = s.lesson.scenarios.find((id) => {
      const v = versionOf(id);
      const p = progress.scenarios[id];
      return v !== undefined && !(p && p.version === v && p.status === 'passed');
    });
    if (open) return { kind: 'scenario', id: open, label: `play ${open}` };
  }
  return undefined;
}

/** What "continue" opens: the last lesson or scenario the learner had open. */
export function continueStep(progress: ProgressData): Step | undefined {
  const last = progress.last;
  if (!last) return undefined;
  const [kind, ...rest] = last.split(':');
  const id = rest.join(':');
  if (kind === 'lesson') return { kind: 'lesson', id, label: `lesson ${id}` };
  if (kind === 'scenario') return { kind: 'scenario', id, label: `scenario ${id}` };
  return undefined;
}
