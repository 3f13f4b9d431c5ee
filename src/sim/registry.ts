/**
 * The kinds the simulated API server serves: one row per resource, as discovery
 * (`kubectl api-resources`) would list it. Other parts add kinds by adding a row here.
 */

export interface ResourceType {
  group: string; // '' for the core group
  version: string;
  kind: string;
  plural: string;
  singular: string;
  shortNames: string[];
  namespaced: boolean;
  verbs: string[];
  categories?: string[];
  subresources?: string[];
}

const RW = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

function row(
  group: string, version: string, kind: string, plural: string, namespaced: boolean,
  shortNames: string[] = [], extra: Partial<ResourceType> = {},
): ResourceType {
  return { group, version, kind, plural, singular: kind.toLowerCase(), shortNames, namespaced, verbs: RW, ...extra };
}

const CREATE = ['create'];
// `api-extensions` is the category of the kinds that extend the API (their storages' Categories()).
const EXTENSIONS = { categories: ['api-extensions'] };

/**
 * Every resource type kube-apiserver v1.33 serves with its default group versions (what kind
 * v1.33.1 lists; beta and alpha APIs are off by default, pkg/controlplane/apiserver/options and
 * pkg/controlplane/instance.go), core group first, then by group; a group's preferred version
 * first. Short names and categories are the storages' ShortNames()/Categories()
 * (pkg/registry/<group>/<resource>/storage/storage.go), verbs the REST interfaces they implement.
 */
