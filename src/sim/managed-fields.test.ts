// Server-side apply and managedFields through the API, as the API server behaves:
// staging/src/k8s.io/apiserver/pkg/endpoints/handlers/patch.go (applyPatcher, create on apply),
// k8s.io/apimachinery pkg/util/managedfields/internal (conflict.go, stripmeta.go,
// skipnonapplied.go, lastappliedmanager.go, managedfields.go), sigs.k8s.io/structured-merge-diff
// merge/update.go (Apply, prune, conflicts), typed/tofieldset.go and typed/compare.go.
import { describe, expect, it } from 'vitest';
import { Cluster, R, type KObject } from './index.js';

const APPLY = 'application/apply-patch+yaml';

function deployment(replicas: number, container: Record<string, unknown> = {}): KObject {
  return {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' },
    spec: {
      replicas, selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx', ...container }] } },
    },
  };
}

function setup() {
  const c = Cluster.create();
  const api = c.client();
  const apply = (obj: KObject, query: Record<string, string> = {}) =>
    api.request({ verb: 'patch', ...R.deployments, namespace: 'default', name: obj.metadata.name, body: obj, patchType: APPLY, query: { fieldManager: 'kubectl', force: 'false', ...query } });
  return { c, api, apply };
}

const entries = (o: KObject) => o.metadata.managedFields as { manager: string; operation: string; subresource?: string; fieldsV1: unknown }[];

