import { describe, expect, it } from 'vitest';
import { Cluster, R, type KObject } from '../sim/index.js';
import { startClockDriver, type WallTimers } from './clock-driver.js';
import type { ServerActivity } from './types.js';

type Kind = Parameters<Parameters<ServerActivity['onActivity']>[0]>[0];

/** A server stand-in: the test opens and closes watches and reports activity by hand. */
class FakeActivity implements ServerActivity {
  watches = 0;
  private subs = new Set<(k: Kind) => void>();
  openWatches(): number {
    return this.watches;
  }
  onActivity(cb: (k: Kind) => void): () => void {
    this.subs.add(cb);
    return () => this.subs.delete(cb);
  }
  emit(k: Kind): void {
    if (k === 'watch-open') this.watches++;
    if (k === 'watch-close') this.watches--;
    for (const cb of this.subs) cb(k);
  }
}

/** Wall time stepped by hand: `advance(ms)` fires due timers in (time, creation) order. */
class FakeWall implements WallTimers {
  t = 0;
  private seq = 0;
  private timers = new Map<number, { at: number; fn: () => void }>();
  now(): number {
    return this.t;
  }
  setTimeout(fn: () => void, ms: number): unknown {
    const id = ++this.seq;
    this.timers.set(id, { at: this.t + Math.max(0, ms), fn });
    return id;
  }
  clearTimeout(h: unknown): void {
    this.timers.delete(h as number);
  }
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      let best: [number, { at: number; fn: () => void }] | undefined;
      for (const e of this.timers) if (e[1].at <= end && (!best || e[1].at < best[1].at)) best = e;
      if (!best) break;
      this.timers.delete(best[0]);
      this.t = Math.max(this.t, best[1].at);
      best[1].fn();
    }
    this.t = end;
  }
}

function deployment(name: string, replicas: number): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default' },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'c', image: 'nginx:1.25' }] } },
    },
  } as KObject;
}

/** kubectl's rollout status check for a Deployment (kubectl/pkg/polymorphichelpers/rollout_status.go). */
function rolledOut(cluster: Cluster, name: string): boolean {
  const d = cluster.store.get('deployments.apps', 'default', name) as (KObject & { spec: { replicas: number }; status?: Record<string, number> }) | undefined;
  if (!d) return false;
  const s = d.status ?? {};
  return (d.metadata.generation ?? 0) <= (s.observedGeneration ?? 0) && (s.updatedReplicas ?? 0) >= d.spec.replicas && (s.replicas ?? 0) <= (s.updatedReplicas ?? 0) && (s.availableReplicas ?? 0) >= (s.updatedReplicas ?? 0);
}

describe('realtime clock driver', () => {
  it('moves virtual time with the wall clock, times the speed, and fires timers on the way', () => {
    const cluster = Cluster.create({ seed: 1 });
    const wall = new FakeWall();
    const start = cluster.now();
    const fired: number[] = [];
    cluster.clock.schedule(start + 5_000, () => fired.push(cluster.now()));
    const driver = startClockDriver(cluster, new FakeActivity(), { mode: 'realtime', speed: 10, tickMs: 50 }, wall);
    wall.advance(400);
    expect(cluster.now()).toBe(start + 4_000);
    expect(fired).toEqual([]);
    wall.advance(100);
    expect(cluster.now()).toBe(start + 5_000);
    expect(fired).toEqual([start + 5_000]);
    driver.stop();
    wall.advance(10_000);
    expect(cluster.now()).toBe(start + 5_000);
  });

  it('a request catches up at once instead of waiting for the next tick', () => {
    const cluster = Cluster.create({ seed: 1 });
    const wall = new FakeWall();
    const activity = new FakeActivity();
    const start = cluster.now();
    startClockDriver(cluster, activity, { mode: 'realtime', speed: 1, tickMs: 100 }, wall);
    wall.advance(130);
    expect(cluster.now()).toBe(start + 100);
    activity.emit('request');
    expect(cluster.now()).toBe(start + 130);
  });

  it('after a long pause of the wall clock covers at most maxCatchUpMs, then follows the wall clock again', () => {
    const cluster = Cluster.create({ seed: 1 });
    const wall = new FakeWall();
    const start = cluster.now();
    startClockDriver(cluster, new FakeActivity(), { mode: 'realtime', speed: 1, tickMs: 50, maxCatchUpMs: 60_000 }, wall);
    // A suspended process: the next tick finds the wall clock an hour later.
    wall.t += 3_600_000;
    wall.advance(0);
    expect(cluster.now()).toBe(start + 60_000);
    wall.advance(1_000);
    expect(cluster.now()).toBe(start + 61_000);
  });

  it('rejects a speed that is not a positive number', () => {
    const cluster = Cluster.create({ seed: 1 });
    expect(() => startClockDriver(cluster, new FakeActivity(), { mode: 'realtime', speed: 0 }, new FakeWall())).toThrow(/speed/);
  });
});

