/**
 * The UI's commands when nothing is interactive (a pipe, CI): they print plain output once and
 * return, never loading ink and never waiting for a key.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSession, readSubmission } from '../../grader/index.js';
import type { CommandIO } from '../cli.js';
import { main } from '../cli.js';
import { fsCourseSource } from '../tui/fs-course-source.js';
import { ProgressStore } from '../tui/progress/index.js';
import { sessionLauncher } from '../tui/session-launcher.js';

const COURSE = path.join(import.meta.dirname, '..', 'tui', 'testdata', 'course');

let data: string;
beforeEach(() => {
  data = fs.mkdtempSync(path.join(os.tmpdir(), 'kubedojo-cmd-'));
});
afterEach(() => fs.rmSync(data, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const io: CommandIO = { stdout, stderr, stdin: new PassThrough(), env: { KUBEDOJO_COURSE_DIR: COURSE, KUBEDOJO_DATA_DIR: data, ...env } };
  const code = await main(args, io);
  return { code, out, err };
}

describe('kubedojo (no command) when not interactive', () => {
  it('prints the lessons and what works without a terminal', async () => {
    const r = await run([]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('   1. basics               Basics: your first Deployment (not started, 0/1 scenarios passed)');
    expect(r.out).toContain('Next: read "Basics: your first Deployment"');
    expect(r.out).not.toContain('\x1b[');
  });
});

describe('kubedojo lesson', () => {
  it('prints the lesson as plain text', async () => {
    const r = await run(['lesson', 'basics']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 4)).toEqual(['Basics: your first Deployment', '═════════════════════════════', '', 'A Deployment keeps a number of Pods running. Create one with kubectl create']);
    expect(r.out).toContain('  $ kubectl create deployment web --image=nginx:1.16.1\n  deployment.apps/web created');
    expect(r.out).toContain('• ▶ Practice: Create a Deployment [basics/create-web]');
    expect(r.out).not.toContain('\x1b[');
  });
  it('names the lessons when the ID is unknown', async () => {
    const r = await run(['lesson', 'nope']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('kubedojo lesson: no lesson "nope"');
    expect(r.err).toContain('Lessons: basics');
  });
});

describe('kubedojo play', () => {
  it('refuses without a terminal and says what to do instead', async () => {
    const r = await run(['play', 'basics/create-web']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('needs an interactive terminal');
    expect(r.err).toContain('kubedojo grade basics/create-web DIR');
  });
  it('refuses with CI set even with --no-color', async () => {
    const r = await run(['play', 'basics/create-web', '--no-color'], { CI: 'true' });
    expect(r.code).toBe(2);
  });
  it('says so when the scenario does not exist', async () => {
    const r = await run(['play', 'basics/nope', '--interactive']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('kubedojo play: no scenario "basics/nope"');
  });
  it('rejects what is not a scenario id', async () => {
    const r = await run(['play', 'basics']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('is not a scenario ID');
  });
});

describe('kubedojo export', () => {
  it('writes the recorded session, and the grader reads and passes it', async () => {
    const progress = new ProgressStore(path.join(data, 'progress.json'));
    const open = sessionLauncher({ dataDir: data, progress, loadSource: async () => fsCourseSource(COURSE) });
    const model = await open('basics/create-web');
    if ('error' in model) throw new Error(model.error);
    fs.writeFileSync(path.join(model.workspacePath, 'web.yaml'), 'kind: Note\n');
    model.submit('kubectl create deployment web --image=nginx:1.16.1');
    const file = path.join(data, 'out.json');
    const r = await run(['export', '-o', file]);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`Wrote ${file}: 1 command of basics/create-web.`);
    const parsed = readSubmission(file);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.submission).toMatchObject({ scenario: 'basics/create-web', seed: 3, files: { 'web.yaml': 'kind: Note\n' } });
    const graded = fsCourseSource(COURSE).grade({ scenario: 'basics/create-web', seed: 3, commands: parsed.submission.commands.map((c) => ({ text: c.text, at: c.at ?? 0 })), files: parsed.submission.files });
    expect(graded).toMatchObject({ passed: true, score: 1, maxScore: 1 });
  });
  it('prints to stdout with -o -, in the grader session format', async () => {
    const progress = new ProgressStore(path.join(data, 'progress.json'));
    const model = await sessionLauncher({ dataDir: data, progress, loadSource: async () => fsCourseSource(COURSE) })('basics/create-web');
    if ('error' in model) throw new Error(model.error);
    const r = await run(['export', 'basics/create-web', '-o', '-']);
    expect(r.code).toBe(0);
    expect(parseSession(r.out)).toMatchObject({ ok: true, submission: { scenario: 'basics/create-web', commands: [] } });
  });
  it('says so when nothing was played', async () => {
    const r = await run(['export', 'basics/create-web']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no recorded session for "basics/create-web"');
  });
});
