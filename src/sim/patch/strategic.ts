/**
 * Strategic merge patch, as the API server applies `application/strategic-merge-patch+json`
 * (k8s.io/apimachinery pkg/util/strategicpatch/patch.go, `mergeMap` and friends):
 * maps merge, `null` deletes a key, lists with a merge strategy merge item by item on their
 * merge key (lists of scalars by value), other lists are replaced; directives `$patch:
 * replace|delete` (maps and list items), `$retainKeys`, `$setElementOrder/<list>` and
 * `$deleteFromPrimitiveList/<list>` are honoured. The same merge, with other options, is how
 * kubectl folds the deletions into the three-way apply patch.
 */
import { deepClone } from '../objects.js';
import type { PatchResult } from './json-patch.js';
import { lookupField, schemaForKind, type SchemaCursor } from './strategic-schema.js';

type JMap = Record<string, unknown>;

export interface MergeOptions {
  /** Apply `$deleteFromPrimitiveList` lists (server side) instead of carrying them along. */
  mergeParallelList: boolean;
  /** Drop `null`s that match nothing (server side) instead of keeping them in the result. */
  ignoreUnmatchedNulls: boolean;
}

/** The options the API server uses (StrategicMergeMapPatchUsingLookupPatchMeta). */
export const SERVER_MERGE: MergeOptions = { mergeParallelList: true, ignoreUnmatchedNulls: true };

const DIRECTIVE = '$patch';
const RETAIN_KEYS = '$retainKeys';
const SET_ORDER = '$setElementOrder';
const DELETE_PRIMITIVE = '$deleteFromPrimitiveList';

/** A malformed patch: reported to the client as the API server would, never thrown past this file. */
class PatchFormatError extends Error {}

const isMap = (v: unknown): v is JMap => !!v && typeof v === 'object' && !Array.isArray(v);
const goString = (v: unknown): string => (isMap(v) || Array.isArray(v) ? JSON.stringify(v) : String(v));
const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'slice' : typeof v);

/** Applies a strategic merge patch to an object of `kind` (server side). */
export function applyStrategicPatch(original: unknown, patch: unknown, kind: string): PatchResult {
  if (!isMap(patch)) return { ok: false, error: 'unable to find api field in struct Unstructured for the json field "patch"' };
  try {
    const value = strategicMerge(isMap(original) ? deepClone(original) : {}, deepClone(patch), schemaForKind(kind), SERVER_MERGE);
    return { ok: true, value };
  } catch (e) {
    if (e instanceof PatchFormatError) return { ok: false, error: e.message };
    throw e;
  }
}

/**
 * Merges `patch` into `original` (both plain JSON maps, both may be modified).
 * Throws PatchFormatError for malformed patches; callers outside this file use
 * applyStrategicPatch or tryStrategicMerge.
 */
export function strategicMerge(original: JMap | null, patch: JMap, schema: SchemaCursor, opts: MergeOptions): JMap {
  if (DIRECTIVE in patch) {
    const d = patch[DIRECTIVE];
    if (d === 'replace') {
      delete patch[DIRECTIVE];
      return patch;
    }
    if (d === 'delete') return {};
    throw new PatchFormatError(`Unknown patch type: ${d} in map: ${goString(patch)}`);
  }
  const orig: JMap = original ?? {};
  applyRetainKeys(orig, patch, opts);
  mergeOrderedLists(orig, patch, schema, opts);
  for (const rawKey of Object.keys(patch)) {
    let k = rawKey;
    const patchV = patch[rawKey];
    let isDeleteList = false;
    if (k.startsWith(`${DELETE_PRIMITIVE}/`)) {
      if (!opts.mergeParallelList) {
        orig[k] = patchV;
        continue;
      }
      k = k.slice(DELETE_PRIMITIVE.length + 1);
      isDeleteList = true;
    }
    if (patchV === null) {
      delete orig[k];
      if (opts.ignoreUnmatchedNulls) continue;
    }
    if (!(k in orig) || kindOf(orig[k]) !== kindOf(patchV)) {
      if (!isDeleteList) {
        const v = removeDirectives(opts.ignoreUnmatchedNulls ? dropNulls(patchV) : patchV);
        if (v.keep) orig[k] = v.value;
        else delete orig[k];
      }
      continue;
    }
    const meta = lookupField(schema, k);
    if (isMap(orig[k])) {
      orig[k] = meta.strategy === 'replace' ? patchV : strategicMerge(orig[k] as JMap, patchV as JMap, meta.type, opts);
    } else if (Array.isArray(orig[k])) {
      const merges = meta.strategy === 'merge' || isDeleteList;
      orig[k] = merges ? mergeSlice(orig[k] as unknown[], patchV as unknown[], meta.type, meta.mergeKey ?? '', opts, isDeleteList) : patchV;
    } else {
      const v = removeDirectives(patchV);
      if (v.keep) orig[k] = v.value;
      else delete orig[k];
    }
  }
  return orig;
}

