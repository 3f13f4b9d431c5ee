/**
 * What the UI needs from the course, as one small interface: the lessons, the scenarios, a
 * session's start and its grading. The UI depends only on this; `fs-course-source.ts`
 * implements it over src/course and grader/, and tests pass fixtures.
 */
import type { Cluster } from '../sim/index.js';
import type { Shell, Workspace } from '../shell/index.js';

export interface LessonInfo {
  id: string;
  title: string;
  order: number;
  estimatedMinutes: number;
  prerequisites: string[];
  scenarios: string[];
  /** Markdown body without front matter. */
  markdown: string;
}

export interface ScenarioHint {
  text: string;
  whenFailing?: string[];
}

export interface ScenarioInfo {
  id: string;
  title: string;
  lesson: string;
  difficulty: string;
  estimatedMinutes: number;
  description: string;
  tasks: { text: string; hints: ScenarioHint[] }[];
  /** The reference solution, as shell lines. */
  solution: string;
  seed: number;
  /** Changes whenever the scenario's file changes (progress is kept per version). */
  version: string;
}

export interface LiveScenario {
  cluster: Cluster;
  shell: Shell;
  workspace: Workspace;
  /** Virtual time when the set-up ended. */
  setupEnd: number;
}

export interface CheckLine {
  id: string;
  title: string;
  passed: boolean;
  points: number;
  earned: number;
  message: string;
}

export interface GradeResult {
  score: number;
  maxScore: number;
  passed: boolean;
  checks: CheckLine[];
  notes: string[];
  /** The task hints that apply to this result. */
  hints: string[];
}

/** A recorded session, in the form the grader reads (grader/submission.ts session file). */
export interface RecordedSession {
  scenario: string;
  seed: number;
  commands: { text: string; at: number }[];
  files: Record<string, string>;
}

export interface CourseSource {
  lessons(): LessonInfo[];
  /** A scenario's description, or an error message for the learner. */
  scenario(id: string): ScenarioInfo | { error: string };
  /** A fresh cluster at the scenario's start, its starter files written into `workspaceRoot`. */
  start(id: string, workspaceRoot: string, sink: (chunk: { stream: 'out' | 'err'; text: string }) => void): LiveScenario | { error: string };
  /** Grades a recorded session exactly as `kubedojo grade` would. */
  grade(session: RecordedSession): GradeResult | { error: string };
}
