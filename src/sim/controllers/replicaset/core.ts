/**
 * The reconcile loop shared by the ReplicaSet and ReplicationController controllers
 * (kubernetes/kubernetes pkg/controller/replicaset/replica_set.go `syncReplicaSet`; the
 * replication controller wraps the same code). One sync: claim the matching active pods,
 * create or delete the difference, then write status computed from the pods seen at the
 * start of the sync (as upstream does, so the next sync reports the new pods).
 */
import { rfc3339 } from '../../clock.js';
import { matches, type Selector } from '../../labels.js';
import { deepClone, deepEqual, splitKey } from '../../objects.js';
import type { StoreEvent } from '../../store.js';
import type { Condition, KObject } from '../../types.js';
import type { ControllerContext, ControllerDef } from '../framework.js';
import { claimPods } from './claim.js';
import { controllerOwnerRef, type ReplicaKind } from './kind.js';
import { availableAt, isPodActive, podFacts } from './pod-availability.js';
import { podIndex } from './pod-index.js';
import { podsToDelete } from './pod-ranking.js';

/** At most this many pods are created or deleted in one sync (upstream `BurstReplicas`). */
export const BURST_REPLICAS = 500;
/** First slow-start batch size (upstream `SlowStartInitialBatchSize`). */
const SLOW_START_INITIAL_BATCH = 1;

export type { ReplicaKind };

/** Builds the controller definition for one kind. */
export function replicaController(rk: ReplicaKind): ControllerDef {
  return {
    name: rk.name,
    component: rk.component,
    watches: [
      { resource: rk.storage, keys: (e) => (statusOnly(e) ? [] : [`${e.object.metadata.namespace}/${e.object.metadata.name}`]) },
      { resource: 'pods', keys: (e, ctx) => podKeys(rk, e, ctx) },
    ],
    sync: (key, ctx) => syncReplicas(rk, key, ctx),
    start: (ctx) => void podIndex(ctx.store),
  };
}

/**
 * A change of status alone is this controller's own write at the end of a sync; syncing again
 * would compute the same status (upstream re-syncs, to no effect), so it is skipped.
 */
function statusOnly(e: StoreEvent): boolean {
  if (e.type !== 'MODIFIED' || !e.oldObject) return false;
  const strip = (o: KObject) => ({ ...o, status: undefined, metadata: { ...o.metadata, resourceVersion: undefined, managedFields: undefined } });
  return deepEqual(strip(e.oldObject), strip(e.object));
}

/** Owners of the pod (old and new), or — for orphans — every set whose selector matches. */
function podKeys(rk: ReplicaKind, e: StoreEvent, ctx: ControllerContext): string[] {
  const keys = new Set<string>();
  let orphan = false;
  for (const o of [e.object, e.oldObject]) {
    if (!o) continue;
    const ref = o.metadata.ownerReferences?.find((r) => r.controller);
    if (!ref) orphan = true;
    else if (ref.kind === rk.kind) keys.add(`${o.metadata.namespace}/${ref.name}`);
  }
  if (orphan && e.type !== 'DELETED') {
    const ns = e.object.metadata.namespace ?? '';
    for (const rs of ctx.store.scan(rk.storage, ns)) {
      if (matches(rk.selectorOf(rs), e.object.metadata.labels)) keys.add(`${ns}/${rs.metadata.name}`);
    }
  }
  return [...keys];
}

const selectors = new Map<string, Selector | undefined>();

/** The set's selector, one shared object per distinct selector (so per-pod match memos hit). */
function selectorFor(rk: ReplicaKind, rs: KObject): Selector | undefined {
  const key = `${rk.kind} ${JSON.stringify(rs.spec?.selector ?? null)}`;
  if (!selectors.has(key)) selectors.set(key, rk.selectorOf(rs));
  return selectors.get(key);
}

