import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseRunArgs, runCommand } from './run.js';

/** Runs `kubedojo run ARGS` in-process; `log` keeps stdout and stderr in one ordered list. */
async function run(args: string[], stdin = ''): Promise<{ out: string; err: string; code: number; log: string[] }> {
  let out = '';
  let err = '';
  const log: string[] = [];
  const sink = (which: 'out' | 'err'): Writable =>
    new Writable({
      write(chunk: Buffer, _enc, done) {
        const text = chunk.toString();
        if (which === 'out') out += text;
        else err += text;
        log.push(`${which}:${text}`);
        done();
      },
    });
  const input = new PassThrough();
  input.end(stdin);
  const code = await runCommand(args, { stdout: sink('out'), stderr: sink('err'), stdin: input, env: {} });
  return { out, err, code, log };
}

function script(text: string): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kubedojo-run-'));
  const path = join(dir, 'commands.sh');
  writeFileSync(path, text);
  return { dir, path };
}

describe('kubedojo run', () => {
  it('runs kubectl on a fresh cluster and prints the table kubectl prints', async () => {
    // A fresh cluster's default namespace, created 10 minutes before the learner starts.
    const s = script('kubectl get ns default\n');
    const r = await run([s.path]);
    expect(r).toMatchObject({ out: 'NAME      STATUS   AGE\ndefault   Active   10m\n', err: '', code: 0 });
  });

  it('--echo shows each command as typed, heredoc lines with the continuation prompt', async () => {
    const s = script('# a comment\n\ncat <<EOF\nhello\nEOF\necho done\n');
    const r = await run(['--echo', s.path]);
    expect(r.out).toBe('$ cat <<EOF\n> hello\n> EOF\nhello\n$ echo done\ndone\n');
  });

  it('exits with the status of the last command and keeps stdout/stderr in order', async () => {
    const s = script('echo one\nnosuch\necho two\nfalse\n');
    const r = await run([s.path]);
    expect(r.code).toBe(1);
    expect(r.log).toEqual(['out:one\n', 'err:bash: nosuch: command not found\n', 'out:two\n']);
  });

  it('stops at exit N', async () => {
    const r = await run([script('echo a\nexit 4\necho b\n').path]);
    expect(r).toMatchObject({ out: 'a\n', code: 4 });
  });

  it('uses the script folder as the workspace; --workdir overrides it', async () => {
    const s = script('echo hi > out.txt\n');
    await run([s.path]);
    expect(readFileSync(join(s.dir, 'out.txt'), 'utf8')).toBe('hi\n');
    const other = mkdtempSync(join(tmpdir(), 'kubedojo-wd-'));
    await run(['--workdir', other, s.path]);
    expect(readFileSync(join(other, 'out.txt'), 'utf8')).toBe('hi\n');
  });

  it('reads the script from standard input with -', async () => {
    const r = await run(['-'], 'echo from stdin\n');
    expect(r.out).toBe('from stdin\n');
  });

  it('reports an unfinished heredoc at the end of the script as bash does, and still runs it', async () => {
    // bash -i, typing these lines then end-of-file: the warning names the line the heredoc began on.
    const r = await run([script('echo x\ncat <<EOF\nline\n').path]);
    expect(r.out).toBe('x\nline\n');
    expect(r.err).toBe("bash: warning: here-document at line 2 delimited by end-of-file (wanted `EOF')\n");
  });

  it('starts from a scenario\'s set-up with --scenario', async () => {
    const r = await run(['--scenario', 'deployments/rollout', script('true\n').path]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^kubedojo run: --scenario deployments\/rollout: no scenario "deployments\/rollout"\n$/);
    const ok = await run(['--scenario', 'deployments/rollback', script('kubectl get deployment nginx-deployment -o name\n').path]);
    expect(ok).toMatchObject({ out: 'deployment.apps/nginx-deployment\n', code: 0 });
  });

  it.each([
    [[], 'missing SCRIPT (a file, or - for standard input)'],
    [['--bogus', 'x'], 'unknown flag: --bogus'],
    [['--seed'], 'flag needs an argument: --seed'],
    [['--seed', 'abc', 'x'], 'invalid argument "abc" for "--seed" flag: must be a non-negative integer'],
    [['a', 'b'], 'only one SCRIPT is allowed (got "a" and "b")'],
  ])('bad usage %j exits 2', async (args, message) => {
    expect(parseRunArgs(args)).toBe(message);
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe(`kubedojo run: ${message}`);
  });

  it('--help prints usage and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: kubedojo run [--echo] [--workdir DIR] [--seed N] [--scenario ID] SCRIPT|-');
  });
});
