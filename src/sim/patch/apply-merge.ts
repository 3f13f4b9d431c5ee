/**
 * The merge of server-side apply (structured-merge-diff typed/merge.go): the applied
 * configuration is laid over the live object. Maps merge key by key, associative lists item
 * by item on their key fields, sets by value; atomic values and scalars are replaced.
 * List order: live items keep their places, the configuration's new items follow the item
 * they come after in the configuration, and shared items take the configuration's order.
 */
import { deepClone, deepEqual } from '../objects.js';
import { listElements } from '../managed-fields-walk.js';
import { fieldShape, type FieldShape } from '../managed-fields-schema.js';
import type { SchemaCursor } from './strategic-schema.js';

type JMap = Record<string, unknown>;
const isMap = (v: unknown): v is JMap => !!v && typeof v === 'object' && !Array.isArray(v);

/** Merges `config` into `live` (neither is modified). */
export function mergeApplied(live: JMap, config: JMap, root: SchemaCursor): JMap {
  return mergeMaps(live, config, root);
}

function mergeMaps(l: JMap, r: JMap, cursor: SchemaCursor): JMap {
  const out: JMap = { ...l };
  for (const [k, rv] of Object.entries(r)) {
    if (rv === undefined) continue;
    // A null applies as "no value": the typed object drops it (the field decodes to its zero value).
    if (rv === null) {
      delete out[k];
      continue;
    }
    const lv = l[k];
    out[k] = mergeValue(lv, rv, fieldShape(cursor, k, rv ?? lv));
  }
  return out;
}

function mergeValue(l: unknown, r: unknown, shape: FieldShape): unknown {
  if (l === undefined || l === null || r === null) return deepClone(r);
  if (shape.kind === 'map' && isMap(l) && isMap(r)) return mergeMaps(l, r, shape.type);
  if ((shape.kind === 'assoc' || shape.kind === 'set') && Array.isArray(l) && Array.isArray(r)) return mergeLists(l, r, shape);
  return deepClone(r);
}

function mergeItem(l: unknown, r: unknown, shape: FieldShape): unknown {
  if (l === undefined) return deepClone(r);
  if (r === undefined) return l;
  if (shape.kind === 'assoc' && isMap(l) && isMap(r)) return mergeMaps(l, r, shape.itemType);
  return deepClone(r);
}

function mergeLists(l: unknown[], r: unknown[], shape: FieldShape): unknown[] {
  const lhs = listElements(l, shape);
  const rhs = listElements(r, shape);
  const lMap = new Map(lhs);
  const rMap = new Map(rhs);
  // Items without their key fields cannot be matched: keep them as they are.
  const unkeyed = [...l.filter((x) => !lhs.some(([, i]) => i === x)), ...r.filter((x) => !rhs.some(([, i]) => i === x))];
  const shared = rhs.map(([pe]) => pe).filter((pe) => lMap.has(pe));
  let next = shared.shift();
  const done = new Set<string>();
  const out: unknown[] = [];
  let li = 0;
  let ri = 0;
  while (li < lhs.length || ri < rhs.length) {
    if (li < lhs.length && ri < rhs.length) {
      const pe = lhs[li][0];
      if (pe === rhs[ri][0]) {
        done.add(pe);
        out.push(mergeItem(lMap.get(pe), rMap.get(pe), shape));
        li++;
        ri++;
        next = shared.shift();
        continue;
      }
      if (rMap.has(pe) && next !== undefined && next !== pe) {
        // A shared item, but not the next one in the configuration's order.
        li++;
        continue;
      }
    }
    if (li < lhs.length) {
      const pe = lhs[li][0];
      if (!rMap.has(pe)) {
        out.push(lhs[li][1]);
        li++;
        continue;
      } else if (done.has(pe)) li++;
    }
    if (ri < rhs.length) {
      const pe = rhs[ri][0];
      done.add(pe);
      out.push(mergeItem(lMap.get(pe), rMap.get(pe), shape));
      ri++;
      if (next !== undefined && next === pe) next = shared.shift();
    }
  }
  return dedupe([...out, ...unkeyed]);
}

function dedupe(list: unknown[]): unknown[] {
  return list.filter((v, i) => list.findIndex((x) => deepEqual(x, v)) === i);
}
