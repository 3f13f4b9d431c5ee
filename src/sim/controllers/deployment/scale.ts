/**
 * Scaling without a rollout (sync.go `sync`, `scale`, `isScalingEvent`; deployment_util.go
 * `FindActiveOrLatest`, `IsSaturated`, `GetProportion`): used when spec.replicas changed or
 * the Deployment is paused. Mid-rollout, extra or fewer replicas are spread over the active
 * sets in proportion to their size.
 */
import type { ReplicaSet } from '../../types.js';
import { cleanupDeployment } from './cleanup.js';
import { type DeploymentSync, scaleAndRecord, scaleReplicaSet } from './context.js';
import { getAllReplicaSetsAndSyncRevision } from './new-replica-set.js';
import { syncDeploymentStatus } from './progress.js';
import {
  DESIRED_REPLICAS_ANNOTATION, MAX_REPLICAS_ANNOTATION, activeSets, byCreation, intAnnotation, maxSurge, replicasOf, rsReplicas, sumSpec,
} from './util.js';

/** `isScalingEvent`: some active set was sized for a different spec.replicas. */
export function isScalingEvent(s: DeploymentSync, sets: ReplicaSet[]): boolean {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(s, sets, false);
  for (const rs of activeSets([...oldRSs, newRS])) {
    const desired = intAnnotation(rs, DESIRED_REPLICAS_ANNOTATION);
    if (desired !== undefined && desired !== replicasOf(s.d)) return true;
  }
  return false;
}

/** `sync`: scale, clean up while paused, and update status. */
export function syncScale(s: DeploymentSync, sets: ReplicaSet[]): void {
  const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(s, sets, false);
  scale(s, newRS, oldRSs);
  if (s.d.spec.paused) cleanupDeployment(s, oldRSs);
  syncDeploymentStatus(s, [...oldRSs, newRS], newRS);
}

function findActiveOrLatest(newRS: ReplicaSet | undefined, oldRSs: ReplicaSet[]): ReplicaSet | undefined | null {
  if (!newRS && !oldRSs.length) return undefined;
  const newestFirst = [...oldRSs].sort((a, b) => byCreation(b, a));
  const active = activeSets([...newestFirst, newRS]);
  if (active.length === 0) return newRS ?? newestFirst[0];
  if (active.length === 1) return active[0];
  return null;
}

function isSaturated(s: DeploymentSync, rs: ReplicaSet | undefined): boolean {
  if (!rs) return false;
  const n = replicasOf(s.d);
  return rsReplicas(rs) === n && intAnnotation(rs, DESIRED_REPLICAS_ANNOTATION) === n && (rs.status?.availableReplicas ?? 0) === n;
}

/** Go's `math.Round` (half away from zero). */
function roundHalfAway(x: number): number {
  return x < 0 ? -Math.round(-x) : Math.round(x);
}

/** `getReplicaSetFraction`: how many replicas this set gains or loses to keep its share. */
function fraction(s: DeploymentSync, rs: ReplicaSet): number {
  const n = replicasOf(s.d);
  if (n === 0) return -rsReplicas(rs);
  const maxNow = n + maxSurge(s.d);
  let before = intAnnotation(rs, MAX_REPLICAS_ANNOTATION) ?? 0;
  if (!before) {
    before = s.d.status?.replicas ?? 0;
    if (!before) return 0;
  }
  return roundHalfAway((rsReplicas(rs) * maxNow) / before) - rsReplicas(rs);
}

function proportion(s: DeploymentSync, rs: ReplicaSet, toAdd: number, added: number): number {
  if (rsReplicas(rs) === 0 || toAdd === 0 || toAdd === added) return 0;
  const f = fraction(s, rs);
  const allowed = toAdd - added;
  return toAdd > 0 ? Math.min(f, allowed) : Math.max(f, allowed);
}

/** `scale`. */
function scale(s: DeploymentSync, newRS: ReplicaSet | undefined, oldRSs: ReplicaSet[]): void {
  const n = replicasOf(s.d);
  const one = findActiveOrLatest(newRS, oldRSs);
  if (one) {
    if (rsReplicas(one) !== n) scaleAndRecord(s, one, n);
    return;
  }
  if (one === undefined) return;
  if (isSaturated(s, newRS)) {
    for (const old of activeSets(oldRSs)) scaleAndRecord(s, old, 0);
    return;
  }
  if ((s.d.spec.strategy?.type ?? 'RollingUpdate') !== 'RollingUpdate') return;
  const all = activeSets([...oldRSs, newRS]);
  const allowed = n > 0 ? n + maxSurge(s.d) : 0;
  const toAdd = allowed - sumSpec(all);
  if (toAdd > 0) {
    // ReplicaSetsBySizeNewer: bigger first, ties newer first.
    all.sort((a, b) => rsReplicas(b) - rsReplicas(a) || byCreation(b, a));
  } else if (toAdd < 0) {
    // ReplicaSetsBySizeOlder: bigger first, ties older first.
    all.sort((a, b) => rsReplicas(b) - rsReplicas(a) || byCreation(a, b));
  }
  const sizes = new Map<ReplicaSet, number>();
  let added = 0;
  for (const rs of all) {
    const p = toAdd !== 0 ? proportion(s, rs, toAdd, added) : 0;
    sizes.set(rs, rsReplicas(rs) + p);
    added += p;
  }
  all.forEach((rs, i) => {
    let size = sizes.get(rs)!;
    if (i === 0 && toAdd !== 0) size = Math.max(0, size + toAdd - added);
    scaleReplicaSet(s, rs, size);
  });
}
