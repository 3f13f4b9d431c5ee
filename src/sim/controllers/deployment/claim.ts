/**
 * The ReplicaSets a Deployment owns (deployment_controller.go `getReplicaSetsForDeployment`
 * with `ClaimReplicaSets`): adopt matching orphans, release owned sets that no longer match.
 */
import { R } from '../../client.js';
import type { Selector } from '../../labels.js';
import { matches } from '../../labels.js';
import { deepClone } from '../../objects.js';
import type { Deployment, ReplicaSet } from '../../types.js';
import type { ControllerContext } from '../framework.js';
import { controllerOwnerRef } from '../replicaset/kind.js';

export function claimReplicaSets(ctx: ControllerContext, d: Deployment, selector: Selector): ReplicaSet[] {
  const uid = d.metadata.uid;
  const deleting = !!d.metadata.deletionTimestamp;
  const out: ReplicaSet[] = [];
  for (const rs of ctx.store.scan('replicasets.apps', d.metadata.namespace ?? '') as IterableIterator<ReplicaSet>) {
    const ref = rs.metadata.ownerReferences?.find((r) => r.controller);
    const match = matches(selector, rs.metadata.labels);
    if (ref) {
      if (ref.uid !== uid) continue;
      if (match) out.push(rs);
      else if (!deleting) {
        const copy = deepClone(rs);
        copy.metadata.ownerReferences = copy.metadata.ownerReferences!.filter((r) => r.uid !== uid);
        if (!copy.metadata.ownerReferences.length) delete copy.metadata.ownerReferences;
        ctx.api.update(R.replicasets, copy);
      }
      continue;
    }
    if (deleting || !match || rs.metadata.deletionTimestamp) continue;
    const copy = deepClone(rs);
    copy.metadata.ownerReferences = [...(copy.metadata.ownerReferences ?? []), controllerOwnerRef(d, 'apps/v1', 'Deployment')];
    const res = ctx.api.update<ReplicaSet>(R.replicasets, copy);
    if (res.ok) out.push(res.value);
  }
  return out;
}
