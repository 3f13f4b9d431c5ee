/**
 * Garbage collection as in kubernetes/kubernetes pkg/controller/garbagecollector
 * (garbagecollector.go attemptToDeleteItem / processDeletingDependentsItem / orphanDependents)
 * and the deletion propagation policies of the API (reference §2.3).
 */
import { describe, expect, it } from 'vitest';
import { R } from '../client.js';
import type { Deployment, KObject } from '../types.js';
import { deploymentController } from './deployment/index.js';
import { garbageCollector } from './garbage-collector.js';
import { replicaSetController } from './replicaset.js';
import { makeHarness } from './testing/harness.js';

const web: Deployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default' },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } },
  },
};

function setup() {
  const h = makeHarness([deploymentController, replicaSetController, garbageCollector]);
  h.client.create(R.deployments, 'default', web);
  h.settle();
  expect(h.store.count('pods', 'default')).toBe(2);
  h.writes.length = 0;
  return h;
}

const deletions = (writes: string[]) => writes.filter((w) => w.startsWith('DELETED')).map((w) => w.split(' ')[1].split('/')[0]);

describe('garbage collector', () => {
  it('background (the default): the owner goes first, then its ReplicaSet, then the pods', () => {
    const h = setup();
    h.client.delete(R.deployments, 'default', 'web');
    h.settle();
    expect(h.store.count('replicasets.apps', 'default')).toBe(0);
    expect(h.store.count('pods', 'default')).toBe(0);
    expect(deletions(h.writes)).toEqual(['deployments.apps', 'replicasets.apps', 'pods', 'pods']);
  });

  it('foreground: dependents are deleted first, then the owner loses its finalizer and goes', () => {
    const h = setup();
    const res = h.client.delete(R.deployments, 'default', 'web', { propagationPolicy: 'Foreground' });
    expect(res.ok && res.value.metadata.finalizers).toEqual(['foregroundDeletion']);
    h.settle();
    expect(h.store.get('deployments.apps', 'default', 'web')).toBeUndefined();
    expect(deletions(h.writes)).toEqual(['pods', 'pods', 'replicasets.apps', 'deployments.apps']);
  });

  it('foreground waits while a dependent pod is still terminating', () => {
    const h = makeHarness([replicaSetController, garbageCollector]);
    h.client.create(R.replicasets, 'default', {
      apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'rs' },
      spec: { replicas: 1, selector: { matchLabels: { app: 'x' } }, template: { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } },
    });
    h.settle();
    const pod = h.store.list('pods', 'default')[0];
    const bound = structuredClone(pod) as KObject;
    bound.spec!.nodeName = 'kind-worker';
    expect(h.client.update(R.pods, bound).ok).toBe(true);
    h.client.delete(R.replicasets, 'default', 'rs', { propagationPolicy: 'Foreground' });
    h.settle();
    // The pod is bound to a node: it terminates gracefully, and its blockOwnerDeletion holds the RS.
    expect(h.store.get('pods', 'default', pod.metadata.name!)?.metadata.deletionTimestamp).toBeDefined();
    expect(h.store.get('replicasets.apps', 'default', 'rs')?.metadata.finalizers).toEqual(['foregroundDeletion']);
    h.client.delete(R.pods, 'default', pod.metadata.name!, { gracePeriodSeconds: 0 });
    h.settle();
    expect(h.store.get('replicasets.apps', 'default', 'rs')).toBeUndefined();
  });

  it('orphan: dependents lose the ownerReference and stay', () => {
    const h = setup();
    const rs = h.store.list('replicasets.apps', 'default')[0];
    h.client.delete(R.replicasets, 'default', rs.metadata.name!, { propagationPolicy: 'Orphan' });
    h.client.delete(R.deployments, 'default', 'web', { propagationPolicy: 'Orphan' });
    h.settle();
    expect(h.store.get('deployments.apps', 'default', 'web')).toBeUndefined();
    expect(h.store.get('replicasets.apps', 'default', rs.metadata.name!)).toBeUndefined();
    const pods = h.store.list('pods', 'default');
    expect(pods).toHaveLength(2);
    for (const p of pods) expect(p.metadata.ownerReferences).toBeUndefined();
  });

  it('deletes an object whose only owner does not exist', () => {
    const h = makeHarness([garbageCollector]);
    h.client.create(R.configmaps, 'default', {
      apiVersion: 'v1', kind: 'ConfigMap',
      metadata: { name: 'orphaned', ownerReferences: [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'gone', uid: '0e0c1d7c-0000-4000-8000-000000000000' }] },
    });
    h.settle();
    expect(h.store.get('configmaps', 'default', 'orphaned')).toBeUndefined();
  });

  it('only drops the dangling reference when another owner still exists', () => {
    const h = makeHarness([garbageCollector]);
    const owner = h.client.create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'owner' } });
    const uid = owner.ok ? owner.value.metadata.uid! : '';
    h.client.create(R.configmaps, 'default', {
      apiVersion: 'v1', kind: 'ConfigMap',
      metadata: { name: 'dep', ownerReferences: [
        { apiVersion: 'v1', kind: 'ConfigMap', name: 'owner', uid },
        { apiVersion: 'v1', kind: 'ConfigMap', name: 'gone', uid: '0e0c1d7c-0000-4000-8000-000000000000' },
      ] },
    });
    h.settle();
    expect(h.store.get('configmaps', 'default', 'dep')?.metadata.ownerReferences).toEqual([{ apiVersion: 'v1', kind: 'ConfigMap', name: 'owner', uid }]);
  });
});
