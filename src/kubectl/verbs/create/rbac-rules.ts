/**
 * What `kubectl create role` and `kubectl create clusterrole` share (kubernetes/kubectl
 * pkg/cmd/create/create_role.go): verb and resource de-duplication, `resource.group/sub`
 * parsing resolved through discovery, the special-verb checks, and one rule per API group
 * (generateResourcePolicyRules).
 */
import { resolveResource } from '../../../sim/index.js';
import type { VerbContext } from '../../types.js';

export const VALID_RESOURCE_VERBS = ['*', 'get', 'delete', 'list', 'create', 'update', 'patch', 'watch', 'proxy', 'deletecollection', 'use', 'bind', 'escalate', 'impersonate'];
export const VALID_NON_RESOURCE_VERBS = ['*', 'get', 'post', 'put', 'delete', 'patch', 'head', 'options'];

/** Verbs that only make sense on particular resources (specialVerbs). */
const SPECIAL_VERBS: Record<string, { group: string; resource: string }[]> = {
  use: [{ group: 'policy', resource: 'podsecuritypolicies' }, { group: 'extensions', resource: 'podsecuritypolicies' }],
  bind: [{ group: 'rbac.authorization.k8s.io', resource: 'roles' }, { group: 'rbac.authorization.k8s.io', resource: 'clusterroles' }],
  escalate: [{ group: 'rbac.authorization.k8s.io', resource: 'roles' }, { group: 'rbac.authorization.k8s.io', resource: 'clusterroles' }],
  impersonate: [{ group: '', resource: 'users' }, { group: '', resource: 'serviceaccounts' }, { group: '', resource: 'groups' }, { group: 'authentication.k8s.io', resource: 'userextras' }],
};

export interface ResourceOption { resource: string; group: string; subresource: string }

export function uniq(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) === i);
}

/** Verbs without duplicates; `*` replaces them all. */
export function normalizeVerbs(verbs: string[]): string[] {
  return verbs.includes('*') ? ['*'] : uniq(verbs);
}

/** `--resource=pods,deployments.apps,pods/log`; a bare `*` replaces the list. */
export function parseResources(values: string[]): ResourceOption[] {
  const out: ResourceOption[] = [];
  for (const r of values) {
    const slash = r.indexOf('/');
    const main = slash >= 0 ? r.slice(0, slash) : r;
    const subresource = slash >= 0 ? r.slice(slash + 1) : '';
    const dot = main.indexOf('.');
    const opt = { resource: dot >= 0 ? main.slice(0, dot) : main, group: dot >= 0 ? main.slice(dot + 1) : '', subresource };
    if (opt.resource === '*' && dot < 0 && slash < 0) return [opt];
    out.push(opt);
  }
  return out;
}

/** The RESTMapper's ResourceFor: the full plural and group, or the error kubectl reports. */
function resourceFor(r: ResourceOption): { ok: true; group: string; resource: string } | { ok: false; error: string } {
  const t = resolveResource(r.group ? `${r.resource}.${r.group}` : r.resource);
  if (t && (!r.group || t.group === r.group || t.group.startsWith(`${r.group}.`))) return { ok: true, group: t.group, resource: t.plural };
  // NoResourceMatchError over the partial GroupVersionResource (version empty).
  return { ok: false, error: `no matches for ${r.group}/, Resource=${r.resource}` };
}

/** validateResource: every resource is known and every special verb fits its resource. */
export function validateResources(verbs: string[], resources: ResourceOption[]): string | undefined {
  for (const r of resources) {
    if (!r.resource) return 'resource must be specified if apiGroup/subresource specified';
    if (r.resource === '*') return undefined;
    const mapped = resourceFor(r);
    const res = mapped.ok ? mapped : { group: r.group, resource: r.resource };
    let err = mapped.ok ? undefined : mapped.error;
    for (const v of verbs) {
      const allowed = SPECIAL_VERBS[v];
      if (!allowed) continue;
      if (!allowed.some((a) => a.resource === res.resource && a.group === res.group)) return `can not perform '${v}' on '${res.resource}' in group '${res.group}'`;
      err = undefined;
    }
    if (err) return err;
  }
  return undefined;
}

/** Warns about verbs outside the standard set (stderr, as kubectl does). */
export function warnNonStandardVerbs(ctx: VerbContext, verbs: string[]): void {
  for (const v of verbs) if (!VALID_RESOURCE_VERBS.includes(v)) ctx.io.err(`Warning: '${v}' is not a standard resource verb\n`);
}

/** One rule per API group (groups sorted), then one for non-resource URLs. Field order is rbacv1.PolicyRule's. */
export function generateRules(verbs: string[], resources: ResourceOption[], resourceNames: string[], nonResourceURLs: string[]): Record<string, unknown>[] {
  const byGroup = new Map<string, string[]>();
  for (const r of resources) {
    const mapped = resourceFor(r);
    const group = mapped.ok ? mapped.group : r.group;
    let resource = mapped.ok ? mapped.resource : r.resource;
    if (r.subresource) resource = `${resource}/${r.subresource}`;
    const list = byGroup.get(group) ?? [];
    if (!list.includes(resource)) list.push(resource);
    byGroup.set(group, list);
  }
  const rules: Record<string, unknown>[] = [];
  for (const g of [...byGroup.keys()].sort()) {
    const rule: Record<string, unknown> = { verbs, apiGroups: [g], resources: byGroup.get(g) };
    if (resourceNames.length) rule.resourceNames = resourceNames;
    rules.push(rule);
  }
  if (nonResourceURLs.length) rules.push({ verbs, nonResourceURLs });
  return rules;
}
