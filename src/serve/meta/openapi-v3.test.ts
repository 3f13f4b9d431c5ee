// The OpenAPI v3 group/version documents against what kubectl 1.33 reads from them:
// - cli-runtime pkg/resource/query_param_verifier_v3.go: for a GVK, a `patch` operation whose
//   x-kubernetes-group-version-kind matches and whose parameters name `fieldValidation`
//   (kubectl then leaves validation to the server and sends fieldValidation=Strict);
// - kubectl pkg/cmd/apply/patcher.go: a patch requestBody listing
//   application/strategic-merge-patch+json makes kubectl compute patches from these schemas
//   (kubectl-wire.md §1.3 pitfall), so there is none;
// - kubectl pkg/explain/v2/templates/plaintext.tmpl: a components schema whose
//   x-kubernetes-group-version-kind is an ARRAY containing the GVK, fields followed through
//   $ref / allOf; upstream names such as io.k8s.api.apps.v1.Deployment and
//   io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta (api/openapi-spec/v3/apis__apps__v1_openapi.json).
import { describe, expect, it } from 'vitest';
import { RESOURCE_TYPES, groupVersion } from '../../sim/index.js';
import { groupVersionDocument } from './openapi-v3.js';
import { schemaName } from './openapi-schemas.js';

type Obj = Record<string, unknown>;

function doc(group: string, version: string) {
  const resources = RESOURCE_TYPES.filter((t) => t.group === group && t.version === version);
  return groupVersionDocument(group, version, resources) as { openapi: string; info: Obj; paths: Record<string, Record<string, Obj>>; components: { schemas: Record<string, Obj> } };
}

/** The verifier's check, restated: some patch op of the GVK lists the parameter. */
function supportsFieldValidation(d: ReturnType<typeof doc>, gvk: Obj): boolean {
  const ops = Object.values(d.paths).map((p) => p.patch).filter((op): op is Obj => !!op);
  const mine = ops.filter((op) => JSON.stringify(op['x-kubernetes-group-version-kind']) === JSON.stringify(gvk));
  return mine.length > 0 && mine.every((op) => (op.parameters as Obj[]).some((p) => p.name === 'fieldValidation' && p.in === 'query'));
}

describe('OpenAPI v3 group/version documents', () => {
  it('let kubectl find fieldValidation on the patch of every patchable kind', () => {
    for (const t of RESOURCE_TYPES.filter((r) => r.verbs.includes('patch'))) {
      expect(supportsFieldValidation(doc(t.group, t.version), { group: t.group, kind: t.kind, version: t.version }), groupVersion(t) + ' ' + t.kind).toBe(true);
    }
  });

  it('lays out the Deployment paths like the installer, with no patch requestBody', () => {
    const d = doc('apps', 'v1');
    expect(d.openapi).toBe('3.0.0');
    expect(d.info).toEqual({ title: 'Kubernetes', version: 'v1.33.1' });
    const item = d.paths['/apis/apps/v1/namespaces/{namespace}/deployments/{name}'];
    expect(Object.keys(item).sort()).toEqual(['delete', 'get', 'parameters', 'patch', 'put']);
    expect(item.patch).toMatchObject({ operationId: 'patchAppsV1NamespacedDeployment', 'x-kubernetes-action': 'patch', 'x-kubernetes-group-version-kind': { group: 'apps', kind: 'Deployment', version: 'v1' } });
    expect('requestBody' in item.patch).toBe(false);
    expect(d.paths['/apis/apps/v1/deployments'].get).toMatchObject({ operationId: 'listAppsV1DeploymentForAllNamespaces' });
    expect(d.paths['/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale'].patch).toMatchObject({ 'x-kubernetes-group-version-kind': { group: 'autoscaling', kind: 'Scale', version: 'v1' } });
    expect(d.paths['/apis/apps/v1/namespaces/{namespace}/deployments'].post).toMatchObject({ operationId: 'createAppsV1NamespacedDeployment', requestBody: { content: { '*/*': { schema: { $ref: '#/components/schemas/io.k8s.api.apps.v1.Deployment' } } } } });
  });

  it('names schemas as upstream and marks kinds with a GVK array', () => {
    const s = doc('apps', 'v1').components.schemas;
    expect(s['io.k8s.api.apps.v1.Deployment']['x-kubernetes-group-version-kind']).toEqual([{ group: 'apps', kind: 'Deployment', version: 'v1' }]);
    for (const name of ['io.k8s.api.apps.v1.DeploymentSpec', 'io.k8s.api.apps.v1.DeploymentStrategy', 'io.k8s.api.core.v1.PodTemplateSpec', 'io.k8s.api.core.v1.Container', 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta', 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector', 'io.k8s.apimachinery.pkg.util.intstr.IntOrString']) {
      expect(s[name], name).toBeDefined();
    }
    const spec = s['io.k8s.api.apps.v1.DeploymentSpec'] as { properties: Record<string, Obj>; required: string[] };
    expect(spec.required).toEqual(['selector', 'template']);
    expect(spec.properties.template.$ref).toBe('#/components/schemas/io.k8s.api.core.v1.PodTemplateSpec');
    expect(spec.properties.replicas).toMatchObject({ type: 'integer', format: 'int32' });
    const rolling = s['io.k8s.api.apps.v1.RollingUpdateDeployment'] as { properties: Record<string, Obj> };
    expect(rolling.properties.maxSurge.allOf).toEqual([{ $ref: '#/components/schemas/io.k8s.apimachinery.pkg.util.intstr.IntOrString' }]);
    const podSpec = s['io.k8s.api.core.v1.PodSpec'] as { properties: Record<string, Obj> };
    expect(podSpec.properties.containers).toMatchObject({ type: 'array', items: { $ref: '#/components/schemas/io.k8s.api.core.v1.Container' }, 'x-kubernetes-patch-merge-key': 'name', 'x-kubernetes-patch-strategy': 'merge' });
    // Every $ref points into the document.
    const refs = JSON.stringify(s).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
    for (const r of refs) expect(s[r.slice(22, -1)], r).toBeDefined();
  });

  it('keeps shared core types in core and events in their own package', () => {
    expect(schemaName('V1PodSpec')).toBe('io.k8s.api.core.v1.PodSpec');
    expect(schemaName('CoreV1Event')).toBe('io.k8s.api.core.v1.Event');
    expect(schemaName('V2HorizontalPodAutoscaler')).toBe('io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler');
    expect(schemaName('V1ClusterRole')).toBe('io.k8s.api.rbac.v1.ClusterRole');
    expect(schemaName('V1TopologySelectorTerm')).toBe('io.k8s.api.core.v1.TopologySelectorTerm');
    expect(schemaName('V1ObjectMeta')).toBe('io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta');
  });

  it('serves create-only review kinds with a post operation only', () => {
    const d = doc('authorization.k8s.io', 'v1');
    expect(Object.keys(d.paths['/apis/authorization.k8s.io/v1/selfsubjectaccessreviews']).sort()).toEqual(['parameters', 'post']);
  });
});
