/** Sprig list.go: list, append/prepend, first/last/rest/initial, uniq, without, has, concat, … */
import { byteCompare, goKind, Int64, isEmpty, NO_VALUE } from '../template/values.js';
import { strslice, strval, toInt64 } from './convert.js';
import { fail, fixed, variadic, type FuncTable } from './func.js';

const A = 'interface {}';

/** reflect.DeepEqual over template values. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Int64 && b instanceof Int64) return a.v === b.v;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (goKind(a) === 'map' && goKind(b) === 'map') {
    const am = a as Record<string, unknown>;
    const bm = b as Record<string, unknown>;
    const ak = Object.keys(am);
    return ak.length === Object.keys(bm).length && ak.every((k) => k in bm && deepEqual(am[k], bm[k]));
  }
  return false;
}

/** The panic a Sprig list function raises for a non-list (recovered by Go's template call). */
function asList(v: unknown, what: string): unknown[] {
  if (Array.isArray(v)) return v;
  if (v === null || v === NO_VALUE) fail('runtime error: invalid memory address or nil pointer dereference');
  return fail(`Cannot ${what} on type ${goKind(v)}`);
}

function op(what: string, f: (l: unknown[], ...rest: any[]) => unknown): (l: unknown, ...rest: any[]) => unknown {
  return (l: unknown, ...rest: unknown[]) => f(asList(l, what), ...rest);
}

/** Sprig's list family. */
export const listFuncs: FuncTable = {
  list: variadic([], A, (...v: unknown[]) => v),
  tuple: variadic([], A, (...v: unknown[]) => v),
  append: fixed([A, A], op('push', (l, v) => [...l, v])),
  push: fixed([A, A], op('push', (l, v) => [...l, v])),
  mustAppend: fixed([A, A], op('push', (l, v) => [...l, v])),
  mustPush: fixed([A, A], op('push', (l, v) => [...l, v])),
  prepend: fixed([A, A], op('prepend', (l, v) => [v, ...l])),
  mustPrepend: fixed([A, A], op('prepend', (l, v) => [v, ...l])),
  first: fixed([A], op('find first', (l) => (l.length ? l[0] : null))),
  mustFirst: fixed([A], op('find first', (l) => (l.length ? l[0] : null))),
  last: fixed([A], op('find last', (l) => (l.length ? l[l.length - 1] : null))),
  mustLast: fixed([A], op('find last', (l) => (l.length ? l[l.length - 1] : null))),
  // An empty list gives a nil []interface{}, which prints as [] (not <no value>).
  rest: fixed([A], op('find rest', (l) => l.slice(1))),
  mustRest: fixed([A], op('find rest', (l) => l.slice(1))),
  initial: fixed([A], op('find initial', (l) => l.slice(0, -1))),
  mustInitial: fixed([A], op('find initial', (l) => l.slice(0, -1))),
  reverse: fixed([A], op('find reverse', (l) => l.slice().reverse())),
  mustReverse: fixed([A], op('find reverse', (l) => l.slice().reverse())),
  compact: fixed([A], op('compact', (l) => l.filter((x) => !isEmpty(x)))),
  mustCompact: fixed([A], op('compact', (l) => l.filter((x) => !isEmpty(x)))),
  uniq: fixed([A], op('find uniq', (l) => l.filter((x, i) => l.findIndex((y) => deepEqual(x, y)) === i))),
  mustUniq: fixed([A], op('find uniq', (l) => l.filter((x, i) => l.findIndex((y) => deepEqual(x, y)) === i))),
  without: variadic([A], A, op('find without', (l, ...omit: unknown[]) => l.filter((x) => !omit.some((o) => deepEqual(o, x))))),
  mustWithout: variadic([A], A, op('find without', (l, ...omit: unknown[]) => l.filter((x) => !omit.some((o) => deepEqual(o, x))))),
  has: fixed([A, A], (needle: unknown, hay: unknown) => (hay === null ? false : asList(hay, 'find has').some((x) => deepEqual(needle, x)))),
  mustHas: fixed([A, A], (needle: unknown, hay: unknown) => (hay === null ? false : asList(hay, 'find has').some((x) => deepEqual(needle, x)))),
  slice: variadic([A], A, (l0: unknown, ...idx: unknown[]) => {
    if (!Array.isArray(l0)) return fail(`list should be type of slice or array but ${goKind(l0)}`);
    if (l0.length === 0) return null;
    const start = idx.length > 0 ? Number(toInt64(idx[0])) : 0;
    const end = idx.length > 1 ? Number(toInt64(idx[1])) : l0.length;
    if (start < 0 || end > l0.length || start > end) fail(`reflect: slice index out of range`);
    return l0.slice(start, end);
  }),
  concat: variadic([], A, (...lists: unknown[]) => {
    const out: unknown[] = [];
    for (const l of lists) {
      if (!Array.isArray(l)) fail(`Cannot concat type ${goKind(l)} as list`);
      out.push(...l);
    }
    return out;
  }),
  chunk: fixed(['int', A], (size: bigint, l0: unknown) => {
    const l = asList(l0, 'chunk');
    const n = Number(size);
    const out: unknown[][] = [];
    for (let i = 0; i < l.length; i += n) out.push(l.slice(i, i + n));
    return out;
  }),
  sortAlpha: fixed([A], (v: unknown) => (Array.isArray(v) ? strslice(v).sort(byteCompare) : [strval(v)])),
  until: fixed(['int'], (n: bigint) => untilStep(0n, n, n < 0n ? -1n : 1n)),
  untilStep: fixed(['int', 'int', 'int'], untilStep),
  seq: variadic([], 'int', (...p: bigint[]) => seq(p)),
};

function untilStep(start: bigint, stop: bigint, step: bigint): bigint[] {
  const v: bigint[] = [];
  if (stop < start) {
    if (step >= 0n) return v;
    for (let i = start; i > stop; i += step) v.push(i);
    return v;
  }
  if (step <= 0n) return v;
  for (let i = start; i < stop; i += step) v.push(i);
  return v;
}

function seq(p: bigint[]): string {
  let inc = 1n;
  let start: bigint;
  let end: bigint;
  let step: bigint;
  switch (p.length) {
    case 0: return '';
    case 1:
      start = 1n;
      end = p[0]!;
      if (end < start) inc = -1n;
      return untilStep(start, end + inc, inc).join(' ');
    case 3:
      start = p[0]!;
      end = p[2]!;
      step = p[1]!;
      if (end < start) {
        inc = -1n;
        if (step > 0n) return '';
      }
      return untilStep(start, end + inc, step).join(' ');
    case 2:
      start = p[0]!;
      end = p[1]!;
      if (end < start) inc = -1n;
      return untilStep(start, end + inc, inc).join(' ');
  }
  return '';
}
