/**
 * The authorizer end to end through the API (kubernetes/kubernetes plugin/pkg/auth/
 * authorizer/rbac/rbac.go; RBAC reference "RoleBinding and ClusterRoleBinding"): bindings
 * scope rules, ServiceAccount subjects, groups, aggregation of the default roles, and
 * the Forbidden wording of k8s.io/apiserver responsewriters (reference §7.6).
 */
import { describe, expect, it } from 'vitest';
import { R } from '../client.js';
import { Cluster } from '../cluster.js';
import type { KObject, UserInfo } from '../types.js';
import { serviceAccountUser } from './identity.js';
import { selfSubjectAccessReview } from './reviews.js';

const RBAC = { roles: { group: 'rbac.authorization.k8s.io', resource: 'roles' }, clusterroles: { group: 'rbac.authorization.k8s.io', resource: 'clusterroles' }, rolebindings: { group: 'rbac.authorization.k8s.io', resource: 'rolebindings' }, clusterrolebindings: { group: 'rbac.authorization.k8s.io', resource: 'clusterrolebindings' } };
const jane: UserInfo = { name: 'jane', groups: ['system:authenticated'] };

function cluster(): Cluster {
  const c = Cluster.create({ seed: 3 });
  c.client().create(R.namespaces, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev' } });
  c.settle();
  return c;
}

function bind(c: Cluster, kind: 'RoleBinding' | 'ClusterRoleBinding', ns: string | undefined, name: string, roleKind: string, role: string, subjects: object[]): void {
  const res = c.client().create(kind === 'RoleBinding' ? RBAC.rolebindings : RBAC.clusterrolebindings, ns, {
    apiVersion: 'rbac.authorization.k8s.io/v1', kind, metadata: { name }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: roleKind, name: role }, subjects,
  } as KObject);
  expect(res.ok).toBe(true);
}

const can = (c: Cluster, u: UserInfo, verb: string, resource: string, namespace?: string, group = '', subresource?: string) =>
  selfSubjectAccessReview(c, u, { resourceAttributes: { verb, resource, namespace, group, subresource } }).allowed;

