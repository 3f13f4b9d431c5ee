/**
 * Role, ClusterRole, RoleBinding and ClusterRoleBinding describers (describe.go), with the
 * rule compaction of kubectl pkg/util/rbac: rules broken down to one verb/resource/name,
 * simple rules merged per (group, resource, name), sorted by the rule's Go String().
 */
import type { KObject } from '../../../sim/index.js';
import { annotationsMultiline, labelsMultiline, PrefixWriter, type DescribeContext } from './writer.js';

interface PolicyRule {
  verbs?: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

function breakdown(rule: PolicyRule): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const g of rule.apiGroups ?? []) {
    for (const r of rule.resources ?? []) {
      for (const v of rule.verbs ?? []) {
        if (rule.resourceNames?.length) for (const n of rule.resourceNames) out.push({ apiGroups: [g], resources: [r], verbs: [v], resourceNames: [n] });
        else out.push({ apiGroups: [g], resources: [r], verbs: [v] });
      }
    }
  }
  for (const u of rule.nonResourceURLs ?? []) for (const v of rule.verbs ?? []) out.push({ nonResourceURLs: [u], verbs: [v] });
  return out;
}

function compact(rules: PolicyRule[]): PolicyRule[] {
  const out: PolicyRule[] = [];
  const simple = new Map<string, PolicyRule>();
  for (const r of rules) {
    const isSimple = (r.resourceNames?.length ?? 0) <= 1 && !r.nonResourceURLs?.length && r.apiGroups?.length === 1 && r.resources?.length === 1;
    if (!isSimple) {
      out.push(r);
      continue;
    }
    const key = JSON.stringify([r.apiGroups![0], r.resources![0], r.resourceNames?.[0] ?? null]);
    const existing = simple.get(key);
    if (!existing) simple.set(key, { ...r, verbs: [...(r.verbs ?? [])] });
    else for (const v of r.verbs ?? []) if (!existing.verbs!.includes(v)) existing.verbs!.push(v);
  }
  return [...out, ...simple.values()];
}

const list = (xs: string[] | undefined) => `[${(xs ?? []).join(' ')}]`;

/** PolicyRule.String() as the generated Go code prints it (the sort key). */
function ruleString(r: PolicyRule): string {
  return `&PolicyRule{Verbs:${list(r.verbs)},APIGroups:${list(r.apiGroups)},Resources:${list(r.resources)},ResourceNames:${list(r.resourceNames)},NonResourceURLs:${list(r.nonResourceURLs)},}`;
}

/** CombineResourceGroup: `pods`, `deployments.apps`, `pods/log`. */
function combine(resources: string[] | undefined, groups: string[] | undefined): string {
  if (!resources?.length) return '';
  const [res, sub] = resources[0].split(/\/(.*)/s);
  let s = res;
  if (groups?.length && groups[0] !== '') s += `.${groups[0]}`;
  if (sub !== undefined) s += `/${sub}`;
  return s;
}

export function describeRole(role: KObject, _ctx: DescribeContext): string {
  const rules = compact(((role.rules as PolicyRule[] | undefined) ?? []).flatMap(breakdown))
    .map((r, i) => ({ r, i, k: ruleString(r) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i))
    .map((x) => x.r);
  const w = new PrefixWriter();
  w.write(0, `Name:\t${role.metadata.name}\n`);
  labelsMultiline(w, 'Labels', role.metadata.labels);
  annotationsMultiline(w, 'Annotations', role.metadata.annotations);
  w.write(0, 'PolicyRule:\n');
  w.write(1, 'Resources\tNon-Resource URLs\tResource Names\tVerbs\n');
  w.write(1, '---------\t-----------------\t--------------\t-----\n');
  for (const r of rules) w.write(1, `${combine(r.resources, r.apiGroups)}\t${list(r.nonResourceURLs)}\t${list(r.resourceNames)}\t${list(r.verbs)}\n`);
  return w.toString();
}

export function describeRoleBinding(binding: KObject, _ctx: DescribeContext): string {
  const w = new PrefixWriter();
  w.write(0, `Name:\t${binding.metadata.name}\n`);
  labelsMultiline(w, 'Labels', binding.metadata.labels);
  annotationsMultiline(w, 'Annotations', binding.metadata.annotations);
  w.write(0, 'Role:\n');
  w.write(1, `Kind:\t${binding.roleRef?.kind ?? ''}\n`);
  w.write(1, `Name:\t${binding.roleRef?.name ?? ''}\n`);
  w.write(0, 'Subjects:\n');
  w.write(1, 'Kind\tName\tNamespace\n');
  w.write(1, '----\t----\t---------\n');
  for (const s of (binding.subjects as { kind: string; name: string; namespace?: string }[] | undefined) ?? []) {
    w.write(1, `${s.kind}\t${s.name}\t${s.namespace ?? ''}\n`);
  }
  return w.toString();
}
