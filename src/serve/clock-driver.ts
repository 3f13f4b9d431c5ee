/**
 * Virtual time for `kubedojo serve`. The simulator never reads the wall clock; this module
 * is the one place that does, and it moves the cluster's virtual clock in one of two ways:
 *
 * - `realtime` (what a learner gets): virtual time = start + speed × wall time elapsed. A
 *   wall timer moves the cluster forward, so rollouts, probes and CronJobs happen while the
 *   learner types in another terminal.
 * - `stepped` (differential tests): virtual time stands still unless a client waits on a
 *   watch. Then, once the clients have been quiet for a while, it steps to the next due
 *   timer, one timer at a time, as `Cluster.advanceUntil` does for our embedded kubectl's
 *   `rollout status`, `delete --wait` and `wait`. After a step that wrote a watch event it
 *   is quiet again first: the real kubectl may be about to close the watch because that
 *   event completed its wait, and it must find virtual time exactly where the embedded
 *   kubectl's advanceUntil stopped.
 */
import type { Cluster } from '../sim/index.js';
import type { ServerActivity } from './types.js';

export type ClockDriverOptions =
  | {
      mode: 'realtime';
      /** Virtual milliseconds per wall millisecond (1: real time; 10: a 30 s rollout takes 3 s). */
      speed: number;
      /** Wall milliseconds between two moves of virtual time (default 50). */
      tickMs?: number;
      /**
       * Most virtual time one tick may cover (default 10 minutes). After a suspended laptop
       * wakes up, virtual time resumes from where it was instead of replaying hours at once.
       */
      maxCatchUpMs?: number;
    }
  | {
      mode: 'stepped';
      /** Wall milliseconds without activity before the next step (default 200). */
      quietMs?: number;
      /**
       * Virtual milliseconds the driver may run past the last client request (default 10
       * minutes): a wait that is never satisfied ends there, with virtual time at exactly
       * that point, as advanceUntil ends at its deadline.
       */
      maxIdleMs?: number;
    };

