/**
 * Property tests of the Job failure back-off against upstream's formula
 * (pkg/controller/job/backoff_utils.go getRemainingTime: 10 s doubled per failure after the
 * first, capped at MaxJobPodFailureBackOff = 10 min, measured from the last failure).
 */
import { describe, expect, it } from 'vitest';
import { backoffDuration, nextBackoffRecord, remainingBackoff } from './backoff.js';

describe('job back-off', () => {
  it('10s, 20s, 40s, 80s, 160s, 320s, then 600s for ever', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(backoffDuration)).toEqual([10, 20, 40, 80, 160, 320, 600, 600, 600].map((s) => s * 1000));
    expect(backoffDuration(0)).toBe(0);
  });

  it('equals min(10s·2^(n−1), 10m) for every n up to 60', () => {
    for (let n = 1; n <= 60; n++) expect(backoffDuration(n)).toBe(Math.min(10_000 * 2 ** (n - 1), 600_000));
  });

  it('remaining time counts from the last failure and never goes negative', () => {
    for (let n = 1; n <= 10; n++) {
      for (const elapsed of [0, 1_000, 9_999, 10_000, 50_000, 700_000]) {
        const rec = { failuresAfterLastSuccess: n, lastFailureTime: 1_000_000 };
        expect(remainingBackoff(rec, 1_000_000 + elapsed)).toBe(Math.max(0, Math.min(10_000 * 2 ** (n - 1), 600_000) - elapsed));
      }
    }
  });

  it('a success resets the count to the failures after it', () => {
    const prev = { failuresAfterLastSuccess: 4, lastFailureTime: 50 };
    expect(nextBackoffRecord(prev, [100], [])).toEqual({ failuresAfterLastSuccess: 0 });
    expect(nextBackoffRecord(prev, [100], [90, 120])).toEqual({ failuresAfterLastSuccess: 1, lastFailureTime: 120 });
    expect(nextBackoffRecord(prev, [], [60, 70])).toEqual({ failuresAfterLastSuccess: 6, lastFailureTime: 70 });
  });
});
