/**
 * Claiming pods for a ReplicaSet/ReplicationController (kubernetes/kubernetes
 * pkg/controller/controller_ref_manager.go `ClaimPods`): keep owned pods that still match,
 * release owned pods that no longer match, adopt matching orphans.
 */
import type { Selector } from '../../labels.js';
import { matches } from '../../labels.js';
import { deepClone } from '../../objects.js';
import type { KObject } from '../../types.js';
import type { ControllerContext } from '../framework.js';
import { controllerOwnerRef, type ReplicaKind } from './kind.js';

/** Returns the pods this set owns after adoption and release. */
export function claimPods(ctx: ControllerContext, rk: ReplicaKind, owner: KObject, selector: Selector, pods: KObject[]): KObject[] {
  const uid = owner.metadata.uid;
  const deleting = !!owner.metadata.deletionTimestamp;
  const claimed: KObject[] = [];
  for (const pod of pods) {
    const ref = pod.metadata.ownerReferences?.find((r) => r.controller);
    const match = matches(selector, pod.metadata.labels);
    if (ref) {
      if (ref.uid !== uid) continue;
      if (match) {
        claimed.push(pod);
        continue;
      }
      if (deleting) continue;
      const copy = deepClone(pod);
      copy.metadata.ownerReferences = copy.metadata.ownerReferences!.filter((r) => r.uid !== uid);
      if (!copy.metadata.ownerReferences.length) delete copy.metadata.ownerReferences;
      ctx.api.update({ group: '', resource: 'pods' }, copy);
      continue;
    }
    if (deleting || !match || pod.metadata.deletionTimestamp) continue;
    const copy = deepClone(pod);
    copy.metadata.ownerReferences = [...(copy.metadata.ownerReferences ?? []), controllerOwnerRef(owner, rk.apiVersion, rk.kind)];
    const res = ctx.api.update({ group: '', resource: 'pods' }, copy);
    if (res.ok) claimed.push(res.value);
  }
  return claimed;
}