/** One level-triggered reconcile of the set named by `key`. */
export function syncReplicas(rk: ReplicaKind, key: string, ctx: ControllerContext): void {
  const { namespace, name } = splitKey(key);
  const rs = ctx.store.get(rk.storage, namespace, name);
  if (!rs) return;
  const selector = selectorFor(rk, rs);
  if (!selector) return;
  // Only pods this set owns or orphans can be claimed; pods of other controllers are ignored.
  const index = podIndex(ctx.store);
  const owned: KObject[] = [];
  const orphans: KObject[] = [];
  for (const p of index.owned(rs.metadata.uid!)) if (podFacts(p).active) owned.push(p);
  for (const p of index.orphansIn(namespace)) if (podFacts(p).active) orphans.push(p);
  const pods = claimPods(ctx, rk, rs, selector, owned, orphans);
  let failure: { reason: string; message: string } | undefined;
  if (!rs.metadata.deletionTimestamp) failure = manageReplicas(rk, ctx, rs, pods);
  const now = ctx.clock.now();
  const latest = ctx.store.get(rk.storage, namespace, name);
  if (!latest) return;
  const status = calculateStatus(latest, pods, failure, now);
  if (!deepEqual(status, latest.status)) {
    const copy = deepClone(latest);
    copy.status = status;
    ctx.api.updateStatus(rk.ref, copy);
  }
  requeueForAvailability(ctx, key, latest, pods, now);
}

