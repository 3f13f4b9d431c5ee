/**
 * Pods indexed by their controller owner's uid, plus the orphans of each namespace: what a
 * ReplicaSet sync may claim, without scanning every pod in the namespace (the informer
 * indexers upstream controllers use). One index per store, kept current from watch events.
 */
import type { Store, StoreEvent } from '../../store.js';
import type { KObject } from '../../types.js';

export class PodIndex {
  private readonly byOwner = new Map<string, Map<string, KObject>>();
  private readonly orphans = new Map<string, Map<string, KObject>>();

  constructor(store: Store) {
    for (const p of store.scan('pods')) this.add(p);
    store.watch((e) => this.apply(e));
  }

  /** Pods whose controller ownerReference has this uid (in insertion order). */
  owned(uid: string): Iterable<KObject> {
    return this.byOwner.get(uid)?.values() ?? [];
  }

  /** Pods without a controller ownerReference in a namespace. */
  orphansIn(namespace: string): Iterable<KObject> {
    return this.orphans.get(namespace)?.values() ?? [];
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

  private add(p: KObject): void {
    this.bucket(p, true)!.set(`${p.metadata.namespace}/${p.metadata.name}`, p);
  }

  private delete(p: KObject): void {
    this.bucket(p, false)?.delete(`${p.metadata.namespace}/${p.metadata.name}`);
  }
}

const indexes = new WeakMap<Store, PodIndex>();

/** The pod index of a store (built on first use). */
export function podIndex(store: Store): PodIndex {
  let i = indexes.get(store);
  if (!i) indexes.set(store, (i = new PodIndex(store)));
  return i;
}