export const RESOURCE_TYPES: ResourceType[] = [
  row('', 'v1', 'Binding', 'bindings', true, [], { verbs: CREATE }),
  row('', 'v1', 'ComponentStatus', 'componentstatuses', false, ['cs'], { verbs: ['get', 'list'] }),
  row('', 'v1', 'ConfigMap', 'configmaps', true, ['cm']),
  row('', 'v1', 'Endpoints', 'endpoints', true, ['ep']),
  row('', 'v1', 'Event', 'events', true, ['ev']),
  row('', 'v1', 'LimitRange', 'limitranges', true, ['limits']),
  row('', 'v1', 'Namespace', 'namespaces', false, ['ns'], { verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'], subresources: ['status', 'finalize'] }),
  row('', 'v1', 'Node', 'nodes', false, ['no'], { subresources: ['status', 'proxy'] }),
  row('', 'v1', 'PersistentVolumeClaim', 'persistentvolumeclaims', true, ['pvc'], { subresources: ['status'] }),
  row('', 'v1', 'PersistentVolume', 'persistentvolumes', false, ['pv'], { subresources: ['status'] }),
  row('', 'v1', 'Pod', 'pods', true, ['po'], { categories: ['all'], subresources: ['status', 'log', 'exec', 'eviction', 'binding', 'attach', 'portforward', 'proxy', 'ephemeralcontainers', 'resize'] }),
  row('', 'v1', 'PodTemplate', 'podtemplates', true),
  row('', 'v1', 'ReplicationController', 'replicationcontrollers', true, ['rc'], { categories: ['all'], subresources: ['status', 'scale'] }),
  row('', 'v1', 'ResourceQuota', 'resourcequotas', true, ['quota'], { subresources: ['status'] }),
  row('', 'v1', 'Secret', 'secrets', true),
  row('', 'v1', 'ServiceAccount', 'serviceaccounts', true, ['sa'], { subresources: ['token'] }),
  row('', 'v1', 'Service', 'services', true, ['svc'], { categories: ['all'], subresources: ['status', 'proxy'] }),
  row('admissionregistration.k8s.io', 'v1', 'MutatingWebhookConfiguration', 'mutatingwebhookconfigurations', false, [], EXTENSIONS),
  row('admissionregistration.k8s.io', 'v1', 'ValidatingAdmissionPolicy', 'validatingadmissionpolicies', false, [], { ...EXTENSIONS, subresources: ['status'] }),
  row('admissionregistration.k8s.io', 'v1', 'ValidatingAdmissionPolicyBinding', 'validatingadmissionpolicybindings', false, [], EXTENSIONS),
  row('admissionregistration.k8s.io', 'v1', 'ValidatingWebhookConfiguration', 'validatingwebhookconfigurations', false, [], EXTENSIONS),
  row('apiextensions.k8s.io', 'v1', 'CustomResourceDefinition', 'customresourcedefinitions', false, ['crd', 'crds'], { ...EXTENSIONS, subresources: ['status'] }),
  row('apiregistration.k8s.io', 'v1', 'APIService', 'apiservices', false, [], { ...EXTENSIONS, subresources: ['status'] }),
  row('apps', 'v1', 'ControllerRevision', 'controllerrevisions', true),
  row('apps', 'v1', 'DaemonSet', 'daemonsets', true, ['ds'], { categories: ['all'], subresources: ['status'] }),
  row('apps', 'v1', 'Deployment', 'deployments', true, ['deploy'], { categories: ['all'], subresources: ['status', 'scale'] }),
  row('apps', 'v1', 'ReplicaSet', 'replicasets', true, ['rs'], { categories: ['all'], subresources: ['status', 'scale'] }),
  row('apps', 'v1', 'StatefulSet', 'statefulsets', true, ['sts'], { categories: ['all'], subresources: ['status', 'scale'] }),
  row('authentication.k8s.io', 'v1', 'SelfSubjectReview', 'selfsubjectreviews', false, [], { verbs: CREATE }),
  row('authentication.k8s.io', 'v1', 'TokenReview', 'tokenreviews', false, [], { verbs: CREATE }),
  row('authorization.k8s.io', 'v1', 'LocalSubjectAccessReview', 'localsubjectaccessreviews', true, [], { verbs: CREATE }),
  row('authorization.k8s.io', 'v1', 'SelfSubjectAccessReview', 'selfsubjectaccessreviews', false, [], { verbs: CREATE }),
  row('authorization.k8s.io', 'v1', 'SelfSubjectRulesReview', 'selfsubjectrulesreviews', false, [], { verbs: CREATE }),
  row('authorization.k8s.io', 'v1', 'SubjectAccessReview', 'subjectaccessreviews', false, [], { verbs: CREATE }),
  row('autoscaling', 'v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers', true, ['hpa'], { categories: ['all'], subresources: ['status'] }),
  // Served in v1 too, converted from the v2 storage version (src/sim/conversion).
  row('autoscaling', 'v1', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers', true, ['hpa'], { categories: ['all'], subresources: ['status'] }),
  row('batch', 'v1', 'CronJob', 'cronjobs', true, ['cj'], { categories: ['all'], subresources: ['status'] }),
  row('batch', 'v1', 'Job', 'jobs', true, [], { categories: ['all'], subresources: ['status'] }),
  row('certificates.k8s.io', 'v1', 'CertificateSigningRequest', 'certificatesigningrequests', false, ['csr'], { subresources: ['status', 'approval'] }),
  row('coordination.k8s.io', 'v1', 'Lease', 'leases', true),
  row('discovery.k8s.io', 'v1', 'EndpointSlice', 'endpointslices', true),
  row('events.k8s.io', 'v1', 'Event', 'events', true, ['ev']),
  row('flowcontrol.apiserver.k8s.io', 'v1', 'FlowSchema', 'flowschemas', false, [], { subresources: ['status'] }),
  row('flowcontrol.apiserver.k8s.io', 'v1', 'PriorityLevelConfiguration', 'prioritylevelconfigurations', false, [], { subresources: ['status'] }),
  row('networking.k8s.io', 'v1', 'IngressClass', 'ingressclasses', false),
  row('networking.k8s.io', 'v1', 'Ingress', 'ingresses', true, ['ing'], { subresources: ['status'] }),
  row('networking.k8s.io', 'v1', 'IPAddress', 'ipaddresses', false, ['ip']),
  row('networking.k8s.io', 'v1', 'NetworkPolicy', 'networkpolicies', true, ['netpol']),
  row('networking.k8s.io', 'v1', 'ServiceCIDR', 'servicecidrs', false, [], { subresources: ['status'] }),
  row('node.k8s.io', 'v1', 'RuntimeClass', 'runtimeclasses', false),
  row('policy', 'v1', 'PodDisruptionBudget', 'poddisruptionbudgets', true, ['pdb'], { subresources: ['status'] }),
  row('rbac.authorization.k8s.io', 'v1', 'ClusterRoleBinding', 'clusterrolebindings', false),
  row('rbac.authorization.k8s.io', 'v1', 'ClusterRole', 'clusterroles', false),
  row('rbac.authorization.k8s.io', 'v1', 'RoleBinding', 'rolebindings', true),
  row('rbac.authorization.k8s.io', 'v1', 'Role', 'roles', true),
  row('scheduling.k8s.io', 'v1', 'PriorityClass', 'priorityclasses', false, ['pc']),
  row('storage.k8s.io', 'v1', 'CSIDriver', 'csidrivers', false),
  row('storage.k8s.io', 'v1', 'CSINode', 'csinodes', false),
  row('storage.k8s.io', 'v1', 'CSIStorageCapacity', 'csistoragecapacities', true),
  row('storage.k8s.io', 'v1', 'StorageClass', 'storageclasses', false, ['sc']),
  row('storage.k8s.io', 'v1', 'VolumeAttachment', 'volumeattachments', false, [], { subresources: ['status'] }),
];

/**
 * Kinds that exist only as a subresource's body, never as a resource of their own: discovery
 * and `kubectl get` do not know them, but typeForKind does (for printing and schemas).
 * TokenRequest is the `serviceaccounts/token` subresource (pkg/registry/core/serviceaccount/storage/token.go).
 */
export const SUBRESOURCE_KINDS: ResourceType[] = [
  row('authentication.k8s.io', 'v1', 'TokenRequest', 'tokenrequests', true, [], { verbs: CREATE }),
];

/** The TokenRequest kind (`kubectl create token -o yaml` prints one). */
export const TOKEN_REQUEST_TYPE: ResourceType = SUBRESOURCE_KINDS[0];

/** `apps/v1` or `v1`. */
export function groupVersion(t: ResourceType): string {
  return t.group ? `${t.group}/${t.version}` : t.version;
}

/** `deployments.apps`, `pods`: how API errors name a resource. */
export function qualifiedResource(t: { plural: string; group: string }): string {
  return t.group ? `${t.plural}.${t.group}` : t.plural;
}

/** Storage key of a resource type; `events.k8s.io` Events share the core Events' storage. */
export function storageKey(t: ResourceType): string {
  if (t.kind === 'Event') return 'events';
  return qualifiedResource(t);
}

const byGroupResource = new Map<string, ResourceType>();
const byApiVersionKind = new Map<string, ResourceType>();
for (const t of RESOURCE_TYPES) {
  // The first row of a resource is its preferred version: lookups by (group, plural) find it.
  if (!byGroupResource.has(qualifiedResource(t))) byGroupResource.set(qualifiedResource(t), t);
  byApiVersionKind.set(`${groupVersion(t)} ${t.kind}`, t);
}
for (const t of SUBRESOURCE_KINDS) byApiVersionKind.set(`${groupVersion(t)} ${t.kind}`, t);

/**
 * What `kubectl api-resources` lists (client-go's ServerPreferredResources): each resource once,
 * in its group's preferred version, or in the version that serves it when the preferred one does not.
 */
export function preferredResourceTypes(): ResourceType[] {
  return RESOURCE_TYPES.filter((t) => byGroupResource.get(qualifiedResource(t)) === t);
}

/** The resource type for an (apiVersion, kind) pair, e.g. ('apps/v1', 'Deployment'). */
export function typeForKind(apiVersion: string, kind: string): ResourceType | undefined {
  return byApiVersionKind.get(`${apiVersion} ${kind}`);
}

/** The resource type of (group, version, plural), e.g. ('autoscaling', 'v1', 'horizontalpodautoscalers'). */
export function typeForResourceVersion(group: string, version: string, plural: string): ResourceType | undefined {
  return RESOURCE_TYPES.find((t) => t.group === group && t.version === version && t.plural === plural);
}

/** The resource type for (group, plural), e.g. ('apps', 'deployments'). */
export function typeForResource(group: string, plural: string): ResourceType | undefined {
  return byGroupResource.get(group ? `${plural}.${group}` : plural);
}

/** Kinds known under some apiVersion, for "no matches for kind" errors. */
export function versionsOfKind(kind: string): ResourceType[] {
  return RESOURCE_TYPES.filter((t) => t.kind === kind);
}

/**
 * Resolves what a user typed (`po`, `pods`, `pod`, `deploy`, `deployments.apps`,
 * `rs.apps`, `Deployment`) the way kubectl's RESTMapper does. Returns undefined when
 * the server has no such resource type.
 */
export function resolveResource(input: string): ResourceType | undefined {
  const lower = input.toLowerCase();
  const dot = lower.indexOf('.');
  const name = dot >= 0 ? lower.slice(0, dot) : lower;
  const groupPart = dot >= 0 ? lower.slice(dot + 1) : undefined;
  const matches = (t: ResourceType) =>
    t.plural === name || t.singular === name || t.shortNames.includes(name) || t.kind.toLowerCase() === name;
  const groupOk = (t: ResourceType) => {
    if (groupPart === undefined) return true;
    // `deployments.apps`, `deployments.v1.apps`, `rs.apps`
    const parts = groupPart.split('.');
    if (parts[0] === t.version) return parts.slice(1).join('.') === t.group;
    return groupPart === t.group || (t.group !== '' && t.group.startsWith(groupPart + '.'));
  };
  const candidates = RESOURCE_TYPES.filter((t) => matches(t) && groupOk(t));
  if (!candidates.length) return undefined;
  // A short name with a version (`hpa.v1.autoscaling`) reaches the preferred version: kubectl's
  // shortcut expander keeps group and resource only (real kubectl 1.33 reads autoscaling/v2 there).
  const short = !candidates.some((t) => t.plural === name || t.singular === name || t.kind.toLowerCase() === name);
  if (short && groupPart?.split('.')[0].match(/^v\d/)) return typeForResource(candidates[0].group, candidates[0].plural);
  // The core group and the preferred (first-listed) group win, as kubectl's priority mapper does.
  return candidates.find((t) => t.group === '') ?? candidates[0];
}
