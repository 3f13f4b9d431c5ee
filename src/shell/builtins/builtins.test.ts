import { describe, expect, it, vi } from 'vitest';
import { harness } from '../test-harness.js';

vi.mock('../../kubectl/index.js', () => ({ newKubectlSession: () => ({ env: {} }), runKubectl: () => 0 }));

/**
 * [input, stdout, status]: outputs of GNU coreutils 9.1 / bash 5.2 for the same input
 * (`bash --norc -c INPUT`), recorded while writing these tests.
 */
const COREUTILS_CASES: [string, string, number][] = [
  ["echo -n 'gihyo:gihyo@tcp(mysql-master:3306)/tododb?parseTime=true' | base64", 'Z2loeW86Z2loeW9AdGNwKG15c3FsLW1hc3RlcjozMzA2KS90b2RvZGI/cGFyc2VUaW1lPXRydWU=\n', 0],
  ["echo -n 'gihyo' | base64", 'Z2loeW8=\n', 0],
  ["printf '%s' 'hello world' | base64", 'aGVsbG8gd29ybGQ=\n', 0],
  [`echo -n ${'a'.repeat(60)} | base64`, 'YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFh\nYWFh\n', 0],
  ['echo YWJj | base64 -d', 'abc', 0],
  ["printf 'YW\\nJj\\n' | base64 -d", 'abc', 0],
  ['echo -n abc | base64 -w0', 'YWJj', 0],
  ['echo -n abcdefghij | base64 -w 4', 'YWJj\nZGVm\nZ2hp\nag==\n', 0],
  ["echo -n '한글' | base64", '7ZWc6riA\n', 0],
  ['echo \'YW Jj\' | base64 -d; echo " rc=$?"', 'a rc=1\n', 0],
  ['echo \'YWJ\' | base64 -d; echo " rc=$?"', 'ab rc=1\n', 0],
  ['echo \'YQ==\' | base64 -d; echo " rc=$?"', 'a rc=0\n', 0],
  ['echo \'YQ=\' | base64 -d; echo " rc=$?"', 'a rc=1\n', 0],
  ["printf 'a\\nb\\nc\\n' | wc -l", '3\n', 0],
  ["printf 'a b\\nc\\n' | wc", '      2       3       6\n', 0],
  ["printf 'a b\\nc\\n' | wc -w", '3\n', 0],
  ["printf 'one\\ntwo\\nthree\\n' | head -n 2", 'one\ntwo\n', 0],
  ["printf 'one\\ntwo\\nthree\\n' | tail -1", 'three\n', 0],
  ["printf 'one\\ntwo\\nthree\\n' | tail -n +2", 'two\nthree\n', 0],
  ["printf 'one\\ntwo\\nthree\\n' | head -2 | tail -n1", 'two\n', 0],
  ["printf 'Apple\\nbanana\\napple pie\\n' | grep -i apple", 'Apple\napple pie\n', 0],
  ["printf 'Apple\\nbanana\\napple pie\\n' | grep -c apple", '1\n', 0],
  ["printf 'Apple\\nbanana\\napple pie\\n' | grep -v apple", 'Apple\nbanana\n', 0],
  ["printf 'a1\\nb22\\nc\\n' | grep -E '[0-9]+'", 'a1\nb22\n', 0],
  ["printf 'a1\\nb22\\nc\\n' | grep -o '[0-9][0-9]*'", '1\n22\n', 0],
  ["printf 'a+b\\nab\\n' | grep 'a+b'", 'a+b\n', 0],
  ["printf 'a\\nb\\n' | grep -n b", '2:b\n', 0],
  ["printf 'x\\n' | grep zzz; echo rc=$?", 'rc=1\n', 0],
  ["printf 'b\\na\\nc\\n' | sort", 'a\nb\nc\n', 0],
  ["printf 'b\\na\\nc\\n' | sort -r", 'c\nb\na\n', 0],
  ["printf 'a\\nb\\n' | xargs", 'a b\n', 0],
  ["printf 'a b\\n' | xargs -n1 echo x", 'x a\nx b\n', 0],
  ["printf 'a\\n' | xargs -I{} echo '<{}>'", '<a>\n', 0],
  ["printf 'a\\n' | xargs nosuchcmd; echo rc=$?", 'rc=127\n', 0],
  ["printf 'a\\na\\nb\\n' | uniq -c", '      2 a\n      1 b\n', 0],
  ["printf 'a:b:c\\nxyz\\n' | cut -d: -f2", 'b\nxyz\n', 0],
  ["printf 'a:b:c\\n' | cut -d: -f2-", 'b:c\n', 0],
  ["printf 'hello\\n' | cut -c1-3", 'hel\n', 0],
  ['seq 3; seq 2 4; seq 1 2 7', '1\n2\n3\n2\n3\n4\n1\n3\n5\n7\n', 0],
  ["printf 'Hello\\n' | tr a-z A-Z", 'HELLO\n', 0],
  ["printf 'a  b\\n' | tr -s ' '", 'a b\n', 0],
  ["printf 'a\\nb\\n' | tr -d '\\n'; echo", 'ab\n', 0],
  ['echo hi | tee t.txt; cat t.txt', 'hi\nhi\n', 0],
];

