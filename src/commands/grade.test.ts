/** `kubedojo grade` and `kubedojo lint` in-process, on the grader's fixture scenario. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gradeCommand, parseGradeArgs } from './grade.js';
import { lintCommand } from './lint.js';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'grader', 'testdata', 'scenarios', 'demo', 'scale.yaml');

async function call(fn: typeof gradeCommand, args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  const sink = (w: 'out' | 'err'): Writable => new Writable({ write(c: Buffer, _e, done) { if (w === 'out') out += c.toString(); else err += c.toString(); done(); } });
  const stdin = new PassThrough();
  stdin.end();
  const code = await fn(args, { stdout: sink('out'), stderr: sink('err'), stdin, env: {} });
  return { out, err, code };
}

function submission(commands: string, files: Record<string, string | Buffer> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kd-sub-'));
  fs.writeFileSync(path.join(dir, 'commands.sh'), commands);
  for (const [f, c] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), c);
  return dir;
}

describe('kubedojo grade', () => {
  it('exits 0 with a passing submission and prints the text report', async () => {
    const r = await call(gradeCommand, [FIXTURE, submission('kubectl scale deployment web --replicas=3\nkubectl rollout status deployment/web\n')]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('demo/scale: 6/6 points, passed');
  });

  it('exits 1 when not passed; --format json and --output write the JSON', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kd-out-')), 'r.json');
    const r = await call(gradeCommand, [FIXTURE, submission('kubectl get pods\n'), '--format', 'json', '--output', out]);
    expect(r).toMatchObject({ code: 1, out: '' });
    const j = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(j).toMatchObject({ scenario: 'demo/scale', score: 3, maxScore: 6, passed: false });
  });

  it('grades a session file recorded by the terminal UI', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kd-sess-'));
    const f = path.join(dir, 'session.json');
    fs.writeFileSync(f, JSON.stringify({ scenario: 'demo/scale', seed: 3, commands: [{ text: 'kubectl scale deployment web --replicas=3', at: 1000 }, { text: 'sleep 60', at: 2000 }], files: {} }));
    expect((await call(gradeCommand, [FIXTURE, f, '--format', 'junit'])).code).toBe(0);
    fs.writeFileSync(f, JSON.stringify({ scenario: 'other/one', commands: [] }));
    expect(await call(gradeCommand, [FIXTURE, f])).toMatchObject({ code: 2, err: 'kubedojo grade: the session is for scenario "other/one", not "demo/scale"\n' });
  });

  it('exits 2 on bad usage and unreadable submissions', async () => {
    expect((await call(gradeCommand, [FIXTURE])).code).toBe(2);
    expect((await call(gradeCommand, [FIXTURE, 'x', '--format', 'xml'])).err).toBe("kubedojo grade: invalid --format \"xml\": must be text, json or junit\nUsage: kubedojo grade ID SUBMISSION [--format text|json|junit] [--output FILE]\n       kubedojo grade ID --batch DIR [--output DIR]\nRun 'kubedojo grade --help' for more information.\n");
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'kd-empty-'));
    expect(await call(gradeCommand, [FIXTURE, empty])).toMatchObject({ code: 2, err: `kubedojo grade: cannot read the submission: ${empty}: no commands.sh or session.json in the submission\n` });
    const bin = submission('x');
    fs.writeFileSync(path.join(bin, 'commands.sh'), Buffer.from([0x6b, 0x00, 0xff]));
    expect(await call(gradeCommand, [FIXTURE, bin])).toMatchObject({ code: 2, err: 'kubedojo grade: cannot read the submission: commands.sh: not a text file (binary content)\n' });
    expect((await call(gradeCommand, ['nope/nothing', empty])).code).toBe(2);
  });

  it('never follows a symlink out of the submission', async () => {
    const dir = submission('cat secret.txt\n');
    fs.symlinkSync('/etc/passwd', path.join(dir, 'secret.txt'));
    const r = await call(gradeCommand, [FIXTURE, dir, '--format', 'json']);
    expect(r.code).toBe(1);
  });

  it('grades a class with --batch and writes CSV, JSON and HTML', async () => {
    const cls = fs.mkdtempSync(path.join(os.tmpdir(), 'kd-class-'));
    fs.mkdirSync(path.join(cls, 'alice'));
    fs.writeFileSync(path.join(cls, 'alice', 'commands.sh'), 'kubectl scale deployment web --replicas=3\nkubectl rollout status deployment/web\n');
    fs.mkdirSync(path.join(cls, 'bob'));
    const r = await call(gradeCommand, [FIXTURE, '--batch', cls]);
    expect(r.code).toBe(1);
    expect(r.out.split('\n').slice(0, 3)).toEqual(['STUDENT  SCORE     RESULT', 'alice    6/6       passed', `bob      -         error: ${path.join(cls, 'bob')}: no commands.sh or session.json in the submission`]);
    expect(fs.readFileSync(path.join(cls, 'kubedojo-report.csv'), 'utf8').split('\r\n')[1]).toBe('alice,6,6,true,,2,1,1,1,1,0');
    expect(fs.existsSync(path.join(cls, 'kubedojo-report.html'))).toBe(true);
  });

  it('parses arguments', () => {
    expect(parseGradeArgs(['a/b', 'dir', '--format=json'])).toEqual({ id: 'a/b', submission: 'dir', format: 'json' });
    expect(parseGradeArgs(['a/b', '--batch', 'cls', 'extra'])).toBe('with --batch, give only the scenario ID');
  });
});

describe('kubedojo lint', () => {
  it('proves the fixture scenario sound', async () => {
    const r = await call(lintCommand, [FIXTURE]);
    expect(r).toMatchObject({ code: 1 });
    // The fixture's lesson "demo" is not part of the course: the only problem.
    expect(r.out).toMatch(/scale\.yaml:4: lesson: no lesson "demo"\n1 problem in 1 scenario\n$/);
  });
});
