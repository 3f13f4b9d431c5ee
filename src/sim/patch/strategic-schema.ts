/**
 * Patch metadata of the built-in kinds: which lists merge (and by which key), which maps
 * are replaced or keep only listed keys. Upstream derives this from the Go struct tags
 * `patchStrategy` / `patchMergeKey` in k8s.io/api (core/v1/types.go, apps/v1/types.go,
 * batch/v1/types.go, meta/v1/types.go); this is the same information as data, for the
 * fields the course's kinds carry. Fields not listed have no strategy: maps merge, lists
 * are replaced.
 */

export interface FieldMeta {
  /** `merge` for lists merged by key (or, for lists of scalars, by value); `replace` for maps replaced whole. */
  strategy?: 'merge' | 'replace';
  /** `patchStrategy:"...,retainKeys"`: the diff carries `$retainKeys` for this map / these list items. */
  retainKeys?: boolean;
  /** `patchMergeKey` of a list of objects. */
  mergeKey?: string;
  /** Struct type of the value (or of the list items). */
  type?: string;
}

/** A position in the schema: a struct type name, or undefined where nothing is known. */
export type SchemaCursor = string | undefined;

const merge = (mergeKey: string, type?: string, retainKeys = false): FieldMeta => ({ strategy: 'merge', mergeKey, type, retainKeys });
const struct = (type: string): FieldMeta => ({ type });

const TYPES: Record<string, Record<string, FieldMeta>> = {
  ObjectMeta: {
    ownerReferences: merge('uid'),
    finalizers: { strategy: 'merge' },
  },
  PodTemplateSpec: { metadata: struct('ObjectMeta'), spec: struct('PodSpec') },
  PodSpec: {
    volumes: merge('name', undefined, true),
    initContainers: merge('name', 'Container'),
    containers: merge('name', 'Container'),
    ephemeralContainers: merge('name', 'Container'),
    imagePullSecrets: merge('name'),
    hostAliases: merge('ip'),
    topologySpreadConstraints: merge('topologyKey'),
    resourceClaims: merge('name', undefined, true),
    schedulingGates: merge('name'),
  },
  Container: {
    ports: merge('containerPort'),
    env: merge('name'),
    volumeMounts: merge('mountPath'),
    volumeDevices: merge('devicePath'),
  },
  PodStatus: {
    conditions: merge('type'),
    podIPs: merge('ip'),
    hostIPs: merge('ip'),
    resourceClaimStatuses: merge('name', undefined, true),
  },
  Pod: { metadata: struct('ObjectMeta'), spec: struct('PodSpec'), status: struct('PodStatus') },
  PodTemplate: { metadata: struct('ObjectMeta'), template: struct('PodTemplateSpec') },
  Deployment: { metadata: struct('ObjectMeta'), spec: struct('DeploymentSpec'), status: struct('ConditionsStatus') },
  DeploymentSpec: { template: struct('PodTemplateSpec'), strategy: { retainKeys: true } },
  ReplicaSet: { metadata: struct('ObjectMeta'), spec: struct('TemplateSpec'), status: struct('ConditionsStatus') },
  ReplicationController: { metadata: struct('ObjectMeta'), spec: struct('TemplateSpec'), status: struct('ConditionsStatus') },
  DaemonSet: { metadata: struct('ObjectMeta'), spec: struct('TemplateSpec'), status: struct('ConditionsStatus') },
  StatefulSet: { metadata: struct('ObjectMeta'), spec: struct('TemplateSpec'), status: struct('ConditionsStatus') },
  TemplateSpec: { template: struct('PodTemplateSpec') },
  ConditionsStatus: { conditions: merge('type') },
  Job: { metadata: struct('ObjectMeta'), spec: struct('TemplateSpec'), status: struct('ConditionsStatus') },
  CronJob: { metadata: struct('ObjectMeta'), spec: struct('CronJobSpec') },
  CronJobSpec: { jobTemplate: struct('JobTemplateSpec') },
  JobTemplateSpec: { metadata: struct('ObjectMeta'), spec: struct('TemplateSpec') },
  Service: { metadata: struct('ObjectMeta'), spec: struct('ServiceSpec'), status: struct('ConditionsStatus') },
  ServiceSpec: { ports: merge('port') },
  Node: { metadata: struct('ObjectMeta'), spec: struct('NodeSpec'), status: struct('NodeStatus') },
  NodeSpec: { podCIDRs: { strategy: 'merge' } },
  NodeStatus: { conditions: merge('type'), addresses: merge('type') },
  Namespace: { metadata: struct('ObjectMeta'), status: struct('ConditionsStatus') },
  ServiceAccount: { metadata: struct('ObjectMeta'), secrets: merge('name') },
  PersistentVolumeClaim: { metadata: struct('ObjectMeta'), status: struct('ConditionsStatus') },
  Object: { metadata: struct('ObjectMeta') },
};

/** The schema root for a kind (every kind at least knows its ObjectMeta). */
export function schemaForKind(kind: string): SchemaCursor {
  return TYPES[kind] ? kind : 'Object';
}

/** Patch metadata of `field` inside the struct at `cursor`. */
export function lookupField(cursor: SchemaCursor, field: string): FieldMeta {
  if (!cursor) return {};
  return TYPES[cursor]?.[field] ?? {};
}
