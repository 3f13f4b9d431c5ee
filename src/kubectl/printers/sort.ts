/**
 * `kubectl get --sort-by=<jsonpath>` (kubectl pkg/cmd/get/sorter.go): rows (Tables) or
 * objects are ordered by the first value the path yields. Numbers compare as numbers, two
 * strings that are both quantities (`10`, `100m`, `1Gi`) compare by value, other strings
 * byte-wise — observed with the real kubectl 1.32 (`b10` before `b2`, `9` before `10`).
 * Rows without the field sort first.
 */
import type { Table } from '../../sim/index.js';
import { findJsonPathResults } from './jsonpath.js';
import { relaxedJsonPath } from './relaxed-jsonpath.js';
import { goSort } from '../util/go-sort.js';

export type SortResult<T> = { ok: true; value: T } | { ok: false; error: string };

const SUFFIX: Record<string, number> = {
  '': 1, n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

/** resource.ParseQuantity, as a number (enough to order). */
export function parseQuantity(s: string): number | undefined {
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?)$/.exec(s);
  if (!m) return undefined;
  const base = Number(m[1]);
  if (m[2]) return base * 10 ** Number(m[2].slice(1));
  return base * SUFFIX[m[3] ?? ''];
}

function less(a: unknown, b: unknown): boolean {
  if (a === null && b === null) return false;
  if (a === null) return true;
  if (b === null) return false;
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') {
    const qa = parseQuantity(a);
    const qb = parseQuantity(b);
    if (qa !== undefined && qb !== undefined) return qa < qb;
    return a < b;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (!less(a[i], b[i])) return false;
    return true;
  }
  return false;
}

function sortBy<T>(items: T[], field: string, objectOf: (t: T) => unknown): SortResult<T[]> {
  const path = relaxedJsonPath(field);
  if (!path.ok) return path;
  const keyed: { item: T; value: unknown; has: boolean; i: number }[] = [];
  let foundOnce = false;
  for (const [i, item] of items.entries()) {
    const r = findJsonPathResults(path.value, objectOf(item), true);
    if (!r.ok) return { ok: false, error: r.error };
    const has = r.results.length > 0 && r.results[0].length > 0;
    foundOnce ||= has;
    keyed.push({ item, value: has ? r.results[0][0] : undefined, has, i });
  }
  if (items.length && !foundOnce) return { ok: false, error: `couldn't find any field with path ${JSON.stringify(path.value)} in the list of objects` };
  // sorter.go's Less: a row without the field is less than anything (even another such row);
  // sort.Sort is Go's unstable sort, so ties come out in Go's order (goSort).
  const sorted = goSort(keyed, (x, y) => (!x.has ? true : !y.has ? false : less(x.value, y.value)));
  return { ok: true, value: sorted.map((k) => k.item) };
}

/**
 * Sorts a Table's rows by a path evaluated on each row's object (the server must have sent
 * full objects: includeObject=Object). When no row has the field, the error is
 * `couldn't find any field with path "{.x}" in the list of objects` (kubectl 1.32 then
 * printed `No resources found in <ns> namespace.` instead, see testdata/tables/sort-missing.txt).
 */
export function sortTableRows(table: Table, field: string): SortResult<Table> {
  const r = sortBy(table.rows, field, (row) => row.object);
  return r.ok ? { ok: true, value: { ...table, rows: r.value } } : r;
}

/** Sorts plain objects (for -o yaml/json/name/jsonpath with --sort-by). */
export function sortObjects<T>(objects: T[], field: string): SortResult<T[]> {
  return sortBy(objects, field, (o) => o);
}
