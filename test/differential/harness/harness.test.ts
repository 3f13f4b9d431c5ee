// The harness itself: script parsing, allow-list checks and comparison. These run without
// a real kubectl, so a broken harness fails even where the differential suite is skipped.
import { describe, expect, it } from 'vitest';
import { parseAllowList } from './allow-list.js';
import { compareRuns } from './compare.js';
import { parseScript } from './script.js';

describe('parseScript', () => {
  it('splits words as bash does and keeps quoted text whole', () => {
    const r = parseScript(`# comment\n\nkubectl get pods -o jsonpath='{.items[*].metadata.name}' -l "app in (a,b)"\n`);
    expect(r).toEqual({ ok: true, skipped: [], steps: [{ kind: 'kubectl', line: `kubectl get pods -o jsonpath='{.items[*].metadata.name}' -l "app in (a,b)"`, lineNo: 3, argv: ['get', 'pods', '-o', 'jsonpath={.items[*].metadata.name}', '-l', 'app in (a,b)'] }] });
  });

  it('reads @advance, sleep, stdin redirects and heredocs', () => {
    const r = parseScript("@advance 1m\nkubectl apply -f - < x.yaml\nsleep 5\nkubectl apply -f - <<'EOF'\nkind: Pod\nEOF\n");
    expect(r.ok && r.steps).toEqual([
      { kind: 'advance', line: '@advance 1m', lineNo: 1, ms: 60_000 },
      { kind: 'kubectl', line: 'kubectl apply -f - < x.yaml', lineNo: 2, argv: ['apply', '-f', '-'], stdinFile: 'x.yaml' },
      { kind: 'advance', line: 'sleep 5', lineNo: 3, ms: 5_000 },
      { kind: 'kubectl', line: "kubectl apply -f - <<'EOF'", lineNo: 4, argv: ['apply', '-f', '-'], stdin: 'kind: Pod\n' },
    ]);
  });

  it('skips what it cannot run only when lenient', () => {
    const text = 'kubectl get pods | wc -l\nkubectl get pods\n';
    expect(parseScript(text)).toMatchObject({ ok: false });
    expect(parseScript(text, { lenient: true })).toMatchObject({ ok: true, skipped: ['kubectl get pods | wc -l'], steps: [{ argv: ['get', 'pods'] }] });
  });

  it('refuses pipes, variables and other programs', () => {
    expect(parseScript('kubectl get pods | wc -l')).toMatchObject({ ok: false });
    expect(parseScript('kubectl get pod $NAME')).toMatchObject({ ok: false });
    expect(parseScript('ls')).toMatchObject({ ok: false });
    expect(parseScript('@advance soon')).toMatchObject({ ok: false });
  });
});

describe('parseAllowList', () => {
  const entry = 'script: s\n  command: kubectl version\n  stream: stdout';
  const list = (entries: string) => parseAllowList(`normalize: []\nentries:\n${entries}`);
  it('requires a reason and one kind of excuse', () => {
    expect(list(`- ${entry}\n  mask: 'v1\\.\\d+'\n  reason: client version differs`)).toMatchObject({ ok: true });
    expect(list(`- ${entry}\n  mask: 'v1'`)).toMatchObject({ ok: false });
    expect(list(`- ${entry}\n  reason: no excuse given here`)).toMatchObject({ ok: false });
    expect(list(`- ${entry}\n  mask: 'x'\n  real: a\n  embedded: b\n  reason: exact texts after a mask`)).toMatchObject({ ok: true });
    expect(list(`- ${entry}\n  real: a\n  reason: one side only given`)).toMatchObject({ ok: false });
  });

  it('requires both lists', () => {
    expect(parseAllowList('[]')).toMatchObject({ ok: false });
  });

  it('refuses blanket masks', () => {
    expect(list(`- ${entry}\n  mask: '[\\s\\S]*'\n  reason: hides everything`)).toMatchObject({ ok: false });
  });
});

describe('compareRuns', () => {
  const r = (stdout: string, code = 0) => ({ line: 'kubectl version', lineNo: 1, code, stdout, stderr: '' });
  it('reports differences and lets only matching entries excuse them', () => {
    const parsed = parseAllowList(`normalize: []\nentries:\n- script: s\n  command: kubectl version\n  stream: stdout\n  mask: 'Client Version: .*'\n  reason: the client version differs`);
    if (!parsed.ok) throw new Error(parsed.error);
    const masked = compareRuns('s', [r('Client Version: v1.33.1\nServer Version: v1.33.1\n')], [r('Client Version: v1.33.0\nServer Version: v1.33.1\n')], parsed, '1.33');
    expect(masked.differences).toEqual([]);
    expect(masked.used).toHaveLength(1);
    const other = compareRuns('s', [r('Server Version: v1.33.1\n')], [r('Server Version: v1.32.0\n')], parsed, '1.33');
    expect(other.differences.map((d) => d.stream)).toEqual(['stdout']);
    expect(compareRuns('s', [r('', 1)], [r('', 0)], parsed, '1.33').differences.map((d) => d.stream)).toEqual(['code']);
  });
});

describe('normalize', () => {
  it('rewrites klog headers on both sides before comparing', () => {
    const parsed = parseAllowList(`normalize:\n- stream: stderr\n  pattern: '^([IWEF])\\d{4} \\d\\d:\\d\\d:\\d\\d\\.\\d{6} +\\d+ '\n  replace: '$1 '\n  reason: wall clock and pid\nentries: []`);
    if (!parsed.ok) throw new Error(parsed.error);
    const r = (stderr: string) => ({ line: 'kubectl run x', lineNo: 1, code: 1, stdout: '', stderr });
    const same = compareRuns('s', [r('E1122 01:41:12.345663   22642 run.go:72] "command failed"\n')], [r('E0602 09:00:00.000000       1 run.go:72] "command failed"\n')], parsed, '1.33');
    expect(same.differences).toEqual([]);
    const other = compareRuns('s', [r('E1122 01:41:12.345663   22642 run.go:72] "command failed"\n')], [r('E0602 09:00:00.000000       1 run.go:99] "command failed"\n')], parsed, '1.33');
    expect(other.differences).toHaveLength(1);
  });
});

describe('exact entries with a mask', () => {
  it('compare both sides after masking generated names', () => {
    const parsed = parseAllowList(`normalize: []\nentries:\n- script: s\n  command: kubectl get pods\n  stream: stdout\n  mask: '(?<=web-)[a-z0-9]{5}'\n  real: "web-<masked> 1/1\\n"\n  embedded: "web-<masked> 0/1\\n"\n  reason: the sides diverged on purpose`);
    if (!parsed.ok) throw new Error(parsed.error);
    const r = (stdout: string) => ({ line: 'kubectl get pods', lineNo: 1, code: 0, stdout, stderr: '' });
    expect(compareRuns('s', [r('web-abcde 1/1\n')], [r('web-xyz12 0/1\n')], parsed, '1.33').differences).toEqual([]);
    expect(compareRuns('s', [r('web-abcde 1/1\n')], [r('web-xyz12 1/1\n')], parsed, '1.33').differences).toHaveLength(1);
  });
});