describe('stepped clock driver', () => {
  it('keeps virtual time still while no client watches', () => {
    const cluster = Cluster.create({ seed: 1 });
    const wall = new FakeWall();
    const activity = new FakeActivity();
    cluster.client().create(R.deployments, 'default', deployment('web', 2));
    const start = cluster.now();
    startClockDriver(cluster, activity, { mode: 'stepped' }, wall);
    activity.emit('request');
    wall.advance(60_000);
    expect(cluster.now()).toBe(start);
  });

  it('steps only after the quiet period, and waits it again after a step that wrote a watch event', () => {
    const cluster = Cluster.create({ seed: 1 });
    const wall = new FakeWall();
    const activity = new FakeActivity();
    const start = cluster.now();
    // Two timers one virtual second apart; the first one's effect reaches a watcher.
    cluster.clock.schedule(start + 1_000, () => activity.emit('watch-event'));
    cluster.clock.schedule(start + 2_000, () => activity.emit('watch-event'));
    startClockDriver(cluster, activity, { mode: 'stepped', quietMs: 200 }, wall);
    activity.emit('watch-open');
    wall.advance(199);
    expect(cluster.now()).toBe(start);
    wall.advance(1);
    expect(cluster.now()).toBe(start + 1_000);
    wall.advance(199);
    expect(cluster.now()).toBe(start + 1_000);
    wall.advance(1);
    expect(cluster.now()).toBe(start + 2_000);
  });

  it('stops where advanceUntil stops when the client closes its watch on the completing event', () => {
    // Two identical clusters: one driven as the embedded kubectl's `rollout status` does,
    // one by the stepped driver with a client that closes its watch once the check holds.
    const embedded = Cluster.create({ seed: 7 });
    embedded.client().create(R.deployments, 'default', deployment('web', 3));
    expect(embedded.advanceUntil(() => rolledOut(embedded, 'web'), 10 * 60_000)).toBe(true);

    const served = Cluster.create({ seed: 7 });
    served.client().create(R.deployments, 'default', deployment('web', 3));
    const wall = new FakeWall();
    const activity = new FakeActivity();
    served.store.watch((e) => {
      if (e.resource !== 'deployments.apps' || e.object.metadata.name !== 'web' || activity.watches === 0) return;
      activity.emit('watch-event');
      // The client reads the event a few wall milliseconds later and exits if it is done.
      if (rolledOut(served, 'web')) wall.setTimeout(() => activity.emit('watch-close'), 5);
    });
    startClockDriver(served, activity, { mode: 'stepped', quietMs: 200 }, wall);
    activity.emit('request');
    activity.emit('watch-open');
    wall.advance(600_000);
    expect(activity.watches).toBe(0);
    expect(served.now()).toBe(embedded.now());
    const pods = (c: Cluster): unknown => [...c.store.scan('pods')].map((p) => [p.metadata.name, p.metadata.resourceVersion, (p.status as { phase?: string }).phase]);
    expect(pods(served)).toEqual(pods(embedded));
  });

  it('ends a wait that is never satisfied at exactly maxIdleMs past the last request, as advanceUntil ends at its deadline', () => {
    const cluster = Cluster.create({ seed: 1 });
    const embedded = Cluster.create({ seed: 1 });
    const wall = new FakeWall();
    const activity = new FakeActivity();
    const start = cluster.now();
    startClockDriver(cluster, activity, { mode: 'stepped', quietMs: 10, maxIdleMs: 30_500 }, wall);
    activity.emit('request');
    activity.emit('watch-open');
    wall.advance(60_000);
    expect(embedded.advanceUntil(() => false, 30_500)).toBe(false);
    expect(cluster.now()).toBe(start + 30_500);
    expect(cluster.now()).toBe(embedded.now());
  });

  it('never runs more than maxIdleMs past the last request, and resumes after the next one', () => {
    const cluster = Cluster.create({ seed: 1 });
    const wall = new FakeWall();
    const activity = new FakeActivity();
    const start = cluster.now();
    // A timer every virtual second, for ever: a wait that is never satisfied.
    const every = (): void => void cluster.clock.after(1_000, every);
    cluster.clock.after(1_000, every);
    startClockDriver(cluster, activity, { mode: 'stepped', quietMs: 10, maxIdleMs: 30_000 }, wall);
    activity.emit('request');
    activity.emit('watch-open');
    wall.advance(60_000);
    expect(cluster.now()).toBe(start + 30_000);
    activity.emit('request');
    wall.advance(60_000);
    expect(cluster.now()).toBe(start + 60_000);
  });

  it('stop() ends the stepping', () => {
    const cluster = Cluster.create({ seed: 1 });
    const wall = new FakeWall();
    const activity = new FakeActivity();
    const start = cluster.now();
    cluster.clock.schedule(start + 1_000, () => {});
    const driver = startClockDriver(cluster, activity, { mode: 'stepped', quietMs: 10 }, wall);
    activity.emit('watch-open');
    driver.stop();
    wall.advance(1_000);
    expect(cluster.now()).toBe(start);
  });
});
