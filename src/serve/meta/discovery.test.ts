// Discovery documents against what kube-apiserver v1.33 (kind v1.33.1) serves:
// - subresource rows of `GET /api/v1` and `/apis/apps/v1` as the real server lists them
//   (staging/src/k8s.io/apiserver/pkg/endpoints/installer.go: a subresource answering in another
//   group/version carries group+version; pkg/registry/core/pod/storage/storage.go,
//   pkg/registry/apps/deployment/storage/storage.go for the kinds);
// - the aggregated list shape of k8s.io/api/apidiscovery/v2/types.go;
// - group order by groupPriorityMinimum (kube-aggregator DefaultGenericAPIServicePriorities plus
//   kube-apiserver's apps 17800, autoscaling 17500, batch 17400, networking 17200, policy 17100,
//   storage 16800, scheduling 16600) as `kubectl get --raw /apis` on kind prints them;
// - the Accept headers kubectl 1.33 and 1.27 send (kubectl-wire.md §1.1).
import { describe, expect, it } from 'vitest';
import { aggregatedContentType, discoveryFormat } from './accept.js';
import { compareVersions } from './discovery-facts.js';
import { aggregatedDiscovery, apiGroup, apiGroupList, apiResourceList, apiVersions } from './discovery.js';

const ACCEPT_133 = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json';
const ACCEPT_127 = 'application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json';

type Row = Record<string, unknown>;
const rows = (list: Row | undefined) => (list?.resources ?? []) as Row[];

describe('Accept negotiation', () => {
  it('serves the first aggregated version the client lists, else legacy JSON', () => {
    expect(discoveryFormat(ACCEPT_133)).toBe('v2');
    expect(discoveryFormat(ACCEPT_127)).toBe('v2beta1');
    expect(discoveryFormat('application/json, */*')).toBe('legacy');
    expect(discoveryFormat('')).toBe('legacy');
    expect(discoveryFormat('application/vnd.kubernetes.protobuf,application/json')).toBe('legacy');
    // A Table request is not a discovery format.
    expect(discoveryFormat('application/json;as=Table;v=v1;g=meta.k8s.io,application/json')).toBe('legacy');
  });

  it('names the exact aggregated Content-Type kubectl keys on', () => {
    expect(aggregatedContentType('v2')).toBe('application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList');
    expect(aggregatedContentType('v2beta1')).toBe('application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList');
  });
});

