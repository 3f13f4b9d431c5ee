/** The report for machines: `{scenario, score, maxScore, passed, checks: [{id, title, passed, points, earned, message}], notes}`. */
import type { GradeReport } from '../grade.js';

export function jsonReport(r: GradeReport): string {
  const out = {
    scenario: r.scenario,
    score: r.score,
    maxScore: r.maxScore,
    passed: r.passed,
    checks: r.checks.map((c) => ({ id: c.id, title: c.title, passed: c.passed, points: c.points, earned: c.earned, message: c.message })),
    notes: r.notes,
  };
  return JSON.stringify(out, null, 2) + '\n';
}
