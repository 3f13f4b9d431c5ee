import { describe, expect, it, vi } from 'vitest';
import { harness } from './test-harness.js';

// The shell's kubectl builtin is wiring only: record what it passes to kubectl.
const calls: { args: string[]; stdin?: string; env: Record<string, string> }[] = [];
vi.mock('../kubectl/index.js', () => ({
  newKubectlSession: () => ({ env: {} }),
  runKubectl: (args: string[], session: { env: Record<string, string> }, io: { out(t: string): void; stdin?: string }) => {
    calls.push({ args, stdin: io.stdin, env: session.env });
    io.out(`kubectl ${args.join(' ')}\n`);
    return args[0] === 'fail' ? 1 : 0;
  },
}));

/**
 * [input, stdout, status]: expected values are bash 5.2's (`bash --norc -c INPUT` with
 * HOME=/home/learner), recorded while writing these tests.
 */
const BASH_CASES: [string, string, number][] = [
  ["printf '<%s>' a 'b  c' \"d  e\" f\\ g; echo", '<a><b  c><d  e><f g>\n', 0],
  ["printf '<%s>' \"a\"'b'c \"\"; echo", '<abc><>\n', 0],
  ["X='1  2'; printf '<%s>' $X \"$X\" ${X}z; echo", '<1><2><1  2><1><2z>\n', 0],
  ["printf '<%s>' \"$NOPE\" $NOPE x; echo", '<><x>\n', 0],
  ["printf '<%s>' \"a\\\"b\" 'a\\nb' \"\\$HOME\" \\$X \"a\\\\b\" \"a\\qb\"; echo", '<a"b><a\\nb><$HOME><$X><a\\b><a\\qb>\n', 0],
  ["printf '<%s>' ${NOPE:-def} ${NOPE-x} ${HOME:+set} ${#HOME} \"${NOPE:-a b}\"; echo", '<def><x><set><13><a b>\n', 0],
  ["Y=abc; printf '<%s>' \"${Y}def\" $Y.txt; echo", '<abcdef><abc.txt>\n', 0],
  ["printf '<%s>' $(echo one two) \"$(echo one   two)\" \"$(printf 'a\\n\\n\\n')\"; echo", '<one><two><one two><a>\n', 0],
  ["printf '<%s>' `echo back tick`; echo", '<back><tick>\n', 0],
  ["printf '<%s>' $'a\\tb' $'it\\'s'; echo", "<a\tb><it's>\n", 0],
  ['echo a # comment', 'a\n', 0],
  ['echo a#b', 'a#b\n', 0],
  ['false; echo $?', '1\n', 0],
  ['true && echo yes || echo no', 'yes\n', 0],
  ['false && echo yes || echo no', 'no\n', 0],
  ['false || false || echo third', 'third\n', 0],
  ['echo one; echo two', 'one\ntwo\n', 0],
  ['echo a | cat | cat', 'a\n', 0],
  ["echo -e 'x\\ty\\\\n' end", 'x\ty\\n end\n', 0],
  ['echo -n abc; echo def', 'abcdef\n', 0],
  ["echo -e 'a\\cb'; echo", 'a\n', 0],
  ["echo -e '\\x41\\0101'", 'AA\n', 0],
  ['Z=1; A=1; A=2 B=$A; echo $A $B', '2 2\n', 0],
  ["printf '%5s|%-5s|%03d|%x\\n' ab cd 7 255", '   ab|cd   |007|ff\n', 0],
  ["printf '%s\\n' a b c", 'a\nb\nc\n', 0],
  ["printf 'no newline'; echo", 'no newline\n', 0],
  ['echo "a\nb"', 'a\nb\n', 0],
  ['echo a \\\nb', 'a b\n', 0],
  ['cat <<EOF\nx $HOME_NOT $HOME\n  \\$y `echo z` $(echo w)\\\\ \\n\nEOF', 'x  /home/learner\n  $y z w\\ \\n\n', 0],
  ['cat <<-EOF\n\ttabbed\n\tEOF', 'tabbed\n', 0],
  ["cat <<'EOF'\n$raw `x`\nEOF", '$raw `x`\n', 0],
  ['cat <<"EOF" | wc -l\na\nb\nEOF', '2\n', 0],
  ['cat <<< "here $HOME"', 'here /home/learner\n', 0],
  ['! false; echo $?', '0\n', 0],
  ['! true; echo $?', '1\n', 0],
  ['echo x 2>&1 >/dev/null', '', 0],
  ['V=$(false); echo $?', '1\n', 0],
  ['V=$(true); echo $?', '0\n', 0],
  ['echo $(echo inner; false) $?', 'inner 1\n', 0],
  ['echo a |\n cat', 'a\n', 0],
  ['true &&\n echo cont', 'cont\n', 0],
  ['unset HOME; echo "[$HOME]"', '[]\n', 0],
  ['export A=1 B="x y"; echo $A $B', '1 x y\n', 0],
  ["A='a b'; export C=$A; echo \"$C\"", 'a b\n', 0],
  ['echo "${HOME}/x" ~nope', '/home/learner/x ~nope\n', 0],
  ["echo ~ ~/a.yaml '~' a~", '/home/learner /home/learner/a.yaml ~ a~\n', 0],
  ["echo 'a'\"b\"$'c'd", 'abcd\n', 0],
  ["echo \"it's\" 'say \"hi\"'", 'it\'s say "hi"\n', 0],
  ['exit 3; echo not reached', '', 3],
  ['for i in 1 2 3; do echo "n=$i"; done', 'n=1\nn=2\nn=3\n', 0],
  ['for i in a b\ndo\n  echo $i\ndone', 'a\nb\n', 0],
  ['for f in x y; do echo $f; done | wc -l', '2\n', 0],
  ['i=x; while [ "$i" != xxxx ]; do echo $i; i=${i}x; done', 'x\nxx\nxxx\n', 0],
  ['if true; then echo yes; else echo no; fi', 'yes\n', 0],
  ['if false; then echo a; elif [ -z "" ]; then echo b; else echo c; fi', 'b\n', 0],
  ['if [ "a" = "b" ]; then echo same; fi; echo $?', '0\n', 0],
  ['for i in 1 2 3 4; do if [ $i = 3 ]; then break; fi; echo $i; done', '1\n2\n', 0],
  ['for i in 1 2 3; do if [ $i = 2 ]; then continue; fi; echo $i; done', '1\n3\n', 0],
  ['until false; do echo once; break; done', 'once\n', 0],
  ['[ 1 -eq 1 ] && echo eq', 'eq\n', 0],
  ['[ abc -eq 1 ]; echo $?', '2\n', 0],
  ['[ a = a; echo $?', '2\n', 0],
  ['test -n "" || echo empty', 'empty\n', 0],
  ['for x in; do echo never; done; echo after', 'after\n', 0],
  ['break; echo $?', '0\n', 0],
  ['for i in 1 2; do for j in a b; do echo $i$j; break 2; done; done', '1a\n', 0],
  ['while false; do echo x; done; echo $?', '0\n', 0],
  ['i=3; echo $((i+1)) $(( i * 2 - 1 )) $((10/3)) $((10%3)) $(( (1+2)*3 )) $((i<5)) $((-i)) $((2**3)) $(( x + 1 )) $(( $i + 1 ))', '4 5 3 1 9 1 -3 8 1 4\n', 0],
  ['i=0; while [ $i -lt 3 ]; do echo $i; i=$((i+1)); done', '0\n1\n2\n', 0],
  ['n=5; echo $((n++)) $n $((++n)) $((n+=10)) $n', '5 6 7 17 17\n', 0],
  ['echo $((1/0)); echo after', '', 1],
  ['false', '', 1],
];

