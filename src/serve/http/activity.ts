/**
 * What the server tells a clock driver: requests starting and ending, watches opening,
 * closing and writing events, and how many watches are open.
 */
import type { ServerActivity } from '../types.js';

export type ActivityKind = 'request' | 'watch-open' | 'watch-close' | 'watch-event';

/** The server side of ServerActivity: counts watches and fans out notifications. */
export class ActivityTracker implements ServerActivity {
  private watches = 0;
  private listeners = new Set<(kind: ActivityKind) => void>();

  openWatches(): number {
    return this.watches;
  }

  onActivity(cb: (kind: ActivityKind) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  /** Records one happening; watch-open/close also move the counter. */
  emit(kind: ActivityKind): void {
    if (kind === 'watch-open') this.watches++;
    if (kind === 'watch-close') this.watches = Math.max(0, this.watches - 1);
    for (const l of [...this.listeners]) {
      try {
        l(kind);
      } catch {
        // A listener's bug must not break the request that triggered it.
      }
    }
  }
}
