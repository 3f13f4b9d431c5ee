/**
 * The Job controller (source `job-controller`; kubernetes/kubernetes
 * pkg/controller/job/job_controller.go `syncJob`, 1.33 behaviour; reference §4).
 *
 * One sync: count pods that finished since the last sync (they still carry the tracking
 * finalizer), decide whether the Job has failed (backoff limit, deadline) or completed,
 * otherwise create or delete pods, then write status and release the counted pods.
 */
import { R } from '../../client.js';
import { parseTime } from '../../clock.js';
import { deepClone, deepEqual, splitKey } from '../../objects.js';
import type { StoreEvent } from '../../store.js';
import type { Condition, KObject } from '../../types.js';
import type { ControllerContext, ControllerDef } from '../framework.js';
import { podIndex } from '../replicaset/pod-index.js';
import { nextBackoffRecord, remainingBackoff, type BackoffRecord } from './backoff.js';
import {
  BACKOFF_LIMIT_EXCEEDED, COMPLETIONS_REACHED, DEADLINE_EXCEEDED, conditionTrue, ensureCondition, interimOf, isJobFinished, type Finish,
} from './conditions.js';
import { matchPodFailurePolicy } from './failure-policy.js';
import { formatIndexes, parseIndexes, podIndexOf } from './indexes.js';
import { manageJob } from './manage.js';
import { deleteJobPod, finishedTime, hasTrackingFinalizer, isActive, isReady, isTerminal, removeTrackingFinalizer, restartsOfUnfinished } from './pods.js';

const ORPHAN = 'pod:';

/** Per-cluster memory of failure back-off, as upstream keeps it in the controller process. */
function backoffStore(ctx: ControllerContext): Map<string, BackoffRecord> {
  let m = ctx.shared.get('job-controller/backoff') as Map<string, BackoffRecord> | undefined;
  if (!m) ctx.shared.set('job-controller/backoff', (m = new Map()));
  return m;
}

/** Only the controller's own status writes change status alone; they need no new sync. */
function statusOnly(e: StoreEvent): boolean {
  if (e.type !== 'MODIFIED' || !e.oldObject) return false;
  const strip = (o: KObject) => ({ ...o, status: undefined, metadata: { ...o.metadata, resourceVersion: undefined, managedFields: undefined } });
  return deepEqual(strip(e.oldObject), strip(e.object));
}

/** The Job that controls a pod, or an orphan key when that Job is gone but the pod still holds our finalizer. */
function podKeys(e: StoreEvent, ctx: ControllerContext): string[] {
  const keys: string[] = [];
  for (const o of [e.object, e.oldObject]) {
    const ref = o?.metadata.ownerReferences?.find((r) => r.controller && r.kind === 'Job');
    if (!ref) continue;
    const k = `${o!.metadata.namespace}/${ref.name}`;
    if (!keys.includes(k)) keys.push(k);
  }
  const pod = e.object;
  if (e.type !== 'DELETED' && hasTrackingFinalizer(pod)) {
    const ref = pod.metadata.ownerReferences?.find((r) => r.controller && r.kind === 'Job');
    const job = ref && ctx.store.get('jobs.batch', pod.metadata.namespace ?? '', ref.name);
    if (!ref || !job || job.metadata.uid !== ref.uid || isJobFinished(job)) keys.push(`${ORPHAN}${pod.metadata.namespace}/${pod.metadata.name}`);
  }
  return keys;
}

export const jobController: ControllerDef = {
  name: 'job-controller',
  component: 'job-controller',
  watches: [
    { resource: 'jobs.batch', keys: (e) => (statusOnly(e) ? [] : [`${e.object.metadata.namespace}/${e.object.metadata.name}`]) },
    { resource: 'pods', keys: podKeys },
  ],
  start: (ctx) => void podIndex(ctx.store),
  sync(key, ctx) {
    if (key.startsWith(ORPHAN)) return syncOrphanPod(key.slice(ORPHAN.length), ctx);
    syncJob(key, ctx);
  },
};

