/**
 * RBAC validation and defaults. Expected texts: kubernetes/kubernetes
 * pkg/apis/rbac/validation/validation.go, pkg/apis/rbac/v1/defaults.go, and reference §7.2
 * (`roleRef: Invalid value: ...: cannot change roleRef`).
 */
import { describe, expect, it } from 'vitest';
import { Cluster } from '../../cluster.js';
import type { KObject } from '../../types.js';

const ROLES = { group: 'rbac.authorization.k8s.io', resource: 'roles' };
const BINDINGS = { group: 'rbac.authorization.k8s.io', resource: 'rolebindings' };

describe('RBAC', () => {
  it('a rule without verbs or resources', () => {
    const c = Cluster.create();
    const res = c.client().create(ROLES, 'default', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'pod-reader' }, rules: [{ apiGroups: [''] }] });
    expect(res.ok ? '' : res.status.message).toBe('Role.rbac.authorization.k8s.io "pod-reader" is invalid: [rules[0].verbs: Required value: verbs must contain at least one value, rules[0].resources: Required value: resource rules must supply at least one resource]');
  });

  it('subjects get their API group by default; an unknown subject kind is rejected', () => {
    const c = Cluster.create();
    const ok = c.client().create(BINDINGS, 'default', {
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'rb' },
      roleRef: { kind: 'Role', name: 'pod-reader' }, subjects: [{ kind: 'User', name: 'jane' }, { kind: 'ServiceAccount', name: 'sa', namespace: 'default' }],
    });
    expect(ok.ok).toBe(true);
    if (!ok.ok) return;
    expect(ok.value.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-reader' });
    expect(ok.value.subjects).toEqual([{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: 'jane' }, { apiGroup: '', kind: 'ServiceAccount', name: 'sa', namespace: 'default' }]);
    const bad = c.client().create(BINDINGS, 'default', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'rb2' }, roleRef: { kind: 'Role', name: 'r' }, subjects: [{ kind: 'Users', name: 'jane' }] });
    expect(bad.ok ? '' : bad.status.message).toBe('RoleBinding.rbac.authorization.k8s.io "rb2" is invalid: subjects[0].kind: Unsupported value: "Users": supported values: "ServiceAccount", "User", "Group"');
  });

  it('roleRef cannot change', () => {
    const c = Cluster.create();
    const created = c.client().create(BINDINGS, 'default', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'rb' }, roleRef: { kind: 'Role', name: 'a' }, subjects: [] });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const next = { ...structuredClone(created.value), roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' } } as KObject;
    const res = c.client().update(BINDINGS, next);
    expect(res.ok ? '' : res.status.message).toBe('RoleBinding.rbac.authorization.k8s.io "rb" is invalid: roleRef: Invalid value: rbac.RoleRef{APIGroup:"rbac.authorization.k8s.io", Kind:"ClusterRole", Name:"view"}: cannot change roleRef');
  });
});
