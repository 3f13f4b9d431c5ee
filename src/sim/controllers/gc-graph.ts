/**
 * The garbage collector's view of ownership (upstream's GraphBuilder, much simplified): which
 * objects exist by uid, and which objects name each uid as an owner. Kept up to date from
 * store watch events; one graph per store.
 */
import { RESOURCE_TYPES, storageKey } from '../registry.js';
import type { Store, StoreEvent } from '../store.js';
import type { KObject } from '../types.js';

export interface NodeRef {
  resource: string;
  namespace: string;
  name: string;
}

export class OwnerGraph {
  /** Every stored object by uid. */
  readonly byUid = new Map<string, NodeRef>();
  /** Owner uid → dependents (by their uid). */
  private readonly deps = new Map<string, Map<string, NodeRef>>();
  /** Object uid → the owner uids it currently lists. */
  private readonly ownersOf = new Map<string, string[]>();

  /** Indexes what the store already holds. */
  constructor(store: Store) {
    const seen = new Set<string>();
    for (const t of RESOURCE_TYPES) {
      const key = storageKey(t);
      if (seen.has(key)) continue;
      seen.add(key);
      for (const o of store.scan(key)) this.put(key, o);
    }
  }

  apply(e: StoreEvent): void {
    if (e.type === 'DELETED') this.remove(e.object);
    else this.put(e.resource, e.object);
  }

  dependents(uid: string): NodeRef[] {
    return [...(this.deps.get(uid)?.values() ?? [])];
  }

  hasDependents(uid: string): boolean {
    return (this.deps.get(uid)?.size ?? 0) > 0;
  }

  private put(resource: string, o: KObject): void {
    const uid = o.metadata.uid;
    if (!uid) return;
    const ref = { resource, namespace: o.metadata.namespace ?? '', name: o.metadata.name! };
    this.byUid.set(uid, ref);
    const owners = (o.metadata.ownerReferences ?? []).map((r) => r.uid);
    const before = this.ownersOf.get(uid) ?? [];
    for (const u of before) if (!owners.includes(u)) this.deps.get(u)?.delete(uid);
    for (const u of owners) {
      let m = this.deps.get(u);
      if (!m) this.deps.set(u, (m = new Map()));
      m.set(uid, ref);
    }
    if (owners.length) this.ownersOf.set(uid, owners);
    else this.ownersOf.delete(uid);
  }

  private remove(o: KObject): void {
    const uid = o.metadata.uid;
    if (!uid) return;
    this.byUid.delete(uid);
    for (const u of this.ownersOf.get(uid) ?? []) {
      const m = this.deps.get(u);
      m?.delete(uid);
      if (m && !m.size && !this.byUid.has(u)) this.deps.delete(u);
    }
    this.ownersOf.delete(uid);
  }
}
