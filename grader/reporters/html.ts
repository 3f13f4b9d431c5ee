/**
 * A self-contained HTML page for instructors (no scripts, no external files): a table of
 * students by checks, then per check how many passed, then each student's messages.
 */
import type { ClassResult } from './class.js';
import { checkPassCounts } from './class.js';
import { html } from './escape.js';

const STYLE = 'body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}td.pass{background:#e6f4ea}td.fail{background:#fdecea}code{font-size:90%}';

export function htmlReport(c: ClassResult): string {
  const counts = checkPassCounts(c);
  const passed = c.students.filter((s) => s.report?.passed).length;
  const out: string[] = [
    '<!DOCTYPE html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${html(c.scenario)} — class report</title><style>${STYLE}</style></head><body>`,
    `<h1>${html(c.title)} <small><code>${html(c.scenario)}</code></small></h1>`,
    `<p>${passed} of ${c.students.length} students passed (${c.passPercent}% of the points needed).</p>`,
    '<h2>Students</h2><table><thead><tr><th>Student</th><th>Score</th><th>Result</th>',
    ...c.checks.map((k) => `<th title="${html(k.title)}">${html(k.id)} (${k.points})</th>`),
    '</tr></thead><tbody>',
  ];
  for (const s of c.students) {
    const byId = new Map((s.report?.checks ?? []).map((r) => [r.id, r]));
    out.push(`<tr><td><a href="#s-${html(s.student)}">${html(s.student)}</a></td><td>${s.report ? `${s.report.score}/${s.report.maxScore}` : '-'}</td><td>${s.report ? (s.report.passed ? 'passed' : 'not passed') : `error: ${html(s.error ?? '')}`}</td>`);
    for (const k of c.checks) {
      const r = byId.get(k.id);
      out.push(r ? `<td class="${r.passed ? 'pass' : 'fail'}">${r.earned}</td>` : '<td>-</td>');
    }
    out.push('</tr>');
  }
  out.push('</tbody></table>', '<h2>Checks</h2><table><thead><tr><th>Check</th><th>Title</th><th>Points</th><th>Passed</th></tr></thead><tbody>');
  for (const k of c.checks) out.push(`<tr><td><code>${html(k.id)}</code></td><td>${html(k.title)}</td><td>${k.points}</td><td>${counts.get(k.id)}/${c.students.length}</td></tr>`);
  out.push('</tbody></table>', '<h2>Details</h2>');
  for (const s of c.students) {
    out.push(`<h3 id="s-${html(s.student)}">${html(s.student)}</h3>`);
    if (!s.report) {
      out.push(`<p>Submission not graded: ${html(s.error ?? '')}</p>`);
      continue;
    }
    out.push('<ul>');
    for (const r of s.report.checks) out.push(`<li>${r.passed ? 'PASS' : 'FAIL'} <code>${html(r.id)}</code> ${r.earned}/${r.points}: ${html(r.message)}</li>`);
    for (const n of s.report.notes) out.push(`<li>note: ${html(n)}</li>`);
    out.push('</ul>');
  }
  out.push('</body></html>');
  return out.join('\n') + '\n';
}
