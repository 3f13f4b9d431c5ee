/**
 * pod-template-hash encoding (kubernetes/kubernetes pkg/controller/controller_utils.go
 * ComputeHash; apimachinery pkg/util/rand SafeEncodeString; reference §0.2).
 */
import { describe, expect, it } from 'vitest';
import { canonicalJson, fnv32a } from '../objects.js';
import { computeHash, safeEncodeString } from './pod-template-hash.js';

describe('pod-template-hash', () => {
  it('maps decimal digits as SafeEncodeString does', () => {
    expect(safeEncodeString('0123456789')).toBe('456789bcdf');
  });

  it('looks like the real hashes and changes with the template and collisionCount', () => {
    const t = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.16.1' }] } };
    const h = computeHash(t);
    expect(h).toMatch(/^[456789bcdf]{1,10}$/);
    expect(computeHash(structuredClone(t))).toBe(h);
    expect(computeHash({ ...t, spec: { containers: [{ name: 'nginx', image: 'nginx:1.17.0' }] } })).not.toBe(h);
    expect(computeHash(t, 1)).not.toBe(h);
    expect(computeHash(t, 0)).not.toBe(h);
  });

  it('hashes with FNV-32a and appends collisionCount as 8 little-endian bytes', () => {
    // Standard FNV-1a 32-bit test vectors (isthe.com/chongo/tech/comp/fnv).
    expect(fnv32a('a')).toBe(0xe40c292c);
    expect(fnv32a('foobar')).toBe(0xbf9cf968);
    const t = { spec: { containers: [{ name: 'c' }] } } as never;
    expect(computeHash(t)).toBe(safeEncodeString(String(fnv32a(canonicalJson(t)))));
    const bytes = '\u0002\u0001\u0000\u0000\u0000\u0000\u0000\u0000';
    expect(computeHash(t, 258)).toBe(safeEncodeString(String(fnv32a(canonicalJson(t) + bytes))));
  });
});
