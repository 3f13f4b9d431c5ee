/**
 * ReplicaSet / ReplicationController reconcile (kubernetes/kubernetes pkg/controller/replicaset/
 * replica_set.go, controller_utils.go; reference §2). Events and their wording come from
 * controller_utils.go (`Created pod: %v`, `Deleted pod: %v`) and the seeds' real outputs.
 */
import { describe, expect, it } from 'vitest';
import { R } from '../../client.js';
import type { KObject } from '../../types.js';
import { replicaSetController } from '../replicaset.js';
import { replicationControllerController } from '../replication-controller.js';
import { makeHarness, markReady, type Harness } from '../testing/harness.js';

function rs(name: string, replicas: number, extra: Record<string, unknown> = {}): KObject {
  return {
    apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name, namespace: 'default' },
    spec: {
      replicas, selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name, tier: 'web' }, annotations: { note: 'x' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
      ...extra,
    },
  };
}

function scale(h: Harness, name: string, replicas: number): void {
  expect(h.client.patch(R.replicasets, 'default', name, { spec: { replicas } }, 'application/merge-patch+json').ok).toBe(true);
}

describe('ReplicaSet controller', () => {
  it('creates the missing pods from the template, owned by the set, then reports them in status', () => {
    const h = makeHarness([replicaSetController]);
    h.client.create(R.replicasets, 'default', rs('web', 3));
    h.settle();
    const set = h.store.get('replicasets.apps', 'default', 'web')!;
    const pods = h.store.list('pods', 'default');
    expect(pods).toHaveLength(3);
    for (const p of pods) {
      expect(p.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(p.metadata.generateName).toBe('web-');
      expect(p.metadata.labels).toEqual({ app: 'web', tier: 'web' });
      expect(p.metadata.annotations).toEqual({ note: 'x' });
      expect(p.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: set.metadata.uid, controller: true, blockOwnerDeletion: true }]);
    }
    const created = h.events.filter((e) => e.reason === 'SuccessfulCreate');
    expect(created.map((e) => e.message).sort()).toEqual(pods.map((p) => `Created pod: ${p.metadata.name}`).sort());
    expect(created.every((e) => e.source.component === 'replicaset-controller' && e.involved.kind === 'ReplicaSet' && e.type === 'Normal')).toBe(true);
    expect(set.status).toEqual({ replicas: 3, fullyLabeledReplicas: 3, observedGeneration: 1 });
    // Status is written from the pods seen at the start of a sync: first 0, then 3.
    expect(h.writes.filter((w) => w.startsWith('MODIFIED replicasets'))).toHaveLength(2);
  });

  it('replaces a deleted pod at once', () => {
    const h = makeHarness([replicaSetController]);
    h.client.create(R.replicasets, 'default', rs('web', 2));
    h.settle();
    const victim = h.store.list('pods', 'default')[0].metadata.name!;
    h.client.delete(R.pods, 'default', victim);
    h.settle();
    const names = h.store.list('pods', 'default').map((p) => p.metadata.name);
    expect(names).toHaveLength(2);
    expect(names).not.toContain(victim);
  });

  it('deletes not-ready pods before ready ones when scaling down', () => {
    const h = makeHarness([replicaSetController]);
    h.client.create(R.replicasets, 'default', rs('web', 3));
    h.settle();
    const [a, b, c] = h.store.list('pods', 'default');
    markReady(h, a);
    markReady(h, c);
    h.settle();
    expect(h.store.get('replicasets.apps', 'default', 'web')!.status).toMatchObject({ replicas: 3, readyReplicas: 2, availableReplicas: 2 });
    scale(h, 'web', 2);
    h.settle();
    expect(h.store.list('pods', 'default').map((p) => p.metadata.name)).toEqual([a.metadata.name, c.metadata.name]);
    const del = h.events.filter((e) => e.reason === 'SuccessfulDelete');
    expect(del.map((e) => e.message)).toEqual([`Deleted pod: ${b.metadata.name}`]);
  });

  it('adopts a matching orphan pod and deletes the excess; releases a relabelled pod', () => {
    const h = makeHarness([replicaSetController]);
    h.client.create(R.pods, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'bare', labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } });
    h.client.create(R.replicasets, 'default', rs('web', 1));
    h.settle();
    const bare = h.store.get('pods', 'default', 'bare')!;
    expect(bare.metadata.ownerReferences?.[0]).toMatchObject({ kind: 'ReplicaSet', name: 'web', controller: true });
    expect(h.store.count('pods', 'default')).toBe(1);
    h.client.patch(R.pods, 'default', 'bare', { metadata: { labels: { app: 'debug' } } }, 'application/merge-patch+json');
    h.settle();
    expect(h.store.get('pods', 'default', 'bare')!.metadata.ownerReferences).toBeUndefined();
    expect(h.store.count('pods', 'default')).toBe(2);
  });

  it('counts a pod available only after minReadySeconds, re-checking by itself', () => {
    const h = makeHarness([replicaSetController]);
    h.client.create(R.replicasets, 'default', rs('web', 1, { minReadySeconds: 10 }));
    h.settle();
    markReady(h, h.store.list('pods', 'default')[0]);
    h.settle();
    const status = () => h.store.get('replicasets.apps', 'default', 'web')!.status;
    expect(status()).toMatchObject({ readyReplicas: 1 });
    expect(status().availableReplicas).toBeUndefined();
    h.advance(10_000);
    expect(status().availableReplicas).toBeUndefined();
    h.advance(1_000);
    expect(status()).toMatchObject({ readyReplicas: 1, availableReplicas: 1 });
  });

  it('creates at most 500 pods per sync (burstReplicas)', () => {
    const h = makeHarness([replicaSetController]);
    h.client.create(R.replicasets, 'default', rs('web', 700));
    h.settle();
    expect(h.store.count('pods', 'default')).toBe(700);
    const firstStatus = h.writes.findIndex((w) => w.startsWith('MODIFIED replicasets'));
    expect(h.writes.slice(0, firstStatus).filter((w) => w.startsWith('ADDED pods/'))).toHaveLength(500);
  });
});

