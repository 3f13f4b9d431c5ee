// Server-side Tables of the kinds kind v1.33 serves without a controller here. Expected cells
// follow kubernetes/kubernetes pkg/printers/internalversion/printers.go (v1.33): printComponentStatus
// (first Healthy condition), printCertificateSigningRequest + extractCSRStatus, printIPAddress
// (lower-cased group-resource/namespace/name), printIngressClass, printValidatingAdmissionPolicy(Binding),
// printPriorityLevelConfiguration, printFlowSchema, printCSIDriver, printCSIStorageCapacity,
// printVolumeAttachment; APIService from kube-aggregator's apiservice/etcd/etcd.go.
import { describe, expect, it } from 'vitest';
import type { KObject } from '../types.js';
import { toTable } from './index.js';

const NOW = Date.parse('2025-06-02T10:00:00Z');
const created = '2025-06-02T09:00:00Z'; // 60m before NOW
const obj = (kind: string, name: string, rest: Record<string, unknown> = {}): KObject =>
  ({ apiVersion: 'v1', kind, metadata: { name, creationTimestamp: created }, ...rest }) as KObject;
const table = (resource: string, ...objs: KObject[]) => toTable(resource, objs, { now: NOW });
const header = (resource: string) => table(resource).columnDefinitions.map((c) => c.name.toUpperCase());
const cells = (resource: string, o: KObject) => table(resource, o).rows[0].cells;

describe('core kinds', () => {
  it('ComponentStatus: Healthy / Unhealthy from the Healthy condition, Unknown without one', () => {
    expect(header('componentstatuses')).toEqual(['NAME', 'STATUS', 'MESSAGE', 'ERROR']);
    expect(cells('componentstatuses', obj('ComponentStatus', 'etcd-0', { conditions: [{ type: 'Healthy', status: 'True', message: 'ok' }] }))).toEqual(['etcd-0', 'Healthy', 'ok', '']);
    expect(cells('componentstatuses', obj('ComponentStatus', 'x', { conditions: [{ type: 'Healthy', status: 'False', message: 'm', error: 'dial tcp: refused' }] }))).toEqual(['x', 'Unhealthy', 'm', 'dial tcp: refused']);
    expect(cells('componentstatuses', obj('ComponentStatus', 'y'))).toEqual(['y', 'Unknown', '', '']);
  });

  it('PodTemplate: containers, images and the template labels', () => {
    expect(header('podtemplates')).toEqual(['NAME', 'CONTAINERS', 'IMAGES', 'POD LABELS']);
    const pt = obj('PodTemplate', 't', { template: { metadata: {}, spec: { containers: [{ name: 'a', image: 'nginx' }] } } });
    expect(cells('podtemplates', pt)).toEqual(['t', 'a', 'nginx', '<none>']);
  });

  it('CertificateSigningRequest: Denied over Approved over Pending, then Failed and Issued', () => {
    const r = 'certificatesigningrequests.certificates.k8s.io';
    expect(header(r)).toEqual(['NAME', 'AGE', 'SIGNERNAME', 'REQUESTOR', 'REQUESTEDDURATION', 'CONDITION']);
    const csr = (status: unknown, spec: Record<string, unknown> = {}) => obj('CertificateSigningRequest', 'c', { spec: { username: 'jane', ...spec }, status });
    expect(cells(r, csr({}, { signerName: 'kubernetes.io/kubelet-serving', expirationSeconds: 3600 }))).toEqual(['c', '60m', 'kubernetes.io/kubelet-serving', 'jane', '60m', 'Pending']);
    expect(cells(r, csr({ conditions: [{ type: 'Approved' }], certificate: 'Zm9v' }))).toEqual(['c', '60m', '<none>', 'jane', '<none>', 'Approved,Issued']);
    expect(cells(r, csr({ conditions: [{ type: 'Approved' }, { type: 'Denied' }, { type: 'Failed' }] }))[5]).toBe('Denied,Failed');
  });
});

