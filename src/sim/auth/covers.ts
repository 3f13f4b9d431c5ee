/**
 * Whether one set of rules covers another (kubernetes/kubernetes pkg/apis/rbac/validation
 * Covers / ruleCovers): the requested rules are broken down to one verb, group, resource,
 * name or URL each, and every piece must be allowed by some held rule.
 */
import type { PolicyRule } from './rules.js';

const has = (xs: string[] | undefined, x: string) => !!xs && (xs.includes('*') || xs.includes(x));

function breakdown(rule: PolicyRule): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const group of rule.apiGroups ?? []) {
    for (const resource of rule.resources ?? []) {
      for (const verb of rule.verbs) {
        if (rule.resourceNames?.length) for (const n of rule.resourceNames) out.push({ apiGroups: [group], resources: [resource], verbs: [verb], resourceNames: [n] });
        else out.push({ apiGroups: [group], resources: [resource], verbs: [verb] });
      }
    }
  }
  for (const url of rule.nonResourceURLs ?? []) for (const verb of rule.verbs) out.push({ nonResourceURLs: [url], verbs: [verb] });
  return out;
}

function resourceCovered(owner: string[] | undefined, requested: string): boolean {
  if (has(owner, requested)) return true;
  // `* /sub` (no space) in the owner covers `x/sub`.
  const slash = requested.indexOf('/');
  return slash >= 0 && !!owner?.includes(`*${requested.slice(slash)}`);
}

function urlCovered(owner: string[] | undefined, requested: string): boolean {
  for (const u of owner ?? []) {
    if (u === '*' || u === requested) return true;
    if (u.endsWith('*') && requested.startsWith(u.slice(0, -1))) return true;
  }
  return false;
}

/** ruleCovers for a broken-down rule (one verb, one group/resource or URL, at most one name). */
function ruleCovers(owner: PolicyRule, sub: PolicyRule): boolean {
  if (!has(owner.verbs, sub.verbs[0])) return false;
  if (sub.nonResourceURLs?.length) return urlCovered(owner.nonResourceURLs, sub.nonResourceURLs[0]);
  if (!has(owner.apiGroups, sub.apiGroups![0])) return false;
  if (!resourceCovered(owner.resources, sub.resources![0])) return false;
  if (!owner.resourceNames?.length) return true;
  return !!sub.resourceNames?.length && owner.resourceNames.includes(sub.resourceNames[0]);
}

/** The broken-down requested rules no held rule covers (empty when all are covered). */
export function missingRules(owned: PolicyRule[], requested: PolicyRule[]): PolicyRule[] {
  const missing: PolicyRule[] = [];
  for (const rule of requested) for (const sub of breakdown(rule)) if (!owned.some((o) => ruleCovers(o, sub))) missing.push(sub);
  return missing;
}

const q = (xs: string[]) => `[${xs.map((x) => JSON.stringify(x)).join(' ')}]`;

/** rbacv1helpers.CompactString: `{APIGroups:["apps"], Resources:["deployments"], Verbs:["get"]}`. */
export function compactString(r: PolicyRule): string {
  const parts: string[] = [];
  if (r.apiGroups?.length) parts.push(`APIGroups:${q(r.apiGroups)}`);
  if (r.resources?.length) parts.push(`Resources:${q(r.resources)}`);
  if (r.nonResourceURLs?.length) parts.push(`NonResourceURLs:${q(r.nonResourceURLs)}`);
  if (r.resourceNames?.length) parts.push(`ResourceNames:${q(r.resourceNames)}`);
  if (r.verbs.length) parts.push(`Verbs:${q(r.verbs)}`);
  return `{${parts.join(', ')}}`;
}

/** CompactRules over broken-down rules: same group/resource/name, verbs merged in order. */
export function compactRules(rules: PolicyRule[]): PolicyRule[] {
  const out: PolicyRule[] = [];
  const simple = new Map<string, PolicyRule>();
  for (const r of rules) {
    if (r.nonResourceURLs?.length || (r.resourceNames?.length ?? 0) > 1) {
      out.push(r);
      continue;
    }
    const key = JSON.stringify([r.apiGroups, r.resources, r.resourceNames ?? []]);
    const e = simple.get(key);
    if (e) for (const v of r.verbs) { if (!e.verbs.includes(v)) e.verbs.push(v); }
    else simple.set(key, { ...r, verbs: [...r.verbs] });
  }
  return [...out, ...simple.values()];
}
