/**
 * The garbage collector (kubernetes/kubernetes pkg/controller/garbagecollector): deletes
 * objects whose owners are all gone (background cascading), deletes an owner's dependents
 * first when it is deleted in the foreground (finalizer `foregroundDeletion`, then the
 * finalizer is removed once no dependent with blockOwnerDeletion is left), and orphans
 * dependents for finalizer `orphan` (strips their ownerReferences, then the finalizer).
 *
 * Keys: `item|<resource>|<ns>|<name>` (check a dependent's owners, upstream attemptToDelete)
 * and `owner|<resource>|<ns>|<name>` (an owner being deleted with a finalizer).
 */
import { deepClone } from '../objects.js';
import { typeForResource } from '../registry.js';
import type { Store, StoreEvent } from '../store.js';
import type { KObject, OwnerReference } from '../types.js';
import type { ControllerContext, ControllerDef } from './framework.js';
import { OwnerGraph, type NodeRef } from './gc-graph.js';

const FOREGROUND = 'foregroundDeletion';
const ORPHAN = 'orphan';
const graphs = new WeakMap<Store, OwnerGraph>();

function graphOf(ctx: ControllerContext): OwnerGraph {
  let g = graphs.get(ctx.store);
  if (!g) graphs.set(ctx.store, (g = new OwnerGraph(ctx.store)));
  return g;
}

const itemKey = (r: NodeRef) => `item|${r.resource}|${r.namespace}|${r.name}`;
const ownerKey = (r: NodeRef) => `owner|${r.resource}|${r.namespace}|${r.name}`;

function resourceRef(storage: string): { group: string; resource: string } {
  const i = storage.indexOf('.');
  return i < 0 ? { group: '', resource: storage } : { group: storage.slice(i + 1), resource: storage.slice(0, i) };
}

function lookup(ctx: ControllerContext, uid: string): KObject | undefined {
  const r = graphOf(ctx).byUid.get(uid);
  const o = r && ctx.store.get(r.resource, r.namespace, r.name);
  return o && o.metadata.uid === uid ? o : undefined;
}

const deletingWith = (o: KObject | undefined, f: string) => !!o?.metadata.deletionTimestamp && !!o.metadata.finalizers?.includes(f);

/** Keys to process for a store change (and keeps the graph current). */
function onChange(e: StoreEvent, ctx: ControllerContext): void {
  const g = graphOf(ctx);
  const o = e.object;
  const self: NodeRef = { resource: e.resource, namespace: o.metadata.namespace ?? '', name: o.metadata.name! };
  const uid = o.metadata.uid ?? '';
  const refs = o.metadata.ownerReferences ?? [];
  if (e.type === 'DELETED') {
    const dependents = g.dependents(uid);
    g.apply(e);
    for (const d of dependents) ctx.enqueue(itemKey(d));
    for (const r of refs) {
      const owner = lookup(ctx, r.uid);
      if (deletingWith(owner, FOREGROUND)) ctx.enqueue(ownerKey(g.byUid.get(r.uid)!));
    }
    return;
  }
  g.apply(e);
  if (deletingWith(o, FOREGROUND) || deletingWith(o, ORPHAN)) ctx.enqueue(ownerKey(self));
  for (const r of refs) {
    const owner = lookup(ctx, r.uid);
    if (!owner || deletingWith(owner, FOREGROUND)) {
      ctx.enqueue(itemKey(self));
      break;
    }
  }
}

export const garbageCollector: ControllerDef = {
  name: 'generic-garbage-collector',
  component: 'garbage-collector-controller',
  watches: [],
  start(ctx) {
    graphOf(ctx);
    ctx.store.watch((e) => onChange(e, ctx));
  },
  sync(key, ctx) {
    const [kind, resource, namespace, ...rest] = key.split('|');
    const ref: NodeRef = { resource, namespace, name: rest.join('|') };
    if (kind === 'item') attemptToDelete(ctx, ref);
    else processOwner(ctx, ref);
  },
};

