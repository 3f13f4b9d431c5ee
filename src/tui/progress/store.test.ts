import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../e2e/build.js';
import { writeFileAtomic } from './atomic-write.js';
import { dataDir, progressFile } from './paths.js';
import { ProgressStore } from './store.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kubedojo-progress-'));
  file = path.join(dir, 'progress.json');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const at = new Date('2026-01-02T03:04:05.000Z');

describe('ProgressStore', () => {
  it('starts empty when there is no file, and persists attempts keeping the best score', () => {
    const s = new ProgressStore(file);
    expect(s.snapshot().scenarios).toEqual({});
    s.recordAttempt('deployments/rollback', 'v1', 8, 10, false, at);
    s.recordAttempt('deployments/rollback', 'v1', 4, 10, false, at);
    const again = new ProgressStore(file);
    expect(again.scenario('deployments/rollback', 'v1')).toEqual({ version: 'v1', status: 'started', bestScore: 8, maxScore: 10, attempts: 2, lastPlayed: '2026-01-02T03:04:05.000Z' });
    expect(again.snapshot().last).toBe('scenario:deployments/rollback');
  });

  it('keeps "passed" once earned, and ignores progress earned on another content version', () => {
    const s = new ProgressStore(file);
    s.recordAttempt('a/b', 'v1', 10, 10, true, at);
    s.recordAttempt('a/b', 'v1', 0, 10, false, at);
    expect(s.scenario('a/b', 'v1')?.status).toBe('passed');
    expect(s.scenario('a/b', 'v2')).toBeUndefined();
    s.recordAttempt('a/b', 'v2', 3, 10, false, at);
    expect(s.scenario('a/b', 'v2')).toMatchObject({ bestScore: 3, attempts: 1, status: 'started' });
  });

  it('sets a corrupt file aside and starts over with a warning', () => {
    fs.writeFileSync(file, '{"format":1,"scenarios":{"a/b":');
    const s = new ProgressStore(file);
    expect(s.snapshot().scenarios).toEqual({});
    expect(s.warning).toContain('unreadable');
    expect(fs.readFileSync(`${file}.corrupt`, 'utf8')).toBe('{"format":1,"scenarios":{"a/b":');
    s.recordLesson('jobs', 12, false, at);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).lessons.jobs).toEqual({ line: 12, read: false, lastRead: '2026-01-02T03:04:05.000Z' });
  });

  it('reads what it can from old or future files: bad entries dropped, unknown fields ignored', () => {
    fs.writeFileSync(file, JSON.stringify({ format: 99, extra: true, scenarios: { 'a/b': { version: 'v1', status: 'passed', bestScore: 5, maxScore: 5, attempts: 1, lastPlayed: 'x', future: 1 }, 'c/d': 'nonsense', 'e/f': { status: 'passed' } }, lessons: { jobs: { line: -4 } } }));
    const s = new ProgressStore(file);
    expect(Object.keys(s.snapshot().scenarios)).toEqual(['a/b']);
    expect(s.scenario('a/b', 'v1')).toEqual({ version: 'v1', status: 'passed', bestScore: 5, maxScore: 5, attempts: 1, lastPlayed: 'x' });
    expect(s.lesson('jobs')).toEqual({ line: 0, read: false, lastRead: '' });
    expect(s.warning).toBeUndefined();
  });

  it('removes temporary files left by a writer that died before its rename, keeping the last complete file', () => {
    new ProgressStore(file).recordLesson('jobs', 3, true, at);
    const stale = path.join(dir, '.progress.json.4242.abc.tmp');
    fs.writeFileSync(stale, '{"format":1,"less');
    const s = new ProgressStore(file);
    expect(s.lesson('jobs')?.read).toBe(true);
    expect(fs.existsSync(stale)).toBe(false);
  });

  it('survives kill -9 in the middle of writing: the file is always the old or the new JSON', async () => {
    // A child process rewrites the file in a loop with the compiled writeFileAtomic; we kill it
    // with SIGKILL at an arbitrary moment, then read the file as the next run would.
    const root = path.resolve(import.meta.dirname, '..', '..', '..');
    ensureBuilt(root);
    const mod = pathToFileURL(path.join(root, 'dist', 'src', 'tui', 'progress', 'atomic-write.js')).href;
    writeFileAtomic(file, JSON.stringify({ format: 1, scenarios: {}, lessons: {}, n: 0 }));
    const child = spawn(process.execPath, ['--input-type=module', '-e', `
      const { writeFileAtomic } = await import(${JSON.stringify(mod)});
      const big = 'x'.repeat(200000);
      for (let n = 1; ; n++) {
        writeFileAtomic(${JSON.stringify(file)}, JSON.stringify({ format: 1, scenarios: {}, lessons: {}, n, big }));
        if (n === 3) process.stdout.write('go');
      }`]);
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).n).toBeGreaterThanOrEqual(3);
    const s = new ProgressStore(file);
    expect(s.warning).toBeUndefined();
    expect(fs.readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 180_000);
});

describe('data directory', () => {
  it('prefers KUBEDOJO_DATA_DIR, then XDG_DATA_HOME/kubedojo', () => {
    expect(dataDir({ KUBEDOJO_DATA_DIR: '/d', XDG_DATA_HOME: '/x' })).toBe('/d');
    expect(progressFile({ XDG_DATA_HOME: '/x' })).toBe(path.join('/x', 'kubedojo', 'progress.json'));
    expect(dataDir({ HOME: '/home/u' }).length).toBeGreaterThan(0);
  });
});
