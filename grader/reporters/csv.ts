/** CSV for spreadsheets: student, score, maxScore, passed, error, then earned points per check. */
import type { ClassResult } from './class.js';
import { csv } from './escape.js';

export function csvReport(c: ClassResult): string {
  const rows = [['student', 'score', 'maxScore', 'passed', 'error', ...c.checks.map((k) => k.id)].map(csv).join(',')];
  const maxScore = c.checks.reduce((n, k) => n + k.points, 0);
  for (const s of c.students) {
    const earned = new Map((s.report?.checks ?? []).map((r) => [r.id, r.earned]));
    rows.push([s.student, s.report?.score ?? 0, s.report?.maxScore ?? maxScore, s.report?.passed ?? false, s.error ?? '', ...c.checks.map((k) => earned.get(k.id) ?? 0)].map(csv).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}
