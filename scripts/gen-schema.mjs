// Generates src/sim/schema/k8s-schema.json from @kubernetes/client-node's model type maps
// (OpenAPI v1.33). The simulator's strict decoding and type checks read this file; nothing
// about field names or types is typed by hand. Run: npm run gen:schema [OUT_FILE]
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('@kubernetes/client-node/package.json'));
const modelsDir = join(pkgDir, 'dist', 'gen', 'models');
const here = dirname(fileURLToPath(import.meta.url));
const outFile = process.argv[2] ?? join(here, '..', 'src', 'sim', 'schema', 'k8s-schema.json');

// Top-level kinds the course can store, as "apiVersion Kind" → client-node model class.
export const ROOTS = {
  'v1 Namespace': 'V1Namespace', 'v1 Node': 'V1Node', 'v1 Pod': 'V1Pod',
  'v1 ReplicationController': 'V1ReplicationController', 'v1 Service': 'V1Service',
  'v1 Endpoints': 'V1Endpoints', 'v1 Event': 'CoreV1Event', 'v1 ConfigMap': 'V1ConfigMap',
  'v1 Secret': 'V1Secret', 'v1 ServiceAccount': 'V1ServiceAccount',
  'v1 PersistentVolumeClaim': 'V1PersistentVolumeClaim', 'v1 PersistentVolume': 'V1PersistentVolume',
  'v1 ResourceQuota': 'V1ResourceQuota', 'v1 LimitRange': 'V1LimitRange',
  'apps/v1 Deployment': 'V1Deployment', 'apps/v1 ReplicaSet': 'V1ReplicaSet',
  'apps/v1 StatefulSet': 'V1StatefulSet', 'apps/v1 DaemonSet': 'V1DaemonSet',
  'apps/v1 ControllerRevision': 'V1ControllerRevision',
  'batch/v1 Job': 'V1Job', 'batch/v1 CronJob': 'V1CronJob',
  'rbac.authorization.k8s.io/v1 Role': 'V1Role', 'rbac.authorization.k8s.io/v1 ClusterRole': 'V1ClusterRole',
  'rbac.authorization.k8s.io/v1 RoleBinding': 'V1RoleBinding',
  'rbac.authorization.k8s.io/v1 ClusterRoleBinding': 'V1ClusterRoleBinding',
  'networking.k8s.io/v1 Ingress': 'V1Ingress', 'networking.k8s.io/v1 NetworkPolicy': 'V1NetworkPolicy',
  'discovery.k8s.io/v1 EndpointSlice': 'V1EndpointSlice',
  'policy/v1 PodDisruptionBudget': 'V1PodDisruptionBudget',
  'autoscaling/v2 HorizontalPodAutoscaler': 'V2HorizontalPodAutoscaler',
  'autoscaling/v1 HorizontalPodAutoscaler': 'V1HorizontalPodAutoscaler',
  'coordination.k8s.io/v1 Lease': 'V1Lease',
  'storage.k8s.io/v1 StorageClass': 'V1StorageClass',
  'scheduling.k8s.io/v1 PriorityClass': 'V1PriorityClass',
  'authorization.k8s.io/v1 SelfSubjectAccessReview': 'V1SelfSubjectAccessReview',
  'authorization.k8s.io/v1 SubjectAccessReview': 'V1SubjectAccessReview',
  'authorization.k8s.io/v1 SelfSubjectRulesReview': 'V1SelfSubjectRulesReview',
  'authentication.k8s.io/v1 TokenRequest': 'AuthenticationV1TokenRequest',
  'authentication.k8s.io/v1 SelfSubjectReview': 'V1SelfSubjectReview',
  'authentication.k8s.io/v1 TokenReview': 'V1TokenReview',
  'authorization.k8s.io/v1 LocalSubjectAccessReview': 'V1LocalSubjectAccessReview',
  'events.k8s.io/v1 Event': 'EventsV1Event',
  'v1 Binding': 'V1Binding', 'v1 ComponentStatus': 'V1ComponentStatus', 'v1 PodTemplate': 'V1PodTemplate',
  'admissionregistration.k8s.io/v1 MutatingWebhookConfiguration': 'V1MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration': 'V1ValidatingWebhookConfiguration',
  'admissionregistration.k8s.io/v1 ValidatingAdmissionPolicy': 'V1ValidatingAdmissionPolicy',
  'admissionregistration.k8s.io/v1 ValidatingAdmissionPolicyBinding': 'V1ValidatingAdmissionPolicyBinding',
  'apiextensions.k8s.io/v1 CustomResourceDefinition': 'V1CustomResourceDefinition',
  'apiregistration.k8s.io/v1 APIService': 'V1APIService',
  'certificates.k8s.io/v1 CertificateSigningRequest': 'V1CertificateSigningRequest',
  'flowcontrol.apiserver.k8s.io/v1 FlowSchema': 'V1FlowSchema',
  'flowcontrol.apiserver.k8s.io/v1 PriorityLevelConfiguration': 'V1PriorityLevelConfiguration',
  'networking.k8s.io/v1 IngressClass': 'V1IngressClass', 'networking.k8s.io/v1 IPAddress': 'V1IPAddress',
  'networking.k8s.io/v1 ServiceCIDR': 'V1ServiceCIDR',
  'node.k8s.io/v1 RuntimeClass': 'V1RuntimeClass',
  'storage.k8s.io/v1 CSIDriver': 'V1CSIDriver', 'storage.k8s.io/v1 CSINode': 'V1CSINode',
  'storage.k8s.io/v1 CSIStorageCapacity': 'V1CSIStorageCapacity',
  'storage.k8s.io/v1 VolumeAttachment': 'V1VolumeAttachment',
};

