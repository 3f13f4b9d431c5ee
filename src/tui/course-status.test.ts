import { describe, expect, it } from 'vitest';
import { continueStep, lessonStatus, nextStep } from './course-status.js';
import type { LessonInfo } from './course-source.js';
import { emptyProgress, type ProgressData } from './progress/index.js';
import { splashScreen } from './splash.js';

const lesson = (id: string, order: number, scenarios: string[]): LessonInfo => ({ id, title: id.toUpperCase(), order, estimatedMinutes: 5, prerequisites: [], scenarios, markdown: '' });
const LESSONS = [lesson('a', 1, ['a/one', 'a/two', 'a/missing']), lesson('b', 2, ['b/one'])];
const versionOf = (id: string): string | undefined => (id.endsWith('missing') ? undefined : 'v1');

function progress(p: Partial<ProgressData>): ProgressData {
  return { ...emptyProgress(), ...p };
}
const passed = { version: 'v1', status: 'passed' as const, bestScore: 5, maxScore: 5, attempts: 1, lastPlayed: '' };

describe('lesson status', () => {
  it('counts only scenarios that exist, and progress earned on their current version', () => {
    const p = progress({ scenarios: { 'a/one': passed, 'a/two': { ...passed, version: 'old' } } });
    expect(lessonStatus(LESSONS[0], p, versionOf)).toMatchObject({ state: 'in progress', passed: 1, playable: 2, score: 5, maxScore: 5 });
  });
  it('is done when read and every scenario passed', () => {
    const p = progress({ lessons: { a: { line: 0, read: true, lastRead: '' } }, scenarios: { 'a/one': passed, 'a/two': passed } });
    expect(lessonStatus(LESSONS[0], p, versionOf).state).toBe('done');
  });
  it('suggests reading first, then the first scenario not passed, then the next lesson', () => {
    const none = progress({});
    const st = (p: ProgressData) => LESSONS.map((l) => lessonStatus(l, p, versionOf));
    expect(nextStep(st(none), none, versionOf)).toEqual({ kind: 'lesson', id: 'a', label: 'read "A"' });
    const read = progress({ lessons: { a: { line: 0, read: true, lastRead: '' } }, scenarios: { 'a/one': passed } });
    expect(nextStep(st(read), read, versionOf)).toEqual({ kind: 'scenario', id: 'a/two', label: 'play a/two' });
    const aDone = progress({ lessons: { a: { line: 0, read: true, lastRead: '' } }, scenarios: { 'a/one': passed, 'a/two': passed } });
    expect(nextStep(st(aDone), aDone, versionOf)).toEqual({ kind: 'lesson', id: 'b', label: 'read "B"' });
  });
  it('continues with what was opened last', () => {
    expect(continueStep(progress({ last: 'scenario:a/one' }))).toEqual({ kind: 'scenario', id: 'a/one', label: 'scenario a/one' });
    expect(continueStep(progress({ last: 'lesson:b' }))).toEqual({ kind: 'lesson', id: 'b', label: 'lesson b' });
    expect(continueStep(progress({}))).toBeUndefined();
  });
});

describe('first paint', () => {
  it('draws the home lines, with no escape codes when colour is off (NO_COLOR, --no-color)', () => {
    const s = splashScreen(LESSONS, progress({}), versionOf, 80, 23, false);
    expect(s).not.toContain('\x1b');
    const lines = s.split('\r\n');
    expect(lines[0]).toBe('kubedojo · learn Kubernetes in your terminal');
    expect(lines[3]).toMatch(/^› ○ 1\. A +not started · 0\/2 scenarios$/);
    expect(lines).toHaveLength(23);
    expect(lines[21]).toBe('Next: read "A" (n)');
  });
  it('styles the title when colour is on', () => {
    expect(splashScreen(LESSONS, progress({}), versionOf, 80, 23, true).startsWith('\x1b[1;36mkubedojo\x1b[0m')).toBe(true);
  });
});