function update(ctx: ControllerContext, resource: string, obj: KObject): void {
  ctx.api.update(resourceRef(resource), obj);
}

function removeFinalizer(ctx: ControllerContext, ref: NodeRef, obj: KObject, finalizer: string): void {
  const copy = deepClone(obj);
  copy.metadata.finalizers = (copy.metadata.finalizers ?? []).filter((f) => f !== finalizer);
  if (!copy.metadata.finalizers.length) delete copy.metadata.finalizers;
  update(ctx, ref.resource, copy);
}

/** An owner being deleted with the orphan or foregroundDeletion finalizer. */
function processOwner(ctx: ControllerContext, ref: NodeRef): void {
  const owner = ctx.store.get(ref.resource, ref.namespace, ref.name);
  if (!owner?.metadata.deletionTimestamp) return;
  const uid = owner.metadata.uid!;
  const g = graphOf(ctx);
  if (owner.metadata.finalizers?.includes(ORPHAN)) {
    for (const d of g.dependents(uid)) {
      const dep = ctx.store.get(d.resource, d.namespace, d.name);
      if (!dep?.metadata.ownerReferences?.some((r) => r.uid === uid)) continue;
      const copy = deepClone(dep);
      copy.metadata.ownerReferences = copy.metadata.ownerReferences!.filter((r) => r.uid !== uid);
      if (!copy.metadata.ownerReferences.length) delete copy.metadata.ownerReferences;
      update(ctx, d.resource, copy);
    }
    removeFinalizer(ctx, ref, ctx.store.get(ref.resource, ref.namespace, ref.name) ?? owner, ORPHAN);
    return;
  }
  if (!owner.metadata.finalizers?.includes(FOREGROUND)) return;
  let blocking = false;
  for (const d of g.dependents(uid)) {
    const dep = ctx.store.get(d.resource, d.namespace, d.name);
    if (!dep) continue;
    if (dep.metadata.ownerReferences?.some((r) => r.uid === uid && r.blockOwnerDeletion)) blocking = true;
    if (!dep.metadata.deletionTimestamp || dep.metadata.finalizers?.includes(FOREGROUND)) attemptToDelete(ctx, d);
  }
  if (!blocking) removeFinalizer(ctx, ref, owner, FOREGROUND);
}

/** Upstream `attemptToDeleteItem`: classify the owners, then delete the item or drop stale references. */
function attemptToDelete(ctx: ControllerContext, ref: NodeRef): void {
  const item = ctx.store.get(ref.resource, ref.namespace, ref.name);
  if (!item) return;
  if (item.metadata.deletionTimestamp && !item.metadata.finalizers?.includes(FOREGROUND)) return;
  const refs = item.metadata.ownerReferences ?? [];
  if (!refs.length) return;
  const solid: OwnerReference[] = [];
  const dangling: OwnerReference[] = [];
  const waiting: OwnerReference[] = [];
  for (const r of refs) {
    const owner = lookup(ctx, r.uid);
    if (!owner) dangling.push(r);
    else if (deletingWith(owner, FOREGROUND)) waiting.push(r);
    else solid.push(r);
  }
  if (solid.length) {
    if (!dangling.length && !waiting.length) return;
    const drop = new Set([...dangling, ...waiting].map((r) => r.uid));
    const copy = deepClone(item);
    copy.metadata.ownerReferences = refs.filter((r) => !drop.has(r.uid));
    update(ctx, ref.resource, copy);
    return;
  }
  if (item.metadata.deletionTimestamp) return;
  let policy = 'Background';
  if (waiting.length && graphOf(ctx).hasDependents(item.metadata.uid!)) policy = 'Foreground';
  else if (item.metadata.finalizers?.includes(ORPHAN)) policy = 'Orphan';
  else if (item.metadata.finalizers?.includes(FOREGROUND)) policy = 'Foreground';
  const type = resourceRef(ref.resource);
  if (!typeForResource(type.group, type.resource)) return;
  ctx.api.delete(type, ref.namespace || undefined, ref.name, { propagationPolicy: policy, preconditions: { uid: item.metadata.uid } });
}
