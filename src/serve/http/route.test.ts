import { describe, expect, it } from 'vitest';
import { parseResourcePath } from './route.js';

// Path layout from k8s.io/apiserver pkg/endpoints/installer.go (registerResourceHandlers):
// namespaced resources under namespaces/{namespace}/{resource}/{name}/{subresource},
// cluster-scoped ones and all-namespace lists at the group/version root.
describe('parseResourcePath', () => {
  it('maps core and group paths, namespaced and not', () => {
    expect(parseResourcePath('/api/v1/namespaces/default/pods')).toMatchObject({ group: '', version: 'v1', resource: 'pods', namespace: 'default' });
    expect(parseResourcePath('/api/v1/pods')).toMatchObject({ group: '', resource: 'pods' });
    expect(parseResourcePath('/api/v1/pods')?.namespace).toBeUndefined();
    expect(parseResourcePath('/apis/apps/v1/namespaces/ns1/deployments/web/scale')).toMatchObject({ group: 'apps', version: 'v1', resource: 'deployments', namespace: 'ns1', name: 'web', subresource: 'scale' });
    expect(parseResourcePath('/api/v1/nodes/kind-worker')).toMatchObject({ resource: 'nodes', name: 'kind-worker' });
  });

  it('treats /api/v1/namespaces/NAME[/status|/finalize] as the namespaces resource itself', () => {
    expect(parseResourcePath('/api/v1/namespaces')).toMatchObject({ resource: 'namespaces' });
    const ns = parseResourcePath('/api/v1/namespaces/dev');
    expect(ns).toMatchObject({ resource: 'namespaces', name: 'dev' });
    expect(ns?.namespace).toBeUndefined();
    expect(parseResourcePath('/api/v1/namespaces/dev/finalize')).toMatchObject({ resource: 'namespaces', name: 'dev', subresource: 'finalize' });
    expect(parseResourcePath('/api/v1/namespaces/dev/status')).toMatchObject({ resource: 'namespaces', name: 'dev', subresource: 'status' });
    expect(parseResourcePath('/api/v1/namespaces/dev/services')).toMatchObject({ resource: 'services', namespace: 'dev' });
  });

  it('leaves unknown resources without a type (the Api answers 404) and rejects impossible paths', () => {
    expect(parseResourcePath('/api/v1/namespaces/default/widgets')?.type).toBeUndefined();
    expect(parseResourcePath('/apis/apps/v2/namespaces/default/deployments')?.type).toBeUndefined();
    expect(parseResourcePath('/api/v1/namespaces/default/nodes/x')).toBeUndefined(); // cluster-scoped under a namespace
    expect(parseResourcePath('/api/v1/namespaces/default/pods/a/log/extra')).toBeUndefined();
    expect(parseResourcePath('/healthz')).toBeUndefined();
    expect(parseResourcePath('/api')).toBeUndefined();
  });

  it('accepts the deprecated /watch/ prefix as a watch of the same resource', () => {
    expect(parseResourcePath('/api/v1/watch/namespaces/default/pods')).toMatchObject({ resource: 'pods', namespace: 'default', watchPrefix: true });
    expect(parseResourcePath('/apis/apps/v1/watch/deployments')).toMatchObject({ group: 'apps', resource: 'deployments', watchPrefix: true });
    expect(parseResourcePath('/api/v1/namespaces/default/pods')?.watchPrefix).toBeUndefined();
  });

  it('finds each served version of a resource', () => {
    expect(parseResourcePath('/apis/autoscaling/v1/namespaces/default/horizontalpodautoscalers')?.type?.version).toBe('v1');
    expect(parseResourcePath('/apis/autoscaling/v2/namespaces/default/horizontalpodautoscalers')?.type?.version).toBe('v2');
  });

  it('decodes escaped segments', () => {
    expect(parseResourcePath('/api/v1/namespaces/default/configmaps/a%2Eb')?.name).toBe('a.b');
  });
});
