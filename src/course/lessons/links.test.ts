import { describe, expect, it } from 'vitest';
import { extractLinks, linkKind, scenarioId } from './links.js';

describe('extractLinks', () => {
  it('finds links with their line, and ignores links inside code', () => {
    const body = [
      'Intro [one](scenario:a/b).', // line 1
      '',
      '```console',
      '[not a link](scenario:x/y)',
      '```',
      '',
      'See `[no](../x/en.md)` and [two](../x/en.md#part).', // line 7
    ].join('\n');
    expect(extractLinks(body)).toEqual([
      { href: 'scenario:a/b', line: 1 },
      { href: '../x/en.md#part', line: 7 },
    ]);
  });
});

describe('linkKind and scenarioId', () => {
  it('classifies targets', () => {
    expect(linkKind('scenario:a/b')).toBe('scenario');
    expect(linkKind('https://kubernetes.io')).toBe('external');
    expect(linkKind('#top')).toBe('anchor');
    expect(linkKind('../b/en.md')).toBe('relative');
  });

  it('accepts only <topic>/<name> in kebab case', () => {
    expect(scenarioId('scenario:deployments/rollback')).toBe('deployments/rollback');
    expect(scenarioId('scenario:deployments')).toBeUndefined();
    expect(scenarioId('scenario:Deployments/Roll_back')).toBeUndefined();
    expect(scenarioId('scenario:a/b/c')).toBeUndefined();
  });
});