describe('legacy APIResourceList', () => {
  it('lists pod subresources as the real /api/v1 does, without apiVersion on the core list', () => {
    const core = apiResourceList('', 'v1')!;
    expect(core.kind).toBe('APIResourceList');
    expect(core.groupVersion).toBe('v1');
    expect('apiVersion' in core).toBe(false);
    const byName = new Map(rows(core).map((r) => [r.name, r]));
    expect(byName.get('pods')).toEqual({ name: 'pods', singularName: 'pod', namespaced: true, kind: 'Pod', verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'], shortNames: ['po'], categories: ['all'] });
    expect(byName.get('pods/eviction')).toEqual({ name: 'pods/eviction', singularName: '', namespaced: true, group: 'policy', version: 'v1', kind: 'Eviction', verbs: ['create'] });
    expect(byName.get('pods/log')).toEqual({ name: 'pods/log', singularName: '', namespaced: true, kind: 'Pod', verbs: ['get'] });
    expect(byName.get('pods/exec')).toEqual({ name: 'pods/exec', singularName: '', namespaced: true, kind: 'PodExecOptions', verbs: ['create', 'get'] });
    expect(byName.get('pods/status')).toEqual({ name: 'pods/status', singularName: '', namespaced: true, kind: 'Pod', verbs: ['get', 'patch', 'update'] });
    expect(byName.get('pods/binding')).toEqual({ name: 'pods/binding', singularName: '', namespaced: true, kind: 'Binding', verbs: ['create'] });
    expect(byName.get('serviceaccounts/token')).toEqual({ name: 'serviceaccounts/token', singularName: '', namespaced: true, group: 'authentication.k8s.io', version: 'v1', kind: 'TokenRequest', verbs: ['create'] });
    expect(byName.get('namespaces/finalize')).toEqual({ name: 'namespaces/finalize', singularName: '', namespaced: false, kind: 'Namespace', verbs: ['update'] });
    expect(byName.get('namespaces')?.verbs).toEqual(['create', 'delete', 'get', 'list', 'patch', 'update', 'watch']);
    // Rows are in path order: a resource, then its subresources.
    const names = rows(core).map((r) => r.name as string);
    expect(names).toEqual([...names].sort());
  });

  it('answers /apis/apps/v1 with apiVersion v1 and scale in autoscaling/v1', () => {
    const apps = apiResourceList('apps', 'v1')!;
    expect(apps).toMatchObject({ kind: 'APIResourceList', apiVersion: 'v1', groupVersion: 'apps/v1' });
    expect(rows(apps).find((r) => r.name === 'deployments/scale')).toEqual({ name: 'deployments/scale', singularName: '', namespaced: true, group: 'autoscaling', version: 'v1', kind: 'Scale', verbs: ['get', 'patch', 'update'] });
    expect(rows(apps).find((r) => r.name === 'deployments')).toMatchObject({ singularName: 'deployment', shortNames: ['deploy'], categories: ['all'] });
    expect(apiResourceList('apps', 'v1beta1')).toBeUndefined();
    expect(apiResourceList('nope.example.com', 'v1')).toBeUndefined();
  });
});

describe('legacy APIVersions / APIGroupList / APIGroup', () => {
  it('reports the address the client used', () => {
    expect(apiVersions('127.0.0.1:4321')).toEqual({ kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1:4321' }] });
  });

  it('orders groups by priority as the aggregator does', () => {
    const groups = (apiGroupList().groups as Row[]).map((g) => g.name);
    // `kubectl get --raw /apis` on kind v1.33.1.
    expect(groups).toEqual([
      'apiregistration.k8s.io', 'apps', 'events.k8s.io', 'authentication.k8s.io', 'authorization.k8s.io', 'autoscaling', 'batch',
      'certificates.k8s.io', 'networking.k8s.io', 'policy', 'rbac.authorization.k8s.io', 'storage.k8s.io', 'admissionregistration.k8s.io',
      'apiextensions.k8s.io', 'scheduling.k8s.io', 'coordination.k8s.io', 'node.k8s.io', 'discovery.k8s.io', 'flowcontrol.apiserver.k8s.io',
    ]);
    expect((apiGroupList().groups as Row[])[1]).toEqual({ name: 'apps', versions: [{ groupVersion: 'apps/v1', version: 'v1' }], preferredVersion: { groupVersion: 'apps/v1', version: 'v1' } });
  });

  it('answers one group, or undefined', () => {
    expect(apiGroup('autoscaling')).toEqual({ kind: 'APIGroup', apiVersion: 'v1', name: 'autoscaling', versions: [{ groupVersion: 'autoscaling/v2', version: 'v2' }, { groupVersion: 'autoscaling/v1', version: 'v1' }], preferredVersion: { groupVersion: 'autoscaling/v2', version: 'v2' } });
    expect(apiGroup('nope')).toBeUndefined();
    expect(apiGroup('')).toBeUndefined();
  });

  it('prefers GA over beta over alpha, higher first (CompareKubeAwareVersionStrings)', () => {
    const order = ['v1alpha1', 'v2beta1', 'v1', 'v1beta2', 'v2', 'v1beta1', 'foo'].sort(compareVersions);
    expect(order).toEqual(['v2', 'v1', 'v2beta1', 'v1beta2', 'v1beta1', 'v1alpha1', 'foo']);
  });
});

describe('aggregated APIGroupDiscoveryList', () => {
  it('describes the core group with resources, scopes and subresources', () => {
    const list = aggregatedDiscovery(true, 'v2');
    expect(list).toMatchObject({ kind: 'APIGroupDiscoveryList', apiVersion: 'apidiscovery.k8s.io/v2', metadata: {} });
    const items = list.items as Row[];
    expect(items).toHaveLength(1);
    expect(items[0].metadata).toEqual({ creationTimestamp: null });
    const v1 = (items[0].versions as Row[])[0];
    expect(v1).toMatchObject({ version: 'v1', freshness: 'Current' });
    const pods = (v1.resources as Row[]).find((r) => r.resource === 'pods')!;
    expect(Object.keys(pods)).toEqual(['resource', 'responseKind', 'scope', 'singularResource', 'verbs', 'shortNames', 'categories', 'subresources']);
    expect(pods).toMatchObject({ responseKind: { group: '', version: 'v1', kind: 'Pod' }, scope: 'Namespaced', singularResource: 'pod', shortNames: ['po'], categories: ['all'] });
    expect((pods.subresources as Row[]).find((s) => s.subresource === 'eviction')).toEqual({ subresource: 'eviction', responseKind: { group: 'policy', version: 'v1', kind: 'Eviction' }, verbs: ['create'] });
    const nodes = (v1.resources as Row[]).find((r) => r.resource === 'nodes')!;
    expect(nodes.scope).toBe('Cluster');
    expect((nodes.subresources as Row[]).find((s) => s.subresource === 'proxy')?.responseKind).toEqual({ group: '', version: 'v1', kind: 'NodeProxyOptions' });
  });

  it('lists every named group for /apis in v2beta1 too', () => {
    const list = aggregatedDiscovery(false, 'v2beta1');
    expect(list.apiVersion).toBe('apidiscovery.k8s.io/v2beta1');
    const apps = (list.items as Row[])[1];
    expect(apps.metadata).toEqual({ name: 'apps', creationTimestamp: null });
    const deployments = ((apps.versions as Row[])[0].resources as Row[]).find((r) => r.resource === 'deployments')!;
    expect(deployments.subresources).toEqual([
      { subresource: 'scale', responseKind: { group: 'autoscaling', version: 'v1', kind: 'Scale' }, verbs: ['get', 'patch', 'update'] },
      { subresource: 'status', responseKind: { group: 'apps', version: 'v1', kind: 'Deployment' }, verbs: ['get', 'patch', 'update'] },
    ]);
    expect((list.items as Row[]).some((g) => (g.metadata as Row).name === undefined)).toBe(false);
  });
});
