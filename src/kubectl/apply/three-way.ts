/**
 * kubectl's client-side apply patch: CreateThreeWayMergePatch from
 * k8s.io/apimachinery pkg/util/strategicpatch/patch.go. The patch is the difference from
 * the live object to the new configuration without deletions ("delta"), plus what was
 * removed from the last-applied configuration ("deletions"), merged.
 */
import { lookupField, tryStrategicMerge, type SchemaCursor } from '../../sim/index.js';

type JMap = Record<string, unknown>;

interface DiffOptions {
  ignoreDeletions: boolean;
  ignoreChangesAndAdditions: boolean;
  setElementOrder: boolean;
  buildRetainKeys: boolean;
}

const isMap = (v: unknown): v is JMap => !!v && typeof v === 'object' && !Array.isArray(v);
const goKind = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'slice' : isMap(v) ? 'map' : typeof v);
/** fmt.Sprintf("%v") of a merge-key value or scalar, which upstream sorts and compares by. */
const str = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(canon(a)) === JSON.stringify(canon(b));
}
function canon(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canon);
  if (isMap(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canon(v[k])]));
  return v;
}

function diffMaps(original: JMap, modified: JMap, schema: SchemaCursor, opts: DiffOptions): JMap {
  const patch: JMap = {};
  const retainKeys: string[] = [];
  for (const [key, mod] of Object.entries(modified)) {
    if (opts.buildRetainKeys && mod !== null) retainKeys.push(key);
    if (!(key in original)) {
      if (!opts.ignoreChangesAndAdditions) patch[key] = mod;
      continue;
    }
    const orig = original[key];
    if (key === '$patch') {
      if (orig !== mod) patch[key] = mod;
      continue;
    }
    if (goKind(orig) !== goKind(mod)) {
      if (!opts.ignoreChangesAndAdditions) patch[key] = mod;
      continue;
    }
    const meta = lookupField(schema, key);
    if (isMap(orig)) {
      const sub = { ...opts, buildRetainKeys: !!meta.retainKeys };
      if (meta.strategy === 'replace') {
        if (!opts.ignoreChangesAndAdditions) patch[key] = mod;
      } else {
        const p = diffMaps(orig, mod as JMap, meta.type, sub);
        if (Object.keys(p).length) patch[key] = p;
      }
    } else if (Array.isArray(orig)) {
      if (meta.strategy === 'merge') {
        const sub = { ...opts, buildRetainKeys: !!meta.retainKeys };
        const { add, del, order } = diffLists(orig, mod as unknown[], meta.type, meta.mergeKey ?? '', sub);
        if (add.length) patch[key] = add;
        if (del.length) patch[`$deleteFromPrimitiveList/${key}`] = del;
        if (order.length) patch[`$setElementOrder/${key}`] = order;
      } else if (!opts.ignoreChangesAndAdditions && !deepEqual(orig, mod)) patch[key] = mod;
    } else if (!opts.ignoreChangesAndAdditions && !deepEqual(orig, mod)) patch[key] = mod;
  }
  if (!opts.ignoreDeletions) {
    for (const key of Object.keys(original)) if (!(key in modified)) patch[key] = null;
  }
  const hasAdditional = Object.entries(original).some(([k, v]) => v !== null && !(k in modified));
  if (retainKeys.length && (Object.keys(patch).length || hasAdditional)) patch.$retainKeys = [...retainKeys].sort();
  return patch;
}

const sortScalars = (l: unknown[]) => [...l].sort((a, b) => (str(a) < str(b) ? -1 : str(a) > str(b) ? 1 : 0));

function sortByOrder(toSort: unknown[], order: unknown[], mergeKey: string): unknown[] {
  const key = (x: unknown) => (mergeKey ? (x as JMap)[mergeKey] : x);
  const idx = (x: unknown) => order.findIndex((o) => key(o) === key(x));
  const deletes = mergeKey ? toSort.filter((x) => (x as JMap).$patch === 'delete') : [];
  const items = mergeKey ? toSort.filter((x) => (x as JMap).$patch !== 'delete') : [...toSort];
  for (let i = 1; i < items.length; i++) {
    for (let j = i; j > 0; j--) {
      const a = idx(items[j]);
      const b = idx(items[j - 1]);
      if (!(a >= 0 && b >= 0 ? a < b : true)) break;
      [items[j], items[j - 1]] = [items[j - 1], items[j]];
    }
  }
  return [...items, ...deletes];
}