function manageReplicas(rk: ReplicaKind, ctx: ControllerContext, rs: KObject, pods: KObject[]): { reason: string; message: string } | undefined {
  const want = rs.spec?.replicas ?? 1;
  const diff = pods.length - want;
  if (diff < 0) {
    const err = slowStartCreate(Math.min(-diff, BURST_REPLICAS), () => createPod(rk, ctx, rs));
    return err === undefined ? undefined : { reason: 'FailedCreate', message: err };
  }
  if (diff > 0) {
    const victims = podsToDelete(pods, diff < pods.length ? relatedPods(rk, ctx, rs) : [], Math.min(diff, BURST_REPLICAS), ctx.clock.now());
    let error: string | undefined;
    for (const pod of victims) {
      const res = ctx.api.delete({ group: '', resource: 'pods' }, pod.metadata.namespace, pod.metadata.name!);
      if (res.ok) ctx.event(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`);
      else if (res.status.reason !== 'NotFound') {
        ctx.event(rs, 'Warning', 'FailedDelete', `Error deleting: ${res.status.message}`);
        error ??= res.status.message;
      }
    }
    return error === undefined ? undefined : { reason: 'FailedDelete', message: error };
  }
  return undefined;
}

/** Upstream `slowStartBatch`: batches of 1, 2, 4, …; a batch with a failure ends the run. Returns the first error. */
function slowStartCreate(count: number, create: () => string | undefined): string | undefined {
  let remaining = count;
  for (let batch = Math.min(remaining, SLOW_START_INITIAL_BATCH); batch > 0; batch = Math.min(2 * batch, remaining)) {
    let first: string | undefined;
    for (let i = 0; i < batch; i++) {
      const err = create();
      if (err !== undefined) first ??= err;
    }
    if (first !== undefined) return first;
    remaining -= batch;
  }
  return undefined;
}

/** Creates one pod from the template (upstream `GetPodFromTemplate`); returns an error message on failure. */
function createPod(rk: ReplicaKind, ctx: ControllerContext, rs: KObject): string | undefined {
  const t = rs.spec?.template ?? {};
  const meta: KObject['metadata'] = { generateName: `${rs.metadata.name}-`, namespace: rs.metadata.namespace };
  if (t.metadata?.labels) meta.labels = deepClone(t.metadata.labels);
  if (t.metadata?.annotations) meta.annotations = deepClone(t.metadata.annotations);
  if (t.metadata?.finalizers) meta.finalizers = deepClone(t.metadata.finalizers);
  meta.ownerReferences = [controllerOwnerRef(rs, rk.apiVersion, rk.kind)];
  const pod: KObject = { apiVersion: 'v1', kind: 'Pod', metadata: meta, spec: deepClone(t.spec ?? {}) };
  const res = ctx.api.create({ group: '', resource: 'pods' }, rs.metadata.namespace, pod);
  if (res.ok) {
    ctx.event(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${res.value.metadata.name}`);
    return undefined;
  }
  // A namespace being deleted refuses new content; upstream ignores that quietly.
  if (/because it is being terminated/.test(res.status.message)) return undefined;
  ctx.event(rs, 'Warning', 'FailedCreate', `Error creating: ${res.status.message}`);
  return res.status.message;
}

/** Active pods of every set owned by the same controller as `rs` (upstream `getIndirectlyRelatedPods`). */
function relatedPods(rk: ReplicaKind, ctx: ControllerContext, rs: KObject): KObject[] {
  const owner = rs.metadata.ownerReferences?.find((r) => r.controller);
  const ns = rs.metadata.namespace ?? '';
  const sets = new Set<string>([rs.metadata.uid!]);
  if (owner) {
    for (const other of ctx.store.scan(rk.storage, ns)) {
      if (other.metadata.ownerReferences?.some((r) => r.controller && r.uid === owner.uid)) sets.add(other.metadata.uid!);
    }
  }
  const out: KObject[] = [];
  const index = podIndex(ctx.store);
  for (const uid of sets) for (const p of index.owned(uid)) if (isPodActive(p)) out.push(p);
  return out;
}

/** Upstream `calculateStatus` + `updateReplicaSetStatus`'s observedGeneration. Zero counts are omitted as in JSON. */
export function calculateStatus(rs: KObject, pods: KObject[], failure: { reason: string; message: string } | undefined, now: number): KObject['status'] {
  const templateLabels = rs.spec?.template?.metadata?.labels ?? {};
  const minReady = rs.spec?.minReadySeconds ?? 0;
  let fullyLabeled = 0;
  let ready = 0;
  let available = 0;
  const labelKeys = Object.keys(templateLabels);
  for (const p of pods) {
    const l = p.metadata.labels ?? {};
    if (labelKeys.every((k) => l[k] === templateLabels[k])) fullyLabeled++;
    const f = podFacts(p);
    if (f.ready) {
      ready++;
      if (!minReady || (f.readyTime !== undefined && f.readyTime + minReady * 1000 < now)) available++;
    }
  }
  let conditions: Condition[] = [...((rs.status?.conditions as Condition[] | undefined) ?? [])];
  const hasFailure = conditions.some((c) => c.type === 'ReplicaFailure');
  if (failure && !hasFailure) {
    conditions.push({ type: 'ReplicaFailure', status: 'True', lastTransitionTime: rfc3339(now), reason: failure.reason, message: failure.message });
  } else if (!failure && hasFailure) {
    conditions = conditions.filter((c) => c.type !== 'ReplicaFailure');
  }
  const status: Record<string, unknown> = { replicas: pods.length };
  if (fullyLabeled) status.fullyLabeledReplicas = fullyLabeled;
  if (ready) status.readyReplicas = ready;
  if (available) status.availableReplicas = available;
  if (rs.metadata.generation) status.observedGeneration = rs.metadata.generation;
  if (conditions.length) status.conditions = conditions;
  return status;
}

/** Ready pods that are not yet available become available later: look again then. */
function requeueForAvailability(ctx: ControllerContext, key: string, rs: KObject, pods: KObject[], now: number): void {
  const minReady = rs.spec?.minReadySeconds ?? 0;
  if (!minReady) return;
  let next: number | undefined;
  for (const p of pods) {
    const f = podFacts(p);
    if (!f.ready || (f.readyTime !== undefined && f.readyTime + minReady * 1000 < now)) continue;
    const at = availableAt(p, minReady);
    if (at !== undefined && (next === undefined || at < next)) next = at;
  }
  if (next !== undefined) ctx.enqueueAfter(key, Math.max(0, next - now));
}
