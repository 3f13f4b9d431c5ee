/**
 * Grading: replay a submission, run every check, score with partial credit.
 *
 *   const r = gradeSubmission(loaded, checks, submission);
 *   r.score / r.maxScore, r.passed, r.checks[i].message ("expected … found …. Hint: …")
 */
import type { LoadedScenario, StartedScenario } from '../src/course/index.js';
import { replay } from './replay.js';
import type { Submission } from './submission.js';
import type { GradeContext, TrafficRecord } from './types.js';
import type { CompiledCheck } from './validate.js';

export interface CheckResult {
  id: string;
  title: string;
  passed: boolean;
  points: number;
  earned: number;
  message: string;
}

export interface GradeReport {
  scenario: string;
  score: number;
  maxScore: number;
  passed: boolean;
  checks: CheckResult[];
  /** Why the replay stopped early or what it refused. */
  notes: string[];
}

/** Runs the checks against a replayed cluster. */
export function runChecks(checks: CompiledCheck[], ctx: GradeContext): CheckResult[] {
  return checks.map(({ check, type, params }) => {
    let outcome: { passed: boolean; message: string };
    try {
      outcome = type.run(params, ctx);
    } catch (e) {
      outcome = { passed: false, message: `the check failed to run (our bug, not yours): ${(e as Error).message}` };
    }
    const message = !outcome.passed && check.hint ? `${outcome.message}. Hint: ${check.hint}` : outcome.message;
    return { id: check.id, title: check.title, passed: outcome.passed, points: check.points, earned: outcome.passed ? check.points : 0, message };
  });
}

/** Score and verdict for a list of check results. */
export function score(scenario: LoadedScenario['scenario'], id: string, results: CheckResult[], notes: string[]): GradeReport {
  const maxScore = results.reduce((n, c) => n + c.points, 0);
  const got = results.reduce((n, c) => n + c.earned, 0);
  return { scenario: id, score: got, maxScore, passed: got * 100 >= scenario.grading.passPercent * maxScore, checks: results, notes };
}

/** Replays and grades one submission. */
export function gradeSubmission(loaded: LoadedScenario, checks: CompiledCheck[], submission: Submission, opts: { seed?: number } = {}): GradeReport {
  const r = replay(loaded, submission, opts);
  return score(loaded.scenario, loaded.scenario.id, runChecks(checks, r.ctx), [...r.setupErrors.map((e) => `scenario set-up failed: ${e}`), ...r.notes]);
}

/**
 * Grades a scenario that is being played right now (the terminal UI's "grade me"): the
 * learner's cluster as it is, the interval from the end of the set-up until now.
 */
export function gradeStarted(loaded: LoadedScenario, checks: CompiledCheck[], started: StartedScenario, traffic: TrafficRecord[] = []): GradeReport {
  const entries = started.cluster.timeline.entries;
  const ctx: GradeContext = {
    cluster: started.cluster,
    setupEnd: started.setupEnd,
    gradeTime: started.cluster.now(),
    setupEntries: entries.slice(0, started.setupEntries),
    entries: entries.slice(started.setupEntries),
    traffic,
  };
  return score(loaded.scenario, loaded.scenario.id, runChecks(checks, ctx), started.setupErrors.map((e) => `scenario set-up failed: ${e}`));
}

/** The hints of the scenario's tasks that apply to a report (a hint with whenFailing shows only while one of those checks fails). */
export function hintsFor(scenario: LoadedScenario['scenario'], report: GradeReport): string[] {
  const failing = new Set(report.checks.filter((c) => !c.passed).map((c) => c.id));
  return scenario.tasks.flatMap((t) => t.hints.filter((h) => !h.whenFailing || h.whenFailing.some((id) => failing.has(id))).map((h) => h.text));
}