describe('API server configuration kinds', () => {
  it('APIService: Local or namespace/name, Available with the reason when not True', () => {
    const r = 'apiservices.apiregistration.k8s.io';
    expect(header(r)).toEqual(['NAME', 'SERVICE', 'AVAILABLE', 'AGE']);
    expect(cells(r, obj('APIService', 'v1.apps', { spec: {}, status: { conditions: [{ type: 'Available', status: 'True', reason: 'Local' }] } }))).toEqual(['v1.apps', 'Local', 'True', '60m']);
    expect(cells(r, obj('APIService', 'v1beta1.metrics.k8s.io', { spec: { service: { namespace: 'kube-system', name: 'metrics-server' } }, status: { conditions: [{ type: 'Available', status: 'False', reason: 'MissingEndpoints' }] } })))
      .toEqual(['v1beta1.metrics.k8s.io', 'kube-system/metrics-server', 'False (MissingEndpoints)', '60m']);
    expect(cells(r, obj('APIService', 'v1.x', { spec: {} }))[2]).toBe('Unknown');
  });

  it('webhook configurations count webhooks; policies show paramKind and bindings paramRef', () => {
    expect(header('validatingwebhookconfigurations.admissionregistration.k8s.io')).toEqual(['NAME', 'WEBHOOKS', 'AGE']);
    expect(cells('mutatingwebhookconfigurations.admissionregistration.k8s.io', obj('MutatingWebhookConfiguration', 'w', { webhooks: [{}, {}] }))).toEqual(['w', 2, '60m']);
    const vap = 'validatingadmissionpolicies.admissionregistration.k8s.io';
    expect(header(vap)).toEqual(['NAME', 'VALIDATIONS', 'PARAMKIND', 'AGE']);
    expect(cells(vap, obj('ValidatingAdmissionPolicy', 'p', { spec: { validations: [{ expression: 'true' }], paramKind: { apiVersion: 'v1', kind: 'ConfigMap' } } }))).toEqual(['p', 1, 'v1/ConfigMap', '60m']);
    expect(cells(vap, obj('ValidatingAdmissionPolicy', 'q', { spec: {} }))).toEqual(['q', 0, '<unset>', '60m']);
    const vapb = 'validatingadmissionpolicybindings.admissionregistration.k8s.io';
    expect(header(vapb)).toEqual(['NAME', 'POLICYNAME', 'PARAMREF', 'AGE']);
    expect(cells(vapb, obj('ValidatingAdmissionPolicyBinding', 'b', { spec: { policyName: 'p', paramRef: { name: 'cfg', namespace: 'default' } } }))).toEqual(['b', 'p', 'default/cfg', '60m']);
    expect(cells(vapb, obj('ValidatingAdmissionPolicyBinding', 'c', { spec: { policyName: 'p', paramRef: { name: 'cfg' } } }))[2]).toBe('*/cfg');
  });

  it('flow control: priority levels (Exempt has no limits) and flow schemas', () => {
    const pl = 'prioritylevelconfigurations.flowcontrol.apiserver.k8s.io';
    expect(header(pl)).toEqual(['NAME', 'TYPE', 'NOMINALCONCURRENCYSHARES', 'QUEUES', 'HANDSIZE', 'QUEUELENGTHLIMIT', 'AGE']);
    expect(cells(pl, obj('PriorityLevelConfiguration', 'exempt', { spec: { type: 'Exempt', exempt: {} } }))).toEqual(['exempt', 'Exempt', '<none>', '<none>', '<none>', '<none>', '60m']);
    expect(cells(pl, obj('PriorityLevelConfiguration', 'workload-low', { spec: { type: 'Limited', limited: { nominalConcurrencyShares: 100, limitResponse: { type: 'Queue', queuing: { queues: 128, handSize: 6, queueLengthLimit: 50 } } } } })))
      .toEqual(['workload-low', 'Limited', 100, 128, 6, 50, '60m']);
    const fs = 'flowschemas.flowcontrol.apiserver.k8s.io';
    expect(header(fs)).toEqual(['NAME', 'PRIORITYLEVEL', 'MATCHINGPRECEDENCE', 'DISTINGUISHERMETHOD', 'AGE', 'MISSINGPL']);
    expect(cells(fs, obj('FlowSchema', 'service-accounts', { spec: { priorityLevelConfiguration: { name: 'workload-low' }, matchingPrecedence: 9000, distinguisherMethod: { type: 'ByUser' } }, status: { conditions: [{ type: 'Dangling', status: 'False' }] } })))
      .toEqual(['service-accounts', 'workload-low', 9000, 'ByUser', '60m', 'False']);
    expect(cells(fs, obj('FlowSchema', 'exempt', { spec: { priorityLevelConfiguration: { name: 'exempt' }, matchingPrecedence: 1 } })).slice(3)).toEqual(['<none>', '60m', '?']);
  });
});

