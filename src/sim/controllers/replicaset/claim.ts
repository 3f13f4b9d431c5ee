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

const matchMemo = new WeakMap<KObject, { selector: Selector; match: boolean }>();

/** Selector match, remembered per (immutable) stored pod for the last selector asked. */
function matchesCached(selector: Selector, pod: KObject): boolean {
  const m = matchMemo.get(pod);
  if (m && m.selector === selector) return m.match;
  const match = matches(selector, pod.metadata.labels);
  if (Object.isFrozen(pod)) matchMemo.set(pod, { selector, match });
  return match;
}

/**
 * Returns the pods this set owns after adoption and release. `owned` are the active pods
 * whose controller reference is this set; `orphans` the active pods without a controller.
 */
export function claimPods(ctx: ControllerContext, rk: ReplicaKind, owner: KObject, selector: Selector, owned: KObject[], orphans: KObject[]): KObject[] {
  const uid = owner.metadata.uid;
  const deleting = !!owner.metadata.deletionTimestamp;
  const claimed: KObject[] = [];
  for (const pod of owned) {
    if (matchesCached(selector, pod)) {
      claimed.push(pod);
      continue;
    }
    if (deleting) continue;
    const copy = deepClone(pod);
    copy.metadata.ownerReferences = copy.metadata.ownerReferences!.filter((r) => r.uid !== uid);
    if (!copy.metadata.ownerReferences.length) delete copy.metadata.ownerReferences;
    ctx.api.update({ group: '', resource: 'pods' }, copy);
  }
  if (deleting) return claimed;
  for (const pod of orphans) {
    if (!matchesCached(selector, pod) || pod.metadata.deletionTimestamp) continue;
    const copy = deepClone(pod);
    copy.metadata.ownerReferences = [...(copy.metadata.ownerReferences ?? []), controllerOwnerRef(owner, rk.apiVersion, rk.kind)];
    const res = ctx.api.update({ group: '', resource: 'pods' }, copy);
    if (res.ok) claimed.push(res.value);
  }
  return claimed;
}