function dropNulls(v: unknown): unknown {
  if (isMap(v)) {
    for (const k of Object.keys(v)) {
      if (v[k] === null) delete v[k];
      else dropNulls(v[k]);
    }
  } else if (Array.isArray(v)) v.forEach(dropNulls);
  return v;
}

/** Strips directives from a value taken whole from the patch; a map that is a directive is dropped. */
function removeDirectives(v: unknown): { value: unknown; keep: boolean } {
  if (isMap(v)) {
    if (DIRECTIVE in v) return { value: undefined, keep: false };
    for (const k of Object.keys(v)) {
      const r = removeDirectives(v[k]);
      if (r.keep) v[k] = r.value;
      else delete v[k];
    }
    return { value: v, keep: true };
  }
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    for (const x of v) {
      const r = removeDirectives(x);
      if (r.keep) out.push(r.value);
    }
    return { value: out, keep: true };
  }
  return { value: v, keep: true };
}

function applyRetainKeys(original: JMap, patch: JMap, opts: MergeOptions): void {
  if (!(RETAIN_KEYS in patch)) return;
  const retain = patch[RETAIN_KEYS];
  delete patch[RETAIN_KEYS];
  if (!opts.mergeParallelList) {
    // Merging two patches: carry the directive into the result.
    if (!(RETAIN_KEYS in original)) original[RETAIN_KEYS] = retain;
    return;
  }
  if (!Array.isArray(retain)) throw new PatchFormatError('invalid patch format of retainKeys');
  const keep = new Set(retain.map(String));
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || k.startsWith(`${DELETE_PRIMITIVE}/`) || k.startsWith(`${SET_ORDER}/`)) continue;
    if (!keep.has(k)) throw new PatchFormatError('doesn\'t match $retainKeys list');
  }
  for (const k of Object.keys(original)) if (!keep.has(k)) delete original[k];
}

const keyValue = (item: unknown, mergeKey: string): unknown => (mergeKey ? (isMap(item) ? item[mergeKey] : undefined) : item);

function indexIn(list: unknown[], item: unknown, mergeKey: string): number {
  const v = keyValue(item, mergeKey);
  return list.findIndex((x) => keyValue(x, mergeKey) === v);
}

function requireMergeKey(list: unknown[], mergeKey: string): void {
  for (const item of list) {
    if (!isMap(item)) throw new PatchFormatError(`expected a map, but got: ${goString(item)}`);
    if (!(mergeKey in item)) throw new PatchFormatError(`map: ${goString(item)} does not contain declared merge key: ${mergeKey}`);
  }
}

/** normalizeSliceOrder: stable sort by position in `order`; `$patch: delete` items go last. */
function sortByOrder(toSort: unknown[], order: unknown[], mergeKey: string): unknown[] {
  let items = toSort;
  let deletes: unknown[] = [];
  if (mergeKey) {
    requireMergeKey(items, mergeKey);
    requireMergeKey(order, mergeKey);
    deletes = items.filter((x) => (x as JMap)[DIRECTIVE] === 'delete');
    items = items.filter((x) => (x as JMap)[DIRECTIVE] !== 'delete');
  }
  // Go's sort.SliceStable with a comparator that is not a strict order: emulate with an insertion sort.
  const out = [...items];
  const less = (a: unknown, b: unknown) => {
    const ia = indexIn(order, a, mergeKey);
    const ib = indexIn(order, b, mergeKey);
    return ia >= 0 && ib >= 0 ? ia < ib : true;
  };
  for (let i = 1; i < out.length; i++) {
    for (let j = i; j > 0 && less(out[j], out[j - 1]); j--) [out[j], out[j - 1]] = [out[j - 1], out[j]];
  }
  return [...out, ...deletes];
}

/** normalizeElementOrder + mergeSortedSlice: patch items in their order, server-only items slotted in by live order. */
function normalizeOrder(patchItems: unknown[], serverOnly: unknown[], patchOrder: unknown[], serverOrder: unknown[], mergeKey: string): unknown[] {
  const right = sortByOrder(patchItems, patchOrder, mergeKey);
  const left = sortByOrder(serverOnly, serverOrder, mergeKey);
  const out: unknown[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    if (i >= left.length) out.push(right[j++]);
    else if (j >= right.length) out.push(left[i++]);
    else {
      const li = indexIn(serverOrder, left[i], mergeKey);
      const ri = indexIn(serverOrder, right[j], mergeKey);
      if (li >= 0 && ri >= 0 && li < ri) out.push(left[i++]);
      else out.push(right[j++]);
    }
  }
  return out;
}

