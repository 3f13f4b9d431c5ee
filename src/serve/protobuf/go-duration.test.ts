/** Expected strings are Go's own: durationTests in go/src/time/time_test.go. */
import { describe, expect, it } from 'vitest';
import { formatGoDuration } from './go-duration.js';

const us = 1_000n;
const ms = 1_000_000n;
const s = 1_000_000_000n;
const m = 60n * s;
const h = 60n * m;

describe('formatGoDuration', () => {
  it.each([
    ['0s', 0n],
    ['1ns', 1n],
    ['1.1µs', 1100n],
    ['2.2ms', 2200n * us],
    ['3.3s', 3300n * ms],
    ['4m5s', 4n * m + 5n * s],
    ['4m5.001s', 4n * m + 5001n * ms],
    ['5h6m7.001s', 5n * h + 6n * m + 7001n * ms],
    ['8m0.000000001s', 8n * m + 1n],
    ['2562047h47m16.854775807s', 2n ** 63n - 1n],
    ['-2562047h47m16.854775808s', -(2n ** 63n)],
  ])('%s', (text, ns) => {
    expect(formatGoDuration(ns)).toBe(text);
  });
});
