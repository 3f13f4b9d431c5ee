/**
 * RollingUpdate (rolling.go `rolloutRolling`): each sync scales in one direction only —
 * up the new ReplicaSet within maxSurge, or down the old ones within maxUnavailable.
 */
import type { ReplicaSet } from '../../types.js';
import { cleanupDeployment } from './cleanup.js';
import { type DeploymentSync, scaleAndRecord } from './context.js';
import { getAllReplicaSetsAndSyncRevision, newRSNewReplicas } from './new-replica-set.js';
import { syncRolloutStatus } from './progress.js';
import { activeSets, byCreation, deploymentComplete, maxUnavailable, replicasOf, rsReplicas, sumAvailable, sumSpec } from './util.js';

export function rolloutRolling(s: DeploymentSync, sets: ReplicaSet[]): void {
  const view = getAllReplicaSetsAndSyncRevision(s, sets, true);
  const { newRS, oldRSs } = view;
  // Creating the new set failed (or collided): upstream returns the error and retries.
  if (!newRS) return;
  // As upstream, status is computed from the sets as listed at the start of this step.
  const all = [...oldRSs, newRS];
  if (reconcileNewReplicaSet(s, all, newRS) || reconcileOldReplicaSets(s, all, activeSets(oldRSs), newRS)) {
    syncRolloutStatus(s, all, newRS);
    return;
  }
  if (deploymentComplete(s.d, s.d.status ?? {})) cleanupDeployment(s, oldRSs);
  syncRolloutStatus(s, all, newRS);
}

/** `reconcileNewReplicaSet`. */
function reconcileNewReplicaSet(s: DeploymentSync, all: ReplicaSet[], newRS: ReplicaSet): boolean {
  const want = replicasOf(s.d);
  if (rsReplicas(newRS) === want) return false;
  if (rsReplicas(newRS) > want) return scaleAndRecord(s, newRS, want).scaled;
  return scaleAndRecord(s, newRS, newRSNewReplicas(s.d, all, newRS)).scaled;
}

/** `reconcileOldReplicaSets`: unhealthy old replicas first, then healthy ones down to minAvailable. */
function reconcileOldReplicaSets(s: DeploymentSync, all: ReplicaSet[], oldRSs: ReplicaSet[], newRS: ReplicaSet): boolean {
  if (sumSpec(oldRSs) === 0) return false;
  const minAvailable = replicasOf(s.d) - maxUnavailable(s.d);
  const newUnavailable = rsReplicas(newRS) - (newRS.status?.availableReplicas ?? 0);
  const maxScaledDown = sumSpec(all) - minAvailable - newUnavailable;
  if (maxScaledDown <= 0) return false;
  const cleaned = cleanupUnhealthyReplicas(s, oldRSs, maxScaledDown);
  const scaledDown = scaleDownOldForRollingUpdate(s, [...cleaned.sets, newRS], cleaned.sets);
  return cleaned.count + scaledDown > 0;
}

/** `cleanupUnhealthyReplicas`: scale old sets down by their unavailable replicas, oldest first. */
function cleanupUnhealthyReplicas(s: DeploymentSync, oldRSs: ReplicaSet[], maxCleanup: number): { sets: ReplicaSet[]; count: number } {
  const sets = [...oldRSs].sort(byCreation);
  let total = 0;
  for (let i = 0; i < sets.length; i++) {
    if (total >= maxCleanup) break;
    const rs = sets[i];
    const size = rsReplicas(rs);
    const available = rs.status?.availableReplicas ?? 0;
    if (size === 0 || size === available) continue;
    const down = Math.min(maxCleanup - total, size - available);
    sets[i] = scaleAndRecord(s, rs, size - down).rs;
    total += down;
  }
  return { sets, count: total };
}

/** `scaleDownOldReplicaSetsForRollingUpdate`: available pods above minAvailable may go, oldest sets first. */
function scaleDownOldForRollingUpdate(s: DeploymentSync, all: ReplicaSet[], oldRSs: ReplicaSet[]): number {
  const minAvailable = replicasOf(s.d) - maxUnavailable(s.d);
  const available = sumAvailable(all);
  if (available <= minAvailable) return 0;
  const budget = available - minAvailable;
  let total = 0;
  for (const rs of [...oldRSs].sort(byCreation)) {
    if (total >= budget) break;
    const size = rsReplicas(rs);
    if (size === 0) continue;
    const down = Math.min(size, budget - total);
    scaleAndRecord(s, rs, size - down);
    total += down;
  }
  return total;
}
