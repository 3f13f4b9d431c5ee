/**
 * Test fixtures for controller tests: a store + API + controller manager without the node
 * model, a log of API writes and events in order, and a fake kubelet that marks pods Ready
 * the way the real one reports it (phase Running, Ready/ContainersReady conditions,
 * containerStatuses ready). Test-only; nothing in the simulator imports this.
 */
import { Api } from '../../api.js';
import { ApiClient, R } from '../../client.js';
import { rfc3339, VirtualClock } from '../../clock.js';
import { EventRecorder, type RecordedEvent } from '../../events.js';
import { deepClone, keyOf } from '../../objects.js';
import { SeededRandom } from '../../random.js';
import { Store } from '../../store.js';
import { SYSTEM_ADMIN, type KObject } from '../../types.js';
import { ControllerManager, type ControllerContext, type ControllerDef } from '../framework.js';

export const T0 = Date.parse('2025-06-02T09:00:00Z');

export interface Harness {
  store: Store;
  clock: VirtualClock;
  api: Api;
  client: ApiClient;
  manager: ControllerManager;
  events: RecordedEvent[];
  /** `ADDED pods/web-abc`, `MODIFIED replicasets.apps/web-123`… in order (events excluded). */
  writes: string[];
  settle(): void;
  advance(ms: number): void;
  /** A controller context for calling a `sync` directly; keys it enqueues are collected in `queued`. */
  contextFor(name: string, component: string): ControllerContext & { queued: string[] };
}

export function makeHarness(defs: ControllerDef[], seed = 1): Harness {
  const store = new Store();
  const clock = new VirtualClock(T0);
  const rand = new SeededRandom(seed);
  const api = new Api({ store, clock, rand });
  const recorder = new EventRecorder(new ApiClient(api), clock);
  const events: RecordedEvent[] = [];
  recorder.onEvent((e) => events.push(e));
  const writes: string[] = [];
  store.watch((e) => {
    if (e.resource !== 'events') writes.push(`${e.type} ${e.resource}/${e.object.metadata.name}`);
  });
  const manager = new ControllerManager({
    store, clock, rand, recorder, shared: new Map(),
    clientFor: (name) => new ApiClient(api, { name: `system:serviceaccount:kube-system:${name}`, groups: [] }),
  });
  const client = new ApiClient(api, SYSTEM_ADMIN);
  for (const name of ['default', 'kube-system']) {
    client.create(R.namespaces, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  }
  for (const d of defs) manager.add(d);
  const settle = () => {
    for (;;) {
      const ran = clock.runDue();
      const synced = manager.drain();
      if (!ran && !synced) break;
    }
  };
  const advance = (ms: number) => {
    const target = clock.now() + ms;
    settle();
    for (;;) {
      const next = clock.nextDue();
      if (next === undefined || next > target) break;
      clock.setNow(next);
      settle();
    }
    clock.setNow(target);
    settle();
  };
  const contextFor = (name: string, component: string) => {
    const queued: string[] = [];
    const ctx: ControllerContext & { queued: string[] } = {
      api: new ApiClient(api, { name: `system:serviceaccount:kube-system:${name}`, groups: [] }),
      store, clock, rand, recorder, shared: new Map(), queued,
      event: (obj, type, reason, message, fieldPath, source) => recorder.record(obj, type, reason, message, source ?? { component }, fieldPath),
      enqueue: (key) => queued.push(key),
      enqueueAfter: (key, delayMs) => queued.push(`${key} after ${delayMs}ms`),
      at: (ms, fn) => clock.schedule(ms, fn),
    };
    return ctx;
  };
  writes.length = 0;
  return { store, clock, api, client, manager, events, writes, settle, advance, contextFor };
}

/** Writes a Running, Ready status for the pod now (what the kubelet reports once probes pass). */
export function markReady(h: Harness, pod: KObject): void {
  const cur = h.store.get('pods', pod.metadata.namespace ?? '', pod.metadata.name!);
  if (!cur || cur.metadata.deletionTimestamp) return;
  const now = rfc3339(h.clock.now());
  const copy = deepClone(cur);
  const containers = (copy.spec?.containers ?? []) as { name: string; image?: string }[];
  copy.status = {
    phase: 'Running',
    conditions: [
      { type: 'PodReadyToStartContainers', status: 'True', lastProbeTime: null, lastTransitionTime: now },
      { type: 'Initialized', status: 'True', lastProbeTime: null, lastTransitionTime: now },
      { type: 'Ready', status: 'True', lastProbeTime: null, lastTransitionTime: now },
      { type: 'ContainersReady', status: 'True', lastProbeTime: null, lastTransitionTime: now },
      { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: now },
    ],
    startTime: now,
    containerStatuses: containers.map((c) => ({
      name: c.name, ready: true, restartCount: 0, started: true, image: c.image ?? '', imageID: '', state: { running: { startedAt: now } },
    })),
  };
  h.client.updateStatus(R.pods, copy);
}

/** Every pod not yet Ready becomes Ready now. */
export function markAllReady(h: Harness, namespace = 'default'): void {
  for (const p of h.store.list('pods', namespace)) {
    if (!(p.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True')) markReady(h, p);
  }
}

/**
 * A fake kubelet as a controller: every new pod becomes Ready `delayMs` after it appears.
 * Pods are never bound to a node, so deleting them removes them at once.
 */
export function fakeKubelet(h: () => Harness, delayMs: number): ControllerDef {
  return {
    name: 'fake-kubelet',
    component: 'kubelet',
    watches: [{ resource: 'pods', keys: (e) => (e.type === 'ADDED' ? [keyOf(e.object)] : []) }],
    sync(key, ctx) {
      ctx.at(ctx.clock.now() + delayMs, () => {
        const [namespace, name] = key.split('/');
        const pod = ctx.store.get('pods', namespace, name);
        if (pod) markReady(h(), pod);
      });
    },
  };
}

/** Deployment / ScalingReplicaSet messages in order. */
export function scalingMessages(h: Harness): string[] {
  return h.events.filter((e) => e.reason === 'ScalingReplicaSet').map((e) => e.message);
}
