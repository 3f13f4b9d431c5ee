// Expected texts were produced by the real kubectl (v1.32.4 installed here) — these
// are cobra/pflag messages, unchanged in 1.33.
import { describe, expect, it } from 'vitest';
import { flagError } from './errors.js';
import { formatDuration, parseDuration, parseFlags, type FlagSpec } from './flags.js';

const FLAGS: FlagSpec[] = [
  { name: 'namespace', shorthand: 'n', type: 'string', usage: '' },
  { name: 'output', shorthand: 'o', type: 'string', usage: '' },
  { name: 'watch', shorthand: 'w', type: 'bool', usage: '' },
  { name: 'show-labels', type: 'bool', usage: '' },
  { name: 'replicas', type: 'int', usage: '' },
  { name: 'timeout', type: 'duration', usage: '' },
  { name: 'label-columns', shorthand: 'L', type: 'stringSlice', usage: '' },
  { name: 'from-literal', type: 'stringArray', usage: '' },
  { name: 'stdin', shorthand: 'i', type: 'bool', usage: '' },
  { name: 'tty', shorthand: 't', type: 'bool', usage: '' },
];

function err(argv: string[], path = 'kubectl get'): string {
  const r = parseFlags(argv, FLAGS);
  if (r.ok) throw new Error('expected a flag error');
  return flagError(path, r.error);
}

describe('parseFlags (pflag semantics)', () => {
  it('reads long, short, attached and = forms', () => {
    const r = parseFlags(['pods', '-n', 'kube-system', '-oyaml', '--replicas=3', '--timeout', '90s', 'x'], FLAGS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.parsed.args).toEqual(['pods', 'x']);
    expect(r.parsed.values.get('namespace')).toBe('kube-system');
    expect(r.parsed.values.get('output')).toBe('yaml');
    expect(r.parsed.values.get('replicas')).toBe(3);
    expect(r.parsed.values.get('timeout')).toBe(90_000);
  });

  it('combines boolean shorthands and stops at --', () => {
    const r = parseFlags(['-it', 'pod', '--', 'sh', '-c', 'echo -n hi'], FLAGS);
    expect(r.ok && r.parsed.values.get('stdin') && r.parsed.values.get('tty')).toBe(true);
    expect(r.ok && r.parsed.args).toEqual(['pod', 'sh', '-c', 'echo -n hi']);
    expect(r.ok && r.parsed.argsLenAtDash).toBe(1);
  });

  it('accumulates repeated slice and array flags', () => {
    const r = parseFlags(['-L', 'app,tier', '-L', 'env', '--from-literal=a=b,c', '--from-literal', 'd=e'], FLAGS);
    expect(r.ok && r.parsed.values.get('label-columns')).toEqual(['app', 'tier', 'env']);
    expect(r.ok && r.parsed.values.get('from-literal')).toEqual(['a=b,c', 'd=e']);
  });

  it('words errors as cobra does', () => {
    // kubectl 1.33 prints cobra's flag errors through checkErr (`error: `), observed with kubectl.1.33.
    expect(err(['pods', '--foo'])).toBe("error: unknown flag: --foo\nSee 'kubectl get --help' for usage.");
    expect(err(['-z'])).toBe("error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage.");
    expect(err(['pods', '-n'])).toBe("error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage.");
    expect(err(['--replicas'], 'kubectl scale')).toBe("error: flag needs an argument: --replicas\nSee 'kubectl scale --help' for usage.");
    expect(err(['--replicas=abc'], 'kubectl scale')).toBe(
      'error: invalid argument "abc" for "--replicas" flag: strconv.ParseInt: parsing "abc": invalid syntax\nSee \'kubectl scale --help\' for usage.',
    );
    expect(err(['--timeout=abc'], 'kubectl rollout status')).toBe(
      'error: invalid argument "abc" for "--timeout" flag: time: invalid duration "abc"\nSee \'kubectl rollout status --help\' for usage.',
    );
    expect(err(['--show-labels=maybe'])).toBe(
      'error: invalid argument "maybe" for "--show-labels" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl get --help\' for usage.',
    );
    expect(err(['-w=maybe'])).toBe(
      'error: invalid argument "maybe" for "-w, --watch" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl get --help\' for usage.',
    );
  });
});

describe('Go durations', () => {
  it('parses and prints as time.Duration does', () => {
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('1.5s')).toBe(1500);
    expect(parseDuration('5')).toBeUndefined();
    expect(formatDuration(60_000)).toBe('1m0s');
    expect(formatDuration(300_000)).toBe('5m0s');
    expect(formatDuration(3_600_000)).toBe('1h0m0s');
    expect(formatDuration(90_500)).toBe('1m30.5s');
  });
});
