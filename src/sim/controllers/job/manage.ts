/**
 * upstream `manageJob`: how many pods should run now, and which to create or delete
 * (job_controller.go, indexed_job_utils.go; reference §4.2). Creation waits for the
 * failure back-off; at most BURST pods are created or deleted per sync.
 */
import type { KObject } from '../../types.js';
import type { ControllerContext } from '../framework.js';
import { podIndexOf } from './indexes.js';
import { createJobPod, deleteJobPod, isReady } from './pods.js';

const BURST = 500;

export interface ManageInput {
  job: KObject;
  active: KObject[];
  succeeded: number;
  /** Indexed Jobs: indexes that already succeeded. */
  succeededIndexes?: Set<number>;
  /** Milliseconds of failure back-off still to wait before creating pods. */
  backoffMs: number;
}

/** Returns the number of active pods after this sync's deletions and creations, and a requeue delay if creation had to wait. */
export function manageJob(ctx: ControllerContext, m: ManageInput): { active: number; requeueMs?: number; deleted: number } {
  const { job, active } = m;
  const parallelism = job.spec?.parallelism ?? 1;
  const completions: number | null | undefined = job.spec?.completions;
  if (job.spec?.suspend === true) {
    for (const p of active) deleteJobPod(ctx, job, p);
    return { active: 0, deleted: active.length };
  }
  if (job.spec?.completionMode === 'Indexed' && completions != null) return manageIndexed(ctx, m, parallelism, completions);
  let want: number;
  if (completions == null) want = m.succeeded > 0 ? active.length : parallelism;
  else want = Math.max(0, Math.min(parallelism, completions - m.succeeded));
  if (active.length > want) {
    const victims = [...active].sort(deleteFirst).slice(0, Math.min(active.length - want, BURST));
    for (const p of victims) deleteJobPod(ctx, job, p);
    return { active: active.length - victims.length, deleted: victims.length };
  }
  if (active.length < want) {
    if (m.backoffMs > 0) return { active: active.length, requeueMs: m.backoffMs, deleted: 0 };
    let made = 0;
    for (let i = 0; i < Math.min(want - active.length, BURST); i++) if (createJobPod(ctx, job)) made++;
    return { active: active.length + made, deleted: 0 };
  }
  return { active: active.length, deleted: 0 };
}

/** Indexed: one active pod per pending index, lowest indexes first; extra or duplicate pods go. */
function manageIndexed(ctx: ControllerContext, m: ManageInput, parallelism: number, completions: number): { active: number; requeueMs?: number; deleted: number } {
  const { job } = m;
  const done = m.succeededIndexes ?? new Set<number>();
  const seen = new Set<number>();
  const keep: KObject[] = [];
  const extra: KObject[] = [];
  for (const p of [...m.active].sort(olderFirst)) {
    const i = podIndexOf(p);
    if (i === undefined || i >= completions || done.has(i) || seen.has(i)) extra.push(p);
    else { seen.add(i); keep.push(p); }
  }
  // Over parallelism: drop the highest indexes.
  keep.sort((a, b) => podIndexOf(b)! - podIndexOf(a)!);
  while (keep.length > parallelism) extra.push(keep.shift()!);
  for (const p of extra) deleteJobPod(ctx, job, p);
  const room = Math.min(parallelism - keep.length, BURST);
  if (room <= 0) return { active: keep.length, deleted: extra.length };
  const pending: number[] = [];
  for (let i = 0; i < completions && pending.length < room; i++) if (!done.has(i) && !seen.has(i)) pending.push(i);
  if (!pending.length) return { active: keep.length, deleted: extra.length };
  if (m.backoffMs > 0) return { active: keep.length, requeueMs: m.backoffMs, deleted: extra.length };
  let made = 0;
  for (const i of pending) if (createJobPod(ctx, job, i)) made++;
  return { active: keep.length + made, deleted: extra.length };
}

function olderFirst(a: KObject, b: KObject): number {
  return (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? '') || (a.metadata.name ?? '').localeCompare(b.metadata.name ?? '');
}

/** controller.ActivePods ranking, shortened: unscheduled, then pending, then not ready, then newest. */
function deleteFirst(a: KObject, b: KObject): number {
  const rank = (p: KObject) => (!p.spec?.nodeName ? 0 : p.status?.phase === 'Pending' ? 1 : !isReady(p) ? 2 : 3);
  return rank(a) - rank(b) || -olderFirst(a, b);
}
