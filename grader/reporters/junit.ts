/**
 * JUnit XML, one testcase per check (CI systems show each as a test). No timestamps or
 * durations: the same submission gives the same bytes.
 */
import type { GradeReport } from '../grade.js';
import { xml } from './escape.js';

export function junitReport(r: GradeReport, suiteName = r.scenario): string {
  const failures = r.checks.filter((c) => !c.passed).length;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="kubedojo" tests="${r.checks.length}" failures="${failures}">`,
    `  <testsuite name="${xml(suiteName)}" tests="${r.checks.length}" failures="${failures}" errors="0" skipped="0">`,
    `    <properties><property name="score" value="${r.score}"/><property name="maxScore" value="${r.maxScore}"/><property name="passed" value="${r.passed}"/></properties>`,
  ];
  for (const c of r.checks) {
    const open = `    <testcase classname="${xml(r.scenario)}" name="${xml(`${c.id}: ${c.title}`)}"`;
    if (c.passed) lines.push(`${open}/>`);
    else lines.push(`${open}>`, `      <failure message="${xml(c.message)}" type="check">${xml(`${c.earned}/${c.points} points: ${c.message}`)}</failure>`, '    </testcase>');
  }
  if (r.notes.length) lines.push(`    <system-out>${xml(r.notes.join('\n'))}</system-out>`);
  lines.push('  </testsuite>', '</testsuites>');
  return lines.join('\n') + '\n';
}
