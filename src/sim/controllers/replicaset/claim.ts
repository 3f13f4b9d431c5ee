/**
 * Claiming pods for a ReplicaSet/ReplicationController (kubernetes/kubernetes
 * pkg/controller/controller_ref_manager.go `ClaimPods`): keep owned pods that still match,
 * release owned pods that no longer match, adopt matching orphans (active pods only).
 */
import type { Selector } from '../../labels.js';
import { matches } from '../../labels.js';
import { deepClone } from '../../objects.js';
import type { KObject } from '../../types.js';
import type { ControllerContext } from '../framework.js';
import { controllerOwnerRef, type ReplicaKind } from './kind.js';
import { podFacts } from './pod-availability.js';

const matchMemo = new WeakMap<KObject, { selector: Selector; match: boolean }>();

/** Selector match, remembered per (immutable) stored pod for the last selector asked. */
function matchesCached(selector: Selector, pod: KObject): boolean {
  const m = matchMemo.get(pod);
  if (m && m.selector === selector) return m.match;
  const match = matches(selector, pod.metadata.labels);
  if (Object.isFrozen(pod)) matchMemo.set(pod, { selector, match });
  return match;
}

/** Releases owned active pods whose labels no longer match (patches away the ownerReference). */
export function releaseUnmatched(ctx: ControllerContext, owner: KObject, selector: Selector, owned: Iterable<KObject>): void {
  if (owner.metadata.deletionTimestamp) return;
  const uid = owner.metadata.uid;
  for (const pod of [...owned]) {
    if (!podFacts(pod).active || matchesCached(selector, pod)) continue;
    const copy = deepClone(pod);
    copy.metadata.ownerReferences = copy.metadata.ownerReferences!.filter((r) => r.uid !== uid);
    if (!copy.metadata.ownerReferences.length) delete copy.metadata.ownerReferences;
    ctx.api.update({ group: '', resource: 'pods' }, copy);
  }
}

/** Adopts active orphans that match the selector (not while the set itself is being deleted). */
export function adoptOrphans(ctx: ControllerContext, rk: ReplicaKind, owner: KObject, selector: Selector, orphans: Iterable<KObject>): void {
  if (owner.metadata.deletionTimestamp) return;
  for (const pod of [...orphans]) {
    if (!podFacts(pod).active || !matchesCached(selector, pod)) continue;
    const copy = deepClone(pod);
    copy.metadata.ownerReferences = [...(copy.metadata.ownerReferences ?? []), controllerOwnerRef(owner, rk.apiVersion, rk.kind)];
    ctx.api.update({ group: '', resource: 'pods' }, copy);
  }
}

/** The claimed pods: owned, active and matching. */
export function claimedPods(selector: Selector, owned: Iterable<KObject>): KObject[] {
  const out: KObject[] = [];
  for (const p of owned) if (podFacts(p).active && matchesCached(selector, p)) out.push(p);
  return out;
}
