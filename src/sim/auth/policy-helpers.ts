/** Small builders for bootstrap policy data (rbacv1helpers.NewRule in upstream's policy.go). */
import type { PolicyRule } from './rules.js';

export const READ = ['get', 'list', 'watch'];
export const WRITE = ['create', 'delete', 'deletecollection', 'patch', 'update'];
export const READ_WRITE = [...READ, ...WRITE];

/** A resource rule. */
export function rule(verbs: string[], apiGroups: string[], resources: string[], resourceNames?: string[]): PolicyRule {
  const r: PolicyRule = { apiGroups, resources, verbs };
  if (resourceNames) r.resourceNames = resourceNames;
  return r;
}

/** A non-resource URL rule. */
export function urls(verbs: string[], nonResourceURLs: string[]): PolicyRule {
  return { nonResourceURLs, verbs };
}

/** eventsRule(): what every controller needs to record Events. */
export const EVENTS = rule(['create', 'patch', 'update'], ['', 'events.k8s.io'], ['events']);

export interface RoleData { name: string; rules: PolicyRule[]; labels?: Record<string, string>; aggregateFrom?: string; namespace?: string }
export interface BindingData {
  name: string;
  roleKind?: 'Role' | 'ClusterRole';
  role: string;
  users?: string[];
  groups?: string[];
  /** `namespace/name`. */
  serviceAccounts?: string[];
  namespace?: string;
  /** Bootstrap bindings carry `kubernetes.io/bootstrapping: rbac-defaults`; kubeadm's and kind's do not. */
  addon?: boolean;
}
