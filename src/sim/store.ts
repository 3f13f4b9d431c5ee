/**
 * The object store: versioned objects by resource, namespace and name, with watch events.
 * Only the API layer writes here; everything else reads stored objects (frozen) or
 * goes through the API.
 */
import { deepFreeze } from './objects.js';
import type { KObject } from './types.js';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

export interface StoreEvent {
  type: WatchEventType;
  /** Storage key of the resource, e.g. `pods`, `deployments.apps`. */
  resource: string;
  object: KObject;
  oldObject?: KObject;
}

export type StoreListener = (e: StoreEvent) => void;

export class Store {
  private data = new Map<string, Map<string, Map<string, KObject>>>();
  private listeners: StoreListener[] = [];
  private rv = 0;

  /** The next resourceVersion, as the string the API returns. */
  nextResourceVersion(): string {
    return String(++this.rv);
  }

  currentResourceVersion(): string {
    return String(this.rv);
  }

  get(resource: string, namespace: string, name: string): KObject | undefined {
    return this.data.get(resource)?.get(namespace)?.get(name);
  }

  /** Objects of a resource, in one namespace or (namespace undefined) all, sorted by namespace then name. */
  list(resource: string, namespace?: string): KObject[] {
    const byNs = this.data.get(resource);
    if (!byNs) return [];
    if (namespace !== undefined) {
      const m = byNs.get(namespace);
      return m ? sortedValues(m) : [];
    }
    const out: KObject[] = [];
    for (const ns of [...byNs.keys()].sort()) out.push(...sortedValues(byNs.get(ns)!));
    return out;
  }

  /** Objects of a resource in storage order (no sorting): for hot paths in controllers. */
  *scan(resource: string, namespace?: string): IterableIterator<KObject> {
    const byNs = this.data.get(resource);
    if (!byNs) return;
    if (namespace !== undefined) {
      const m = byNs.get(namespace);
      if (m) yield* m.values();
      return;
    }
    for (const m of byNs.values()) yield* m.values();
  }

  /** Number of objects of a resource (cheap). */
  count(resource: string, namespace?: string): number {
    const byNs = this.data.get(resource);
    if (!byNs) return 0;
    if (namespace !== undefined) return byNs.get(namespace)?.size ?? 0;
    let n = 0;
    for (const m of byNs.values()) n += m.size;
    return n;
  }

  /** Stores an object (already admitted and versioned) and notifies watchers. */
  put(resource: string, obj: KObject): void {
    deepFreeze(obj);
    const ns = obj.metadata.namespace ?? '';
    const name = obj.metadata.name!;
    let byNs = this.data.get(resource);
    if (!byNs) this.data.set(resource, (byNs = new Map()));
    let m = byNs.get(ns);
    if (!m) byNs.set(ns, (m = new Map()));
    const old = m.get(name);
    m.set(name, obj);
    this.emit({ type: old ? 'MODIFIED' : 'ADDED', resource, object: obj, oldObject: old });
  }

  remove(resource: string, namespace: string, name: string): KObject | undefined {
    const m = this.data.get(resource)?.get(namespace);
    const old = m?.get(name);
    if (!m || !old) return undefined;
    m.delete(name);
    this.emit({ type: 'DELETED', resource, object: old, oldObject: old });
    return old;
  }

  watch(listener: StoreListener): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  private emit(e: StoreEvent): void {
    for (const l of this.listeners) l(e);
  }
}

function sortedValues(m: Map<string, KObject>): KObject[] {
  return [...m.keys()].sort().map((k) => m.get(k)!);
}
