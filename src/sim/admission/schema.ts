/**
 * The generated OpenAPI field map (src/sim/schema/k8s-schema.json) compiled once into
 * lookup nodes, so the per-write walk does one Map lookup per field and allocates nothing
 * when the object is clean.
 */
import raw from '../schema/k8s-schema.json' with { type: 'json' };

export type ScalarCode = 's' | 'b' | 'i32' | 'i64' | 'f' | 't' | 'x' | 'is' | 'byte' | 'q';

export type TypeNode =
  | { k: 'scalar'; code: ScalarCode; goType: string }
  | { k: 'list'; elem: TypeNode; goType: string }
  | { k: 'map'; elem: TypeNode; goType: string }
  | ModelNode;

export interface ModelNode {
  k: 'model';
  /** Go struct name without package, as encoding/json names it in errors (`DeploymentSpec`). */
  goName: string;
  /** `v1.DeploymentSpec`: the type as reflect prints it. */
  goType: string;
  fields: Map<string, TypeNode>;
}

interface RawSchema { kinds: Record<string, string>; types: Record<string, Record<string, string>> }

/**
 * resource.Quantity fields: the generated map types them as strings, but Quantity's
 * UnmarshalJSON also takes JSON numbers (`cpu: 1`).
 */
const QUANTITY_FIELDS = new Set([
  'V1ResourceRequirements.limits', 'V1ResourceRequirements.requests', 'V1VolumeResourceRequirements.limits',
  'V1VolumeResourceRequirements.requests', 'V1EmptyDirVolumeSource.sizeLimit', 'V1ResourceFieldSelector.divisor',
  'V1NodeStatus.capacity', 'V1NodeStatus.allocatable', 'V1ResourceQuotaSpec.hard', 'V1ResourceQuotaStatus.hard',
  'V1ResourceQuotaStatus.used', 'V1LimitRangeItem.default', 'V1LimitRangeItem.defaultRequest', 'V1LimitRangeItem.max',
  'V1LimitRangeItem.min', 'V1LimitRangeItem.maxLimitRequestRatio', 'V1PodSpec.overhead', 'V1PersistentVolumeSpec.capacity',
  'V1PersistentVolumeClaimStatus.capacity', 'V1PersistentVolumeClaimStatus.allocatedResources', 'V1ContainerStatus.allocatedResources',
]);

const GO_SCALAR: Record<ScalarCode, string> = {
  s: 'string', b: 'bool', i32: 'int32', i64: 'int64', f: 'float64', t: 'v1.Time', x: 'interface {}',
  is: 'intstr.IntOrString', byte: '[]uint8', q: 'resource.Quantity',
};

/** `V1DeploymentSpec` → `DeploymentSpec`, `CoreV1Event` → `Event`, `V2HorizontalPodAutoscaler` → `HorizontalPodAutoscaler`. */
function goStructName(model: string): string {
  return model.replace(/^[A-Z][a-z]*?V\d+(?:alpha\d+|beta\d+)?(?=[A-Z])/, '').replace(/^V\d+(?:alpha\d+|beta\d+)?(?=[A-Z])/, '');
}

const schema = raw as unknown as RawSchema;
const models = new Map<string, ModelNode>();

for (const name of Object.keys(schema.types)) {
  const goName = goStructName(name);
  models.set(name, { k: 'model', goName, goType: `v1.${goName}`, fields: new Map() });
}

function compile(code: string): TypeNode {
  if (code.startsWith('[')) {
    const elem = compile(code.slice(1, -1));
    return { k: 'list', elem, goType: `[]${elem.goType}` };
  }
  if (code.startsWith('{')) {
    const elem = compile(code.slice(1, -1));
    return { k: 'map', elem, goType: `map[string]${elem.goType}` };
  }
  const model = models.get(code);
  if (model) return model;
  const scalar = (code in GO_SCALAR ? code : code === 'V1MicroTime' ? 't' : 'x') as ScalarCode;
  return { k: 'scalar', code: scalar, goType: GO_SCALAR[scalar] };
}

for (const [name, fields] of Object.entries(schema.types)) {
  const node = models.get(name)!;
  for (const [field, code] of Object.entries(fields)) {
    let c = code;
    if (QUANTITY_FIELDS.has(`${name}.${field}`)) c = code.startsWith('{') ? '{q}' : 'q';
    node.fields.set(field, compile(c));
  }
}

const roots = new Map<string, ModelNode>();
for (const [key, model] of Object.entries(schema.kinds)) {
  const node = models.get(model);
  if (node) roots.set(key, node);
}

/** The root model for `apps/v1 Deployment`, or undefined when the schema lacks the kind. */
export function rootModel(apiVersion: string, kind: string): ModelNode | undefined {
  return roots.get(`${apiVersion} ${kind}`);
}
