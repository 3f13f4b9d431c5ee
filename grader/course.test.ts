/**
 * The whole course must lint clean: every scenario's reference solution passes, every decoy
 * fails what it names, every start state fails, every lesson link resolves (CI runs this
 * through `npm test`).
 */
import { describe, expect, it } from 'vitest';
import { courseRoot } from '../src/course/index.js';
import { formatProblems, lintCourse } from './lint.js';

describe('the course', () => {
  it('lints without problems', () => {
    const r = lintCourse(courseRoot());
    expect(formatProblems(r.problems)).toBe('');
    expect(r.scenarios).toBeGreaterThanOrEqual(24);
  });
});
