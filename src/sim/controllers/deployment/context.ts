/**
 * State of one Deployment sync: the working copy of the Deployment (upstream mutates its
 * DeepCopy and writes it back with UpdateStatus) and the writes shared by every step.
 */
import { R } from '../../client.js';
import { deepClone } from '../../objects.js';
import type { Deployment, ReplicaSet } from '../../types.js';
import type { ControllerContext } from '../framework.js';
import { maxSurge, replicasAnnotationsNeedUpdate, replicasOf, rsReplicas, setReplicasAnnotations } from './util.js';

export interface DeploymentSync {
  ctx: ControllerContext;
  /** Working copy; status changes accumulate here until written. */
  d: Deployment;
}

/** `UpdateStatus` with the working copy; keeps its resourceVersion current for the next write. */
export function writeStatus(s: DeploymentSync): boolean {
  const res = s.ctx.api.updateStatus<Deployment>(R.deployments, s.d);
  if (res.ok) s.d.metadata.resourceVersion = res.value.metadata.resourceVersion;
  return res.ok;
}

/** An Update of a ReplicaSet; the stored result, or undefined on failure. */
export function updateReplicaSet(s: DeploymentSync, rs: ReplicaSet): ReplicaSet | undefined {
  const res = s.ctx.api.update<ReplicaSet>(R.replicasets, rs);
  return res.ok ? res.value : undefined;
}

/**
 * `scaleReplicaSet`: sets size and the desired/max-replicas annotations; a size change
 * records `Scaled up|down replica set X from A to B` (1.32+ wording).
 */
export function scaleReplicaSet(s: DeploymentSync, rs: ReplicaSet, newScale: number): { scaled: boolean; rs: ReplicaSet } {
  const desired = replicasOf(s.d);
  const max = desired + maxSurge(s.d);
  const oldScale = rsReplicas(rs);
  const sizeNeedsUpdate = oldScale !== newScale;
  if (!sizeNeedsUpdate && !replicasAnnotationsNeedUpdate(rs, desired, max)) return { scaled: false, rs };
  const copy = deepClone(rs);
  copy.spec.replicas = newScale;
  setReplicasAnnotations(copy, desired, max);
  const updated = updateReplicaSet(s, copy);
  if (!updated) return { scaled: false, rs };
  if (sizeNeedsUpdate) {
    const op = oldScale < newScale ? 'up' : 'down';
    s.ctx.event(s.d, 'Normal', 'ScalingReplicaSet', `Scaled ${op} replica set ${updated.metadata.name} from ${oldScale} to ${newScale}`);
  }
  return { scaled: sizeNeedsUpdate, rs: updated };
}

/** `scaleReplicaSetAndRecordEvent`: nothing when the size is already right. */
export function scaleAndRecord(s: DeploymentSync, rs: ReplicaSet, newScale: number): { scaled: boolean; rs: ReplicaSet } {
  if (rsReplicas(rs) === newScale) return { scaled: false, rs };
  return scaleReplicaSet(s, rs, newScale);
}