describe('server-side apply', () => {
  it('creates an absent object (201) with one Apply entry holding exactly the applied fields', () => {
    const { apply } = setup();
    const res = apply(deployment(2));
    expect(res.code).toBe(201);
    expect(res.body.spec.strategy.type).toBe('RollingUpdate'); // defaulted after the merge, owned by nobody
    expect(entries(res.body)).toEqual([{
      manager: 'kubectl', operation: 'Apply', apiVersion: 'apps/v1', time: expect.any(String), fieldsType: 'FieldsV1',
      fieldsV1: {
        'f:spec': {
          'f:replicas': {}, 'f:selector': {},
          'f:template': {
            'f:metadata': { 'f:labels': { 'f:app': {} } },
            'f:spec': { 'f:containers': { 'k:{"name":"nginx"}': { '.': {}, 'f:image': {}, 'f:name': {} } } },
          },
        },
      },
    }]);
  });

  it('records the documentation example: a ConfigMap applied by kubectl', () => {
    // kubernetes.io/docs/reference/using-api/server-side-apply (managed fields example).
    const { api } = setup();
    const cm: KObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'test-cm', labels: { 'test-label': 'test' } }, data: { key: 'some value' } };
    const res = api.request({ verb: 'patch', ...R.configmaps, namespace: 'default', name: 'test-cm', body: cm, patchType: APPLY, query: { fieldManager: 'kubectl' } });
    expect(res.code).toBe(201);
    expect(entries(res.body)[0].fieldsV1).toEqual({ 'f:data': { 'f:key': {} }, 'f:metadata': { 'f:labels': { 'f:test-label': {} } } });
  });

  it('leaves an unchanged object alone when the same configuration is applied again', () => {
    const { apply } = setup();
    const first = apply(deployment(2));
    const again = apply(deployment(2));
    expect(again.code).toBe(200);
    expect(again.body.metadata.resourceVersion).toBe(first.body.metadata.resourceVersion);
  });

  it('removes what the manager applied before and no longer applies', () => {
    const { apply } = setup();
    apply(deployment(2, { env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] }));
    const res = apply(deployment(2, { env: [{ name: 'B', value: '2' }] }));
    expect(res.code).toBe(200);
    expect(res.body.spec.template.spec.containers[0].env).toEqual([{ name: 'B', value: '2' }]);
  });

  it('keeps a field another manager also owns when the applier drops it', () => {
    const { api, apply } = setup();
    apply(deployment(2));
    api.patch(R.deployments, 'default', 'web', { metadata: { labels: { team: 'a' } } }, 'application/merge-patch+json', undefined, { fieldManager: 'kubectl-label' });
    const withLabel = deployment(2);
    withLabel.metadata.labels = { team: 'a' };
    apply(withLabel);
    const res = apply(deployment(2));
    expect(res.body.metadata.labels).toEqual({ team: 'a' });
  });

  it('refuses with 409 when another manager owns a field it would change (kubectl scale, via the scale subresource)', () => {
    const { api, apply } = setup();
    apply(deployment(2));
    // kubectl scale sends no fieldManager: the manager is the User-Agent's product name.
    const scaled = api.request({ verb: 'patch', ...R.deployments, namespace: 'default', name: 'web', subresource: 'scale', body: { spec: { replicas: 5 } }, patchType: 'application/merge-patch+json', userAgent: 'kubectl/v1.33.0 (linux/amd64) kubernetes/60a317e' });
    expect(scaled.code).toBe(200);
    const res = apply(deployment(3));
    expect(res.code).toBe(409);
    expect(res.body).toEqual({
      kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', reason: 'Conflict', code: 409,
      message: 'Apply failed with 1 conflict: conflict with "kubectl" with subresource "scale" using apps/v1: .spec.replicas',
      details: { causes: [{ reason: 'FieldManagerConflict', message: 'conflict with "kubectl" with subresource "scale" using apps/v1', field: '.spec.replicas' }] },
    });
  });

  it('applies the same value as the owner without conflict (co-ownership)', () => {
    const { api, apply } = setup();
    apply(deployment(2));
    api.request({ verb: 'patch', ...R.deployments, namespace: 'default', name: 'web', subresource: 'scale', body: { spec: { replicas: 5 } }, patchType: 'application/merge-patch+json' });
    expect(apply(deployment(5)).code).toBe(200);
  });

  it('takes the fields over with force=true', () => {
    const { api, apply } = setup();
    apply(deployment(2));
    api.request({ verb: 'patch', ...R.deployments, namespace: 'default', name: 'web', subresource: 'scale', body: { spec: { replicas: 5 } }, patchType: 'application/merge-patch+json' });
    const res = apply(deployment(3), { force: 'true' });
    expect(res.code).toBe(200);
    expect(res.body.spec.replicas).toBe(3);
    expect(entries(res.body).map((e) => e.manager)).toEqual(['kubectl']);
  });

  it('lists several conflicts grouped by manager', () => {
    const { api, apply } = setup();
    apply(deployment(2));
    const live = api.get(R.deployments, 'default', 'web');
    if (!live.ok) throw new Error(live.status.message);
    const edited = structuredClone(live.value);
    edited.spec.replicas = 4;
    edited.spec.template.spec.containers[0].image = 'nginx:1.27';
    expect(api.update(R.deployments, edited, { fieldManager: 'kubectl-edit' }).ok).toBe(true);
    const res = apply(deployment(3, { image: 'nginx:1.28' }));
    expect(res.code).toBe(409);
    expect(res.body.message).toBe('Apply failed with 2 conflicts: conflicts with "kubectl-edit" using apps/v1:\n- .spec.replicas\n- .spec.template.spec.containers[name="nginx"].image');
    expect(res.body.details.causes.map((c: { field: string }) => c.field)).toEqual(['.spec.replicas', '.spec.template.spec.containers[name="nginx"].image']);
  });

  it('lets kubectl take over fields client-side apply left as its last-applied configuration says', () => {
    const { api, apply } = setup();
    const csa = deployment(2);
    csa.metadata.annotations = { 'kubectl.kubernetes.io/last-applied-configuration': `${JSON.stringify(deployment(2))}\n` };
    expect(api.create(R.deployments, 'default', csa, { fieldManager: 'kubectl-client-side-apply' }).ok).toBe(true);
    expect(apply(deployment(3)).code).toBe(200);
    // Fields changed since the last client-side apply still conflict.
    const other = setup();
    const created = other.api.create(R.deployments, 'default', csa, { fieldManager: 'kubectl-client-side-apply' });
    expect(created.ok).toBe(true);
    other.api.patch(R.deployments, 'default', 'web', { spec: { replicas: 7 } }, 'application/merge-patch+json', undefined, { fieldManager: 'kubectl-client-side-apply' });
    // The image is still as last applied: it may be taken over and is not reported.
    const res = other.apply(deployment(3, { image: 'nginx:1.27' }));
    expect(res.code).toBe(409);
    expect(res.body.message).toBe('Apply failed with 1 conflict: conflict with "kubectl-client-side-apply" using apps/v1: .spec.replicas');
  });

  it('gives the fields of an untracked object to "before-first-apply"', () => {
    const { c, apply } = setup();
    const system = c.systemClient({ name: 'system:kube-controller-manager', groups: [] });
    expect(system.create(R.deployments, 'default', deployment(2)).ok).toBe(true);
    const res = apply(deployment(3));
    expect(res.code).toBe(409);
    expect(res.body.message).toBe('Apply failed with 1 conflict: conflict with "before-first-apply" using apps/v1: .spec.replicas');
  });

  it('rejects fields the schema does not declare, whatever fieldValidation says (500 without a reason)', () => {
    // kubernetes/kubernetes#122480 shows the body of this error as the server sends it.
    const { apply } = setup();
    const bad = deployment(1, { bogus: true });
    (bad.spec as Record<string, unknown>).foo = 1;
    const res = apply(bad, { fieldValidation: 'Ignore' });
    expect(res.code).toBe(500);
    expect(res.body).toEqual({
      kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: 500,
      message: 'failed to create typed patch object (default/web; apps/v1, Kind=Deployment): errors:\n  .spec.foo: field not declared in schema\n  .spec.template.spec.containers[name="nginx"].bogus: field not declared in schema',
    });
  });

  it('treats metadata.resourceVersion in the configuration as a precondition', () => {
    const { apply } = setup();
    apply(deployment(2));
    const stale = deployment(3);
    stale.metadata.resourceVersion = '1';
    const res = apply(stale);
    expect(res.code).toBe(409);
    expect(res.body.message).toBe('Operation cannot be fulfilled on deployments.apps "web": the object has been modified; please apply your changes to the latest version and try again');
  });

  it('does not store on dryRun', () => {
    const { api, apply } = setup();
    expect(apply(deployment(2), { dryRun: 'All' }).code).toBe(201);
    expect(api.get(R.deployments, 'default', 'web').ok).toBe(false);
  });

  it('requires a field manager and the resource\'s apiVersion', () => {
    const { api, apply } = setup();
    const noManager = api.request({ verb: 'patch', ...R.deployments, namespace: 'default', name: 'web', body: deployment(1), patchType: APPLY });
    expect(noManager.code).toBe(422);
    expect(noManager.body.message).toBe('PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch');
    const wrong = apply({ ...deployment(1), apiVersion: 'apps/v1beta1' });
    expect(wrong.code).toBe(400);
    expect(wrong.body.message).toBe('Incorrect version specified in apply patch. Specified patch version: apps/v1beta1, expected: apps/v1');
  });
});

