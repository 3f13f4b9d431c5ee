import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadLessons } from './load.js';

let root: string;

function lesson(topic: string, front: string, body = '# Lesson\n\nText.\n'): void {
  mkdirSync(join(root, topic), { recursive: true });
  writeFileSync(join(root, topic, 'en.md'), `---\n${front}\n---\n${body}`);
}

const front = (id: string, order: number, prereqs = '[]') =>
  `id: ${id}\ntitle: The ${id} lesson\norder: ${order}\nprerequisites: ${prereqs}\nestimatedMinutes: 20`;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kubedojo-lessons-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('loadLessons', () => {
  it('loads valid lessons sorted by order, with their scenario links', () => {
    lesson('beta', front('beta', 2, '[alpha]'), '# Beta\n\n[Practice](scenario:beta/first) and [again](scenario:beta/first), [b](scenario:beta/second).\n');
    lesson('alpha', front('alpha', 1), '# Alpha\n\nNext: [Beta](../beta/en.md).\n');
    const { lessons, problems } = loadLessons(root);
    expect(problems).toEqual([]);
    expect(lessons.map((l) => l.id)).toEqual(['alpha', 'beta']);
    expect(lessons[1]).toEqual({
      id: 'beta',
      title: 'The beta lesson',
      order: 2,
      prerequisites: ['alpha'],
      estimatedMinutes: 20,
      scenarios: ['beta/first', 'beta/second'],
      file: 'beta/en.md',
      markdown: '# Beta\n\n[Practice](scenario:beta/first) and [again](scenario:beta/first), [b](scenario:beta/second).\n',
    });
  });

  it('reports missing and invalid front matter keys with file and key', () => {
    lesson('alpha', 'id: alpha\ntitle: ""\norder: 0\nprerequisites: alpha\ncolour: red');
    const { problems } = loadLessons(root);
    expect(problems).toEqual([
      { file: 'alpha/en.md', key: 'title', message: 'must be a non-empty string' },
      { file: 'alpha/en.md', key: 'order', message: 'must be a positive integer' },
      { file: 'alpha/en.md', key: 'prerequisites', message: 'must be a list of lesson ids (use [] for none)' },
      { file: 'alpha/en.md', key: 'estimatedMinutes', message: 'required key is missing' },
      { file: 'alpha/en.md', key: 'colour', message: 'unknown key' },
    ]);
  });

  it('reports a missing front matter block and a topic folder without a lesson', () => {
    mkdirSync(join(root, 'empty'));
    mkdirSync(join(root, 'plain'));
    writeFileSync(join(root, 'plain', 'en.md'), '# No front matter\n');
    const { lessons, problems } = loadLessons(root);
    expect(lessons).toEqual([]);
    expect(problems).toEqual([
      { file: 'empty/en.md', key: 'file', message: 'topic folder "empty" has no en.md' },
      { file: 'plain/en.md', key: 'front matter', message: 'missing front matter: the file must start with a line "---"' },
    ]);
  });

  it('requires the id to equal the folder name', () => {
    lesson('alpha', front('beta', 1));
    const { lessons, problems } = loadLessons(root);
    expect(lessons).toEqual([]);
    expect(problems).toEqual([{ file: 'alpha/en.md', key: 'id', message: 'id "beta" must equal the folder name "alpha"' }]);
  });

  it('reports duplicate orders, unknown prerequisites and cycles', () => {
    lesson('alpha', front('alpha', 1, '[gamma]'));
    lesson('beta', front('beta', 1, '[nope, beta]'));
    lesson('gamma', front('gamma', 3, '[alpha]'));
    const { problems } = loadLessons(root);
    expect(problems).toEqual([
      { file: 'beta/en.md', key: 'order', message: 'duplicate order 1 (also in alpha/en.md)' },
      { file: 'beta/en.md', key: 'prerequisites[0]', message: 'unknown lesson "nope"' },
      { file: 'beta/en.md', key: 'prerequisites[1]', message: 'a lesson cannot be its own prerequisite' },
      { file: 'alpha/en.md', key: 'prerequisites', message: 'prerequisite cycle: alpha -> gamma -> alpha' },
    ]);
  });

  it('reports malformed scenario links, unknown scenarios (through the callback) and dangling relative links', () => {
    const body = ['# A', '', '[bad](scenario:alpha)', '[gone](scenario:alpha/missing)', '[ok](scenario:alpha/there)', '[lost](../nowhere/en.md)', '[out](../../etc/passwd)', '[web](https://kubernetes.io)', ''].join('\n');
    lesson('alpha', front('alpha', 1), body);
    const { lessons, problems } = loadLessons(root, { scenarioExists: (id) => id === 'alpha/there' });
    expect(lessons[0]?.scenarios).toEqual(['alpha/missing', 'alpha/there']);
    // Front matter is lines 1-7, so the body's line 1 is the file's line 8 and `[bad]` is on line 10.
    expect(problems).toEqual([
      { file: 'alpha/en.md', key: 'body', message: 'line 10: scenario link "scenario:alpha" must look like scenario:<topic>/<name>' },
      { file: 'alpha/en.md', key: 'body', message: 'line 11: unknown scenario "alpha/missing"' },
      { file: 'alpha/en.md', key: 'body', message: 'line 13: link "../nowhere/en.md" does not resolve to a file in the lessons folder' },
      { file: 'alpha/en.md', key: 'body', message: 'line 14: link "../../etc/passwd" does not resolve to a file in the lessons folder' },
    ]);
  });

  it('reports a duplicate id only once per extra lesson', () => {
    // Two folders cannot share a name, so a duplicate id needs a different file name per folder.
    lesson('alpha', front('alpha', 1));
    mkdirSync(join(root, 'alpha2'));
    writeFileSync(join(root, 'alpha2', 'en.md'), `---\n${front('alpha', 2)}\n---\n# A2\n`);
    const { problems } = loadLessons(root);
    expect(problems).toEqual([{ file: 'alpha2/en.md', key: 'id', message: 'id "alpha" must equal the folder name "alpha2"' }]);
  });

  it('reports a missing root', () => {
    expect(loadLessons(join(root, 'none')).problems).toEqual([
      { file: join(root, 'none'), key: 'root', message: 'lessons folder not found' },
    ]);
  });
});
