import { describe, expect, it } from 'vitest';
import { Shell } from './run.js';
import type { Effect, ShellHost } from './types.js';

function run(src: string, opts: { userland?: 'busybox' | 'gnu'; env?: Record<string, string>; files?: Record<string, string>; steps?: number } = {}) {
  let now = Date.parse('2020-06-25T03:51:02Z');
  let out = '';
  const host: ShellHost = {
    now: () => now, userland: opts.userland ?? 'busybox', hostname: 'pod-1', files: new Map(Object.entries(opts.files ?? {})), tools: new Set(),
    isServer: (a) => a === 'nginx', signalServer: () => undefined, http: () => ({ ok: false, error: 'curl: (6) Could not resolve host: x', code: 6 }),
  };
  const sh = new Shell(host, opts.env ?? {}, { out: (t) => { out += t; }, err: (t) => { out += t; } });
  const gen = sh.script(src);
  const effects: Effect[] = [];
  let code: number | undefined;
  for (let i = 0; i < (opts.steps ?? 1000); i++) {
    const r = gen.next();
    if (r.done) { code = r.value; break; }
    effects.push(r.value);
    if ('sleep' in r.value) now += r.value.sleep;
    else break;
  }
  return { out, code, effects, files: host.files };
}

describe('container command interpreter', () => {
  it('runs the ping/pong Job script of seed 003 over virtual time', () => {
    const r = run('echo [`date`] ping!\nsleep 10\necho [`date`] pong!\n');
    // Unquoted substitution is field-split: the padded day collapses to one space.
    expect(r.out).toBe('[Thu Jun 25 03:51:02 UTC 2020] ping!\n[Thu Jun 25 03:51:12 UTC 2020] pong!\n');
    expect(r.effects).toEqual([{ sleep: 10_000 }]);
    expect(r.code).toBe(0);
  });

  it('handles exit codes, && and ||, variables and defaults', () => {
    expect(run('echo hello; sleep 5; exit 1').code).toBe(1);
    expect(run('false && echo no || echo yes').out).toBe('yes\n');
    expect(run('echo "$GREETING ${NAME:-world}"', { env: { GREETING: 'hi' } }).out).toBe('hi world\n');
    expect(run("echo 'a  b' \"c  d\" e  f").out).toBe('a  b c  d e f\n');
  });

  it('keeps loops bounded by time and files per container', () => {
    const r = run('touch /tmp/healthy; while true; do echo tick; sleep 1; done', { steps: 4 });
    expect(r.out).toBe('tick\ntick\ntick\ntick\n');
    expect(r.files.has('/tmp/healthy')).toBe(true);
    expect(run('for i in 1 2 3; do echo $i; done').out).toBe('1\n2\n3\n');
    expect(run('if [ -f /x ]; then echo yes; else echo no; fi', { files: { '/x': '' } }).out).toBe('yes\n');
    expect(run('echo $((2 + 3 * 4))').out).toBe('14\n');
  });

  it('words errors like busybox sh or dash', () => {
    expect(run('nope').out).toBe('sh: nope: not found\n');
    expect(run('nope', { userland: 'gnu' }).out).toBe('/bin/sh: 1: nope: not found\n');
    expect(run('cat /tmp/healthy').out).toBe("cat: can't open '/tmp/healthy': No such file or directory\n");
    expect(run('cat /tmp/healthy', { userland: 'gnu' }).out).toBe('cat: /tmp/healthy: No such file or directory\n');
    expect(run('sleep abc').out).toBe("sleep: invalid number 'abc'\n");
  });

  it('redirects output into files and pipes between commands', () => {
    const r = run('echo one > /f; echo two >> /f; cat /f | wc -l; cat /f | grep tw');
    expect(r.out).toBe('2\ntwo\n');
    expect(r.files.get('/f')).toBe('one\ntwo\n');
  });

  it('becomes the image server when it execs it', () => {
    expect(run('echo starting; exec nginx -g "daemon off;"').effects).toEqual([{ serve: true }]);
  });
});