describe('RBAC authorizer', () => {
  it('denies by default with the upstream wording, namespaced and cluster-scoped', () => {
    const c = cluster();
    const list = c.client(jane).list(R.pods, 'default');
    expect(list.ok ? '' : list.status.message).toBe('pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"');
    const nodes = c.client(jane).list(R.nodes);
    expect(nodes.ok ? '' : nodes.status.message).toBe('nodes is forbidden: User "jane" cannot list resource "nodes" in API group "" at the cluster scope');
    const get = c.client(jane).get(R.deployments, 'default', 'web');
    expect(get.ok ? '' : `${get.status.code} ${get.status.reason} ${get.status.message}`).toBe('403 Forbidden deployments.apps "web" is forbidden: User "jane" cannot get resource "deployments" in API group "apps" in the namespace "default"');
  });

  it('a RoleBinding to a ClusterRole grants it in that namespace only', () => {
    const c = cluster();
    bind(c, 'RoleBinding', 'dev', 'jane-view', 'ClusterRole', 'view', [{ kind: 'User', name: 'jane', apiGroup: 'rbac.authorization.k8s.io' }]);
    expect(can(c, jane, 'list', 'pods', 'dev')).toBe(true);
    expect(can(c, jane, 'list', 'pods', 'default')).toBe(false);
    expect(can(c, jane, 'list', 'pods', undefined)).toBe(false);
    // view is aggregated from system:aggregate-to-view: no secrets, no pods/exec, but pods/log.
    expect(can(c, jane, 'get', 'secrets', 'dev')).toBe(false);
    expect(can(c, jane, 'get', 'pods', 'dev', '', 'log')).toBe(true);
    expect(can(c, jane, 'create', 'pods', 'dev', '', 'exec')).toBe(false);
    expect(can(c, jane, 'list', 'deployments', 'dev', 'apps')).toBe(true);
    expect(can(c, jane, 'delete', 'deployments', 'dev', 'apps')).toBe(false);
  });

  it('edit and admin aggregate their parts; admin adds roles and rolebindings', () => {
    const c = cluster();
    bind(c, 'RoleBinding', 'dev', 'jane-edit', 'ClusterRole', 'edit', [{ kind: 'User', name: 'jane', apiGroup: 'rbac.authorization.k8s.io' }]);
    expect(can(c, jane, 'get', 'secrets', 'dev')).toBe(true);
    expect(can(c, jane, 'create', 'pods', 'dev', '', 'exec')).toBe(true);
    expect(can(c, jane, 'create', 'rolebindings', 'dev', 'rbac.authorization.k8s.io')).toBe(false);
    bind(c, 'RoleBinding', 'dev', 'jane-admin', 'ClusterRole', 'admin', [{ kind: 'User', name: 'jane', apiGroup: 'rbac.authorization.k8s.io' }]);
    expect(can(c, jane, 'create', 'rolebindings', 'dev', 'rbac.authorization.k8s.io')).toBe(true);
    expect(can(c, jane, 'update', 'resourcequotas', 'dev')).toBe(false);
  });

  it('a ClusterRole labelled aggregate-to-view extends view', () => {
    const c = cluster();
    bind(c, 'RoleBinding', 'dev', 'jane-view', 'ClusterRole', 'view', [{ kind: 'User', name: 'jane', apiGroup: 'rbac.authorization.k8s.io' }]);
    expect(can(c, jane, 'list', 'secrets', 'dev')).toBe(false);
    c.client().create(RBAC.clusterroles, undefined, { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'secret-reader', labels: { 'rbac.authorization.k8s.io/aggregate-to-view': 'true' } }, rules: [{ apiGroups: [''], resources: ['secrets'], verbs: ['list'] }] } as KObject);
    c.settle();
    expect(can(c, jane, 'list', 'secrets', 'dev')).toBe(true);
  });

  it('ServiceAccount subjects: namespace defaults to the RoleBinding\'s; SA groups bind too', () => {
    const c = cluster();
    const robot = serviceAccountUser('dev', 'robot');
    expect(robot).toEqual({ name: 'system:serviceaccount:dev:robot', groups: ['system:serviceaccounts', 'system:serviceaccounts:dev', 'system:authenticated'] });
    c.client().create(RBAC.roles, 'dev', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'pod-reader' }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] }] } as KObject);
    bind(c, 'RoleBinding', 'dev', 'robot', 'Role', 'pod-reader', [{ kind: 'ServiceAccount', name: 'robot' }]);
    expect(can(c, robot, 'list', 'pods', 'dev')).toBe(true);
    expect(can(c, serviceAccountUser('default', 'robot'), 'list', 'pods', 'dev')).toBe(false);
    bind(c, 'ClusterRoleBinding', undefined, 'all-sa-view', 'ClusterRole', 'view', [{ kind: 'Group', name: 'system:serviceaccounts:default', apiGroup: 'rbac.authorization.k8s.io' }]);
    expect(can(c, serviceAccountUser('default', 'x'), 'list', 'pods', 'kube-system')).toBe(true);
    expect(can(c, serviceAccountUser('dev', 'x'), 'list', 'pods', 'kube-system')).toBe(false);
  });

  it('a binding to a missing role grants nothing; system:masters bypasses RBAC', () => {
    const c = cluster();
    bind(c, 'ClusterRoleBinding', undefined, 'ghost', 'ClusterRole', 'does-not-exist', [{ kind: 'User', name: 'jane', apiGroup: 'rbac.authorization.k8s.io' }]);
    expect(can(c, jane, 'get', 'pods', 'default')).toBe(false);
    expect(can(c, { name: 'root', groups: ['system:masters'] }, 'delete', 'nodes')).toBe(true);
    // The kind admin's group is bound to cluster-admin by kubeadm:cluster-admins.
    expect(can(c, { name: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] }, '*', '*', 'default', '*')).toBe(true);
  });

  it('every authenticated user may review their own access (system:basic-user)', () => {
    const c = cluster();
    expect(can(c, jane, 'create', 'selfsubjectaccessreviews', undefined, 'authorization.k8s.io')).toBe(true);
    expect(selfSubjectAccessReview(c, jane, { nonResourceAttributes: { verb: 'get', path: '/healthz' } }).allowed).toBe(true);
    expect(selfSubjectAccessReview(c, jane, { nonResourceAttributes: { verb: 'get', path: '/metrics' } }).allowed).toBe(false);
  });

  it('every namespace gets a default ServiceAccount and kube-root-ca.crt; pods need an existing ServiceAccount', () => {
    const c = cluster();
    expect(c.store.get('serviceaccounts', 'dev', 'default')).toBeDefined();
    expect(c.store.get('configmaps', 'dev', 'kube-root-ca.crt')?.data?.['ca.crt']).toContain('BEGIN CERTIFICATE');
    const res = c.client().create(R.pods, 'dev', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { serviceAccountName: 'robot', containers: [{ name: 'c', image: 'nginx' }] } });
    expect(res.ok ? '' : res.status.message).toBe('pods "p" is forbidden: error looking up service account dev/robot: serviceaccount "robot" not found');
  });

  it('a manually created service-account-token Secret gets its token filled in', () => {
    const c = cluster();
    c.client().create(R.serviceaccounts, 'dev', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'robot' } });
    c.client().create(R.secrets, 'dev', { apiVersion: 'v1', kind: 'Secret', type: 'kubernetes.io/service-account-token', metadata: { name: 'robot-token', annotations: { 'kubernetes.io/service-account.name': 'robot' } } });
    c.settle();
    const s = c.store.get('secrets', 'dev', 'robot-token')!;
    expect(Object.keys(s.data).sort()).toEqual(['ca.crt', 'namespace', 'token']);
    expect(Buffer.from(s.data.namespace, 'base64').toString()).toBe('dev');
    expect(s.metadata.annotations?.['kubernetes.io/service-account.uid']).toBe(c.store.get('serviceaccounts', 'dev', 'robot')!.metadata.uid);
    // No token Secrets are created automatically (1.24+).
    expect(c.store.list('secrets', 'dev').map((x) => x.metadata.name)).toEqual(['robot-token']);
  });
});

describe('internal identities', () => {
  it('the simulator\'s own client keeps working when the learner removes the admin bindings', () => {
    const c = cluster();
    const learnerAdmin: UserInfo = { name: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] };
    expect(c.client(learnerAdmin).delete(RBAC.clusterrolebindings, undefined, 'kubeadm:cluster-admins').ok).toBe(true);
    const denied = c.client(learnerAdmin).list(R.pods, 'default');
    expect(denied.ok ? '' : denied.status.message).toBe('pods is forbidden: User "kubernetes-admin" cannot list resource "pods" in API group "" in the namespace "default"');
    expect(c.client().list(R.pods, 'default').ok).toBe(true);
  });
});
