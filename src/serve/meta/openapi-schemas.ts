/**
 * OpenAPI v3 `components.schemas` generated from the schema the simulator already keeps:
 * field types from src/sim/schema/k8s-schema.json and descriptions / required flags from
 * src/kubectl/explain-data.json (both generated from @kubernetes/client-node, OpenAPI v1.33).
 *
 * Names follow upstream (`io.k8s.api.apps.v1.Deployment`); top-level kinds carry
 * `x-kubernetes-group-version-kind` as an array; IntOrString is referenced through `allOf`
 * as upstream does. The shapes are chosen so that the real kubectl's explain template
 * (staging/src/k8s.io/kubectl/pkg/explain/v2/templates/plaintext.tmpl) prints what our
 * embedded `kubectl explain` prints from the same data:
 * - object-typed fields whose source has no field description (client-node drops them)
 *   are `{$ref, description: <the type's description>}`: the field list shows that text,
 *   and `FIELD:` views resolve the `$ref` and print the type's description once;
 * - Time and primitive-like codes are inline schemas, so no referenced description is added.
 */
import rawExplain from '../../kubectl/explain-data.json' with { type: 'json' };
import rawSchema from '../../sim/schema/k8s-schema.json' with { type: 'json' };
import { lookupField, typeForKind } from '../../sim/index.js';

interface FieldInfo { t: string; d?: string; r?: 1 }
interface TypeInfo { d?: string; f: Record<string, FieldInfo> }
const EXPLAIN = rawExplain as unknown as { kinds: Record<string, string>; types: Record<string, TypeInfo> };
const SCHEMA = rawSchema as unknown as { kinds: Record<string, string>; types: Record<string, Record<string, string>> };

export type Schema = Record<string, unknown>;

const META = 'io.k8s.apimachinery.pkg.apis.meta.v1';
export const INT_OR_STRING = 'io.k8s.apimachinery.pkg.util.intstr.IntOrString';

/** apimachinery meta/v1 types (client-node names them V1<Name> like any other). */
const META_TYPES = new Set([
  'ObjectMeta', 'ListMeta', 'LabelSelector', 'LabelSelectorRequirement', 'ManagedFieldsEntry', 'OwnerReference',
  'Condition', 'MicroTime', 'Time', 'Status', 'StatusDetails', 'StatusCause', 'DeleteOptions', 'Preconditions', 'FieldsV1',
]);
/** core/v1 types that only non-core kinds reach (StorageClass.allowedTopologies). */
const CORE_TYPES = new Set(['TopologySelectorTerm', 'TopologySelectorLabelRequirement']);

/** `V1DeploymentStrategy` → `DeploymentStrategy`, `CoreV1Event` → `Event` (client-node's prefixes off). */
export function shortName(model: string): string {
  return model.replace(/^(?:[A-Z][a-z]+)*V\d+(?:(?:alpha|beta)\d+)?/, '') || model;
}

/** Go package of an API group: `io.k8s.api.<dir>.<version>` with dir `core` for '' and the group's first label otherwise (apiextensions and apiregistration aside). */
function packageOf(group: string, version: string): string {
  // The two groups served by their own apiservers keep those repositories' Go packages.
  if (group === 'apiextensions.k8s.io') return `io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.${version}`;
  if (group === 'apiregistration.k8s.io') return `io.k8s.kube-aggregator.pkg.apis.apiregistration.${version}`;
  return `io.k8s.api.${group === '' ? 'core' : group.split('.')[0]}.${version}`;
}

function children(code: string): string[] {
  const bare = code.replace(/[[\]{}]/g, '');
  return SCHEMA.types[bare] ? [bare] : [];
}

/**
 * Upstream schema name of every client-node model the schema holds. A model belongs to
 * meta/v1 (a fixed list), else to core/v1 if a core kind reaches it, else to the group of
 * the kinds that reach it.
 */
function buildNames(): Map<string, string> {
  const owner = new Map<string, string>();
  const roots = Object.entries(SCHEMA.kinds).map(([gvk, model]) => {
    const [apiVersion] = gvk.split(' ');
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    return { group, version, model };
  });
  // Core kinds first, so shared types (PodSpec under Deployment) stay in core.
  roots.sort((a, b) => (a.group === '' ? 0 : 1) - (b.group === '' ? 0 : 1));
  for (const r of roots) {
    const stack = [r.model];
    while (stack.length) {
      const m = stack.pop()!;
      if (owner.has(m)) continue;
      owner.set(m, packageOf(r.group, r.version));
      for (const code of Object.values(SCHEMA.types[m] ?? {})) stack.push(...children(code));
    }
  }
  const names = new Map<string, string>();
  for (const [model, pkg] of owner) {
    const short = shortName(model);
    const p = META_TYPES.has(short) ? META : CORE_TYPES.has(short) ? packageOf('', 'v1') : pkg;
    names.set(model, `${p}.${short}`);
  }
  names.set('V1MicroTime', `${META}.MicroTime`);
  return names;
}

