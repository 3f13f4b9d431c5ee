import { describe, expect, it } from 'vitest';
import { Cluster, R } from './index.js';

describe('Cluster', () => {
  it('starts with the namespaces of a fresh kind cluster and the kubernetes service', () => {
    const c = Cluster.create();
    const ns = c.client().list(R.namespaces);
    expect(ns.ok && ns.value.items.map((n) => n.metadata.name)).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system', 'local-path-storage']);
    const svc = c.client().get(R.services, 'default', 'kubernetes');
    expect(svc.ok && svc.value.spec.clusterIP).toBe('10.96.0.1');
    expect(new Date(c.now()).toISOString()).toBe('2025-06-02T09:00:00.000Z');
  });

  it('rejects objects in a missing namespace as the API server does', () => {
    const c = Cluster.create();
    const res = c.client().create(R.configmaps, 'nope', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.status.message).toBe('namespaces "nope" not found');
  });

  it('is deterministic for a seed', () => {
    const uids = (seed: number) => {
      const c = Cluster.create({ seed });
      const r = c.client().create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { generateName: 'cfg-' } });
      return r.ok ? `${r.value.metadata.name} ${r.value.metadata.uid}` : '';
    };
    expect(uids(7)).toBe(uids(7));
    expect(uids(7)).not.toBe(uids(8));
  });
});
