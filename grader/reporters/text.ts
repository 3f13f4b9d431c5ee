/**
 * The report for people:
 *
 *   deployments/rollback: 8/10 points, not passed (100% needed)
 *     PASS  image              3/3  The Deployment runs nginx:1.16.1 again
 *     FAIL  same-deployment    0/2  The Deployment was rolled back, not re-created
 *           expected the original deployment/nginx-deployment (uid …), found a re-created one (uid …). Hint: …
 */
import type { GradeReport } from '../grade.js';

export function textReport(r: GradeReport, passPercent?: number): string {
  const idWidth = Math.max(...r.checks.map((c) => c.id.length), 2);
  const ptsWidth = Math.max(...r.checks.map((c) => `${c.earned}/${c.points}`.length), 3);
  const lines = [`${r.scenario}: ${r.score}/${r.maxScore} points, ${r.passed ? 'passed' : 'not passed'}${passPercent !== undefined && !r.passed ? ` (${passPercent}% needed)` : ''}`];
  for (const c of r.checks) {
    lines.push(`  ${c.passed ? 'PASS' : 'FAIL'}  ${c.id.padEnd(idWidth)}  ${`${c.earned}/${c.points}`.padStart(ptsWidth)}  ${c.title}`);
    if (!c.passed) lines.push(`        ${c.message}`);
  }
  for (const n of r.notes) lines.push(`  note: ${n}`);
  return lines.join('\n') + '\n';
}