let NAMES: Map<string, string> | undefined;

/** Upstream schema name of a client-node model, e.g. V1Deployment → io.k8s.api.apps.v1.Deployment. */
export function schemaName(model: string): string | undefined {
  NAMES ??= buildNames();
  return NAMES.get(model);
}

const ref = (model: string) => `#/components/schemas/${schemaName(model)}`;

const PRIMITIVES: Record<string, Schema> = {
  s: { type: 'string' },
  byte: { type: 'string', format: 'byte' },
  t: { type: 'string', format: 'date-time' },
  b: { type: 'boolean' },
  i32: { type: 'integer', format: 'int32' },
  i64: { type: 'integer', format: 'int64' },
  f: { type: 'number', format: 'double' },
  x: {},
};

/** The schema of a type code as a list item or map value (no description). */
function valueSchema(code: string): Schema {
  if (code.startsWith('[')) return { type: 'array', items: valueSchema(code.slice(1, -1)) };
  if (code.startsWith('{')) return { type: 'object', additionalProperties: valueSchema(code.slice(1, -1)) };
  if (code === 'is') return { allOf: [{ $ref: `#/components/schemas/${INT_OR_STRING}` }] };
  if (PRIMITIVES[code]) return { ...PRIMITIVES[code] };
  return schemaName(code) ? { $ref: ref(code) } : {};
}

const elementModel = (code: string): string | undefined => {
  if (code.startsWith('[') || code.startsWith('{')) return elementModel(code.slice(1, -1));
  return EXPLAIN.types[code] ? code : undefined;
};

/** One property: the value schema plus the description explain shows, and patch metadata where known. */
function propertySchema(owner: string, field: string, info: FieldInfo): Schema {
  const s = valueSchema(info.t);
  const model = elementModel(info.t);
  // Same fallback as the embedded explain: a field without its own text shows its type's.
  const description = info.d ?? (model ? EXPLAIN.types[model].d : undefined);
  if (description) s.description = description;
  const patch = lookupField(shortName(owner), field);
  if (patch.mergeKey) s['x-kubernetes-patch-merge-key'] = patch.mergeKey;
  const strategy = [patch.strategy === 'merge' ? 'merge' : undefined, patch.retainKeys ? 'retainKeys' : undefined].filter(Boolean).join(',');
  if (strategy) s['x-kubernetes-patch-strategy'] = strategy;
  return s;
}

/** The kinds (GVKs) whose top-level schema is this model. */
function kindsOf(model: string): { group: string; kind: string; version: string }[] {
  return Object.entries(SCHEMA.kinds).filter(([, m]) => m === model).map(([gvk]) => {
    const [apiVersion, kind] = gvk.split(' ');
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    return { group, kind, version };
  });
}

/** The schema of one client-node model. */
export function modelSchema(model: string): Schema {
  const t = EXPLAIN.types[model];
  const s: Schema = {};
  if (t?.d) s.description = t.d;
  s.type = 'object';
  const fields = t?.f ?? {};
  const properties: Record<string, Schema> = {};
  for (const name of Object.keys(fields).sort()) properties[name] = propertySchema(model, name, fields[name]);
  if (Object.keys(properties).length) s.properties = properties;
  const required = Object.keys(fields).filter((f) => fields[f].r).sort();
  if (required.length) s.required = required;
  const kinds = kindsOf(model);
  if (kinds.length) s['x-kubernetes-group-version-kind'] = kinds;
  return s;
}

/** Every model reachable from `roots` (themselves included). */
export function closure(roots: string[]): string[] {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const m = stack.pop()!;
    if (seen.has(m) || !SCHEMA.types[m]) continue;
    seen.add(m);
    for (const code of Object.values(SCHEMA.types[m])) stack.push(...children(code));
  }
  return [...seen];
}

/** The client-node model of a served kind, e.g. ('apps/v1', 'Deployment') → V1Deployment. */
export function modelOfKind(apiVersion: string, kind: string): string | undefined {
  return typeForKind(apiVersion, kind) ? SCHEMA.kinds[`${apiVersion} ${kind}`] : undefined;
}

/** components.schemas for a set of root models: each reachable model under its upstream name, sorted. */
export function componentSchemas(roots: string[]): Record<string, Schema> {
  const entries: [string, Schema][] = closure(roots).map((m) => [schemaName(m)!, modelSchema(m)]);
  const usesIntOrString = entries.some(([, s]) => JSON.stringify(s).includes(INT_OR_STRING));
  // No description on IntOrString: a `FIELD:` view of maxSurge shows the field's own text only.
  if (usesIntOrString) entries.push([INT_OR_STRING, { format: 'int-or-string', oneOf: [{ type: 'integer' }, { type: 'string' }] }]);
  if (entries.some(([, s]) => JSON.stringify(s).includes(`${META}.MicroTime"`))) entries.push([`${META}.MicroTime`, {}]);
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}
