/**
 * Job conditions as the 1.33 controller writes them (job_controller.go `newCondition`,
 * `ensureJobConditionStatus`; reference §4.4): every condition carries lastProbeTime and
 * lastTransitionTime; the terminal Complete/Failed follow an interim SuccessCriteriaMet /
 * FailureTarget with the same reason and message.
 */
import { rfc3339 } from '../../clock.js';
import type { Condition, KObject } from '../../types.js';

export interface Finish {
  /** Terminal type: Complete or Failed. */
  type: 'Complete' | 'Failed';
  reason: string;
  message: string;
}

export const BACKOFF_LIMIT_EXCEEDED: Finish = { type: 'Failed', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' };
export const DEADLINE_EXCEEDED: Finish = { type: 'Failed', reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' };
export const COMPLETIONS_REACHED: Finish = { type: 'Complete', reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' };

/** The interim condition type that precedes a terminal one. */
export function interimOf(f: Finish): string {
  return f.type === 'Complete' ? 'SuccessCriteriaMet' : 'FailureTarget';
}

export function conditionTrue(conds: Condition[] | undefined, type: string): Condition | undefined {
  return conds?.find((c) => c.type === type && c.status === 'True');
}

/** True once the Job has a Complete or Failed condition (upstream `IsJobFinished`). */
export function isJobFinished(job: KObject): boolean {
  const conds = job.status?.conditions as Condition[] | undefined;
  return !!(conditionTrue(conds, 'Complete') || conditionTrue(conds, 'Failed'));
}

/**
 * Sets condition `type` to `status` (appending it, or updating an existing one whose status
 * differs); returns the new list, or the same list when nothing changed.
 */
export function ensureCondition(conds: Condition[], type: string, status: 'True' | 'False', reason: string, message: string, now: number): Condition[] {
  const i = conds.findIndex((c) => c.type === type);
  const t = rfc3339(now);
  const next: Condition = { type, status, lastProbeTime: t, lastTransitionTime: t, reason, message };
  if (i < 0) return status === 'True' ? [...conds, next] : conds;
  const cur = conds[i];
  if (cur.status === status && cur.reason === reason && cur.message === message) return conds;
  const out = [...conds];
  out[i] = next;
  return out;
}
