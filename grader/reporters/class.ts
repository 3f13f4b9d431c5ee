/**
 * A class's results (`grade --batch`): one row per student (a subdirectory), in name order.
 * A student whose submission could not be read has an error instead of a report.
 */
import type { GradeReport } from '../grade.js';

export interface StudentResult {
  student: string;
  report?: GradeReport;
  error?: string;
}

export interface ClassResult {
  scenario: string;
  title: string;
  passPercent: number;
  checks: { id: string; title: string; points: number }[];
  students: StudentResult[];
}

/** Per check: how many students passed it. */
export function checkPassCounts(c: ClassResult): Map<string, number> {
  const m = new Map(c.checks.map((k) => [k.id, 0]));
  for (const s of c.students) for (const r of s.report?.checks ?? []) if (r.passed) m.set(r.id, (m.get(r.id) ?? 0) + 1);
  return m;
}

/** The summary table printed by `grade --batch`. */
export function classSummary(c: ClassResult): string {
  const w = Math.max(7, ...c.students.map((s) => s.student.length));
  const maxScore = c.checks.reduce((n, k) => n + k.points, 0);
  const lines = [`${'STUDENT'.padEnd(w)}  SCORE     RESULT`];
  for (const s of c.students) {
    const score = s.report ? `${s.report.score}/${s.report.maxScore}` : '-';
    lines.push(`${s.student.padEnd(w)}  ${score.padEnd(8)}  ${s.report ? (s.report.passed ? 'passed' : 'not passed') : `error: ${s.error}`}`);
  }
  const passed = c.students.filter((s) => s.report?.passed).length;
  lines.push('', `${passed} of ${c.students.length} passed ${c.scenario} (max ${maxScore} points, ${c.passPercent}% needed)`);
  const counts = checkPassCounts(c);
  for (const k of c.checks) lines.push(`  ${k.id}: ${counts.get(k.id)}/${c.students.length} passed`);
  return lines.join('\n') + '\n';
}
