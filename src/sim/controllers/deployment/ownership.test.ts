/**
 * Deployment ↔ ReplicaSet ownership (kubernetes/kubernetes pkg/controller/controller_ref_manager.go
 * ClaimReplicaSets; deployment_controller.go getReplicaSetsForDeployment; reference §2.3).
 */
import { describe, expect, it } from 'vitest';
import { R } from '../../client.js';
import { replicaSetController } from '../replicaset.js';
import { deployment } from '../testing/deployments.js';
import { makeHarness } from '../testing/harness.js';
import { deploymentController } from './index.js';

describe('Deployment ownership of ReplicaSets', () => {
  it('recreates a deleted ReplicaSet under the same name', () => {
    const h = makeHarness([deploymentController, replicaSetController]);
    h.client.create(R.deployments, 'default', deployment('web', 2, 'nginx:1'));
    h.settle();
    const [rs] = h.store.list('replicasets.apps', 'default');
    h.client.delete(R.replicasets, 'default', rs.metadata.name!);
    h.settle();
    const again = h.store.get('replicasets.apps', 'default', rs.metadata.name!);
    expect(again?.metadata.uid).not.toBe(rs.metadata.uid);
    expect(again?.spec?.replicas).toBe(2);
  });

  it('adopts an orphan ReplicaSet that matches its selector and template, and releases one relabelled', () => {
    const h = makeHarness([deploymentController, replicaSetController]);
    h.client.create(R.deployments, 'default', deployment('web', 1, 'nginx:1'));
    h.settle();
    const [rs] = h.store.list('replicasets.apps', 'default');
    const d = h.store.get('deployments.apps', 'default', 'web')!;
    // Drop the ownerReference, as `kubectl delete deployment --cascade=orphan` leaves it.
    const orphan = structuredClone(rs);
    delete orphan.metadata.ownerReferences;
    expect(h.client.update(R.replicasets, orphan).ok).toBe(true);
    h.settle();
    expect(h.store.get('replicasets.apps', 'default', rs.metadata.name!)!.metadata.ownerReferences).toEqual([
      { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: d.metadata.uid, controller: true, blockOwnerDeletion: true },
    ]);
    expect(h.store.count('replicasets.apps', 'default')).toBe(1);
  });

  it('warns and does nothing else for a Deployment that would select every pod', () => {
    const h = makeHarness([deploymentController, replicaSetController]);
    // Stored directly: the API server's validation rejects an empty selector for apps/v1.
    const d = deployment('all', 1, 'nginx:1');
    d.spec.selector = {};
    d.metadata.uid = 'uid-all';
    d.metadata.generation = 1;
    h.store.put('deployments.apps', { ...d, metadata: { ...d.metadata, resourceVersion: h.store.nextResourceVersion(), creationTimestamp: '2025-06-02T09:00:00Z' } });
    h.settle();
    // Its own status write (observedGeneration) triggers one more sync, hence the repeat.
    expect([...new Set(h.events.map((e) => `${e.type} ${e.reason} ${e.message}`))]).toEqual([
      'Warning SelectingAll This deployment is selecting all pods. A non-empty selector is required.',
    ]);
    expect(h.store.get('deployments.apps', 'default', 'all')!.status?.observedGeneration).toBe(1);
    expect(h.store.count('replicasets.apps', 'default')).toBe(0);
  });
});
