/**
 * Rule matching as upstream documents it (kubernetes/kubernetes pkg/apis/rbac/v1/
 * evaluation_helpers.go; the RBAC reference "Referring to resources": `pods` does not grant
 * `pods/log`, `*` covers subresources, `* /scale` (no space) matches one subresource of any
 * resource, resourceNames cannot restrict list/create, nonResourceURLs match exactly or by a
 * trailing `*`).
 */
import { describe, expect, it } from 'vitest';
import { ruleAllows, type PolicyRule, type RequestAttributes } from './rules.js';

const pods: PolicyRule = { verbs: ['get', 'list', 'watch'], apiGroups: [''], resources: ['pods'] };
const podLogs: PolicyRule = { verbs: ['get'], apiGroups: [''], resources: ['pods', 'pods/log'] };
const everything: PolicyRule = { verbs: ['*'], apiGroups: ['*'], resources: ['*'] };
const anyScale: PolicyRule = { verbs: ['get', 'update'], apiGroups: ['*'], resources: ['*/scale'] };
const podStar: PolicyRule = { verbs: ['get'], apiGroups: [''], resources: ['pods/*'] };
const named: PolicyRule = { verbs: ['update', 'get'], apiGroups: [''], resources: ['configmaps'], resourceNames: ['my-configmap'] };
const deploys: PolicyRule = { verbs: ['get', 'list'], apiGroups: ['apps'], resources: ['deployments'] };
const healthz: PolicyRule = { verbs: ['get', 'post'], nonResourceURLs: ['/healthz', '/healthz/*'] };

const cases: [string, PolicyRule, RequestAttributes, boolean][] = [
  ['get pods', pods, { verb: 'get', group: '', resource: 'pods', name: 'web', namespace: 'dev' }, true],
  ['list pods', pods, { verb: 'list', group: '', resource: 'pods', namespace: 'dev' }, true],
  ['delete pods is not granted by get/list/watch', pods, { verb: 'delete', group: '', resource: 'pods', name: 'web', namespace: 'dev' }, false],
  ['pods does not grant pods/log', pods, { verb: 'get', group: '', resource: 'pods', subresource: 'log', name: 'web', namespace: 'dev' }, false],
  ['pods/log grants the log subresource', podLogs, { verb: 'get', group: '', resource: 'pods', subresource: 'log', name: 'web', namespace: 'dev' }, true],
  ['pods/log does not grant pods/exec', podLogs, { verb: 'get', group: '', resource: 'pods', subresource: 'exec', name: 'web' }, false],
  ['* covers subresources', everything, { verb: 'create', group: '', resource: 'pods', subresource: 'exec', name: 'web' }, true],
  ['* covers every group and verb', everything, { verb: 'deletecollection', group: 'batch', resource: 'jobs' }, true],
  ['*/scale matches deployments/scale', anyScale, { verb: 'update', group: 'apps', resource: 'deployments', subresource: 'scale', name: 'web' }, true],
  ['*/scale does not match the deployment itself', anyScale, { verb: 'get', group: 'apps', resource: 'deployments', name: 'web' }, false],
  ['pods/* only matches a subresource literally named *', podStar, { verb: 'get', group: '', resource: 'pods', subresource: 'log', name: 'web' }, false],
  ['the core group is "" (apps deployments are not core)', pods, { verb: 'get', group: 'apps', resource: 'pods' }, false],
  ['apps deployments', deploys, { verb: 'list', group: 'apps', resource: 'deployments', namespace: 'default' }, true],
  ['deployments in the wrong group', deploys, { verb: 'list', group: 'extensions', resource: 'deployments' }, false],
  ['resourceNames allow the named object', named, { verb: 'get', group: '', resource: 'configmaps', name: 'my-configmap', namespace: 'default' }, true],
  ['resourceNames deny other names', named, { verb: 'get', group: '', resource: 'configmaps', name: 'other', namespace: 'default' }, false],
  ['resourceNames cannot restrict list (no name on the request)', { ...named, verbs: ['list'] }, { verb: 'list', group: '', resource: 'configmaps', namespace: 'default' }, false],
  ['non-resource exact path', healthz, { verb: 'get', path: '/healthz' }, true],
  ['non-resource prefix with trailing *', healthz, { verb: 'get', path: '/healthz/etcd' }, true],
  ['non-resource other path', healthz, { verb: 'get', path: '/metrics' }, false],
  ['non-resource verb', healthz, { verb: 'put', path: '/healthz' }, false],
  ['resource rules never match non-resource requests', everything, { verb: 'get', path: '/healthz' }, false],
  ['non-resource rules never match resource requests', { verbs: ['*'], nonResourceURLs: ['*'] }, { verb: 'get', group: '', resource: 'pods' }, false],
  ['verb * is literal in a request: only a * rule grants it', pods, { verb: '*', group: '', resource: 'pods' }, false],
];

describe('ruleAllows', () => {
  for (const [name, rule, attrs, want] of cases) it(name, () => expect(ruleAllows(attrs, rule)).toBe(want));
});
