/**
 * Recent store events, so a watch can start from the resourceVersion of the list the client
 * just made (an informer lists, then watches from the list's resourceVersion). With virtual
 * time moving on the wall clock, changes can land between the two requests; the apiserver
 * replays them from its watch cache, and so does this.
 *
 * Each event is recorded with the store's resourceVersion when it happened. Writes bump it,
 * so they replay exactly; a removal does not, so a removal recorded at the list's own
 * resourceVersion is replayed too (a DELETED for an object the client never saw is harmless
 * to informers and to kubectl's waits).
 */
import type { KObject, Store, StoreEvent } from '../../sim/index.js';

interface Entry { rv: number; event: StoreEvent }

/** How many events are kept (older resourceVersions get 410 Expired, as from the apiserver's cache). */
export const HISTORY_LIMIT = 20_000;

export class WatchHistory {
  private entries: Entry[] = [];
  private start = 0;
  /** The oldest resourceVersion from which every later event is still known. */
  private horizon: number;
  private readonly unsubscribe: () => void;

  constructor(private readonly store: Store, private readonly limit = HISTORY_LIMIT) {
    this.horizon = Number(store.currentResourceVersion());
    this.unsubscribe = store.watch((event) => this.record(event));
  }

  private record(event: StoreEvent): void {
    this.entries.push({ rv: Number(this.store.currentResourceVersion()), event });
    if (this.entries.length - this.start > this.limit) {
      this.horizon = this.entries[this.start].rv;
      this.start++;
      // Compact now and then instead of shifting on every event.
      if (this.start > this.limit) {
        this.entries = this.entries.slice(this.start);
        this.start = 0;
      }
    }
  }

  /**
   * Events after `rv` for objects of `resource` (storage key) that `match`, oldest first;
   * 'expired' when they are no longer all known.
   */
  since(rv: number, resource: string, match: (o: KObject) => boolean): StoreEvent[] | 'expired' {
    if (rv < this.horizon) return 'expired';
    const out: StoreEvent[] = [];
    for (let i = this.start; i < this.entries.length; i++) {
      const { rv: at, event } = this.entries[i];
      const after = event.type === 'DELETED' ? at >= rv : at > rv;
      if (after && event.resource === resource && match(event.object)) out.push(event);
    }
    return out;
  }

  /** The oldest resourceVersion a watch may start from. */
  oldest(): number {
    return this.horizon;
  }

  close(): void {
    this.unsubscribe();
  }
}