/** The wall clock and its timers; injected so tests step them by hand. */
export interface WallTimers {
  /** Monotonic wall milliseconds. */
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ClockDriver {
  /** Stops moving virtual time; the cluster stays where it is. */
  stop(): void;
}

export const DEFAULT_TICK_MS = 50;
export const DEFAULT_QUIET_MS = 200;
export const DEFAULT_MAX_IDLE_MS = 10 * 60_000;
export const DEFAULT_MAX_CATCH_UP_MS = 10 * 60_000;

/**
 * Node's timers, unref'd: a waiting driver never keeps the process alive by itself. A delay
 * of 0 is setImmediate (setTimeout clamps to 1 ms, and the stepped driver may take thousands
 * of steps in a row); it runs after I/O callbacks queued meanwhile, such as a watch write.
 * Immediates stay ref'd: Node keeps the event loop from blocking in its poll phase only for
 * ref'd immediates, so an unref'd one may wait for unrelated I/O (seconds, observed).
 */
export const NODE_TIMERS: WallTimers = {
  now: () => performance.now(),
  setTimeout: (fn, ms) => (ms <= 0 ? { immediate: setImmediate(fn) } : { timeout: setTimeout(fn, ms).unref() }),
  clearTimeout: (h) => {
    const handle = h as { immediate?: NodeJS.Immediate; timeout?: NodeJS.Timeout } | undefined;
    if (handle?.immediate) clearImmediate(handle.immediate);
    if (handle?.timeout) clearTimeout(handle.timeout);
  },
};

/** Starts moving `cluster`'s virtual time; see the module comment for the two modes. */
export function startClockDriver(cluster: Cluster, activity: ServerActivity, opts: ClockDriverOptions, timers: WallTimers = NODE_TIMERS): ClockDriver {
  return opts.mode === 'realtime' ? startRealtime(cluster, activity, opts, timers) : startStepped(cluster, activity, opts, timers);
}

function startRealtime(cluster: Cluster, activity: ServerActivity, opts: Extract<ClockDriverOptions, { mode: 'realtime' }>, timers: WallTimers): ClockDriver {
  if (!(opts.speed > 0) || !Number.isFinite(opts.speed)) throw new Error(`clock driver: speed must be a positive number, got ${opts.speed}`);
  const tickMs = opts.tickMs ?? DEFAULT_TICK_MS;
  const maxCatchUp = opts.maxCatchUpMs ?? DEFAULT_MAX_CATCH_UP_MS;
  // Virtual time is a line through (wallBase, virtBase) with slope `speed`; it is re-based
  // when a tick would have to cover more than maxCatchUp.
  let wallBase = timers.now();
  let virtBase = cluster.now();
  let stopped = false;
  let handle: unknown;

  const catchUp = (): void => {
    if (stopped) return;
    const wall = timers.now();
    let target = Math.floor(virtBase + (wall - wallBase) * opts.speed);
    if (target - cluster.now() > maxCatchUp) {
      target = cluster.now() + maxCatchUp;
      wallBase = wall;
      virtBase = target;
    }
    if (target > cluster.now()) cluster.advanceTo(target);
  };
  const tick = (): void => {
    catchUp();
    if (!stopped) handle = timers.setTimeout(tick, tickMs);
  };
  // A request sees virtual time as of its arrival, not as of the last tick.
  const unsubscribe = activity.onActivity((kind) => {
    if (kind === 'request') catchUp();
  });
  handle = timers.setTimeout(tick, tickMs);
  return {
    stop(): void {
      stopped = true;
      unsubscribe();
      timers.clearTimeout(handle);
    },
  };
}

function startStepped(cluster: Cluster, activity: ServerActivity, opts: Extract<ClockDriverOptions, { mode: 'stepped' }>, timers: WallTimers): ClockDriver {
  const quietMs = opts.quietMs ?? DEFAULT_QUIET_MS;
  const maxIdleMs = opts.maxIdleMs ?? DEFAULT_MAX_IDLE_MS;
  let lastActivity = timers.now();
  // Virtual time of the last client request: the driver never steps past it + maxIdleMs.
  let lastRequestAt = cluster.now();
  // Whether the current instant has been settled since the last activity.
  let settled = false;
  let stopped = false;
  let handle: unknown;

  const schedule = (ms: number): void => {
    if (stopped) return;
    timers.clearTimeout(handle);
    handle = timers.setTimeout(tick, ms);
  };
  // One step: the next due timer's instant, settled, as one iteration of advanceUntil.
  function tick(): void {
    handle = undefined;
    if (stopped || activity.openWatches() === 0) return;
    const quietFor = timers.now() - lastActivity;
    if (quietFor < quietMs) return schedule(quietMs - quietFor);
    // First the current instant, as advanceUntil settles before its first step: a client's
    // write (served without settling) has its immediate consequences before time moves.
    if (!settled) {
      settled = true;
      cluster.settle();
      return schedule(0);
    }
    const next = cluster.clock.nextDue();
    const cap = lastRequestAt + maxIdleMs;
    if (next === undefined || next > cap) {
      // The end of the wait, as advanceUntil's deadline: time moves to the cap itself, once.
      if (cluster.now() < cap) {
        cluster.clock.setNow(cap);
        cluster.settle();
      }
      return;
    }
    cluster.clock.setNow(next);
    cluster.settle();
    // A watch event written by this step (reported synchronously or just after it) counts
    // as activity and moves lastActivity, so the next tick waits the quiet period again;
    // without one, the next step follows at once.
    schedule(0);
  }
  const unsubscribe = activity.onActivity((kind) => {
    lastActivity = timers.now();
    settled = false;
    if (kind === 'request' || kind === 'watch-open') lastRequestAt = cluster.now();
    if (handle === undefined) schedule(quietMs);
  });
  schedule(quietMs);
  return {
    stop(): void {
      stopped = true;
      unsubscribe();
      timers.clearTimeout(handle);
      handle = undefined;
    },
  };
}
