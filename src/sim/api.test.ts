// API-server semantics the rest of the simulator relies on (k8s.io/apiserver generic
// registry: store.go Update/Delete, rest/update.go; apimachinery errors.go wording).
import { describe, expect, it } from 'vitest';
import { Cluster, R, type KObject } from './index.js';

function deployment(name: string, image = 'nginx:1.16.1'): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, labels: { app: name } },
    spec: {
      replicas: 0,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'nginx', image }] } },
    },
  };
}

describe('Api', () => {
  it('bumps generation on spec changes only', () => {
    const c = Cluster.create();
    const api = c.client();
    const created = api.create(R.deployments, 'default', deployment('web'));
    if (!created.ok) throw new Error(created.status.message);
    expect(created.value.metadata.generation).toBe(1);
    const got = api.get(R.deployments, 'default', 'web');
    if (!got.ok) throw new Error(got.status.message);
    const labelled = structuredClone(got.value);
    labelled.metadata.labels = { ...labelled.metadata.labels, tier: 'fe' };
    const r1 = api.update(R.deployments, labelled);
    expect(r1.ok && r1.value.metadata.generation).toBe(1);
    const changed = structuredClone(r1.ok ? r1.value : labelled);
    changed.spec.template.spec.containers[0].image = 'nginx:1.17.0';
    const r2 = api.update(R.deployments, changed);
    expect(r2.ok && r2.value.metadata.generation).toBe(2);
  });

  it('treats a write that changes nothing as a no-op (same resourceVersion)', () => {
    const c = Cluster.create();
    const api = c.client();
    const created = api.create(R.deployments, 'default', deployment('web'));
    if (!created.ok) throw new Error(created.status.message);
    const again = api.update(R.deployments, structuredClone(created.value));
    expect(again.ok && again.value.metadata.resourceVersion).toBe(created.value.metadata.resourceVersion);
  });

  it('rejects a stale resourceVersion with a Conflict worded as upstream', () => {
    const c = Cluster.create();
    const api = c.client();
    const created = api.create(R.deployments, 'default', deployment('web'));
    if (!created.ok) throw new Error(created.status.message);
    const stale = structuredClone(created.value);
    const fresh = structuredClone(created.value);
    fresh.spec.replicas = 2;
    expect(api.update(R.deployments, fresh).ok).toBe(true);
    stale.spec.replicas = 3;
    const res = api.update(R.deployments, stale);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.status.reason).toBe('Conflict');
      expect(res.status.message).toBe('Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again');
    }
  });

  it('keeps status out of main-resource updates and spec out of status updates', () => {
    const c = Cluster.create();
    const api = c.client();
    const created = api.create(R.deployments, 'default', deployment('web'));
    if (!created.ok) throw new Error(created.status.message);
    const withStatus = structuredClone(created.value);
    withStatus.status = { replicas: 7 };
    withStatus.spec.replicas = 5;
    const st = api.updateStatus(R.deployments, withStatus);
    expect(st.ok && st.value.status.replicas).toBe(7);
    expect(st.ok && st.value.spec.replicas).toBe(0);
  });

  it('reports NotFound and AlreadyExists with the resource.group form', () => {
    const c = Cluster.create();
    const api = c.client();
    const missing = api.get(R.deployments, 'default', 'nope');
    expect(!missing.ok && missing.status.message).toBe('deployments.apps "nope" not found');
    api.create(R.deployments, 'default', deployment('web'));
    const dup = api.create(R.deployments, 'default', deployment('web'));
    expect(!dup.ok && dup.status.message).toBe('deployments.apps "web" already exists');
    expect(!dup.ok && dup.status.reason).toBe('AlreadyExists');
  });

  it('deletes bound pods gracefully and unbound pods at once', () => {
    const c = Cluster.create();
    const api = c.client();
    const pod = (name: string, nodeName?: string): KObject => ({
      apiVersion: 'v1', kind: 'Pod', metadata: { name },
      spec: { ...(nodeName ? { nodeName } : {}), terminationGracePeriodSeconds: 30, containers: [{ name: 'c', image: 'nginx:1.16.1' }] },
    });
    api.create(R.pods, 'default', pod('loose'));
    const gone = api.delete(R.pods, 'default', 'loose');
    expect(gone.ok).toBe(true);
    expect(c.store.get('pods', 'default', 'loose')).toBeUndefined();

    // A pod bound to a node is only marked: the kubelet finishes the job.
    c.api.handle({ verb: 'create', group: '', resource: 'pods', namespace: 'default', body: pod('bound', 'kind-worker') });
    const marked = api.delete(R.pods, 'default', 'bound');
    expect(marked.ok && marked.value.metadata.deletionGracePeriodSeconds).toBe(30);
    const stored = c.store.get('pods', 'default', 'bound');
    expect(stored?.metadata.deletionTimestamp).toBe('2025-06-02T09:00:30Z');
    api.delete(R.pods, 'default', 'bound', { gracePeriodSeconds: 0 });
    expect(c.store.get('pods', 'default', 'bound')).toBeUndefined();
  });
});
