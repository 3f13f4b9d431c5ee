/**
 * revisionHistoryLimit (sync.go `cleanupDeployment`): delete the oldest old sets beyond the
 * limit, skipping any that still have replicas or whose generation is not yet observed.
 */
import { R } from '../../client.js';
import type { ReplicaSet } from '../../types.js';
import type { DeploymentSync } from './context.js';
import { byCreation, revisionOf } from './util.js';

const MAX_INT32 = 2147483647;

export function cleanupDeployment(s: DeploymentSync, oldRSs: ReplicaSet[]): void {
  const limit = s.d.spec.revisionHistoryLimit ?? 10;
  if (limit === MAX_INT32) return;
  const alive = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp);
  const diff = alive.length - limit;
  if (diff <= 0) return;
  // ReplicaSetsByRevision: by revision, ties by creation time.
  alive.sort((a, b) => (revisionOf(a) ?? 0) - (revisionOf(b) ?? 0) || byCreation(a, b));
  for (let i = 0; i < diff; i++) {
    const rs = alive[i];
    if ((rs.status?.replicas ?? 0) !== 0 || (rs.spec.replicas ?? 1) !== 0) continue;
    if ((rs.metadata.generation ?? 0) > (rs.status?.observedGeneration ?? 0)) continue;
    s.ctx.api.delete(R.replicasets, rs.metadata.namespace, rs.metadata.name!);
  }
}
