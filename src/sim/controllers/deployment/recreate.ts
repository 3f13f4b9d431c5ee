/**
 * Recreate (recreate.go `rolloutRecreate`): scale every old set to 0, wait until no old pod
 * is left, then create/scale the new set straight to spec.replicas.
 */
import type { KObject, ReplicaSet } from '../../types.js';
import { cleanupDeployment } from './cleanup.js';
import { type DeploymentSync, scaleAndRecord } from './context.js';
import { getAllReplicaSetsAndSyncRevision } from './new-replica-set.js';
import { syncRolloutStatus } from './progress.js';
import { activeSets, deploymentComplete, replicasOf, sumStatus } from './util.js';

export function rolloutRecreate(s: DeploymentSync, sets: ReplicaSet[], podsBySet: Map<string, KObject[]>): void {
  let { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(s, sets, false);
  let scaledDown = false;
  oldRSs = oldRSs.map((rs) => {
    if (!activeSets([rs]).length) return rs;
    const r = scaleAndRecord(s, rs, 0);
    if (r.scaled) scaledDown = true;
    return r.rs;
  });
  if (scaledDown || oldPodsRunning(newRS, oldRSs, podsBySet)) {
    syncRolloutStatus(s, [...oldRSs, newRS], newRS);
    return;
  }
  if (!newRS) {
    ({ newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(s, sets, true));
    if (!newRS) return;
  }
  newRS = scaleAndRecord(s, newRS, replicasOf(s.d)).rs;
  if (deploymentComplete(s.d, s.d.status ?? {})) cleanupDeployment(s, oldRSs);
  syncRolloutStatus(s, [...oldRSs, newRS], newRS);
}

/** `oldPodsRunning`: old sets still report replicas, or a pod of an old set has not finished. */
function oldPodsRunning(newRS: ReplicaSet | undefined, oldRSs: ReplicaSet[], podsBySet: Map<string, KObject[]>): boolean {
  if (sumStatus(oldRSs) > 0) return true;
  for (const [uid, pods] of podsBySet) {
    if (newRS && newRS.metadata.uid === uid) continue;
    for (const p of pods) {
      const phase = p.status?.phase;
      if (phase !== 'Succeeded' && phase !== 'Failed') return true;
    }
  }
  return false;
}
