/**
 * Field sets for server-side apply: which fields of an object a manager owns
 * (sigs.k8s.io/structured-merge-diff fieldpath.Set). A set is a trie keyed by path elements
 * in their FieldsV1 spelling — `f:<field>`, `k:{"name":"x"}` (associative list item by its
 * keys), `v:<json>` (set item), `i:<n>` (list index) — where each level knows which of its
 * elements are members themselves. FieldsV1 writes a member that also has children as
 * `".": {}` inside the child (fieldpath/serialize.go).
 */

export interface FieldSet {
  /** Path elements at this level that are in the set themselves. */
  members: Set<string>;
  /** Path elements at this level with members below them. */
  children: Map<string, FieldSet>;
}

export type FieldPath = readonly string[];

/** An empty set. */
export function emptySet(): FieldSet {
  return { members: new Set(), children: new Map() };
}

/** True if the set has no members at any depth. */
export function isEmptySet(s: FieldSet): boolean {
  if (s.members.size) return false;
  for (const c of s.children.values()) if (!isEmptySet(c)) return false;
  return true;
}

/** Adds `path` as a member. The empty path (the object itself) is not representable and ignored. */
export function insertPath(s: FieldSet, path: FieldPath): void {
  if (!path.length) return;
  let cur = s;
  for (let i = 0; i < path.length - 1; i++) {
    let next = cur.children.get(path[i]);
    if (!next) {
      next = emptySet();
      cur.children.set(path[i], next);
    }
    cur = next;
  }
  cur.members.add(path[path.length - 1]);
}

/** True if `path` is a member. */
export function hasPath(s: FieldSet, path: FieldPath): boolean {
  let cur: FieldSet | undefined = s;
  for (let i = 0; i < path.length - 1 && cur; i++) cur = cur.children.get(path[i]);
  return !!cur && path.length > 0 && cur.members.has(path[path.length - 1]);
}

/** The subtree below `pe`, if any. */
export function childSet(s: FieldSet, pe: string): FieldSet | undefined {
  return s.children.get(pe);
}

function prune(s: FieldSet): FieldSet {
  for (const [k, c] of s.children) if (isEmptySet(c)) s.children.delete(k);
  return s;
}

/** a ∪ b (new set). */
export function union(a: FieldSet, b: FieldSet): FieldSet {
  const out: FieldSet = { members: new Set([...a.members, ...b.members]), children: new Map() };
  for (const k of new Set([...a.children.keys(), ...b.children.keys()])) {
    out.children.set(k, union(a.children.get(k) ?? emptySet(), b.children.get(k) ?? emptySet()));
  }
  return prune(out);
}

/** a ∩ b (new set). */
export function intersection(a: FieldSet, b: FieldSet): FieldSet {
  const out: FieldSet = { members: new Set([...a.members].filter((m) => b.members.has(m))), children: new Map() };
  for (const [k, c] of a.children) {
    const o = b.children.get(k);
    if (o) out.children.set(k, intersection(c, o));
  }
  return prune(out);
}

/** a − b (new set): removes b's members only, not whole subtrees (fieldpath Set.Difference). */
export function difference(a: FieldSet, b: FieldSet): FieldSet {
  const out: FieldSet = { members: new Set([...a.members].filter((m) => !b.members.has(m))), children: new Map() };
  for (const [k, c] of a.children) {
    const o = b.children.get(k);
    out.children.set(k, o ? difference(c, o) : union(c, emptySet()));
  }
  return prune(out);
}

/** Every member path, depth first in element order. */
export function memberPaths(s: FieldSet, prefix: FieldPath = []): string[][] {
  const out: string[][] = [];
  for (const pe of sortElements(new Set([...s.members, ...s.children.keys()]))) {
    if (s.members.has(pe)) out.push([...prefix, pe]);
    const c = s.children.get(pe);
    if (c) out.push(...memberPaths(c, [...prefix, pe]));
  }
  return out;
}

const RANK: Record<string, number> = { f: 0, k: 1, v: 2, i: 3 };

/** Path elements in fieldpath order: field names, then keys, then values, then indexes. */
export function sortElements(pes: Iterable<string>): string[] {
  return [...pes].sort((a, b) => {
    const r = (RANK[a[0]] ?? 9) - (RANK[b[0]] ?? 9);
    if (r) return r;
    if (a[0] === 'i') return Number(a.slice(2)) - Number(b.slice(2));
    return a < b ? -1 : a > b ? 1 : 0;
  });
}

/** The FieldsV1 JSON form of a set. */
export function toFieldsV1(s: FieldSet, includeSelf = false): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (includeSelf && (s.members.size || s.children.size)) out['.'] = {};
  for (const pe of sortElements(new Set([...s.members, ...s.children.keys()]))) {
    const c = s.children.get(pe);
    out[pe] = c ? toFieldsV1(c, s.members.has(pe)) : {};
  }
  return out;
}

/** Reads a FieldsV1 JSON value back into a set (unknown shapes are skipped). */
export function fromFieldsV1(v: unknown): FieldSet {
  const s = emptySet();
  if (!v || typeof v !== 'object' || Array.isArray(v)) return s;
  for (const [pe, sub] of Object.entries(v as Record<string, unknown>)) {
    if (pe === '.') continue;
    const subObj = sub && typeof sub === 'object' && !Array.isArray(sub) ? (sub as Record<string, unknown>) : {};
    const keys = Object.keys(subObj);
    if (!keys.length) {
      s.members.add(pe);
      continue;
    }
    if ('.' in subObj) s.members.add(pe);
    const child = fromFieldsV1(subObj);
    if (!isEmptySet(child)) s.children.set(pe, child);
  }
  return s;
}

/** A value as structured-merge-diff's value.ToString prints it in paths (strings quoted). */
function valueText(v: unknown): string {
  return typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v) ?? 'null';
}

/** `.spec.template.spec.containers[name="nginx"].image` (fieldpath.Path.String). */
export function pathString(path: FieldPath): string {
  let out = '';
  for (const pe of path) {
    const body = pe.slice(2);
    switch (pe[0]) {
      case 'f':
        out += `.${body}`;
        break;
      case 'k': {
        const key = JSON.parse(body) as Record<string, unknown>;
        out += `[${Object.keys(key).map((k) => `${k}=${valueText(key[k])}`).join(',')}]`;
        break;
      }
      case 'v':
        out += `[=${valueText(JSON.parse(body))}]`;
        break;
      case 'i':
        out += `[${body}]`;
        break;
    }
  }
  return out;
}

/** A field-name path element. */
export const fieldPE = (name: string): string => `f:${name}`;

/** An associative-list item element: keys serialised in sorted order, as fieldpath does. */
export function keyPE(fields: Record<string, unknown>): string {
  const sorted: Record<string, unknown> = {};
  for (const k of Object.keys(fields).sort()) sorted[k] = fields[k];
  return `k:${JSON.stringify(sorted)}`;
}

/** A set item element. */
export const valuePE = (v: unknown): string => `v:${JSON.stringify(v)}`;
