/**
 * Deployment status and the Progressing/Available conditions (sync.go `calculateStatus`,
 * `syncDeploymentStatus`, `checkPausedConditions`; progress.go `syncRolloutStatus`,
 * `requeueStuckDeployment`; deployment_util.go `DeploymentProgressing`, `DeploymentTimedOut`).
 */
import { parseTime } from '../../clock.js';
import { deepClone, deepEqual, keyOf } from '../../objects.js';
import type { Deployment, ReplicaSet } from '../../types.js';
import { getCondition, newCondition, REASON, removeCondition, setCondition } from './conditions.js';
import { type DeploymentSync, writeStatus } from './context.js';
import {
  deploymentComplete, hasProgressDeadline, maxUnavailable, progressDeadline, replicasOf, sumAvailable, sumReady, sumSpec, sumStatus,
} from './util.js';

type Status = NonNullable<Deployment['status']>;

/** `calculateStatus`: counts from the sets, conditions carried over, Available recomputed. Zeros omitted as in JSON. */
export function calculateStatus(s: DeploymentSync, all: (ReplicaSet | undefined)[], newRS: ReplicaSet | undefined): Status {
  const d = s.d;
  const available = sumAvailable(all);
  const unavailable = Math.max(0, sumSpec(all) - available);
  const counts: [keyof Status, number][] = [
    ['observedGeneration', d.metadata.generation ?? 0],
    ['replicas', sumStatus(all)],
    ['updatedReplicas', sumStatus([newRS])],
    ['readyReplicas', sumReady(all)],
    ['availableReplicas', available],
    ['unavailableReplicas', unavailable],
  ];
  const status: Status = {};
  for (const [k, v] of counts) if (v) (status as Record<string, number>)[k] = v;
  if (d.status?.conditions?.length) status.conditions = deepClone(d.status.conditions);
  if (d.status?.collisionCount !== undefined) status.collisionCount = d.status.collisionCount;
  const now = s.ctx.clock.iso();
  if (available >= replicasOf(d) - maxUnavailable(d)) {
    setCondition(status, newCondition('Available', 'True', REASON.minimumReplicasAvailable, 'Deployment has minimum availability.', now));
  } else {
    setCondition(status, newCondition('Available', 'False', REASON.minimumReplicasUnavailable, 'Deployment does not have minimum availability.', now));
  }
  return status;
}