describe('shell: parsing and expansion match bash', () => {
  it.each(BASH_CASES)('%j', (input, out, status) => {
    const h = harness();
    const r = h.run(input);
    expect(r.out).toBe(out);
    expect(r.status).toBe(status);
  });
});

describe('shell: errors in bash wording', () => {
  it.each([
    ['nosuch arg', 'bash: nosuch: command not found\n', 127],
    ['| cat', "bash: syntax error near unexpected token `|'\n", 2],
    ['echo a ;; echo b', "bash: syntax error near unexpected token `;;'\n", 2],
    ['echo >', "bash: syntax error near unexpected token `newline'\n", 2],
    ['echo "abc', "bash: unexpected EOF while looking for matching `\"'\n", 2],
    ['cat < missing.txt', 'bash: missing.txt: No such file or directory\n', 1],
    ['terraform version', 'bash: terraform: command not found\n', 127],
    ['echo $((1/0)); echo after', 'bash: 1/0: division by 0 (error token is "0")\n', 1],
    ['echo $((1+)); echo after', 'bash: 1+: syntax error: operand expected (error token is "+")\n', 1],
  ])('%s', (input, err, status) => {
    const r = harness().run(input);
    expect(r.err).toBe(err);
    expect(r.status).toBe(status);
  });

  it('says when a compound command is not supported instead of guessing', () => {
    const r = harness().run('case x in x) echo;; esac');
    expect(r.err).toMatch(/^bash: case blocks are not supported here/);
    expect(r.status).toBe(2);
  });

  it.each([
    ['for i in 1; do done', "bash: syntax error near unexpected token `done'\n"],
    ['if true; then fi', "bash: syntax error near unexpected token `fi'\n"],
    ['done', "bash: syntax error near unexpected token `done'\n"],
  ])('%s', (input, err) => {
    expect(harness().run(input)).toEqual({ out: '', err, status: 2 });
  });
});

