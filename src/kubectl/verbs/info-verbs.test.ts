// api-resources / api-versions / version / cluster-info, against kubectl 1.33's code paths:
// pkg/cmd/apiresources/apiresources.go (columns, group-then-name order, errors),
// pkg/cmd/version/version.go (three lines, --client, -o json with 2-space indent),
// pkg/cmd/clusterinfo/clusterinfo.go (no colours in 1.33, the dump hint).
import { describe, expect, it, vi } from 'vitest';
import { run, testSession } from '../testing/index.js';

vi.mock('./index.js', async () => ({
  VERBS: [
    (await import('./api-resources.js')).apiResourcesVerb,
    (await import('./api-versions.js')).apiVersionsVerb,
    (await import('./version.js')).versionVerb,
    (await import('./cluster-info.js')).clusterInfoVerb,
  ],
}));

/**
 * What `kubectl api-resources` prints against kind v1.33.1 (kube-apiserver v1.33 with its
 * default group versions: GA only, beta APIs off by default since 1.24,
 * pkg/controlplane/apiserver/options + pkg/controlplane/instance.go; short names and
 * categories from each storage's ShortNames()/Categories() under pkg/registry/** /storage,
 * e.g. pkg/registry/core/componentstatus (cs), certificates/certificates (csr),
 * networking/ipaddress (ip), apiextensions-apiserver's customresourcedefinition (crd, crds)).
 * TokenRequest is absent: it is only the serviceaccounts/token subresource. One row per
 * resource in its group's preferred version (ServerPreferredResources), sorted by group, then name.
 */
const KIND_133_RESOURCES = `
bindings||v1|true|Binding
componentstatuses|cs|v1|false|ComponentStatus
configmaps|cm|v1|true|ConfigMap
endpoints|ep|v1|true|Endpoints
events|ev|v1|true|Event
limitranges|limits|v1|true|LimitRange
namespaces|ns|v1|false|Namespace
nodes|no|v1|false|Node
persistentvolumeclaims|pvc|v1|true|PersistentVolumeClaim
persistentvolumes|pv|v1|false|PersistentVolume
pods|po|v1|true|Pod
podtemplates||v1|true|PodTemplate
replicationcontrollers|rc|v1|true|ReplicationController
resourcequotas|quota|v1|true|ResourceQuota
secrets||v1|true|Secret
serviceaccounts|sa|v1|true|ServiceAccount
services|svc|v1|true|Service
mutatingwebhookconfigurations||admissionregistration.k8s.io/v1|false|MutatingWebhookConfiguration
validatingadmissionpolicies||admissionregistration.k8s.io/v1|false|ValidatingAdmissionPolicy
validatingadmissionpolicybindings||admissionregistration.k8s.io/v1|false|ValidatingAdmissionPolicyBinding
validatingwebhookconfigurations||admissionregistration.k8s.io/v1|false|ValidatingWebhookConfiguration
customresourcedefinitions|crd,crds|apiextensions.k8s.io/v1|false|CustomResourceDefinition
apiservices||apiregistration.k8s.io/v1|false|APIService
controllerrevisions||apps/v1|true|ControllerRevision
daemonsets|ds|apps/v1|true|DaemonSet
deployments|deploy|apps/v1|true|Deployment
replicasets|rs|apps/v1|true|ReplicaSet
statefulsets|sts|apps/v1|true|StatefulSet
selfsubjectreviews||authentication.k8s.io/v1|false|SelfSubjectReview
tokenreviews||authentication.k8s.io/v1|false|TokenReview
localsubjectaccessreviews||authorization.k8s.io/v1|true|LocalSubjectAccessReview
selfsubjectaccessreviews||authorization.k8s.io/v1|false|SelfSubjectAccessReview
selfsubjectrulesreviews||authorization.k8s.io/v1|false|SelfSubjectRulesReview
subjectaccessreviews||authorization.k8s.io/v1|false|SubjectAccessReview
horizontalpodautoscalers|hpa|autoscaling/v2|true|HorizontalPodAutoscaler
cronjobs|cj|batch/v1|true|CronJob
jobs||batch/v1|true|Job
certificatesigningrequests|csr|certificates.k8s.io/v1|false|CertificateSigningRequest
leases||coordination.k8s.io/v1|true|Lease
endpointslices||discovery.k8s.io/v1|true|EndpointSlice
events|ev|events.k8s.io/v1|true|Event
flowschemas||flowcontrol.apiserver.k8s.io/v1|false|FlowSchema
prioritylevelconfigurations||flowcontrol.apiserver.k8s.io/v1|false|PriorityLevelConfiguration
ingressclasses||networking.k8s.io/v1|false|IngressClass
ingresses|ing|networking.k8s.io/v1|true|Ingress
ipaddresses|ip|networking.k8s.io/v1|false|IPAddress
networkpolicies|netpol|networking.k8s.io/v1|true|NetworkPolicy
servicecidrs||networking.k8s.io/v1|false|ServiceCIDR
runtimeclasses||node.k8s.io/v1|false|RuntimeClass
poddisruptionbudgets|pdb|policy/v1|true|PodDisruptionBudget
clusterrolebindings||rbac.authorization.k8s.io/v1|false|ClusterRoleBinding
clusterroles||rbac.authorization.k8s.io/v1|false|ClusterRole
rolebindings||rbac.authorization.k8s.io/v1|true|RoleBinding
roles||rbac.authorization.k8s.io/v1|true|Role
priorityclasses|pc|scheduling.k8s.io/v1|false|PriorityClass
csidrivers||storage.k8s.io/v1|false|CSIDriver
csinodes||storage.k8s.io/v1|false|CSINode
csistoragecapacities||storage.k8s.io/v1|true|CSIStorageCapacity
storageclasses|sc|storage.k8s.io/v1|false|StorageClass
volumeattachments||storage.k8s.io/v1|false|VolumeAttachment`.trim().split('\n').map((l) => l.split('|'));

