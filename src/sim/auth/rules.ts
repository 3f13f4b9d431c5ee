/**
 * RBAC rule matching, as kubernetes/kubernetes pkg/apis/rbac/v1/evaluation_helpers.go
 * decides it: a rule allows a resource request when verb, API group, resource (with
 * subresource) and resource name all match; a non-resource request when verb and URL match.
 */

/** rbac/v1 PolicyRule. */
export interface PolicyRule {
  verbs: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

/** What the authorizer is asked: a resource request or (with `path`) a non-resource one. */
export interface RequestAttributes {
  verb: string;
  group?: string;
  resource?: string;
  subresource?: string;
  name?: string;
  namespace?: string;
  /** Non-resource URL, e.g. `/healthz`. */
  path?: string;
}

const ALL = '*';

export function verbMatches(rule: PolicyRule, verb: string): boolean {
  return rule.verbs.some((v) => v === ALL || v === verb);
}

export function apiGroupMatches(rule: PolicyRule, group: string): boolean {
  return (rule.apiGroups ?? []).some((g) => g === ALL || g === group);
}

/**
 * `*` matches everything, subresources included; `pods/log` matches only that subresource;
 * `* /log` (without the space) matches the `log` subresource of any resource.
 */
export function resourceMatches(rule: PolicyRule, resource: string, subresource?: string): boolean {
  const combined = subresource ? `${resource}/${subresource}` : resource;
  for (const r of rule.resources ?? []) {
    if (r === ALL || r === combined) return true;
    if (subresource && r.length === subresource.length + 2 && r.startsWith('*/') && r.slice(2) === subresource) return true;
  }
  return false;
}

/** An empty list allows every name; otherwise the request must name one of them. */
export function resourceNameMatches(rule: PolicyRule, name?: string): boolean {
  const names = rule.resourceNames ?? [];
  if (!names.length) return true;
  return !!name && names.includes(name);
}

/** `*`, an exact path, or a prefix ending in `*` (`/healthz/*`). */
export function nonResourceURLMatches(rule: PolicyRule, path: string): boolean {
  for (const u of rule.nonResourceURLs ?? []) {
    if (u === ALL || u === path) return true;
    if (u.endsWith('*') && path.startsWith(u.slice(0, -1))) return true;
  }
  return false;
}

/** RuleAllows: the one predicate the authorizer applies to every reachable rule. */
export function ruleAllows(attrs: RequestAttributes, rule: PolicyRule): boolean {
  if (attrs.path !== undefined) return verbMatches(rule, attrs.verb) && nonResourceURLMatches(rule, attrs.path);
  return verbMatches(rule, attrs.verb)
    && apiGroupMatches(rule, attrs.group ?? '')
    && resourceMatches(rule, attrs.resource ?? '', attrs.subresource)
    && resourceNameMatches(rule, attrs.name);
}
