/**
 * The RBAC authorizer (kubernetes/kubernetes plugin/pkg/auth/authorizer/rbac/rbac.go and
 * pkg/registry/rbac/validation/rule.go VisitRulesFor): deny by default; a request is
 * allowed when any rule reachable from a ClusterRoleBinding, or from a RoleBinding in the
 * request's namespace, allows it. Members of `system:masters` bypass RBAC, as the API
 * server's privileged-group authorizer does.
 *
 * Rules per (user, groups, namespace) are cached and the cache is dropped whenever a
 * Role, ClusterRole or binding changes, so a 1,000-pod rollout costs one lookup per request.
 */
import type { Store } from '../store.js';
import type { KObject, UserInfo } from '../types.js';
import { MASTERS, serviceAccountUsername } from './identity.js';
import { ruleAllows, type PolicyRule, type RequestAttributes } from './rules.js';

const RBAC = 'rbac.authorization.k8s.io';
export const RBAC_RESOURCES = [`roles.${RBAC}`, `clusterroles.${RBAC}`, `rolebindings.${RBAC}`, `clusterrolebindings.${RBAC}`];

interface Subject { kind: string; name: string; namespace?: string }

/** appliesToUser: does a binding subject (in a binding of `bindingNamespace`) name this user? */
export function subjectMatches(user: UserInfo, s: Subject, bindingNamespace: string): boolean {
  switch (s.kind) {
    case 'User': return user.name === s.name;
    case 'Group': return user.groups.includes(s.name);
    case 'ServiceAccount': {
      const ns = s.namespace || bindingNamespace;
      return !!ns && user.name === serviceAccountUsername(ns, s.name);
    }
    default: return false;
  }
}

/** Where a rule came from, for rule listings and audit-style reasons. */
export interface SourcedRule { rule: PolicyRule; binding: KObject; role?: KObject }

export class RbacAuthorizer {
  private cache = new Map<string, SourcedRule[]>();

  constructor(private readonly store: Store, private readonly trusted: (user: UserInfo) => boolean = () => false) {
    store.watch((e) => {
      if (this.cache.size && RBAC_RESOURCES.includes(e.resource)) this.cache.clear();
    });
  }

  /** True when `user` may do what `attrs` describes. */
  authorize(user: UserInfo, attrs: RequestAttributes): boolean {
    if (user.groups.includes(MASTERS) || this.trusted(user)) return true;
    const ns = attrs.path !== undefined ? '' : attrs.namespace ?? '';
    for (const r of this.rulesFor(user, ns)) if (ruleAllows(attrs, r.rule)) return true;
    return false;
  }

  /**
   * Every rule that applies to `user` in `namespace` ('' for cluster scope): rules bound by
   * ClusterRoleBindings first, then by the namespace's RoleBindings (what a
   * SelfSubjectRulesReview returns).
   */
  rulesFor(user: UserInfo, namespace: string): SourcedRule[] {
    const key = `${user.name}\u0000${user.groups.join('\u0001')}\u0000${namespace}`;
    let rules = this.cache.get(key);
    if (!rules) {
      rules = this.collect(user, namespace);
      this.cache.set(key, rules);
    }
    return rules;
  }

  private collect(user: UserInfo, namespace: string): SourcedRule[] {
    const out: SourcedRule[] = [];
    for (const b of this.store.list(`clusterrolebindings.${RBAC}`)) {
      if (!appliesTo(user, b, '')) continue;
      const role = b.roleRef?.kind === 'ClusterRole' ? this.store.get(`clusterroles.${RBAC}`, '', b.roleRef.name) : undefined;
      for (const rule of (role?.rules ?? []) as PolicyRule[]) out.push({ rule, binding: b, role });
    }
    if (!namespace) return out;
    for (const b of this.store.list(`rolebindings.${RBAC}`, namespace)) {
      if (!appliesTo(user, b, namespace)) continue;
      const ref = b.roleRef ?? {};
      const role = ref.kind === 'Role' ? this.store.get(`roles.${RBAC}`, namespace, ref.name)
        : ref.kind === 'ClusterRole' ? this.store.get(`clusterroles.${RBAC}`, '', ref.name) : undefined;
      for (const rule of (role?.rules ?? []) as PolicyRule[]) out.push({ rule, binding: b, role });
    }
    return out;
  }
}

function appliesTo(user: UserInfo, binding: KObject, namespace: string): boolean {
  return ((binding.subjects ?? []) as Subject[]).some((s) => subjectMatches(user, s, namespace));
}
