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
import { adoptOrphans, claimedPods, releaseUnmatched } from './claim.js';
import { controllerOwnerRef, type ReplicaKind } from './kind.js';
import { availableAt, podFacts } from './pod-availability.js';
import { podIndex } from './pod-index.js';
import { podsToDelete } from './pod-ranking.js';
import { countsFor, type Counts } from './tally.js';

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
  const index = podIndex(ctx.store);
  const rs = ctx.store.get(rk.storage, namespace, name);
  if (!rs) return;
  const uid = rs.metadata.uid!;
  const selector = selectorFor(rk, rs);
  if (!selector) return;
  const templateLabels = rs.spec?.template?.metadata?.labels ?? {};
  let counts = countsFor(index, uid, selector, templateLabels);
  // Claim: release owned pods that stopped matching, adopt matching orphans.
  if (counts.unmatched > 0) releaseUnmatched(ctx, rs, selector, index.owned(uid));
  adoptOrphans(ctx, rk, rs, selector, index.orphansIn(namespace));
  counts = { ...countsFor(index, uid, selector, templateLabels) };
  const now = ctx.clock.now();
  const minReady = rs.spec?.minReadySeconds ?? 0;
  // With minReadySeconds, availability depends on the time: look at the ready pods themselves.
  const availability = minReady ? availabilityOf(claimedPods(selector, index.owned(uid)), minReady, now) : { available: counts.ready };
  let failure: { reason: string; message: string } | undefined;
  if (!rs.metadata.deletionTimestamp) failure = manageReplicas(rk, ctx, rs, counts.claimed, () => claimedPods(selector, index.owned(uid)));
  const latest = ctx.store.get(rk.storage, namespace, name);
  if (!latest) return;
  const status = calculateStatus(latest, counts, availability.available, failure, now);
  if (!deepEqual(status, latest.status)) {
    const copy = deepClone(latest);
    copy.status = status;
    ctx.api.updateStatus(rk.ref, copy);
  }
  if (availability.next !== undefined) ctx.enqueueAfter(key, Math.max(0, availability.next - now));
}

/** Available pods (ready for longer than minReadySeconds) and when the next one becomes available. */
function availabilityOf(pods: KObject[], minReady: number, now: number): { available: number; next?: number } {
  let available = 0;
  let next: number | undefined;
  for (const p of pods) {
    const f = podFacts(p);
    if (!f.ready) continue;
    if (f.readyTime !== undefined && f.readyTime + minReady * 1000 < now) {
      available++;
      continue;
    }
    const at = availableAt(p, minReady);
    if (at !== undefined && (next === undefined || at < next)) next = at;
  }
  return { available, next };
}

function manageReplicas(rk: ReplicaKind, ctx: ControllerContext, rs: KObject, claimed: number, pods: () => KObject[]): { reason: string; message: string } | undefined {
  const want = rs.spec?.replicas ?? 1;
  const diff = claimed - want;
  if (diff < 0) {
    const err = slowStartCreate(Math.min(-diff, BURST_REPLICAS), () => createPod(rk, ctx, rs));
    return err === undefined ? undefined : { reason: 'FailedCreate', message: err };
  }
  if (diff > 0) {
    const list = pods();
    const victims = podsToDelete(list, diff < list.length ? podsPerNode(ctx, rk, rs) : new Map(), Math.min(diff, BURST_REPLICAS), ctx.clock.now());
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

/**
 * Active pods per node across every set owned by the same controller as `rs` (upstream
 * `getIndirectlyRelatedPods` + `getPodsRankedByRelatedPodsOnSameNode`).
 */
function podsPerNode(ctx: ControllerContext, rk: ReplicaKind, rs: KObject): Map<string, number> {
  const owner = rs.metadata.ownerReferences?.find((r) => r.controller);
  const sets = new Set<string>([rs.metadata.uid!]);
  if (owner) {
    for (const other of ctx.store.scan(rk.storage, rs.metadata.namespace ?? '')) {
      if (other.metadata.ownerReferences?.some((r) => r.controller && r.uid === owner.uid)) sets.add(other.metadata.uid!);
    }
  }
  const onNode = new Map<string, number>();
  const index = podIndex(ctx.store);
  for (const uid of sets) {
    for (const p of index.owned(uid)) {
      if (!podFacts(p).active) continue;
      const n = p.spec?.nodeName ?? '';
      onNode.set(n, (onNode.get(n) ?? 0) + 1);
    }
  }
  return onNode;
}

/** Upstream `calculateStatus` + `updateReplicaSetStatus`'s observedGeneration. Zero counts are omitted as in JSON. */
export function calculateStatus(rs: KObject, counts: Counts, available: number, failure: { reason: string; message: string } | undefined, now: number): KObject['status'] {
  let conditions: Condition[] = [...((rs.status?.conditions as Condition[] | undefined) ?? [])];
  const hasFailure = conditions.some((c) => c.type === 'ReplicaFailure');
  if (failure && !hasFailure) {
    conditions.push({ type: 'ReplicaFailure', status: 'True', lastTransitionTime: rfc3339(now), reason: failure.reason, message: failure.message });
  } else if (!failure && hasFailure) {
    conditions = conditions.filter((c) => c.type !== 'ReplicaFailure');
  }
  const status: Record<string, unknown> = { replicas: counts.claimed };
  if (counts.fullyLabeled) status.fullyLabeledReplicas = counts.fullyLabeled;
  if (counts.ready) status.readyReplicas = counts.ready;
  if (available) status.availableReplicas = available;
  if (rs.metadata.generation) status.observedGeneration = rs.metadata.generation;
  if (conditions.length) status.conditions = conditions;
  return status;
}
