/**
 * Delay before the Job controller replaces failed pods (kubernetes/kubernetes
 * pkg/controller/job/backoff_utils.go `getRemainingTime`, job_controller.go
 * `DefaultJobPodFailureBackOff` = 10 s, `MaxJobPodFailureBackOff` = 10 min; reference §4.3).
 * The public docs say "capped at six minutes"; the code caps at ten, and the code wins.
 */

export const DEFAULT_BACKOFF_MS = 10_000;
export const MAX_BACKOFF_MS = 10 * 60_000;

/** What the controller remembers per Job (in memory, as upstream's backoffRecordStore). */
export interface BackoffRecord {
  /** Failed pods since the last pod that succeeded. */
  failuresAfterLastSuccess: number;
  /** Finish time of the newest failed pod counted (ms), if any. */
  lastFailureTime?: number;
}

/** The full back-off after `failures` consecutive failures: 10 s × 2^(failures−1), at most 10 min. */
export function backoffDuration(failures: number): number {
  if (failures <= 0) return 0;
  let d = DEFAULT_BACKOFF_MS;
  for (let i = 1; i < failures; i++) {
    d *= 2;
    if (d >= MAX_BACKOFF_MS) return MAX_BACKOFF_MS;
  }
  return d;
}

/** How long from `now` until pods may be created again (0 = now). */
export function remainingBackoff(rec: BackoffRecord | undefined, now: number): number {
  if (!rec || rec.failuresAfterLastSuccess === 0 || rec.lastFailureTime === undefined) return 0;
  const elapsed = now - rec.lastFailureTime;
  const d = backoffDuration(rec.failuresAfterLastSuccess);
  return d < elapsed ? 0 : d - elapsed;
}

/**
 * upstream `newBackoffRecord`: a success among the newly finished pods restarts the count
 * with the failures that finished after it; otherwise the new failures add to it.
 */
export function nextBackoffRecord(
  prev: BackoffRecord | undefined, succeededAt: number[], failedAt: number[],
): BackoffRecord {
  const base: BackoffRecord = prev ? { ...prev } : { failuresAfterLastSuccess: 0 };
  if (!succeededAt.length && !failedAt.length) return base;
  if (succeededAt.length) {
    const lastSuccess = Math.max(...succeededAt);
    const after = failedAt.filter((t) => t > lastSuccess);
    return after.length ? { failuresAfterLastSuccess: after.length, lastFailureTime: Math.max(...after) } : { failuresAfterLastSuccess: 0 };
  }
  const last = Math.max(...failedAt, base.lastFailureTime ?? -Infinity);
  return { failuresAfterLastSuccess: base.failuresAfterLastSuccess + failedAt.length, lastFailureTime: last };
}