/** The kind v1.33 API group versions. */
const KIND_133_API_VERSIONS = [
  'admissionregistration.k8s.io/v1', 'apiextensions.k8s.io/v1', 'apiregistration.k8s.io/v1', 'apps/v1',
  'authentication.k8s.io/v1', 'authorization.k8s.io/v1', 'autoscaling/v1', 'autoscaling/v2', 'batch/v1',
  'certificates.k8s.io/v1', 'coordination.k8s.io/v1', 'discovery.k8s.io/v1', 'events.k8s.io/v1',
  'flowcontrol.apiserver.k8s.io/v1', 'networking.k8s.io/v1', 'node.k8s.io/v1', 'policy/v1',
  'rbac.authorization.k8s.io/v1', 'scheduling.k8s.io/v1', 'storage.k8s.io/v1', 'v1',
];

/** text/tabwriter as kubectl's printers configure it: each column as wide as its widest cell plus 3, the last unpadded. */
function tabwrite(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)) + 3);
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('')).join('\n') + '\n';
}

describe('kubectl api-resources', () => {
  it('prints exactly the resources kind v1.33 serves', () => {
    const out = run(testSession(), 'kubectl api-resources').stdout;
    expect(out).toBe(tabwrite([['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND'], ...KIND_133_RESOURCES]));
  });

  it('lists categories and verbs in -o wide as the storages declare them', () => {
    const lines = run(testSession(), 'kubectl api-resources -o wide').stdout.split('\n');
    const row = (name: string, group: string) => lines.find((l) => l.startsWith(`${name} `) && l.includes(` ${group}`))!.trim().split(/ +/);
    expect(row('customresourcedefinitions', 'apiextensions.k8s.io/v1').slice(-2)).toEqual(['create,delete,deletecollection,get,list,patch,update,watch', 'api-extensions']);
    expect(row('apiservices', 'apiregistration.k8s.io/v1').at(-1)).toBe('api-extensions');
    expect(row('validatingadmissionpolicybindings', 'admissionregistration').at(-1)).toBe('api-extensions');
    expect(row('componentstatuses', 'v1').at(-1)).toBe('get,list');
    expect(row('bindings', 'v1').at(-1)).toBe('create');
    expect(row('tokenreviews', 'authentication').at(-1)).toBe('create');
    expect(row('localsubjectaccessreviews', 'authorization').at(-1)).toBe('create');
  });

  it('filters by group and scope, prints names and wide columns', () => {
    const s = testSession();
    expect(run(s, 'kubectl api-resources --api-group=apps -o name').stdout).toBe(
      'controllerrevisions.apps\ndaemonsets.apps\ndeployments.apps\nreplicasets.apps\nstatefulsets.apps\n',
    );
    const cluster = run(s, 'kubectl api-resources --namespaced=false --no-headers').stdout;
    expect(cluster).toMatch(/^namespaces +ns +v1 +false +Namespace$/m);
    expect(cluster).not.toMatch(/^pods /m);
    expect(cluster.trim().split('\n')).toHaveLength(KIND_133_RESOURCES.filter((r) => r[3] === 'false').length);
    expect(run(s, 'kubectl api-resources -o wide --api-group=apps').stdout.split('\n')[3])
      .toMatch(/^deployments +deploy +apps\/v1 +true +Deployment +create,delete,deletecollection,get,list,patch,update,watch +all$/);
  });

  it('rejects unknown output and sort fields', () => {
    expect(run(testSession(), 'kubectl api-resources -o json').stderr).toBe('error: --output json is not available\n');
    expect(run(testSession(), 'kubectl api-resources --sort-by=group').stderr).toBe('error: --sort-by accepts only name or kind\n');
  });
});