/** Compact type code: s string, b bool, i32/i64 ints, f number, t date-time, x any, is int-or-string,
 * [T] list, {T} map, otherwise a model name. */
function code(type, format) {
  const arr = /^Array<(.+)>$/.exec(type);
  if (arr) return `[${code(arr[1], '')}]`;
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) return `{${code(map[1], '')}}`;
  switch (type) {
    case 'string': return format === 'byte' ? 'byte' : 's';
    case 'boolean': return 'b';
    case 'number': return format === 'int32' ? 'i32' : format === 'int64' ? 'i64' : 'f';
    case 'Date': return 't';
    case 'any': case 'object': return 'x';
    case 'IntOrString': return 'is';
    default: return type;
  }
}

const classes = {};
for (const file of readdirSync(modelsDir).filter((f) => f.endsWith('.js'))) {
  const mod = await import(pathToFileURL(join(modelsDir, file)).href);
  for (const value of Object.values(mod)) {
    if (typeof value === 'function' && Array.isArray(value.attributeTypeMap)) classes[value.name] = value;
  }
}

const types = {};
const visit = (name) => {
  if (types[name] || !classes[name]) return;
  const fields = {};
  types[name] = fields;
  for (const a of classes[name].attributeTypeMap) {
    fields[a.baseName] = code(a.type, a.format);
  }
  for (const t of Object.values(fields)) {
    const bare = t.replace(/[[\]{}]/g, '');
    if (classes[bare]) visit(bare);
  }
};
const kinds = {};
for (const [key, cls] of Object.entries(ROOTS)) {
  if (!classes[cls]) throw new Error(`client-node has no model ${cls}`);
  kinds[key] = cls;
  visit(cls);
}
// List/collection wrappers are not stored; only the kinds above are.
const sorted = Object.fromEntries(Object.keys(types).sort().map((k) => [k, types[k]]));
const source = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify({ source: `@kubernetes/client-node ${source.version}`, kinds, types: sorted }) + '\n');
console.log(`wrote ${outFile}: ${Object.keys(kinds).length} kinds, ${Object.keys(sorted).length} types`);
