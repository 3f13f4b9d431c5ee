/**
 * RBAC escalation prevention (kubernetes/kubernetes pkg/registry/rbac/{role,clusterrole,
 * rolebinding,clusterrolebinding}/policybased/storage.go, pkg/registry/rbac/validation
 * ConfirmNoEscalation): a Role or ClusterRole may only grant what its author already holds
 * (or the author has `escalate`); a binding may only reference a role whose permissions the
 * author holds (or the author has `bind` on it). The refusal reads:
 *
 *   roles.rbac.authorization.k8s.io "r" is forbidden: user "jane" (groups=["system:authenticated"]) is attempting to grant RBAC permissions not currently held:
 *   {APIGroups:[""], Resources:["nodes"], Verbs:["get"]}
 *
 * Admission does not see the requesting user, so the authorizer notes who made the request
 * it just allowed; the check runs only for that same object.
 */
import type { AdmissionStep } from '../admission/index.js';
import { forbidden } from '../errors.js';
import type { Store } from '../store.js';
import type { KObject, UserInfo } from '../types.js';
import type { RbacAuthorizer } from './authorizer.js';
import { compactRules, compactString, missingRules } from './covers.js';
import type { PolicyRule } from './rules.js';

const RBAC = 'rbac.authorization.k8s.io';

interface Pending { user: UserInfo; resource: string; name?: string }

const pending = new WeakMap<Store, Pending>();
const authorizers = new WeakMap<Store, RbacAuthorizer>();

/** Enables the check for the cluster whose store is `store`. */
export function enableEscalationCheck(store: Store, authorizer: RbacAuthorizer): void {
  authorizers.set(store, authorizer);
}

/** Called by the authorizer for every allowed request. */
export function noteRequest(store: Store, user: UserInfo, group: string, resource: string, name?: string): void {
  if (group === RBAC) pending.set(store, { user, resource, name });
  else pending.delete(store);
}

function goQuoteList(xs: string[]): string {
  return `[${xs.map((x) => JSON.stringify(x)).join(' ')}]`;
}

function escalationError(user: UserInfo, missing: PolicyRule[]): string {
  const lines = [...new Set(compactRules(missing).map(compactString))].sort();
  return `user ${JSON.stringify(user.name)} (groups=${goQuoteList(user.groups)}) is attempting to grant RBAC permissions not currently held:\n${lines.join('\n')}`;
}

function referencedRules(store: Store, binding: KObject, namespace: string): PolicyRule[] | string {
  const ref = binding.roleRef ?? {};
  const role = ref.kind === 'Role' ? store.get(`roles.${RBAC}`, namespace, ref.name) : store.get(`clusterroles.${RBAC}`, '', ref.name);
  // The role listers' NotFound names the resource in the singular.
  if (!role) return `${ref.kind === 'Role' ? 'role' : 'clusterrole'}.${RBAC} "${ref.name}" not found`;
  return (role.rules ?? []) as PolicyRule[];
}

export const escalationStep: AdmissionStep = (obj, ctx) => {
  if (ctx.type.group !== RBAC || ctx.subresource) return obj;
  const authorizer = authorizers.get(ctx.store);
  const p = pending.get(ctx.store);
  if (!authorizer || !p || p.resource !== ctx.type.plural || (p.name && p.name !== obj.metadata.name)) return obj;
  const name = obj.metadata.name ?? '';
  const namespace = obj.metadata.namespace ?? '';
  const deny = (message: string) => forbidden({ plural: ctx.type.plural, group: RBAC }, name, message);
  const isRole = ctx.type.kind === 'Role' || ctx.type.kind === 'ClusterRole';
  if (isRole) {
    if (ctx.operation === 'UPDATE' && JSON.stringify(ctx.oldObject?.rules ?? []) === JSON.stringify(obj.rules ?? []) && JSON.stringify(ctx.oldObject?.aggregationRule) === JSON.stringify(obj.aggregationRule)) return obj;
    if (authorizer.authorize(p.user, { verb: 'escalate', group: RBAC, resource: ctx.type.plural, namespace: namespace || undefined, name })) return obj;
    if (obj.aggregationRule) return deny('must have cluster-admin privileges to use the aggregationRule');
    const missing = missingRules(authorizer.rulesFor(p.user, namespace).map((r) => r.rule), (obj.rules ?? []) as PolicyRule[]);
    return missing.length ? deny(escalationError(p.user, missing)) : obj;
  }
  if (ctx.operation === 'UPDATE' && JSON.stringify(ctx.oldObject?.roleRef) === JSON.stringify(obj.roleRef)) return obj;
  const ref = obj.roleRef ?? {};
  const resource = ref.kind === 'Role' ? 'roles' : ref.kind === 'ClusterRole' ? 'clusterroles' : '';
  if (resource && authorizer.authorize(p.user, { verb: 'bind', group: RBAC, resource, namespace: namespace || undefined, name: ref.name })) return obj;
  const rules = referencedRules(ctx.store, obj, namespace);
  if (typeof rules === 'string') return deny(rules);
  const missing = missingRules(authorizer.rulesFor(p.user, namespace).map((r) => r.rule), rules);
  return missing.length ? deny(escalationError(p.user, missing)) : obj;
};
