/**
 * Namespace deletion (kubernetes/kubernetes pkg/controller/namespace/deletion/
 * namespaced_resources_deleter.go): Terminating until its content is gone; condition
 * messages use `%s.%s has %d resource instances` of resource and group.
 */
import { describe, expect, it } from 'vitest';
import { R } from '../client.js';
import { garbageCollector } from './garbage-collector.js';
import { namespaceController } from './namespace.js';
import { replicaSetController } from './replicaset.js';
import { makeHarness } from './testing/harness.js';

describe('namespace controller', () => {
  it('keeps a deleted namespace Terminating while a pod terminates, then removes it', () => {
    const h = makeHarness([replicaSetController, garbageCollector, namespaceController]);
    h.client.create(R.namespaces, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' }, spec: { finalizers: ['kubernetes'] } });
    h.client.create(R.configmaps, 'shop', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' } });
    h.client.create(R.pods, 'shop', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { nodeName: 'kind-worker', containers: [{ name: 'c', image: 'nginx' }] } });
    const del = h.client.delete(R.namespaces, undefined, 'shop');
    expect(del.ok && del.value.status?.phase).toBe('Terminating');
    h.settle();
    const ns = h.store.get('namespaces', '', 'shop')!;
    expect(ns.status?.phase).toBe('Terminating');
    expect(h.store.get('configmaps', 'shop', 'cfg')).toBeUndefined();
    const remaining = ns.status?.conditions?.find((c: { type: string }) => c.type === 'NamespaceContentRemaining');
    expect(remaining).toMatchObject({ status: 'True', reason: 'SomeResourcesRemain', message: 'Some resources are remaining: pods. has 1 resource instances' });
    expect(ns.status?.conditions?.map((c: { type: string }) => c.type)).toEqual([
      'NamespaceDeletionDiscoveryFailure', 'NamespaceDeletionGroupVersionParsingFailure', 'NamespaceDeletionContentFailure',
      'NamespaceContentRemaining', 'NamespaceFinalizersRemaining',
    ]);
    const created = h.client.create(R.configmaps, 'shop', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'late' } });
    expect(!created.ok && created.status.message).toBe('configmaps "late" is forbidden: unable to create new content in namespace shop because it is being terminated');
    h.client.delete(R.pods, 'shop', 'p', { gracePeriodSeconds: 0 });
    h.settle();
    expect(h.store.get('namespaces', '', 'shop')).toBeUndefined();
  });
});
