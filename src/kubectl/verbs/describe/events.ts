/**
 * The Events section of describe (describe.go searchEvents + DescribeEvents): events whose
 * involvedObject matches the object (name, namespace, kind unless the caller blanks it,
 * uid), oldest last-seen first, Age `2m` or `71s (x6 over 3m21s)`.
 */
import { R, type KEvent, type KObject } from '../../../sim/index.js';
import { goSort } from '../../util/go-sort.js';
import { since, type DescribeContext, type PrefixWriter } from './writer.js';

export interface EventRef {
  name: string;
  namespace?: string;
  kind?: string;
  uid?: string;
}

/** Events about `ref` (the field selector kubectl sends, applied to the namespace's events). */
export function searchEvents(ctx: DescribeContext, ref: EventRef): KEvent[] {
  const res = ctx.client.list<KEvent>(R.events, ref.namespace || undefined);
  if (!res.ok) return [];
  return res.value.items.filter((e) => {
    const io = e.involvedObject ?? ({} as KEvent['involvedObject']);
    if (io.name !== ref.name) return false;
    if ((io.namespace ?? '') !== (ref.namespace ?? '')) return false;
    if (ref.kind && io.kind !== ref.kind) return false;
    if (ref.uid && io.uid !== ref.uid) return false;
    return true;
  });
}

/** The reference describe searches with for `obj`. */
export function refOf(obj: KObject, withKind = true): EventRef {
  return { name: obj.metadata.name ?? '', namespace: obj.metadata.namespace, kind: withKind ? obj.kind : undefined, uid: obj.metadata.uid };
}

/** DescribeEvents. */
export function describeEvents(w: PrefixWriter, events: KEvent[], now: number): void {
  if (!events.length) {
    w.write(0, 'Events:\t<none>\n');
    return;
  }
  // sort.Sort(event.SortableEvents): by lastTimestamp, ties in Go's unstable order.
  const at = (e: KEvent) => Date.parse(e.lastTimestamp ?? '') || 0;
  const sorted = goSort(events, (a, b) => at(a) < at(b));
  w.write(0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    const first = e.eventTime ? since(e.eventTime, now) : since(e.firstTimestamp, now);
    const series = (e as KEvent & { series?: { count: number; lastObservedTime: string } }).series;
    let interval: string;
    if (series) interval = `${since(series.lastObservedTime, now)} (x${series.count} over ${first})`;
    else if ((e.count ?? 0) > 1) interval = `${since(e.lastTimestamp, now)} (x${e.count} over ${first})`;
    else interval = first;
    const source = e.source?.component || (e as KEvent & { reportingController?: string }).reportingController || '';
    w.write(1, `${e.type}\t${e.reason}\t${interval}\t${source}\t${(e.message ?? '').trim()}\n`);
  }
}

/** Adds the Events section when --show-events is on. */
export function eventsSection(w: PrefixWriter, ctx: DescribeContext, ref: EventRef): void {
  if (!ctx.showEvents) return;
  describeEvents(w, searchEvents(ctx, ref), ctx.now);
}