function partition(merged: unknown[], by: unknown[], mergeKey: string): [unknown[], unknown[]] {
  const inPatch: unknown[] = [];
  const serverOnly: unknown[] = [];
  if (mergeKey) requireMergeKey(merged, mergeKey);
  for (const v of merged) (indexIn(by, v, mergeKey) >= 0 ? inPatch : serverOnly).push(v);
  return [inPatch, serverOnly];
}

/** mergePatchIntoOriginal: lists that come with a `$setElementOrder/<list>` are merged and ordered here. */
function mergeOrderedLists(original: JMap, patch: JMap, schema: SchemaCursor, opts: MergeOptions): void {
  for (const key of Object.keys(patch)) {
    if (!key.startsWith(`${SET_ORDER}/`)) continue;
    const order = patch[key];
    if (!opts.mergeParallelList) {
      if (!(key in original)) original[key] = order;
    }
    delete patch[key];
    if (!Array.isArray(order)) throw new PatchFormatError('invalid patch format of setElementOrder list');
    const field = key.slice(SET_ORDER.length + 1);
    const meta = lookupField(schema, field);
    const mergeKey = meta.mergeKey ?? '';
    const origList = original[field];
    const patchList = patch[field];
    let merged: unknown[];
    if (Array.isArray(origList) && patchList === undefined) merged = origList;
    else if (origList === undefined && Array.isArray(patchList)) merged = removeDirectives(patchList).value as unknown[];
    else if (Array.isArray(origList) && Array.isArray(patchList)) {
      merged = meta.strategy === 'merge' ? mergeSlice(origList, patchList, meta.type, mergeKey, opts, false) : patchList;
    } else continue;
    const [inPatch, serverOnly] = partition(merged, order, mergeKey);
    original[field] = normalizeOrder(inPatch, serverOnly, order, Array.isArray(origList) ? origList : [], mergeKey);
    delete patch[field];
  }
}

function mergeSlice(original: unknown[], patch: unknown[], itemType: SchemaCursor, mergeKey: string, opts: MergeOptions, isDeleteList: boolean): unknown[] {
  if (!original.length && !patch.length) return original;
  const sample = [...original, ...patch][0];
  if (!isMap(sample)) {
    if (Array.isArray(sample)) throw new PatchFormatError('lists of lists are not supported');
    if (opts.mergeParallelList && isDeleteList) return original.filter((v) => !patch.includes(v));
    const merged = dedupe([...original, ...patch]);
    const [inPatch, serverOnly] = partition(merged, patch, '');
    return normalizeOrder(inPatch, serverOnly, patch, original, '');
  }
  if (!mergeKey) throw new PatchFormatError(`cannot merge lists without merge key for ${itemType ?? 'list'}`);
  let orig = [...original];
  const plain: unknown[] = [];
  let replace = false;
  for (const v of patch) {
    if (!isMap(v)) throw new PatchFormatError(`expected a map, but got: ${goString(v)}`);
    if (!(DIRECTIVE in v)) {
      plain.push(v);
      continue;
    }
    const d = v[DIRECTIVE];
    if (d === 'delete') {
      if (!(mergeKey in v)) throw new PatchFormatError(`map: ${goString(v)} does not contain declared merge key: ${mergeKey}`);
      orig = orig.filter((x) => !isMap(x) || x[mergeKey] !== v[mergeKey]);
    } else if (d === 'replace') replace = true;
    else if (d === 'merge') throw new PatchFormatError('merging lists cannot yet be specified in the patch');
    else throw new PatchFormatError(`Unknown patch type: ${d} in map: ${goString(v)}`);
  }
  let patchItems = plain;
  if (replace) {
    orig = plain;
    patchItems = [];
  }
  const serverOrder = [...orig];
  for (const v of patchItems as JMap[]) {
    if (!(mergeKey in v)) throw new PatchFormatError(`map: ${goString(v)} does not contain declared merge key: ${mergeKey}`);
    const i = orig.findIndex((x) => isMap(x) && x[mergeKey] === v[mergeKey]);
    if (i >= 0) orig[i] = strategicMerge(orig[i] as JMap, v, itemType, opts);
    else orig.push(v);
  }
  const [inPatch, serverOnly] = partition(orig, patchItems, mergeKey);
  return normalizeOrder(inPatch, serverOnly, patchItems, serverOrder, mergeKey);
}

function dedupe(list: unknown[]): unknown[] {
  return list.filter((v, i) => list.indexOf(v) === i);
}

/** strategicMerge with malformed-patch errors as values (for kubectl's apply). */
export function tryStrategicMerge(original: JMap, patch: JMap, schema: SchemaCursor, opts: MergeOptions): { ok: true; value: JMap } | { ok: false; error: string } {
  try {
    return { ok: true, value: strategicMerge(original, patch, schema, opts) };
  } catch (e) {
    if (e instanceof PatchFormatError) return { ok: false, error: e.message };
    throw e;
  }
}
