/**
 * The structural schema server-side apply needs for each field: whether a list is
 * associative (merged item by item on its key fields), a set (items are their own key) or
 * atomic (replaced whole), and whether a map is atomic. Upstream reads this from the
 * OpenAPI extensions `x-kubernetes-list-type`, `x-kubernetes-list-map-keys` and
 * `x-kubernetes-map-type`, which k8s.io/api derives from the `+listType`, `+listMapKey`,
 * `+mapType` / `+structType` markers and from `patchStrategy:"merge"` + `patchMergeKey`.
 * The merge-key knowledge is the strategic-merge table's (patch/strategic-schema.ts); this
 * file adds only what SSA sees differently: lists keyed by several fields and atomic maps.
 */
import { lookupField, schemaForKind, type SchemaCursor } from './patch/strategic-schema.js';

export type FieldShape =
  | { kind: 'scalar' }
  | { kind: 'atomic' }
  | { kind: 'map'; type: SchemaCursor }
  | { kind: 'assoc'; keys: string[]; defaults: Record<string, unknown>; itemType: SchemaCursor }
  | { kind: 'set' };

/**
 * Lists keyed by more than their strategic merge key (`+listMapKey` markers in
 * core/v1/types.go: ContainerPort and ServicePort add `protocol`, defaulted to TCP;
 * TopologySpreadConstraint adds `whenUnsatisfiable`).
 */
const MULTI_KEYS: Record<string, Record<string, { keys: string[]; defaults: Record<string, unknown> }>> = {
  Container: { ports: { keys: ['containerPort', 'protocol'], defaults: { protocol: 'TCP' } } },
  ServiceSpec: { ports: { keys: ['port', 'protocol'], defaults: { protocol: 'TCP' } } },
  PodSpec: { topologySpreadConstraints: { keys: ['topologyKey', 'whenUnsatisfiable'], defaults: {} } },
};

/**
 * Maps owned as a whole: metav1.LabelSelector is `+structType=atomic`, and the selectors of
 * Services and ReplicationControllers are `+mapType=atomic`.
 */
const ATOMIC_MAPS: Record<string, Set<string>> = {
  DeploymentSpec: new Set(['selector']),
  TemplateSpec: new Set(['selector']),
  ServiceSpec: new Set(['selector']),
};

const isMap = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The schema root of an object of `kind`. */
export function rootType(kind: string): SchemaCursor {
  return schemaForKind(kind);
}

/** The shape of `field` inside the struct at `cursor`, given a sample of its value. */
export function fieldShape(cursor: SchemaCursor, field: string, sample: unknown): FieldShape {
  if (Array.isArray(sample)) {
    const meta = lookupField(cursor, field);
    if (meta.strategy !== 'merge') return { kind: 'atomic' };
    const multi = cursor ? MULTI_KEYS[cursor]?.[field] : undefined;
    if (multi) return { kind: 'assoc', keys: multi.keys, defaults: multi.defaults, itemType: meta.type };
    if (meta.mergeKey) return { kind: 'assoc', keys: [meta.mergeKey], defaults: {}, itemType: meta.type };
    return { kind: 'set' };
  }
  if (isMap(sample)) {
    if (cursor && ATOMIC_MAPS[cursor]?.has(field)) return { kind: 'atomic' };
    return { kind: 'map', type: lookupField(cursor, field).type };
  }
  return { kind: 'scalar' };
}

/** The path element of an associative list item (`k:{...}`), or undefined if a key is missing. */
export function itemKey(item: unknown, shape: Extract<FieldShape, { kind: 'assoc' }>): Record<string, unknown> | undefined {
  if (!isMap(item)) return undefined;
  const key: Record<string, unknown> = {};
  for (const k of shape.keys) {
    const v = item[k] ?? shape.defaults[k];
    if (v === undefined) {
      // Optional key fields without a default are left out of the key (fieldpath KeyByFields).
      if (shape.keys.length > 1 && k !== shape.keys[0]) continue;
      return undefined;
    }
    key[k] = v;
  }
  return key;
}
