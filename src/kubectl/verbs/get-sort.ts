/**
 * `--sort-by`: rows ordered by a JSONPath field of their objects, compared as kubectl's
 * sorter.go does (numbers numerically, strings in natural order — `pod-2` before `pod-10`).
 */
import type { KObject, TableRow } from '../../sim/index.js';

/** `{.metadata.name}`, `.metadata.name` or `metadata.name` → path segments (`[0]` indexes allowed). */
export function relaxedPath(expr: string): (string | number)[] {
  let e = expr.trim();
  if (e.startsWith('{') && e.endsWith('}')) e = e.slice(1, -1);
  if (e.startsWith('.')) e = e.slice(1);
  const out: (string | number)[] = [];
  for (const part of e.split('.')) {
    const m = /^([^[]*)((?:\[\d+\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    if (m[1]) out.push(m[1]);
    for (const idx of m[2].matchAll(/\[(\d+)\]/g)) out.push(Number(idx[1]));
  }
  return out;
}

/** The value at `path` in `obj`, or undefined. */
export function valueAtPath(obj: unknown, path: (string | number)[]): unknown {
  let cur: unknown = obj;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[seg];
  }
  return cur;
}

/** sortorder.NaturalLess: digit runs compare as numbers, everything else byte-wise. */
export function naturalLess(a: string, b: string): boolean {
  const re = /(\d+|\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const nx = BigInt(x);
      const ny = BigInt(y);
      if (nx !== ny) return nx < ny;
      return x.length < y.length;
    }
    return x < y;
  }
  return pa.length < pb.length;
}

function less(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (a === undefined || a === null) return b !== undefined && b !== null;
  if (b === undefined || b === null) return false;
  return naturalLess(String(a), String(b));
}

/** Sorts objects by the field `expr` (stable). */
export function sortObjects<T>(items: T[], expr: string, objOf: (t: T) => KObject | undefined): T[] {
  const path = relaxedPath(expr);
  const keyed = items.map((t, i) => ({ t, i, v: valueAtPath(objOf(t), path) }));
  keyed.sort((x, y) => (less(x.v, y.v) ? -1 : less(y.v, x.v) ? 1 : x.i - y.i));
  return keyed.map((k) => k.t);
}

export function sortRows(rows: TableRow[], expr: string): TableRow[] {
  return sortObjects(rows, expr, (r) => r.object);
}
