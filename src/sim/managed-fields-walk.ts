/**
 * Walks over objects with the server-side-apply schema: the field set of an object
 * (structured-merge-diff typed/tofieldset.go), the comparison of two versions (typed/compare.go)
 * and the removal of a set's fields from an object (typed/remove.go).
 */
import { deepEqual } from './objects.js';
import { emptySet, fieldPE, insertPath, keyPE, valuePE, type FieldPath, type FieldSet } from './managed-fields-set.js';
import { fieldShape, itemKey, type FieldShape } from './managed-fields-schema.js';
import type { SchemaCursor } from './patch/strategic-schema.js';

type JMap = Record<string, unknown>;
const isMap = (v: unknown): v is JMap => !!v && typeof v === 'object' && !Array.isArray(v);

/** The path element of each list item that has one (items without their key fields are skipped). */
export function listElements(list: unknown[], shape: FieldShape): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const item of list) {
    if (shape.kind === 'set') out.push([valuePE(item), item]);
    else if (shape.kind === 'assoc') {
      const key = itemKey(item, shape);
      if (key) out.push([keyPE(key), item]);
    }
  }
  return out;
}

/** The cursor to walk a list item (or map value) with. */
function itemCursor(shape: FieldShape): SchemaCursor {
  return shape.kind === 'assoc' ? shape.itemType : shape.kind === 'map' ? shape.type : undefined;
}

// --- ToFieldSet -------------------------------------------------------------------------

/** Every field `obj` sets: leaves, empty maps, atomic values, and each list item itself. */
export function toFieldSet(obj: JMap, root: SchemaCursor): FieldSet {
  const set = emptySet();
  visitMap(obj, root, [], set);
  return set;
}

function visitMap(m: JMap, cursor: SchemaCursor, path: string[], set: FieldSet): void {
  for (const [k, v] of Object.entries(m)) {
    if (v === undefined) continue;
    const p = [...path, fieldPE(k)];
    const shape = fieldShape(cursor, k, v);
    visitValue(v, shape, p, set);
    if (v === null || (isMap(v) && !Object.keys(v).length)) insertPath(set, p);
  }
}

function visitValue(v: unknown, shape: FieldShape, path: string[], set: FieldSet): void {
  switch (shape.kind) {
    case 'scalar':
    case 'atomic':
      insertPath(set, path);
      return;
    case 'map':
      visitMap(v as JMap, shape.type, path, set);
      return;
    case 'set':
    case 'assoc':
      for (const [pe, item] of listElements(v as unknown[], shape)) {
        const p = [...path, pe];
        if (shape.kind === 'assoc' && isMap(item)) visitMap(item, shape.itemType, p, set);
        insertPath(set, p);
      }
  }
}

// --- Compare ----------------------------------------------------------------------------

export interface Comparison {
  added: FieldSet;
  modified: FieldSet;
  removed: FieldSet;
}

/**
 * What changed from `lhs` to `rhs`. A map or list that appears or disappears is itself
 * added or removed (hence the `.` entries in managedFields for maps and items a write
 * created); leaves, atomic values and empty values are compared as wholes.
 */
export function compareObjects(lhs: JMap, rhs: JMap, root: SchemaCursor): Comparison {
  const c: Comparison = { added: emptySet(), modified: emptySet(), removed: emptySet() };
  compareMaps(lhs, rhs, root, [], c);
  return c;
}

function shapeOf(cursor: SchemaCursor, field: string, l: unknown, r: unknown): FieldShape {
  return fieldShape(cursor, field, l === undefined || l === null ? r : l);
}

