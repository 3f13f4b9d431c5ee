/** Reporters on a hand-made report: exact bytes, escaping, no timestamps. */
import { describe, expect, it } from 'vitest';
import type { GradeReport } from '../grade.js';
import { csvReport, htmlReport, jsonReport, junitReport, textReport, classSummary, type ClassResult } from './index.js';

const report: GradeReport = {
  scenario: 'demo/scale',
  score: 2,
  maxScore: 3,
  passed: false,
  checks: [
    { id: 'replicas', title: 'web wants 3 replicas', passed: true, points: 2, earned: 2, message: 'deployment/web .spec.replicas is 3' },
    { id: 'no-errors', title: 'no <request> failed', passed: false, points: 1, earned: 0, message: 'expected at most 0 failed requests & "none"' },
  ],
  notes: [],
};

describe('reporters', () => {
  it('text', () => {
    expect(textReport(report, 100)).toBe(
      'demo/scale: 2/3 points, not passed (100% needed)\n' +
      '  PASS  replicas   2/2  web wants 3 replicas\n' +
      '  FAIL  no-errors  0/1  no <request> failed\n' +
      '        expected at most 0 failed requests & "none"\n');
  });

  it('json has the documented fields in order', () => {
    const j = JSON.parse(jsonReport(report));
    expect(Object.keys(j)).toEqual(['scenario', 'score', 'maxScore', 'passed', 'checks', 'notes']);
    expect(Object.keys(j.checks[0])).toEqual(['id', 'title', 'passed', 'points', 'earned', 'message']);
  });

  it('junit: one testcase per check, failures escaped', () => {
    expect(junitReport(report)).toBe([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<testsuites name="kubedojo" tests="2" failures="1">',
      '  <testsuite name="demo/scale" tests="2" failures="1" errors="0" skipped="0">',
      '    <properties><property name="score" value="2"/><property name="maxScore" value="3"/><property name="passed" value="false"/></properties>',
      '    <testcase classname="demo/scale" name="replicas: web wants 3 replicas"/>',
      '    <testcase classname="demo/scale" name="no-errors: no &lt;request&gt; failed">',
      '      <failure message="expected at most 0 failed requests &amp; &quot;none&quot;" type="check">0/1 points: expected at most 0 failed requests &amp; &quot;none&quot;</failure>',
      '    </testcase>',
      '  </testsuite>',
      '</testsuites>',
      '',
    ].join('\n'));
  });

  const cls: ClassResult = {
    scenario: 'demo/scale', title: 'Scale <it>', passPercent: 100,
    checks: [{ id: 'replicas', title: 'r', points: 2 }, { id: 'no-errors', title: 'n', points: 1 }],
    students: [{ student: 'alice', report }, { student: '=bob,jr', error: 'no commands.sh' }],
  };

  it('csv neutralises formulas and quotes commas', () => {
    expect(csvReport(cls)).toBe('student,score,maxScore,passed,error,replicas,no-errors\r\nalice,2,3,false,,2,0\r\n"\'=bob,jr",0,3,false,no commands.sh,0,0\r\n');
  });

  it('html is self-contained and escaped', () => {
    const h = htmlReport(cls);
    expect(h).toContain('<h1>Scale &lt;it&gt; <small><code>demo/scale</code></small></h1>');
    expect(h).not.toMatch(/<script|<link|src=/);
  });

  it('summary table', () => {
    expect(classSummary(cls)).toBe(
      'STUDENT  SCORE     RESULT\n' +
      'alice    2/3       not passed\n' +
      '=bob,jr  -         error: no commands.sh\n' +
      '\n' +
      '0 of 2 passed demo/scale (max 3 points, 100% needed)\n' +
      '  replicas: 1/2 passed\n' +
      '  no-errors: 0/2 passed\n');
  });
});
