/** lint on a tiny fixture course (grader/testdata: one lesson, one scenario). */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatProblems, lintCourse } from './lint.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), 'testdata');

describe('lintCourse', () => {
  it('finds nothing wrong with a sound course', () => {
    const r = lintCourse(root);
    expect(formatProblems(r.problems)).toBe('');
    expect([r.scenarios, r.lessons]).toEqual([1, 1]);
  });

  it('reports a decoy that passes, a check the start state passes and a failing solution, all in one run', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kd-lint-'));
    fs.cpSync(root, tmp, { recursive: true });
    const file = path.join(tmp, 'scenarios', 'demo', 'scale.yaml');
    const text = fs.readFileSync(file, 'utf8')
      .replace('fails: [same-web, always-one, no-errors]', 'fails: [same-web, replicas]')
      .replace("    points: 1\n    invariant: true\n    resource: deployment\n    name: web\n", "    points: 1\n    resource: deployment\n    name: web\n")
      .replace('kubectl scale deployment web --replicas=3\n    kubectl rollout status', 'kubectl scale deployment web --replicas=2\n    kubectl rollout status');
    fs.writeFileSync(file, text);
    const got = lintCourse(tmp).problems.map((p) => `${p.line}: ${p.path}: ${p.message.replace(/:.*/, '')}`);
    expect(got).toEqual([
      '85: solution: the reference solution fails check "replicas"',
      '85: solution: the reference solution fails check "ready-pods"',
      '114: decoys.0.fails.1: decoy "recreate" passes check "replicas" it should fail',
      '60: checks.2: check "same-web" already passes on the untouched start state (mark it invariant if it is a guard)',
    ]);
    fs.rmSync(tmp, { recursive: true });
  });
});