describe('kubectl api-versions', () => {
  it('lists every served group/version, sorted as strings (v1 last)', () => {
    expect(run(testSession(), 'kubectl api-versions').stdout).toBe(`${KIND_133_API_VERSIONS.join('\n')}\n`);
  });
});

describe('kubectl version', () => {
  it('prints client, kustomize and server versions', () => {
    expect(run(testSession(), 'kubectl version').stdout).toMatch(/^Client Version: v1\.33\.\d+\nKustomize Version: v5\.6\.0\nServer Version: v1\.33\.\d+\n$/);
    expect(run(testSession(), 'kubectl version --client').stdout).toMatch(/^Client Version: v1\.33\.\d+\nKustomize Version: v5\.6\.0\n$/);
  });

  it('prints JSON with two-space indent and validates -o', () => {
    const out = run(testSession(), 'kubectl version --client -o json').stdout;
    expect(out).toMatch(/^\{\n  "clientVersion": \{\n    "major": "1",\n    "minor": "33",\n    "gitVersion": "v1\.33\.\d+",/);
    expect(out).toMatch(/\n  "kustomizeVersion": "v5\.6\.0"\n\}\n$/);
    expect(run(testSession(), 'kubectl version --client -o yaml').stdout).toMatch(/^clientVersion:\n  buildDate: "[^"]+"\n  compiler: gc\n[\s\S]*  major: "1"\n  minor: "33"\n  platform: linux\/amd64\nkustomizeVersion: v5\.6\.0\n\n$/);
    expect(run(testSession(), 'kubectl version -o wide').stderr).toBe("error: --output must be 'yaml' or 'json'\n");
  });
});

describe('kubectl cluster-info', () => {
  it('prints the control plane address and the dump hint', () => {
    const out = run(testSession(), 'kubectl cluster-info').stdout;
    expect(out.startsWith('Kubernetes control plane is running at https://127.0.0.1:6443\n')).toBe(true);
    expect(out.endsWith("\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n")).toBe(true);
  });
});
