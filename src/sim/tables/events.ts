/**
 * Events (printEvent in kubernetes/kubernetes pkg/printers/internalversion/printers.go):
 * LAST SEEN TYPE REASON OBJECT [SUBOBJECT SOURCE] MESSAGE [FIRST SEEN COUNT NAME].
 */
import type { KObject } from '../types.js';
import { since } from './helpers.js';
import { col, registerTable, type TableContext } from './table-registry.js';

function firstNonEmpty(...values: (string | undefined)[]): string {
  return values.find((v) => v) ?? '';
}

/** formatEventSource: `component, host` (host omitted when empty). */
function eventSource(ev: KObject): string {
  const component = firstNonEmpty(ev.source?.component, ev.reportingComponent);
  const instance = firstNonEmpty(ev.source?.host, ev.reportingInstance);
  return instance ? `${component}, ${instance}` : component;
}

function lastAndFirst(ev: KObject, ctx: TableContext): { last: string; first: string; count: number } {
  const first = ev.firstTimestamp ? since(ev.firstTimestamp, ctx) : since(ev.eventTime, ctx);
  let last = ev.lastTimestamp ? since(ev.lastTimestamp, ctx) : first;
  let count: number = ev.count ?? 0;
  if (ev.series) {
    last = since(ev.series.lastObservedTime, ctx);
    count = ev.series.count ?? 0;
  } else if (count === 0) {
    count = 1; // singleton events of the new API carry no count
  }
  return { last, first, count };
}

registerTable('events', {
  columns: [
    col('Last Seen'), col('Type'), col('Reason'), col('Object'), col('Subobject', 'string', 1), col('Source', 'string', 1), col('Message'),
    col('First Seen', 'string', 1), col('Count', 'string', 1), col('Name', 'string', 1, 'name'),
  ],
  row(ev, ctx) {
    const { last, first, count } = lastAndFirst(ev, ctx);
    const io = ev.involvedObject ?? {};
    const target = io.name ? `${String(io.kind ?? '').toLowerCase()}/${io.name}` : String(io.kind ?? '').toLowerCase();
    return [last, ev.type ?? '', ev.reason ?? '', target, io.fieldPath ?? '', eventSource(ev), String(ev.message ?? '').trim(), first, count, ev.metadata.name];
  },
});