describe('builtins behave like coreutils', () => {
  it.each(COREUTILS_CASES)('%j', (input, out, status) => {
    const r = harness().run(input);
    expect(r.out).toBe(out);
    expect(r.status).toBe(status);
  });

  it('base64 reports invalid input on stderr with status 1', () => {
    const r = harness().run("echo -n 'abc!' | base64 -d");
    expect(r.err).toBe('base64: invalid input\n');
    expect(r.status).toBe(1);
  });

  it('base64 -D is the macOS spelling: GNU refuses it', () => {
    const r = harness().run('echo YWJj | base64 -D');
    expect(r.err).toBe("base64: invalid option -- 'D'\nTry 'base64 --help' for more information.\n");
    expect(r.status).toBe(1);
  });
});

describe('date and sleep use the cluster clock', () => {
  // The cluster starts at 2025-06-02T09:00:00Z; `date -u -d @1748854800` prints these forms.
  it.each([
    ['date', 'Mon Jun  2 09:00:00 UTC 2025\n'],
    ['date -u', 'Mon Jun  2 09:00:00 UTC 2025\n'],
    ['date -R', 'Mon, 02 Jun 2025 09:00:00 +0000\n'],
    ['date --iso-8601=seconds', '2025-06-02T09:00:00+00:00\n'],
    ['date -I', '2025-06-02\n'],
    ["date '+%Y-%m-%d %H:%M:%S %s'", '2025-06-02 09:00:00 1748854800\n'],
  ])('%s', (input, out) => {
    expect(harness().run(input).out).toBe(out);
  });

  it('sleep advances virtual time (30, 30s, 1m, 0.5)', () => {
    const h = harness();
    const t0 = h.cluster.now();
    expect(h.run('sleep 30; sleep 30s; sleep 1m; sleep 0.5').status).toBe(0);
    expect(h.cluster.now() - t0).toBe(120_500);
    expect(h.run('date +%T').out).toBe('09:02:00\n');
  });

  it('sleep rejects bad intervals as GNU sleep does', () => {
    const h = harness();
    expect(h.run('sleep x')).toEqual({ out: '', err: "sleep: invalid time interval ‘x’\nTry 'sleep --help' for more information.\n", status: 1 });
    expect(h.run('sleep')).toEqual({ out: '', err: "sleep: missing operand\nTry 'sleep --help' for more information.\n", status: 1 });
  });
});

describe('variables', () => {
  it('export lists declare -x lines; env prints exported variables only', () => {
    const h = harness({ env: { HOME: '/home/learner' } });
    h.run('LOCAL=1; export NS=dev');
    expect(h.run('export').out).toBe('declare -x HOME="/home/learner"\ndeclare -x NS="dev"\n');
    expect(h.run('env').out).toBe('HOME=/home/learner\nNS=dev\n');
    expect(h.run('export 1x=2').err).toBe("bash: export: `1x=2': not a valid identifier\n");
  });
});

describe('files', () => {
  it('mkdir, cd, pwd, cp, mv, rm inside the workspace', () => {
    const h = harness();
    expect(h.run('mkdir -p a/b && cd a && pwd').out).toBe(`${h.dir}/a\n`);
    h.run('echo hi > x.txt; cp x.txt y.txt; mv y.txt b/; ls b');
    expect(h.run('cat b/y.txt').out).toBe('hi\n');
    expect(h.run('rm b/y.txt; cat b/y.txt').err).toBe('cat: b/y.txt: No such file or directory\n');
    expect(h.run('rm b').err).toBe("rm: cannot remove 'b': Is a directory\n");
    expect(h.run('cd nope').err).toBe('bash: cd: nope: No such file or directory\n');
  });

  it('ls prints one name per line into a pipe', () => {
    const h = harness();
    h.run('touch b a c');
    expect(h.run('ls | wc -l').out).toBe('3\n');
    expect(h.run('ls').out).toBe('a  b  c\n');
  });
});