function diffLists(original: unknown[], modified: unknown[], schema: SchemaCursor, mergeKey: string, opts: DiffOptions): { add: unknown[]; del: unknown[]; order: unknown[] } {
  if (!original.length) {
    if (!modified.length || opts.ignoreChangesAndAdditions) return { add: [], del: [], order: [] };
    return { add: modified, del: [], order: [] };
  }
  const sample = [...original, ...modified][0];
  if (isMap(sample)) {
    const { add, del } = diffListsOfMaps(original, modified, schema, mergeKey, opts);
    const sorted = [...sortByOrder(add, modified, mergeKey), ...del];
    const orderSame = original.length === modified.length && modified.every((m, i) => (original[i] as JMap)[mergeKey] === (m as JMap)[mergeKey]);
    let order: unknown[] = [];
    if (opts.setElementOrder && ((!opts.ignoreChangesAndAdditions && (sorted.length > 0 || !orderSame)) || (!opts.ignoreDeletions && sorted.length > 0))) {
      order = modified.map((m) => ({ [mergeKey]: (m as JMap)[mergeKey] }));
    }
    return { add: sorted, del: [], order };
  }
  // Lists of scalars: compare the sorted lists.
  const o = sortScalars(original);
  const m = sortScalars(modified);
  const add: unknown[] = [];
  const del: unknown[] = [];
  let i = 0;
  let j = 0;
  while (i < o.length || j < m.length) {
    const os = i < o.length ? str(o[i]) : undefined;
    const ms = j < m.length ? str(m[j]) : undefined;
    if (os !== undefined && ms !== undefined && os === ms) {
      i++;
      j++;
    } else if (os === undefined || (ms !== undefined && os > ms)) {
      if (!opts.ignoreChangesAndAdditions) add.push(m[j]);
      j++;
    } else {
      if (!opts.ignoreDeletions) del.push(o[i]);
      i++;
    }
  }
  const dedDel = del.filter((v, k) => del.indexOf(v) === k);
  const sortedAdd = sortByOrder(add, modified, '');
  let order: unknown[] = [];
  if (opts.setElementOrder && ((!opts.ignoreDeletions && dedDel.length) || (!opts.ignoreChangesAndAdditions && !deepEqual(original, modified)))) order = modified;
  return { add: sortedAdd, del: dedDel, order };
}

function diffListsOfMaps(original: unknown[], modified: unknown[], schema: SchemaCursor, mergeKey: string, opts: DiffOptions): { add: unknown[]; del: unknown[] } {
  const byKey = (l: unknown[]) => [...l].sort((a, b) => {
    const x = str((a as JMap)[mergeKey]);
    const y = str((b as JMap)[mergeKey]);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const o = byKey(original) as JMap[];
  const m = byKey(modified) as JMap[];
  const add: unknown[] = [];
  const del: unknown[] = [];
  let i = 0;
  let j = 0;
  while (i < o.length || j < m.length) {
    const os = i < o.length ? str(o[i][mergeKey]) : undefined;
    const ms = j < m.length ? str(m[j][mergeKey]) : undefined;
    if (os !== undefined && ms !== undefined && os === ms) {
      const p = diffMaps(o[i], m[j], schema, opts);
      if (Object.keys(p).length) {
        p[mergeKey] = m[j][mergeKey];
        add.push(p);
      }
      i++;
      j++;
    } else if (os === undefined || (ms !== undefined && os > ms)) {
      if (!opts.ignoreChangesAndAdditions) add.push(m[j]);
      j++;
    } else {
      if (!opts.ignoreDeletions) del.push({ [mergeKey]: o[i][mergeKey], $patch: 'delete' });
      i++;
    }
  }
  return { add, del };
}

export type ThreeWayResult = { ok: true; patch: JMap } | { ok: false; error: string };

/**
 * The strategic merge patch that takes `current` (live) to `modified` (new config),
 * deleting what `original` (last-applied) had and `modified` no longer has.
 * kubectl calls this with overwrite=true, so no conflict check is made.
 */
export function threeWayMergePatch(original: JMap, modified: JMap, current: JMap, schema: SchemaCursor): ThreeWayResult {
  const delta = diffMaps(current, modified, schema, { ignoreDeletions: true, ignoreChangesAndAdditions: false, setElementOrder: true, buildRetainKeys: false });
  const deletions = diffMaps(original, modified, schema, { ignoreDeletions: false, ignoreChangesAndAdditions: true, setElementOrder: true, buildRetainKeys: false });
  const merged = tryStrategicMerge(deletions, delta, schema, { mergeParallelList: false, ignoreUnmatchedNulls: false });
  if (!merged.ok) return merged;
  return { ok: true, patch: merged.value };
}

/** JSON with keys sorted at every level, as Go's json.Marshal writes a map. */
export function sortedJson(v: unknown): string {
  return JSON.stringify(canon(v));
}

/** CreateTwoWayMergePatch: the strategic patch from `original` to `modified` (set image/env, edit). */
export function twoWayMergePatch(original: JMap, modified: JMap, schema: SchemaCursor): JMap {
  return diffMaps(original, modified, schema, { ignoreDeletions: false, ignoreChangesAndAdditions: false, setElementOrder: true, buildRetainKeys: false });
}
