/** Sprig dict.go: dict, get, set, unset, hasKey, keys, pick, omit, merge(Overwrite), values, dig, pluck. */
import { deepCopy, isEmpty, isMap } from '../template/values.js';
import { strval } from './convert.js';
import { fail, fixed, variadic, type FuncTable } from './func.js';

const A = 'interface {}';
const M = 'map[string]interface {}';
type Dict = Record<string, unknown>;

/**
 * mergo.Merge semantics as Sprig uses them: maps merge recursively; without overwrite a
 * destination value is replaced only when it is empty; with overwrite a non-empty source wins.
 */
function mergeInto(dst: Dict, src: Dict, overwrite: boolean): void {
  for (const k of Object.keys(src)) {
    const s = src[k];
    const d = dst[k];
    if (isMap(d) && isMap(s)) mergeInto(d, s, overwrite);
    else if (!(k in dst) || isEmpty(d)) dst[k] = isMap(s) || Array.isArray(s) ? deepCopy(s) : s;
    else if (overwrite && !isEmpty(s)) dst[k] = isMap(s) || Array.isArray(s) ? deepCopy(s) : s;
  }
}

/** Sprig's dict family. */
export const dictFuncs: FuncTable = {
  dict: variadic([], A, (...v: unknown[]) => {
    const d: Dict = {};
    for (let i = 0; i < v.length; i += 2) d[strval(v[i])] = i + 1 < v.length ? v[i + 1] : '';
    return d;
  }),
  get: fixed([M, 'string'], (d: Dict, k: string) => (Object.prototype.hasOwnProperty.call(d ?? {}, k) ? d[k] : '')),
  set: fixed([M, 'string', A], (d: Dict, k: string, v: unknown) => {
    if (d === null) fail('assignment to entry in nil map');
    d[k] = v;
    return d;
  }),
  unset: fixed([M, 'string'], (d: Dict, k: string) => {
    if (d) delete d[k];
    return d;
  }),
  hasKey: fixed([M, 'string'], (d: Dict, k: string) => d !== null && Object.prototype.hasOwnProperty.call(d, k)),
  pluck: variadic(['string'], M, (k: string, ...ds: Dict[]) => ds.filter((d) => d && k in d).map((d) => d[k])),
  keys: variadic([], M, (...ds: Dict[]) => ds.flatMap((d) => Object.keys(d ?? {}))),
  pick: variadic([M], 'string', (d: Dict, ...ks: string[]) => {
    const r: Dict = {};
    for (const k of ks) if (d && k in d) r[k] = d[k];
    return r;
  }),
  omit: variadic([M], 'string', (d: Dict, ...ks: string[]) => {
    const r: Dict = {};
    for (const k of Object.keys(d ?? {})) if (!ks.includes(k)) r[k] = d[k];
    return r;
  }),
  merge: variadic([M], M, (dst: Dict, ...srcs: Dict[]) => {
    for (const s of srcs) if (s) mergeInto(dst, s, false);
    return dst;
  }),
  mustMerge: variadic([M], M, (dst: Dict, ...srcs: Dict[]) => {
    for (const s of srcs) if (s) mergeInto(dst, s, false);
    return dst;
  }),
  mergeOverwrite: variadic([M], M, (dst: Dict, ...srcs: Dict[]) => {
    for (const s of srcs) if (s) mergeInto(dst, s, true);
    return dst;
  }),
  mustMergeOverwrite: variadic([M], M, (dst: Dict, ...srcs: Dict[]) => {
    for (const s of srcs) if (s) mergeInto(dst, s, true);
    return dst;
  }),
  values: fixed([M], (d: Dict) => Object.keys(d ?? {}).sort().map((k) => d[k])),
  dig: variadic([], A, (...ps: unknown[]) => {
    if (ps.length < 3) fail('dig needs at least three arguments');
    let cur = ps[ps.length - 1];
    const def = ps[ps.length - 2];
    const ks = ps.slice(0, -2);
    for (let i = 0; i < ks.length; i++) {
      if (!isMap(cur)) fail(`interface conversion: interface {} is ${cur === null ? 'nil' : typeof cur}, not map[string]interface {}`);
      const k = ks[i];
      if (typeof k !== 'string') fail(`interface conversion: interface {} is ${typeof k}, not string`);
      if (!(k in cur)) return def;
      cur = cur[k];
    }
    return cur;
  }),
};