describe('shell: runaway loops', () => {
  it('interrupts `while true` after the loop window of virtual time, like a Ctrl-C', () => {
    const h = harness({ watchWindowMs: 10_000 });
    const t0 = h.cluster.now();
    const r = h.run('while true; do sleep 1; done; echo skipped');
    expect(r).toEqual({ out: '^C\n', err: '', status: 130 });
    expect(h.cluster.now() - t0).toBe(11_000);
    expect(h.run('echo $?').out).toBe('130\n');
  });

  it('interrupts a loop that never lets time pass after a bounded number of rounds', () => {
    const r = harness().run('while true; do true; done');
    expect(r).toEqual({ out: '^C\n', err: '', status: 130 });
  });
});

describe('shell: incomplete input asks for more lines', () => {
  it.each(['for i in 1 2; do', 'while true\ndo\n  sleep 1', 'if true; then echo', 'cat <<EOF | kubectl apply -f -', "echo 'abc", 'echo a |', 'echo a &&', 'echo a \\', 'X=$(echo', 'cat <<EOF\nline'])('%j', (input) => {
    const h = harness();
    expect(h.shell.run(input)).toEqual({ kind: 'incomplete' });
    expect(h.chunks).toEqual([]);
  });
});

describe('shell: redirections and files', () => {
  it('writes, appends and reads workspace files', () => {
    const h = harness();
    expect(h.run('echo one > f.txt; echo two >> f.txt; cat f.txt').out).toBe('one\ntwo\n');
    expect(h.run('cat < f.txt | wc -l').out).toBe('2\n');
    expect(h.run('nosuch 2> err.txt; cat err.txt').out).toBe('bash: nosuch: command not found\n');
  });

  it('refuses paths outside the workspace with a clear message', () => {
    const h = harness();
    expect(h.run('cat /etc/passwd')).toEqual({ out: '', err: `cat: /etc/passwd: outside the workspace (kubedojo keeps your files in ${h.dir})\n`, status: 1 });
    expect(h.run('echo x > ../escape.txt').err).toBe(`bash: ../escape.txt: outside the workspace (kubedojo keeps your files in ${h.dir})\n`);
    expect(h.run('cd /; pwd').out).toBe(`${h.dir}\n`);
  });

  it('orders >file 2>&1 and 2>&1 >file as bash does', () => {
    const h = harness();
    const r = h.run('cat missing > a.txt 2>&1; cat missing 2>&1 > b.txt');
    expect(r.out).toBe('cat: missing: No such file or directory\n');
    expect(h.run('cat a.txt').out).toBe('cat: missing: No such file or directory\n');
    expect(h.run('cat b.txt').out).toBe('');
  });

  it('keeps stdout and stderr in the order written', () => {
    const h = harness();
    h.run('echo out1; echo err1 >&2; echo out2');
    expect(h.chunks).toEqual([
      { stream: 'out', text: 'out1\n' },
      { stream: 'err', text: 'err1\n' },
      { stream: 'out', text: 'out2\n' },
    ]);
  });

  it('globs workspace files, sorted, and leaves unmatched patterns as typed', () => {
    const h = harness();
    h.run('touch b.yaml a.yaml c.txt .hidden.yaml');
    expect(h.run('echo *.yaml').out).toBe('a.yaml b.yaml\n');
    expect(h.run("echo '*.yaml' *.json").out).toBe('*.yaml *.json\n');
  });
});

describe('shell: kubectl wiring', () => {
  it('passes words, piped input and the exported environment', () => {
    calls.length = 0;
    const h = harness();
    const r = h.run('export KUBE_EDITOR=nano; cat <<EOF | kubectl apply -f -\nkind: Pod\nEOF');
    expect(r.out).toBe('kubectl apply -f -\n');
    expect(calls[0]).toMatchObject({ args: ['apply', '-f', '-'], stdin: 'kind: Pod\n', env: { HOME: '/home/learner', KUBE_EDITOR: 'nano' } });
  });

  it('captures kubectl output in $(...) and pipes', () => {
    const h = harness();
    expect(h.run('POD=$(kubectl get pods -o name | head -1); echo "[$POD]"').out).toBe('[kubectl get pods -o name]\n');
    expect(h.run('kubectl fail || echo failed').out).toBe('kubectl fail\nfailed\n');
  });

  it('expands aliases at the start of a command (alias k=kubectl)', () => {
    const h = harness();
    h.run("alias k=kubectl; alias kgp='kubectl get pods'");
    expect(h.run('k get ns; kgp -o wide; echo k').out).toBe('kubectl get ns\nkubectl get pods -o wide\nk\n');
    // bash -i: `alias` lists with single quotes; unknown names fail with status 1.
    expect(h.run('alias').out).toBe("alias k='kubectl'\nalias kgp='kubectl get pods'\n");
    expect(h.run('alias nope')).toEqual({ out: '', err: 'bash: alias: nope: not found\n', status: 1 });
  });

  it('records each input on the cluster timeline', () => {
    const h = harness();
    h.run('false');
    const entries = h.cluster.timeline.entries.filter((e) => e.type === 'command');
    expect(entries).toEqual([expect.objectContaining({ type: 'command', command: 'false', status: 1 })]);
  });
});