/** One node: undefined = absent (Go nil), null = an explicit null value. */
function compareNode(l: unknown, r: unknown, shape: FieldShape, path: FieldPath, c: Comparison): void {
  // deduceAtom: an absent or null side takes the other side's form.
  const sameKind = l === undefined || r === undefined || l === null || r === null || (Array.isArray(l) === Array.isArray(r) && isMap(l) === isMap(r));
  let inLeaf = false;
  const leaf = () => {
    inLeaf = true;
    if (l === undefined) insertPath(c.added, path);
    else if (r === undefined) insertPath(c.removed, path);
    else if (!deepEqual(l, r)) insertPath(c.modified, path);
  };
  if (!sameKind || shape.kind === 'scalar' || shape.kind === 'atomic') leaf();
  else if (shape.kind === 'map') {
    const lm = isMap(l) ? l : undefined;
    const rm = isMap(r) ? r : undefined;
    if ((!lm || !Object.keys(lm).length) && (!rm || !Object.keys(rm).length)) leaf();
    else compareMaps(lm ?? {}, rm ?? {}, shape.type, path, c);
  } else {
    const ll = Array.isArray(l) ? l : undefined;
    const rl = Array.isArray(r) ? r : undefined;
    if (!ll?.length && !rl?.length) leaf();
    else compareLists(ll ?? [], rl ?? [], shape, path, c);
  }
  if (!inLeaf) {
    if (l === undefined) insertPath(c.added, path);
    else if (r === undefined) insertPath(c.removed, path);
  }
}

function compareMaps(l: JMap, r: JMap, cursor: SchemaCursor, path: FieldPath, c: Comparison): void {
  for (const k of new Set([...Object.keys(l), ...Object.keys(r)])) {
    const lv = l[k];
    const rv = r[k];
    if (lv === undefined && rv === undefined) continue;
    compareNode(lv, rv, shapeOf(cursor, k, lv, rv), [...path, fieldPE(k)], c);
  }
}

function compareLists(l: unknown[], r: unknown[], shape: FieldShape, path: FieldPath, c: Comparison): void {
  const left = new Map<string, unknown[]>();
  const right = new Map<string, unknown[]>();
  const order: string[] = [];
  for (const [pe, item] of listElements(l, shape)) {
    if (!left.has(pe)) order.push(pe);
    left.set(pe, [...(left.get(pe) ?? []), item]);
  }
  for (const [pe, item] of listElements(r, shape)) {
    if (!left.has(pe) && !right.has(pe)) order.push(pe);
    right.set(pe, [...(right.get(pe) ?? []), item]);
  }
  const itemShape: FieldShape = shape.kind === 'assoc' ? { kind: 'map', type: itemCursor(shape) } : { kind: 'scalar' };
  for (const pe of order) {
    const ls = left.get(pe) ?? [];
    const rs = right.get(pe) ?? [];
    const p = [...path, pe];
    if (ls.length <= 1 && rs.length <= 1) compareNode(ls[0], rs[0], itemShape, p, c);
    else if (ls.length >= 2 && rs.length >= 2) {
      if (!deepEqual(ls, rs)) insertPath(c.modified, p);
    } else if (ls.length >= 2) {
      if (rs.length) compareNode(undefined, rs[0], itemShape, p, c);
      insertPath(c.removed, p);
    } else {
      if (ls.length) compareNode(ls[0], undefined, itemShape, p, c);
      insertPath(c.added, p);
    }
  }
}

// --- RemoveItems ------------------------------------------------------------------------

/** A copy of `obj` without the members of `set` (a removed map or item goes with its contents). */
export function removeItems(obj: JMap, set: FieldSet, root: SchemaCursor): JMap {
  return removeFromMap(obj, set, root);
}

function removeFromMap(m: JMap, set: FieldSet, cursor: SchemaCursor): JMap {
  const out: JMap = {};
  for (const [k, v] of Object.entries(m)) {
    const pe = fieldPE(k);
    if (set.members.has(pe)) continue;
    const sub = set.children.get(pe);
    out[k] = sub ? removeFromValue(v, sub, fieldShape(cursor, k, v)) : v;
  }
  return out;
}

function removeFromValue(v: unknown, set: FieldSet, shape: FieldShape): unknown {
  if (shape.kind === 'map' && isMap(v)) return removeFromMap(v, set, shape.type);
  if ((shape.kind === 'assoc' || shape.kind === 'set') && Array.isArray(v)) {
    const out: unknown[] = [];
    for (const item of v) {
      const [entry] = listElements([item], shape);
      if (!entry) {
        out.push(item);
        continue;
      }
      const [pe] = entry;
      if (set.members.has(pe)) continue;
      const sub = set.children.get(pe);
      out.push(sub && isMap(item) && shape.kind === 'assoc' ? removeFromMap(item, sub, shape.itemType) : item);
    }
    return out;
  }
  return v;
}