/** Key order of a DeploymentStatus as the API server serialises it. */
function ordered(st: Status): Status {
  const out: Record<string, unknown> = {};
  for (const k of ['observedGeneration', 'replicas', 'updatedReplicas', 'readyReplicas', 'availableReplicas', 'unavailableReplicas', 'terminatingReplicas', 'conditions', 'collisionCount']) {
    const v = (st as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out as Status;
}

/** `syncDeploymentStatus`: writes the calculated status if it changed. */
export function syncDeploymentStatus(s: DeploymentSync, all: (ReplicaSet | undefined)[], newRS: ReplicaSet | undefined): void {
  const status = ordered(calculateStatus(s, all, newRS));
  if (deepEqual(s.d.status ?? {}, status)) return;
  s.d.status = status;
  writeStatus(s);
}

/** `DeploymentProgressing`: more updated, fewer old, more ready or more available than before. */
function progressing(d: Deployment, next: Status): boolean {
  const old = d.status ?? {};
  const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newOld = (next.replicas ?? 0) - (next.updatedReplicas ?? 0);
  return (next.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) || newOld < oldOld
    || (next.readyReplicas ?? 0) > (old.readyReplicas ?? 0) || (next.availableReplicas ?? 0) > (old.availableReplicas ?? 0);
}

/** `DeploymentTimedOut`: lastUpdateTime + deadline strictly before now. */
function timedOut(d: Deployment, next: Status, now: number): boolean {
  const c = getCondition(next, 'Progressing');
  if (!c) return false;
  if (c.reason === REASON.newRSAvailable) return false;
  if (c.reason === REASON.timedOut) return true;
  const from = parseTime(c.lastUpdateTime) ?? now;
  return from + progressDeadline(d) * 1000 < now;
}

/** `syncRolloutStatus`: status plus Progressing evaluation, ReplicaFailure copying, requeue when stuck. */
export function syncRolloutStatus(s: DeploymentSync, all: (ReplicaSet | undefined)[], newRS: ReplicaSet | undefined): void {
  const { d, ctx } = s;
  const next = calculateStatus(s, all, newRS);
  if (!hasProgressDeadline(d)) removeCondition(next, 'Progressing');
  const current = getCondition(d.status, 'Progressing');
  const complete = (next.replicas ?? 0) === (next.updatedReplicas ?? 0) && current?.reason === REASON.newRSAvailable;
  const nowIso = ctx.clock.iso();
  const subject = newRS ? `ReplicaSet "${newRS.metadata.name}"` : `Deployment "${d.metadata.name}"`;
  if (hasProgressDeadline(d) && !complete) {
    if (deploymentComplete(d, next)) {
      setCondition(next, newCondition('Progressing', 'True', REASON.newRSAvailable, `${subject} has successfully progressed.`, nowIso));
    } else if (progressing(d, next)) {
      const cond = newCondition('Progressing', 'True', REASON.rsUpdated, `${subject} is progressing.`, nowIso);
      if (current) {
        if (current.status === 'True') cond.lastTransitionTime = current.lastTransitionTime;
        removeCondition(next, 'Progressing');
      }
      setCondition(next, cond);
    } else if (timedOut(d, next, ctx.clock.now())) {
      setCondition(next, newCondition('Progressing', 'False', REASON.timedOut, `${subject} has timed out progressing.`, nowIso));
    }
  }
  const failure = replicaFailure(all, newRS);
  if (failure) setCondition(next, failure);
  else removeCondition(next, 'ReplicaFailure');
  const status = ordered(next);
  if (deepEqual(d.status ?? {}, status)) {
    requeueStuck(s, status);
    return;
  }
  d.status = status;
  writeStatus(s);
}

/** `getReplicaFailures`: the new RS's ReplicaFailure condition first, then any old RS's. */
function replicaFailure(all: (ReplicaSet | undefined)[], newRS: ReplicaSet | undefined) {
  const pick = (rs: ReplicaSet | undefined) => rs?.status?.conditions?.find((c) => c.type === 'ReplicaFailure');
  const c = pick(newRS) ?? all.filter((rs) => rs !== newRS).map(pick).find((x) => x);
  if (!c) return undefined;
  return { type: 'ReplicaFailure', status: c.status, lastUpdateTime: c.lastTransitionTime, lastTransitionTime: c.lastTransitionTime, reason: c.reason, message: c.message };
}

/** Requeue a rollout that has not finished for when its progress deadline passes. */
function requeueStuck(s: DeploymentSync, next: Status): void {
  const { d, ctx } = s;
  const current = getCondition(d.status, 'Progressing');
  if (!hasProgressDeadline(d) || !current) return;
  if (deploymentComplete(d, next) || current.reason === REASON.timedOut) return;
  const after = (parseTime(current.lastUpdateTime) ?? ctx.clock.now()) + progressDeadline(d) * 1000 - ctx.clock.now();
  // Upstream requeues rate-limited (milliseconds) below one second, else after + 1 s.
  ctx.enqueueAfter(keyOf(d), after < 1000 ? Math.max(after + 1, 5) : after + 1000);
}

/** `checkPausedConditions`: Progressing Unknown/DeploymentPaused or DeploymentResumed. */
export function checkPausedConditions(s: DeploymentSync): void {
  const { d } = s;
  if (!hasProgressDeadline(d)) return;
  const cond = getCondition(d.status, 'Progressing');
  if (cond?.reason === REASON.timedOut) return;
  const pausedExists = cond?.reason === REASON.paused;
  const now = s.ctx.clock.iso();
  d.status ??= {};
  if (d.spec.paused && !pausedExists) {
    setCondition(d.status, newCondition('Progressing', 'Unknown', REASON.paused, 'Deployment is paused', now));
  } else if (!d.spec.paused && pausedExists) {
    setCondition(d.status, newCondition('Progressing', 'Unknown', REASON.resumed, 'Deployment is resumed', now));
  } else return;
  writeStatus(s);
}
