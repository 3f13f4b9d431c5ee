/**
 * Pods indexed by their controller owner's uid, plus the orphans of each namespace: what a
 * ReplicaSet sync may claim, without scanning every pod in the namespace (the informer
 * indexers upstream controllers use). One index per store, kept current from watch events.
 * Owners that keep a running tally (see tally.ts) are told which of their pods changed.
 */
import type { Store, StoreEvent } from '../../store.js';
import type { KObject } from '../../types.js';

export class PodIndex {
  private readonly byOwner = new Map<string, Map<string, KObject>>();
  private readonly orphans = new Map<string, Map<string, KObject>>();
  /** Owner uid → keys of its pods changed since the owner last looked (only for tracked owners). */
  private readonly dirty = new Map<string, Set<string>>();

  constructor(store: Store) {
    for (const p of store.scan('pods')) this.add(p);
    store.watch((e) => this.apply(e));
  }

  /** Pods whose controller ownerReference has this uid (in insertion order). */
  owned(uid: string): Iterable<KObject> {
    return this.byOwner.get(uid)?.values() ?? [];
  }

  /** One owned pod by `namespace/name` key, if still owned. */
  ownedPod(uid: string, key: string): KObject | undefined {
    return this.byOwner.get(uid)?.get(key);
  }

  /** Pods without a controller ownerReference in a namespace. */
  orphansIn(namespace: string): Iterable<KObject> {
    return this.orphans.get(namespace)?.values() ?? [];
  }

  /** Starts reporting changes of this owner's pods to `takeDirty`. */
  track(uid: string): void {
    if (!this.dirty.has(uid)) this.dirty.set(uid, new Set());
  }

  /** Keys of the owner's pods that changed (added, modified, removed or moved away) since the last call. */
  takeDirty(uid: string): Set<string> {
    const d = this.dirty.get(uid) ?? new Set<string>();
    this.dirty.set(uid, new Set());
    return d;
  }

  private apply(e: StoreEvent): void {
    if (e.resource !== 'pods') return;
    if (e.oldObject) this.delete(e.oldObject);
    if (e.type !== 'DELETED') this.add(e.object);
  }

  private bucket(p: KObject, create: boolean): Map<string, KObject> | undefined {
    const ref = p.metadata.ownerReferences?.find((r) => r.controller);
    const map = ref ? this.byOwner : this.orphans;
    const key = ref ? ref.uid : p.metadata.namespace ?? '';
    let m = map.get(key);
    if (!m && create) map.set(key, (m = new Map()));
    return m;
  }

  private touch(p: KObject, key: string): void {
    const ref = p.metadata.ownerReferences?.find((r) => r.controller);
    if (ref) this.dirty.get(ref.uid)?.add(key);
  }

  private add(p: KObject): void {
    const key = `${p.metadata.namespace}/${p.metadata.name}`;
    this.bucket(p, true)!.set(key, p);
    this.touch(p, key);
  }

  private delete(p: KObject): void {
    const key = `${p.metadata.namespace}/${p.metadata.name}`;
    this.bucket(p, false)?.delete(key);
    this.touch(p, key);
  }
}

const indexes = new WeakMap<Store, PodIndex>();

/** The pod index of a store (built on first use). */
export function podIndex(store: Store): PodIndex {
  let i = indexes.get(store);
  if (!i) indexes.set(store, (i = new PodIndex(store)));
  return i;
}