describe('managedFields of ordinary writes', () => {
  it('records an Update entry for a create, with "." on maps and items the create added', () => {
    const { api } = setup();
    const res = api.create(R.deployments, 'default', { ...deployment(1), metadata: { name: 'web', labels: { app: 'web' } } }, { fieldManager: 'kubectl-create' });
    if (!res.ok) throw new Error(res.status.message);
    const [entry] = entries(res.value);
    expect(entry).toMatchObject({ manager: 'kubectl-create', operation: 'Update', apiVersion: 'apps/v1' });
    const f = entry.fieldsV1 as Record<string, any>;
    // Maps the empty Deployment already has (spec, strategy, template) carry no ".";
    // labels and rollingUpdate were added by the create and do (typed/compare.go).
    expect(f['f:metadata']).toEqual({ 'f:labels': { '.': {}, 'f:app': {} } });
    expect(f['f:spec']['f:strategy']).toEqual({ 'f:rollingUpdate': { '.': {}, 'f:maxSurge': {}, 'f:maxUnavailable': {} }, 'f:type': {} });
    expect(Object.keys(f['f:spec']['f:template']['f:spec']['f:containers'])).toEqual(['k:{"name":"nginx"}']);
    expect(f['f:status']).toBeUndefined();
  });

  it('moves a changed field to the manager that changed it', () => {
    const { api, apply } = setup();
    apply(deployment(2));
    const res = api.patch(R.deployments, 'default', 'web', { spec: { replicas: 4 } }, 'application/merge-patch+json', undefined, { fieldManager: 'kubectl-patch' });
    if (!res.ok) throw new Error(res.status.message);
    const byManager = Object.fromEntries(entries(res.value).map((e) => [e.manager, e.fieldsV1 as Record<string, any>]));
    expect(byManager['kubectl-patch']).toEqual({ 'f:spec': { 'f:replicas': {} } });
    expect(byManager.kubectl['f:spec']['f:replicas']).toBeUndefined();
  });

  it('does not give a creator what admission, the strategy or allocation set (the field manager runs before them)', () => {
    // handlers/create.go: FieldManager.UpdateNoErrors runs on the decoded, defaulted object,
    // before mutating admission and the registry's PrepareForCreate.
    const { api } = setup();
    const pod = api.create(R.pods, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } }, { fieldManager: 'kubectl-run' });
    if (!pod.ok) throw new Error(pod.status.message);
    expect(pod.value.spec.serviceAccountName).toBe('default');
    const podSpec = (entries(pod.value)[0].fieldsV1 as Record<string, any>)['f:spec'];
    expect(Object.keys(podSpec)).toEqual(['f:containers', 'f:dnsPolicy', 'f:enableServiceLinks', 'f:restartPolicy', 'f:schedulerName', 'f:securityContext', 'f:terminationGracePeriodSeconds']);
    const ns = api.create(R.namespaces, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team' } }, { fieldManager: 'kubectl-create' });
    if (!ns.ok) throw new Error(ns.status.message);
    expect(entries(ns.value)[0].fieldsV1).toEqual({ 'f:metadata': { 'f:labels': { '.': {}, 'f:kubernetes.io/metadata.name': {} } } });
    const svc = api.create(R.services, 'default', { apiVersion: 'v1', kind: 'Service', metadata: { name: 's' }, spec: { selector: { app: 's' }, ports: [{ port: 80 }] } }, { fieldManager: 'kubectl-expose' });
    if (!svc.ok) throw new Error(svc.status.message);
    expect(Object.keys((entries(svc.value)[0].fieldsV1 as Record<string, any>)['f:spec'])).toEqual(['f:internalTrafficPolicy', 'f:ports', 'f:selector', 'f:sessionAffinity', 'f:type']);
  });

  it('is not kept for the simulator\'s own components', () => {
    const { c } = setup();
    const res = c.systemClient({ name: 'system:kube-controller-manager', groups: [] }).create(R.deployments, 'default', deployment(1));
    expect(res.ok && res.value.metadata.managedFields).toBeUndefined();
  });
});