describe('node, network and storage kinds', () => {
  it('RuntimeClass, IngressClass, IPAddress, ServiceCIDR', () => {
    expect(cells('runtimeclasses.node.k8s.io', obj('RuntimeClass', 'gvisor', { handler: 'runsc' }))).toEqual(['gvisor', 'runsc', '60m']);
    const ic = 'ingressclasses.networking.k8s.io';
    expect(header(ic)).toEqual(['NAME', 'CONTROLLER', 'PARAMETERS', 'AGE']);
    expect(cells(ic, obj('IngressClass', 'a', { spec: { controller: 'c', parameters: { kind: 'ConfigMap', name: 'p' } } }))[2]).toBe('ConfigMap/p');
    expect(cells(ic, obj('IngressClass', 'b', { spec: { controller: 'c' } }))[2]).toBe('<none>');
    const ip = 'ipaddresses.networking.k8s.io';
    expect(header(ip)).toEqual(['NAME', 'PARENTREF', 'AGE']);
    expect(cells(ip, obj('IPAddress', '10.96.0.10', { spec: { parentRef: { group: '', resource: 'services', namespace: 'kube-system', name: 'kube-dns' } } }))).toEqual(['10.96.0.10', 'services/kube-system/kube-dns', '60m']);
    expect(cells('servicecidrs.networking.k8s.io', obj('ServiceCIDR', 'kubernetes', { spec: { cidrs: ['10.96.0.0/16', 'fd00::/108'] } }))).toEqual(['kubernetes', '10.96.0.0/16,fd00::/108', '60m']);
  });

  it('CSIDriver, CSINode, CSIStorageCapacity, VolumeAttachment', () => {
    const d = 'csidrivers.storage.k8s.io';
    expect(header(d)).toEqual(['NAME', 'ATTACHREQUIRED', 'PODINFOONMOUNT', 'STORAGECAPACITY', 'TOKENREQUESTS', 'REQUIRESREPUBLISH', 'SELINUXMOUNT', 'MODES', 'AGE']);
    expect(cells(d, obj('CSIDriver', 'x', { spec: { attachRequired: false, tokenRequests: [{ audience: 'a' }, { audience: 'b' }], volumeLifecycleModes: ['Persistent', 'Ephemeral'] } })))
      .toEqual(['x', false, false, false, 'a,b', false, false, 'Persistent,Ephemeral', '60m']);
    expect(cells('csinodes.storage.k8s.io', obj('CSINode', 'n', { spec: { drivers: [{ name: 'a' }] } }))).toEqual(['n', 1, '60m']);
    const cap = 'csistoragecapacities.storage.k8s.io';
    expect(header(cap)).toEqual(['NAME', 'STORAGECLASSNAME', 'CAPACITY']);
    expect(cells(cap, obj('CSIStorageCapacity', 'c', { storageClassName: 'fast' }))).toEqual(['c', 'fast', '<unset>']);
    const va = 'volumeattachments.storage.k8s.io';
    expect(header(va)).toEqual(['NAME', 'ATTACHER', 'PV', 'NODE', 'ATTACHED', 'AGE']);
    expect(cells(va, obj('VolumeAttachment', 'v', { spec: { attacher: 'csi.x', source: { persistentVolumeName: 'pv1' }, nodeName: 'n1' }, status: { attached: true } }))).toEqual(['v', 'csi.x', 'pv1', 'n1', true, '60m']);
  });

  it('CustomResourceDefinitions use the default table (NAME, CREATED AT)', () => {
    expect(header('customresourcedefinitions.apiextensions.k8s.io')).toEqual(['NAME', 'CREATED AT']);
  });
});
