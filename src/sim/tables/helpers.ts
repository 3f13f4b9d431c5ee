/** Cell formatting shared by the converters (pkg/printers/internalversion/printers.go helpers). */
import { parseTime } from '../clock.js';
import type { Container } from '../types.js';
import { humanDuration } from './duration.js';
import type { TableContext } from './table-registry.js';

/** translateTimestampSince: `<unknown>` for a missing timestamp, else HumanDuration(now − t). */
export function since(ts: string | undefined | null, ctx: TableContext): string {
  const t = parseTime(ts ?? undefined);
  if (t === undefined) return '<unknown>';
  return humanDuration(ctx.now - t);
}

/** layoutContainerCells: container names and images, each comma-joined in spec order. */
export function containerCells(containers: Container[] | undefined): [string, string] {
  const list = containers ?? [];
  return [list.map((c) => c.name).join(','), list.map((c) => c.image ?? '').join(',')];
}

/** `<none>` for an empty string, as several printers do. */
export function orNone(s: string | undefined | null): string {
  return s ? s : '<none>';
}

/** printBoolPtr: `True`/`False`, `<unset>` when nil. */
export function boolPtr(b: boolean | undefined | null): string {
  if (b === undefined || b === null) return '<unset>';
  return b ? 'True' : 'False';
}

/** Joins the first `max` items with `,` and appends ` + N more...` (listWithMoreString). */
export function listWithMore(list: string[], max: number, total: number, unsetWhenEmpty = true): string {
  const ret = list.slice(0, max).join(',');
  if (total > max) return `${ret} + ${total - max} more...`;
  if (ret === '' && unsetWhenEmpty) return '<unset>';
  return ret;
}

/**
 * labels.Selector.String() of metav1.LabelSelectorAsSelector: requirements sorted by key,
 * `k=v`, `k in (a,b)`, `k notin (a,b)`, `k`, `!k`. Empty or missing selector → ''.
 */
export function selectorString(sel: { matchLabels?: Record<string, string>; matchExpressions?: { key: string; operator: string; values?: string[] }[] } | undefined | null): string {
  if (!sel) return '';
  const reqs: { key: string; text: string }[] = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) reqs.push({ key: k, text: `${k}=${v}` });
  for (const e of sel.matchExpressions ?? []) {
    const values = [...new Set(e.values ?? [])].sort().join(',');
    const text = ({ In: `${e.key} in (${values})`, NotIn: `${e.key} notin (${values})`, Exists: e.key, DoesNotExist: `!${e.key}` } as Record<string, string>)[e.operator];
    if (text !== undefined) reqs.push({ key: e.key, text });
  }
  // sort.Stable by key, as selector.Add does.
  return reqs.map((r, i) => ({ ...r, i })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i)).map((r) => r.text).join(',');
}

/** metav1.FormatLabelSelector: selectorString, or `<none>` when it is empty. */
export function formatSelector(sel: Parameters<typeof selectorString>[0]): string {
  return selectorString(sel) || '<none>';
}

/** labels.FormatLabels: `k=v` sorted by key, `<none>` when empty. */
export function formatMap(map: Record<string, string> | undefined | null): string {
  const keys = Object.keys(map ?? {}).sort();
  if (!keys.length) return '<none>';
  return keys.map((k) => `${k}=${map![k]}`).join(',');
}
