/**
 * The embedded cluster: store, API, virtual clock, seeded randomness, event recorder,
 * timeline and the controllers and node model installed as plugins (a table in plugins.ts).
 *
 *   const c = Cluster.create({ seed: 1 });
 *   c.client().create(R.deployments, 'default', deployment);
 *   c.settle();            // controllers react at the current instant
 *   c.advance(30_000);     // 30 virtual seconds pass, timers fire in order
 */
import { Api } from './api.js';
import { ApiClient } from './client.js';
import { VirtualClock } from './clock.js';
import { ControllerManager, type ControllerDef } from './controllers/framework.js';
import { EventRecorder } from './events.js';
import { PLUGINS } from './plugins.js';
import { SeededRandom } from './random.js';
import { Store } from './store.js';
import { Timeline } from './timeline.js';
import { SYSTEM_ADMIN, type UserInfo } from './types.js';

export interface NodeConfig {
  name: string;
  role: 'control-plane' | 'worker';
  cpu: string;
  memory: string;
  pods: number;
}

export interface ClusterOptions {
  /** Seed for generated names, uids and IPs. */
  seed?: number;
  /** Virtual time the learner starts at (RFC 3339). */
  start?: string;
  /** How long before `start` the cluster was created (ages of nodes and system objects). */
  bootAgeMs?: number;
  /** Nodes; default one control-plane node and two workers. */
  nodes?: NodeConfig[];
  /** Name prefix of the nodes (kind clusters call them `kind-control-plane`, `kind-worker`...). */
  clusterName?: string;
}

/** A plugin installs controllers, API subresources and bootstrap objects into a new cluster. */
export interface ClusterPlugin {
  name: string;
  install(cluster: Cluster): void;
}

export const DEFAULT_START = '2025-06-02T09:00:00Z';

export const DEFAULT_NODES: NodeConfig[] = [
  { name: 'kind-control-plane', role: 'control-plane', cpu: '4', memory: '8Gi', pods: 110 },
  { name: 'kind-worker', role: 'worker', cpu: '4', memory: '8Gi', pods: 110 },
  { name: 'kind-worker2', role: 'worker', cpu: '4', memory: '8Gi', pods: 110 },
];

const CONTROLLER_USER = (name: string): UserInfo => ({ name: `system:serviceaccount:kube-system:${name}`, groups: ['system:serviceaccounts', 'system:serviceaccounts:kube-system', 'system:authenticated'] });

export class Cluster {
  readonly clock: VirtualClock;
  readonly rand: SeededRandom;
  readonly store = new Store();
  readonly api: Api;
  readonly recorder: EventRecorder;
  readonly timeline = new Timeline();
  readonly controllers: ControllerManager;
  /** Typed accessors for plugin state live next to the plugins (e.g. the traffic model). */
  readonly shared = new Map<string, unknown>();
  readonly options: Required<Omit<ClusterOptions, 'nodes' | 'clusterName'>> & { nodes: NodeConfig[]; clusterName: string };

  private constructor(opts: ClusterOptions) {
    const start = Date.parse(opts.start ?? DEFAULT_START);
    const bootAgeMs = opts.bootAgeMs ?? 10 * 60_000;
    this.options = {
      seed: opts.seed ?? 1,
      start: opts.start ?? DEFAULT_START,
      bootAgeMs,
      nodes: opts.nodes ?? DEFAULT_NODES,
      clusterName: opts.clusterName ?? 'kind',
    };
    this.clock = new VirtualClock(start - bootAgeMs);
    this.rand = new SeededRandom(this.options.seed);
    this.api = new Api({ store: this.store, clock: this.clock, rand: this.rand });
    this.recorder = new EventRecorder(new ApiClient(this.api, undefined, true), this.clock);
    this.store.watch((e) => this.timeline.recordObject(this.clock.now(), e));
    this.recorder.onEvent(({ type: eventType, ...e }) => this.timeline.add({ t: e.at, type: 'event', eventType, ...e }));
    this.controllers = new ControllerManager({
      store: this.store,
      clock: this.clock,
      rand: this.rand,
      recorder: this.recorder,
      clientFor: (name) => new ApiClient(this.api, CONTROLLER_USER(name), true),
      shared: this.shared,
    });
  }

  /** A new cluster, bootstrapped and settled at the start time. */
  static create(opts: ClusterOptions = {}): Cluster {
    const c = new Cluster(opts);
    for (const p of PLUGINS) p.install(c);
    c.settle();
    c.advanceTo(Date.parse(c.options.start));
    return c;
  }

  /** An API client acting as `user` (default: the learner's cluster-admin identity). */
  client(user: UserInfo = SYSTEM_ADMIN): ApiClient {
    return new ApiClient(this.api, user);
  }

  /**
   * An API client for a component of the simulated cluster itself (a kubelet, a controller
   * outside the controller table): its writes skip wire decoding, as ApiRequest.internal says.
   */
  systemClient(user: UserInfo): ApiClient {
    return new ApiClient(this.api, user, true);
  }

  addController(def: ControllerDef): void {
    this.controllers.add(def);
  }

  now(): number {
    return this.clock.now();
  }

  /** Runs due timers and queued controller work until nothing is left at this instant. */
  settle(): void {
    for (;;) {
      const ran = this.clock.runDue();
      const synced = this.controllers.drain();
      if (!ran && !synced) break;
    }
  }

  /** Moves virtual time forward by `ms`, firing timers in order and settling after each. */
  advance(ms: number): void {
    this.advanceTo(this.clock.now() + ms);
  }

  advanceTo(target: number): void {
    this.settle();
    for (;;) {
      const next = this.clock.nextDue();
      if (next === undefined || next > target) break;
      this.clock.setNow(next);
      this.settle();
    }
    this.clock.setNow(target);
    this.settle();
  }

  /**
   * Advances until `done()` holds (checked after every step) or `maxMs` passes.
   * Returns true if it held. Used by `rollout status`, `--wait` and `sleep` with watches.
   */
  advanceUntil(done: () => boolean, maxMs: number): boolean {
    this.settle();
    if (done()) return true;
    const deadline = this.clock.now() + maxMs;
    for (;;) {
      const next = this.clock.nextDue();
      if (next === undefined || next > deadline) {
        this.clock.setNow(deadline);
        this.settle();
        return done();
      }
      this.clock.setNow(next);
      this.settle();
      if (done()) return true;
    }
  }
}
