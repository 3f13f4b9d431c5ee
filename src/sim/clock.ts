/**
 * Virtual time. Nothing in the simulator reads the wall clock: controllers and the node
 * model schedule timers here, and the cluster moves time forward in timer order.
 */

export interface Clock {
  /** Milliseconds since the Unix epoch, virtual. */
  now(): number;
}

interface Timer {
  id: number;
  at: number;
  seq: number;
  fn: () => void;
}

/** RFC 3339 with second precision, as Kubernetes serialises metav1.Time: `2026-01-01T00:00:05Z`. */
export function rfc3339(ms: number): string {
  const sec = Math.floor(ms / 1000);
  if (sec !== lastSecond) {
    lastSecond = sec;
    lastText = new Date(sec * 1000).toISOString().replace('.000Z', 'Z');
  }
  return lastText;
}

// Controllers ask for "now" thousands of times per instant: remember the last rendering.
let lastSecond = NaN;
let lastText = '';

/** Parses an RFC 3339 timestamp; undefined stays undefined. */
export function parseTime(value: string | undefined | null): number | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : t;
}

export class VirtualClock implements Clock {
  private current: number;
  private heap: Timer[] = [];
  private seq = 0;
  private cancelled = new Set<number>();

  constructor(startMs: number) {
    this.current = startMs;
  }

  now(): number {
    return this.current;
  }

  /** The current time as an RFC 3339 string (second precision). */
  iso(): string {
    return rfc3339(this.current);
  }

  /** Runs `fn` when virtual time reaches `atMs` (or at the next settle if already due). */
  schedule(atMs: number, fn: () => void): number {
    const timer: Timer = { id: ++this.seq, at: Math.max(atMs, this.current), seq: this.seq, fn };
    this.push(timer);
    return timer.id;
  }

  after(delayMs: number, fn: () => void): number {
    return this.schedule(this.current + Math.max(0, delayMs), fn);
  }

  cancel(id: number | undefined): void {
    if (id !== undefined) this.cancelled.add(id);
  }

  /** Time of the earliest pending timer, if any. */
  nextDue(): number | undefined {
    this.dropCancelled();
    return this.heap.length ? this.heap[0].at : undefined;
  }

  /** Number of timers still pending (cancelled ones excluded lazily). */
  pending(): number {
    return this.heap.length - this.cancelled.size;
  }

  /** Runs every timer due at or before now, in (time, creation) order. Returns how many ran. */
  runDue(limit = Infinity): number {
    let ran = 0;
    while (ran < limit) {
      this.dropCancelled();
      const top = this.heap[0];
      if (!top || top.at > this.current) break;
      this.pop();
      ran++;
      top.fn();
    }
    return ran;
  }

  /** Moves time to `ms` (never backwards). Timers are run by the caller (Cluster.advance). */
  setNow(ms: number): void {
    if (ms > this.current) this.current = ms;
  }

  private dropCancelled(): void {
    while (this.heap.length && this.cancelled.has(this.heap[0].id)) {
      this.cancelled.delete(this.heap[0].id);
      this.pop();
    }
  }

  private less(a: Timer, b: Timer): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private push(t: Timer): void {
    const h = this.heap;
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  private pop(): Timer | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length && last) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l], h[m])) m = l;
        if (r < h.length && this.less(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}
