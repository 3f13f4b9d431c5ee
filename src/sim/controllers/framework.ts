/**
 * Level-triggered controllers: watch handlers map store changes to keys; `sync(key)` reads
 * the store (the informer cache), compares desired with actual and writes through the API.
 * Requeues after a delay go through the virtual clock.
 */
import type { ApiClient } from '../client.js';
import type { VirtualClock } from '../clock.js';
import type { EventRecorder, EventSource } from '../events.js';
import type { SeededRandom } from '../random.js';
import type { Store, StoreEvent } from '../store.js';
import type { KObject } from '../types.js';

export interface ControllerContext {
  /** API client acting as this controller's identity. */
  api: ApiClient;
  /** Read-only cache of every object (what informers' listers give upstream controllers). */
  store: Store;
  clock: VirtualClock;
  rand: SeededRandom;
  /** Records an Event about `obj` with this controller's source component. */
  event(obj: KObject, type: 'Normal' | 'Warning', reason: string, message: string, fieldPath?: string, source?: EventSource): void;
  recorder: EventRecorder;
  enqueue(key: string): void;
  enqueueAfter(key: string, delayMs: number): void;
  /** Runs `fn` at a virtual time (for controllers that need more than a key requeue). */
  at(ms: number, fn: () => void): number;
  /** Shared state other controllers or the node model publish (e.g. the traffic model). */
  shared: Map<string, unknown>;
}

export interface WatchSpec {
  /** Storage key of the watched resource (`pods`, `deployments.apps`). */
  resource: string;
  /** Keys of this controller to enqueue for a change (`namespace/name`). */
  keys(e: StoreEvent, ctx: ControllerContext): string[];
}

export interface ControllerDef {
  name: string;
  /** Event source component, e.g. `deployment-controller`. */
  component: string;
  watches: WatchSpec[];
  sync(key: string, ctx: ControllerContext): void;
  /** Optional one-time start hook (e.g. enqueue everything already stored). */
  start?(ctx: ControllerContext): void;
}

/** A safety net against controllers that never quiesce: this many syncs at one instant is a bug. */
const MAX_SYNCS_PER_SETTLE = 2_000_000;

interface Running {
  def: ControllerDef;
  ctx: ControllerContext;
  queue: Set<string>;
}

export class ControllerManager {
  private running: Running[] = [];
  /** Watches by resource, in controller registration order (dispatch runs on every write). */
  private byResource = new Map<string, { r: Running; w: WatchSpec }[]>();
  private pendingTotal = 0;

  constructor(
    private readonly deps: {
      store: Store;
      clock: VirtualClock;
      rand: SeededRandom;
      recorder: EventRecorder;
      clientFor(name: string): ApiClient;
      shared: Map<string, unknown>;
    },
  ) {
    deps.store.watch((e) => this.dispatch(e));
  }

  add(def: ControllerDef): void {
    const queue = new Set<string>();
    const enqueue = (key: string) => {
      if (!queue.has(key)) {
        queue.add(key);
        this.pendingTotal++;
      }
    };
    const ctx: ControllerContext = {
      api: this.deps.clientFor(def.name),
      store: this.deps.store,
      clock: this.deps.clock,
      rand: this.deps.rand,
      recorder: this.deps.recorder,
      event: (obj, type, reason, message, fieldPath, source) =>
        this.deps.recorder.record(obj, type, reason, message, source ?? { component: def.component }, fieldPath),
      enqueue,
      enqueueAfter: (key, delayMs) => {
        this.deps.clock.after(delayMs, () => enqueue(key));
      },
      at: (ms, fn) => this.deps.clock.schedule(ms, fn),
      shared: this.deps.shared,
    };
    const r: Running = { def, ctx, queue };
    this.running.push(r);
    for (const w of def.watches) {
      let list = this.byResource.get(w.resource);
      if (!list) this.byResource.set(w.resource, (list = []));
      list.push({ r, w });
    }
    def.start?.(ctx);
  }

  private dispatch(e: StoreEvent): void {
    const watchers = this.byResource.get(e.resource);
    if (!watchers) return;
    for (const { r, w } of watchers) {
      for (const key of w.keys(e, r.ctx)) r.ctx.enqueue(key);
    }
  }

  /** True when some controller has queued work. */
  busy(): boolean {
    return this.pendingTotal > 0;
  }

  /**
   * Processes queued keys until every queue is empty. Returns how many syncs ran.
   * Each round gives every controller the keys queued for it at that moment, so changes
   * made in bulk (a kubelet starting 300 pods) reach an owner's sync once, as a work
   * queue's de-duplication does upstream, instead of once per change.
   */
  drain(): number {
    let syncs = 0;
    while (this.pendingTotal > 0) {
      for (const r of this.running) {
        if (!r.queue.size) continue;
        const batch = [...r.queue];
        r.queue.clear();
        this.pendingTotal -= batch.length;
        for (const key of batch) {
          r.def.sync(key, r.ctx);
          if (++syncs > MAX_SYNCS_PER_SETTLE) {
            throw new Error(`controllers did not settle: ${r.def.name} still syncing ${key}`);
          }
        }
      }
    }
    return syncs;
  }

  names(): string[] {
    return this.running.map((r) => r.def.name);
  }
}

/** Watch helper: enqueue the changed object itself. */
export function selfKey(e: StoreEvent): string[] {
  const m = e.object.metadata;
  return [m.namespace ? `${m.namespace}/${m.name}` : m.name!];
}

/** Watch helper: enqueue the controller owner of the changed object if it is of `kind`. */
export function ownerKey(kind: string) {
  return (e: StoreEvent): string[] => {
    const keys: string[] = [];
    for (const o of [e.object, e.oldObject]) {
      const ref = o?.metadata.ownerReferences?.find((r) => r.controller);
      if (ref && ref.kind === kind) {
        const k = o!.metadata.namespace ? `${o!.metadata.namespace}/${ref.name}` : ref.name;
        if (!keys.includes(k)) keys.push(k);
      }
    }
    return keys;
  };
}
