import { describe, expect, it } from 'vitest';
import { R } from '../client.js';
import { Cluster } from '../cluster.js';
import type { Endpoints, KObject, Pod } from '../types.js';
import { computeSubsets } from './endpoints.js';

function pod(name: string, ip: string, ready: boolean, extra: Partial<{ deleting: boolean; phase: string; ports: object[]; labels: Record<string, string> }> = {}): Pod {
  return {
    apiVersion: 'v1', kind: 'Pod',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, labels: extra.labels ?? { app: 'web' }, ...(extra.deleting ? { deletionTimestamp: '2025-06-02T09:00:30Z' } : {}) },
    spec: { nodeName: 'kind-worker', containers: [{ name: 'c', image: 'nginx', ports: (extra.ports ?? [{ name: 'http', containerPort: 8080 }]) as any }] },
    status: { phase: (extra.phase ?? 'Running') as any, podIP: ip, conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }] },
  };
}

const svc = (spec: object = {}) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 'http', protocol: 'TCP' }], ...spec } }) as any;

describe('endpoints subsets (endpoints_controller.go, reference §5.8)', () => {
  it('puts ready pods in addresses, not-ready pods in notReadyAddresses, and leaves terminating or finished pods out', () => {
    const subsets = computeSubsets(svc(), [
      pod('a', '10.244.1.10', true), pod('b', '10.244.1.9', true), pod('c', '10.244.2.3', false),
      pod('d', '10.244.2.4', true, { deleting: true }), pod('e', '10.244.2.5', true, { phase: 'Succeeded' }),
    ]);
    expect(subsets).toHaveLength(1);
    // RepackSubsets orders addresses by the IP string, so .10 sorts before .9.
    expect(subsets[0].addresses!.map((a) => a.ip)).toEqual(['10.244.1.10', '10.244.1.9']);
    expect(subsets[0].notReadyAddresses!.map((a) => a.ip)).toEqual(['10.244.2.3']);
    expect(subsets[0].ports).toEqual([{ port: 8080, protocol: 'TCP' }]);
    expect(subsets[0].addresses![0]).toEqual({ ip: '10.244.1.10', nodeName: 'kind-worker', targetRef: { kind: 'Pod', namespace: 'default', name: 'a', uid: 'uid-a' } });
  });

  it('skips pods without the named target port and keeps service port names', () => {
    const subsets = computeSubsets(svc({ ports: [{ name: 'web', port: 80, targetPort: 'http' }] }), [pod('a', '10.244.1.2', true), pod('b', '10.244.1.3', true, { ports: [{ containerPort: 80 }] })]);
    expect(subsets).toEqual([{ addresses: [expect.objectContaining({ ip: '10.244.1.2' })], ports: [{ name: 'web', port: 8080, protocol: 'TCP' }] }]);
  });

  it('publishNotReadyAddresses lists unready and terminating pods as addresses', () => {
    const subsets = computeSubsets(svc({ publishNotReadyAddresses: true }), [pod('a', '10.244.1.2', false), pod('b', '10.244.1.3', true, { deleting: true })]);
    expect(subsets[0].addresses!.map((a) => a.ip)).toEqual(['10.244.1.2', '10.244.1.3']);
    expect(subsets[0].notReadyAddresses).toBeUndefined();
  });
});

describe('endpoints controller in a cluster', () => {
  it('has the kubernetes endpoints at the control plane :6443', () => {
    const c = Cluster.create({ seed: 3 });
    const ep = c.store.get('endpoints', 'default', 'kubernetes') as Endpoints;
    expect(ep.subsets).toEqual([{ addresses: [{ ip: '172.18.0.2' }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }]);
  });

  it('follows pods becoming ready, being deleted, and the service going away', () => {
    const c = Cluster.create({ seed: 3 });
    const api = c.client();
    const mk = (name: string): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }] } });
    api.create(R.services, 'default', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', labels: { tier: 'front' } }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } });
    c.settle();
    let ep = c.store.get('endpoints', 'default', 'web') as Endpoints;
    expect(ep.subsets).toBeUndefined();
    expect(ep.metadata.labels).toEqual({ tier: 'front' });
    expect(ep.metadata.annotations?.['endpoints.kubernetes.io/last-change-trigger-time']).toBeDefined();
    api.create(R.pods, 'default', mk('a'));
    api.create(R.pods, 'default', mk('b'));
    c.advance(20_000);
    ep = c.store.get('endpoints', 'default', 'web') as Endpoints;
    expect(ep.subsets![0].addresses!.map((a) => a.targetRef!.name).sort()).toEqual(['a', 'b']);
    api.delete(R.pods, 'default', 'a');
    c.settle();
    ep = c.store.get('endpoints', 'default', 'web') as Endpoints;
    expect(ep.subsets![0].addresses!.map((a) => a.targetRef!.name)).toEqual(['b']);
    // The EndpointSlice keeps the terminating pod, marked as such.
    const slice = c.store.list('endpointslices.discovery.k8s.io', 'default').find((s) => s.metadata.labels?.['kubernetes.io/service-name'] === 'web')!;
    expect(slice.metadata.name).toMatch(/^web-[a-z0-9]{5}$/);
    expect(slice.metadata.labels?.['endpointslice.kubernetes.io/managed-by']).toBe('endpointslice-controller.k8s.io');
    const a = slice.endpoints.find((e: any) => e.targetRef.name === 'a');
    expect(a.conditions).toEqual({ ready: false, serving: true, terminating: true });
    api.delete(R.services, 'default', 'web');
    c.settle();
    expect(c.store.get('endpoints', 'default', 'web')).toBeUndefined();
  });
});