/** A pod whose Job is gone or finished keeps no tracking finalizer. */
function syncOrphanPod(key: string, ctx: ControllerContext): void {
  const { namespace, name } = splitKey(key);
  const pod = ctx.store.get('pods', namespace, name);
  if (pod) removeTrackingFinalizer(ctx, pod);
}

/** One level-triggered reconcile of the Job named by `key`. */
export function syncJob(key: string, ctx: ControllerContext): void {
  const { namespace, name } = splitKey(key);
  const job = ctx.store.get('jobs.batch', namespace, name);
  const backoffs = backoffStore(ctx);
  if (!job) { backoffs.delete(key); return; }
  const pods = [...podIndex(ctx.store).owned(job.metadata.uid!)];
  // A finished Job only releases its pods; so does one being deleted (upstream skips
  // manageJob then and may drop every finalizer), so foreground deletion never stalls.
  if (isJobFinished(job) || job.metadata.deletionTimestamp) {
    backoffs.delete(key);
    for (const p of pods) removeTrackingFinalizer(ctx, p);
    return;
  }
  const now = ctx.clock.now();
  const spec = job.spec ?? {};
  const suspended = spec.suspend === true;
  const indexed = spec.completionMode === 'Indexed' && spec.completions != null;
  const status = deepClone(job.status ?? {});
  let conds: Condition[] = status.conditions ?? [];

  // Count pods that finished (or are being deleted) since they were last counted.
  const toRelease: KObject[] = [];
  const succeededAt: number[] = [];
  const failedAt: number[] = [];
  const doneIdx = indexed ? parseIndexes(status.completedIndexes, spec.completions) : undefined;
  let newSucceeded = 0;
  let policyFailure: Finish | undefined;
  let ignored = 0;
  for (const p of pods) {
    if (!hasTrackingFinalizer(p)) continue;
    const phase = p.status?.phase;
    if (phase === 'Succeeded') {
      newSucceeded++;
      succeededAt.push(finishedTime(p, now));
      const i = podIndexOf(p);
      if (doneIdx && i !== undefined && i < spec.completions) doneIdx.add(i);
    } else if (phase === 'Failed' || (p.metadata.deletionTimestamp && spec.podReplacementPolicy !== 'Failed')) {
      const outcome = phase === 'Failed' && spec.podFailurePolicy ? matchPodFailurePolicy(job, p) : { action: 'Count' as const };
      if (outcome.action === 'FailJob') policyFailure ??= { type: 'Failed', reason: 'PodFailurePolicy', message: outcome.message };
      // Ignored failures still delay the replacement (upstream's back-off sees every failed pod).
      failedAt.push(finishedTime(p, now));
      if (outcome.action === 'Ignore') ignored++;
    } else if (!p.metadata.deletionTimestamp || p.spec?.nodeName) continue;
    // (podReplacementPolicy Failed: a deleted pod counts once the kubelet reports it Failed;
    // an unscheduled one never will — upstream's pod GC would fail it — so it is let go.)
    toRelease.push(p);
  }
  const succeeded = doneIdx ? doneIdx.size : (status.succeeded ?? 0) + newSucceeded;
  const failed = (status.failed ?? 0) + failedAt.length - ignored;
  const record = nextBackoffRecord(backoffs.get(key), succeededAt, failedAt);
  backoffs.set(key, record);

  const active = pods.filter(isActive);
  let terminating = pods.filter((p) => !isTerminal(p) && p.metadata.deletionTimestamp).length;
  if (!status.startTime && !suspended) status.startTime = ctx.clock.iso();
  const start = parseTime(status.startTime);

  let finish: Finish | undefined;
  const target = conditionTrue(conds, 'FailureTarget');
  if (target) finish = { type: 'Failed', reason: target.reason ?? '', message: target.message ?? '' };
  else if (policyFailure) finish = policyFailure;
  else {
    const limit = spec.backoffLimit ?? 6;
    const restarts = spec.template?.spec?.restartPolicy === 'OnFailure' ? restartsOfUnfinished(pods) : 0;
    const pastOnFailure = limit === 0 ? restarts > 0 : restarts >= limit && restarts > 0;
    if (failed > limit || pastOnFailure) finish = BACKOFF_LIMIT_EXCEEDED;
    else if (spec.activeDeadlineSeconds != null && !suspended && start !== undefined) {
      const left = start + spec.activeDeadlineSeconds * 1000 - now;
      if (left <= 0) finish = DEADLINE_EXCEEDED;
      else ctx.enqueueAfter(key, left);
    }
  }

  let activeCount = active.length;
  if (finish) {
    for (const p of active) if (deleteJobPod(ctx, job, p, true)) terminating++;
    activeCount = 0;
  } else {
    const r = manageJob(ctx, { job, active, succeeded, succeededIndexes: doneIdx, backoffMs: remainingBackoff(record, now) });
    activeCount = r.active;
    terminating += r.deleted;
    if (r.requeueMs !== undefined) ctx.enqueueAfter(key, r.requeueMs);
    const complete = spec.completions == null ? succeeded > 0 && activeCount === 0 : succeeded >= spec.completions && activeCount === 0;
    if (complete) finish = COMPLETIONS_REACHED;
    else conds = suspendConditions(ctx, job, conds, status, now);
  }

  if (finish) {
    conds = ensureCondition(conds, interimOf(finish), 'True', finish.reason, finish.message, now);
    if (terminating === 0) {
      conds = ensureCondition(conds, finish.type, 'True', finish.reason, finish.message, now);
      if (finish.type === 'Complete') {
        status.completionTime = ctx.clock.iso();
        ctx.event(job, 'Normal', 'Completed', 'Job completed');
      } else ctx.event(job, 'Warning', finish.reason, finish.message);
    }
  }

  const readyCount = finish ? 0 : active.filter((p) => isActive(p) && isReady(p)).length;
  writeStatus(ctx, job, status, { active: activeCount, ready: readyCount, terminating, succeeded, failed, conds, doneIdx });
  for (const p of toRelease) removeTrackingFinalizer(ctx, p);

}

