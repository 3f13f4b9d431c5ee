/**
 * The Deployment controller (kubernetes/kubernetes pkg/controller/deployment, source
 * `deployment-controller`). `syncDeployment` follows upstream's order of work (reference
 * §1.2): selector check, claim ReplicaSets, status-only while deleting, paused conditions,
 * scaling without rollout when paused or resized, else the strategy's rollout.
 */
import { R } from '../../client.js';
import { fromLabelSelector, matches } from '../../labels.js';
import { deepClone, splitKey } from '../../objects.js';
import type { StoreEvent } from '../../store.js';
import type { Deployment, KObject, ReplicaSet } from '../../types.js';
import type { ControllerContext, ControllerDef } from '../framework.js';
import { podIndex } from '../replicaset/pod-index.js';
import { claimReplicaSets } from './claim.js';
import type { DeploymentSync } from './context.js';
import { getAllReplicaSetsAndSyncRevision } from './new-replica-set.js';
import { checkPausedConditions, syncDeploymentStatus } from './progress.js';
import { rolloutRecreate } from './recreate.js';
import { rolloutRolling } from './rolling.js';
import { isScalingEvent, syncScale } from './scale.js';
import { strategyType } from './util.js';

const DEPLOYMENTS = 'deployments.apps';

export const deploymentController: ControllerDef = {
  name: 'deployment-controller',
  component: 'deployment-controller',
  watches: [
    { resource: DEPLOYMENTS, keys: (e) => [`${e.object.metadata.namespace}/${e.object.metadata.name}`] },
    { resource: 'replicasets.apps', keys: replicaSetKeys },
    { resource: 'pods', keys: podKeys },
  ],
  sync: syncDeployment,
};

/** The owning Deployment of a changed ReplicaSet, or for an orphan every Deployment selecting it. */
function replicaSetKeys(e: StoreEvent, ctx: ControllerContext): string[] {
  const keys = new Set<string>();
  let orphan = false;
  for (const o of [e.object, e.oldObject]) {
    if (!o) continue;
    const ref = o.metadata.ownerReferences?.find((r) => r.controller);
    if (!ref) orphan = true;
    else if (ref.kind === 'Deployment') keys.add(`${o.metadata.namespace}/${ref.name}`);
  }
  if (orphan && e.type !== 'DELETED') {
    const ns = e.object.metadata.namespace ?? '';
    for (const d of ctx.store.scan(DEPLOYMENTS, ns)) {
      const sel = fromLabelSelector(d.spec?.selector);
      if (sel && !sel.empty && matches(sel, e.object.metadata.labels)) keys.add(`${ns}/${d.metadata.name}`);
    }
  }
  return [...keys];
}

/** A deleted pod matters only to a Recreate Deployment waiting for its old pods to go. */
function podKeys(e: StoreEvent, ctx: ControllerContext): string[] {
  if (e.type !== 'DELETED') return [];
  const ref = e.object.metadata.ownerReferences?.find((r) => r.controller && r.kind === 'ReplicaSet');
  if (!ref) return [];
  const ns = e.object.metadata.namespace ?? '';
  const rs = ctx.store.get('replicasets.apps', ns, ref.name);
  const dref = rs?.metadata.ownerReferences?.find((r) => r.controller && r.kind === 'Deployment');
  if (!dref) return [];
  const d = ctx.store.get(DEPLOYMENTS, ns, dref.name) as Deployment | undefined;
  return d && strategyType(d) === 'Recreate' ? [`${ns}/${dref.name}`] : [];
}

function selectsAll(d: Deployment): boolean {
  const sel = d.spec?.selector;
  return !sel || (!Object.keys(sel.matchLabels ?? {}).length && !(sel.matchExpressions ?? []).length);
}

/** Pods of the Deployment's sets, by set uid (`getPodMapForDeployment`), for Recreate. */
function podsBySet(ctx: ControllerContext, d: Deployment, sets: ReplicaSet[]): Map<string, KObject[]> {
  const uids = new Set(sets.map((rs) => rs.metadata.uid!));
  const map = new Map<string, KObject[]>();
  for (const rs of sets) map.set(rs.metadata.uid!, []);
  const sel = fromLabelSelector(d.spec.selector);
  const index = podIndex(ctx.store);
  for (const uid of uids) for (const p of index.owned(uid)) if (matches(sel, p.metadata.labels)) map.get(uid)!.push(p);
  return map;
}

/** One level-triggered reconcile of the Deployment named by `key`. */
export function syncDeployment(key: string, ctx: ControllerContext): void {
  const { namespace, name } = splitKey(key);
  const stored = ctx.store.get(DEPLOYMENTS, namespace, name) as Deployment | undefined;
  if (!stored) return;
  const s: DeploymentSync = { ctx, d: deepClone(stored) };
  // The stored template is frozen and never changed here; sharing it lets template comparisons be memoised.
  s.d.spec.template = stored.spec.template;
  const d = s.d;
  if (selectsAll(d)) {
    ctx.event(d, 'Warning', 'SelectingAll', 'This deployment is selecting all pods. A non-empty selector is required.');
    if ((d.status?.observedGeneration ?? 0) < (d.metadata.generation ?? 0)) {
      d.status = { ...(d.status ?? {}), observedGeneration: d.metadata.generation };
      ctx.api.updateStatus(R.deployments, d);
    }
    return;
  }
  let sets = claimReplicaSets(ctx, d, fromLabelSelector(d.spec.selector)!);
  if (d.metadata.deletionTimestamp) {
    const { newRS, oldRSs } = getAllReplicaSetsAndSyncRevision(s, sets, false);
    syncDeploymentStatus(s, [...oldRSs, newRS], newRS);
    return;
  }
  checkPausedConditions(s);
  if (d.spec.paused) {
    syncScale(s, sets);
    return;
  }
  if (isScalingEvent(s, sets)) {
    syncScale(s, fresh(ctx, sets));
    return;
  }
  sets = fresh(ctx, sets);
  if (strategyType(d) === 'Recreate') rolloutRecreate(s, sets, podsBySet(ctx, d, sets));
  else rolloutRolling(s, sets);
}

/** The stored versions of `sets` (an earlier step of this sync may have updated them). */
function fresh(ctx: ControllerContext, sets: ReplicaSet[]): ReplicaSet[] {
  const out: ReplicaSet[] = [];
  for (const rs of sets) {
    const cur = ctx.store.get('replicasets.apps', rs.metadata.namespace ?? '', rs.metadata.name!) as ReplicaSet | undefined;
    if (cur && cur.metadata.uid === rs.metadata.uid) out.push(cur);
  }
  return out;
}