describe('ReplicationController controller', () => {
  it('uses the map selector, v1 ownerReferences and replication-controller events', () => {
    const h = makeHarness([replicationControllerController]);
    h.client.create(R.replicationcontrollers, 'default', {
      apiVersion: 'v1', kind: 'ReplicationController', metadata: { name: 'kubia' },
      spec: { replicas: 2, selector: { app: 'kubia' }, template: { metadata: { labels: { app: 'kubia' } }, spec: { containers: [{ name: 'kubia', image: 'luksa/kubia' }] } } },
    });
    h.settle();
    const pods = h.store.list('pods', 'default');
    expect(pods).toHaveLength(2);
    expect(pods[0].metadata.ownerReferences?.[0]).toMatchObject({ apiVersion: 'v1', kind: 'ReplicationController', name: 'kubia' });
    expect(h.events.every((e) => e.source.component === 'replication-controller')).toBe(true);
    expect(h.store.get('replicationcontrollers', 'default', 'kubia')!.status).toEqual({ replicas: 2, fullyLabeledReplicas: 2, observedGeneration: 1 });
  });
});

describe('scale-down ranking (§2.2)', () => {
  it('prefers the lower controller.kubernetes.io/pod-deletion-cost among equally ready pods', () => {
    const h = makeHarness([replicaSetController]);
    h.client.create(R.replicasets, 'default', rs('web', 3));
    h.settle();
    const pods = h.store.list('pods', 'default');
    for (const p of pods) markReady(h, p);
    const cheap = pods[1].metadata.name!;
    for (const p of pods) {
      const cost = p.metadata.name === cheap ? '-5' : '100';
      h.client.patch(R.pods, 'default', p.metadata.name!, { metadata: { annotations: { 'controller.kubernetes.io/pod-deletion-cost': cost } } }, 'application/merge-patch+json');
    }
    h.settle();
    scale(h, 'web', 2);
    h.settle();
    expect(h.store.get('pods', 'default', cheap)).toBeUndefined();
    expect(h.store.count('pods', 'default')).toBe(2);
  });

  it('deletes unscheduled pods before scheduled ones', () => {
    const h = makeHarness([replicaSetController]);
    h.client.create(R.replicasets, 'default', rs('web', 2));
    h.settle();
    const [a, b] = h.store.list('pods', 'default');
    const bound = structuredClone(a);
    bound.spec!.nodeName = 'kind-worker';
    expect(h.client.update(R.pods, bound).ok).toBe(true);
    scale(h, 'web', 1);
    h.settle();
    expect(h.store.list('pods', 'default').map((p) => p.metadata.name)).toEqual([a.metadata.name]);
    expect(h.store.get('pods', 'default', b.metadata.name!)).toBeUndefined();
  });
});