/** Suspended ↔ resumed transitions: condition, event, and (on resume) a new startTime. */
function suspendConditions(ctx: ControllerContext, job: KObject, conds: Condition[], status: Record<string, any>, now: number): Condition[] {
  const wasSuspended = !!conditionTrue(conds, 'Suspended');
  if (job.spec?.suspend === true && !wasSuspended) {
    ctx.event(job, 'Normal', 'Suspended', 'Job suspended');
    return ensureCondition(conds, 'Suspended', 'True', 'JobSuspended', 'Job suspended', now);
  }
  if (job.spec?.suspend !== true && wasSuspended) {
    ctx.event(job, 'Normal', 'Resumed', 'Job resumed');
    // The deadline counts again from the resume.
    status.startTime = ctx.clock.iso();
    return ensureCondition(conds, 'Suspended', 'False', 'JobResumed', 'Job resumed', now);
  }
  return conds;
}

interface Counts { active: number; ready: number; terminating: number; succeeded: number; failed: number; conds: Condition[]; doneIdx?: Set<number> }

/** Writes status as the 1.33 API returns it: zero counters omitted, `ready`/`terminating` always present. */
function writeStatus(ctx: ControllerContext, job: KObject, status: Record<string, any>, c: Counts): void {
  const out: Record<string, any> = {};
  if (c.conds.length) out.conditions = c.conds;
  if (status.startTime) out.startTime = status.startTime;
  if (status.completionTime) out.completionTime = status.completionTime;
  if (c.active) out.active = c.active;
  if (c.succeeded) out.succeeded = c.succeeded;
  if (c.failed) out.failed = c.failed;
  if (c.doneIdx?.size) out.completedIndexes = formatIndexes(c.doneIdx);
  out.terminating = c.terminating;
  out.ready = c.ready;
  out.uncountedTerminatedPods = {};
  if (deepEqual(out, job.status)) return;
  const latest = ctx.store.get('jobs.batch', job.metadata.namespace ?? '', job.metadata.name!);
  if (!latest) return;
  const copy = deepClone(latest);
  copy.status = out;
  ctx.api.updateStatus(R.jobs, copy);
}
