// Selector semantics from k8s.io/apimachinery/pkg/labels (selector.go) and
// metav1.FormatLabelSelector.
import { describe, expect, it } from 'vitest';
import { formatLabels, formatLabelSelector, fromLabelSelector, fromMap, matches, parseSelector } from './labels.js';

const sel = (s: string) => {
  const r = parseSelector(s);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('label selectors', () => {
  it('parses equality and set-based requirements', () => {
    const s = sel('app=web,tier!=db,env in (prod, staging),!canary,track');
    expect(matches(s, { app: 'web', tier: 'fe', env: 'prod', track: 'x' })).toBe(true);
    expect(matches(s, { app: 'web', tier: 'db', env: 'prod', track: 'x' })).toBe(false);
    expect(matches(s, { app: 'web', env: 'dev', track: 'x' })).toBe(false);
    expect(matches(s, { app: 'web', env: 'prod', canary: 'y', track: 'x' })).toBe(false);
    expect(matches(s, { app: 'web', env: 'prod' })).toBe(false);
    expect(matches(sel('env notin (prod)'), {})).toBe(true);
    expect(matches(sel('app==web'), { app: 'web' })).toBe(true);
  });

  it('an empty selector matches everything; a nil spec selector matches nothing', () => {
    expect(matches(sel(''), { any: 'thing' })).toBe(true);
    expect(matches(fromLabelSelector({}), { a: 'b' })).toBe(true);
    expect(matches(fromLabelSelector(undefined), { a: 'b' })).toBe(false);
    expect(matches(fromMap({}), { a: 'b' })).toBe(false);
  });

  it('formats labels and selectors as kubectl prints them', () => {
    expect(formatLabels({ tier: 'fe', app: 'web' })).toBe('app=web,tier=fe');
    expect(formatLabels({})).toBe('<none>');
    expect(formatLabelSelector({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'env', operator: 'In', values: ['b', 'a'] }, { key: 'x', operator: 'DoesNotExist' }] }))
      .toBe('app=web,env in (a,b),!x');
  });

  it('rejects malformed selectors', () => {
    expect(parseSelector('app in (a').ok).toBe(false);
    expect(parseSelector('a b').ok).toBe(false);
  });
});
