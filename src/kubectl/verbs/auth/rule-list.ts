/**
 * `kubectl auth can-i --list` output (kubernetes/kubectl pkg/cmd/auth/cani.go printStatus,
 * pkg/util/rbac BreakdownRule/CompactRules/SortableRuleSlice, describe.CombineResourceGroup):
 * rules are broken down to one verb/resource each, simple ones re-compacted by verb, then
 * sorted by their protobuf String() (`&PolicyRule{Verbs:[...],APIGroups:[...],...}`), which
 * is why `[*]` verbs come first and `[create]` before `[get]`.
 */
import type { RulesReviewStatus } from '../../../sim/index.js';
import { TabWriter } from '../../printers/index.js';

interface Rule { verbs: string[]; apiGroups: string[]; resources: string[]; resourceNames: string[]; nonResourceURLs: string[] }

function breakdown(r: Rule): Rule[] {
  const out: Rule[] = [];
  for (const g of r.apiGroups) {
    for (const res of r.resources) {
      for (const v of r.verbs) {
        if (r.resourceNames.length) for (const n of r.resourceNames) out.push({ verbs: [v], apiGroups: [g], resources: [res], resourceNames: [n], nonResourceURLs: [] });
        else out.push({ verbs: [v], apiGroups: [g], resources: [res], resourceNames: [], nonResourceURLs: [] });
      }
    }
  }
  for (const u of r.nonResourceURLs) for (const v of r.verbs) out.push({ verbs: [v], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [u] });
  return out;
}

/** CompactRules: single group/resource rules that differ only by verb are merged. */
function compact(rules: Rule[]): Rule[] {
  const complex: Rule[] = [];
  const simple = new Map<string, Rule>();
  for (const r of rules) {
    const isSimple = r.resourceNames.length <= 1 && !r.nonResourceURLs.length && r.apiGroups.length === 1 && r.resources.length === 1;
    if (!isSimple) {
      complex.push(r);
      continue;
    }
    const key = JSON.stringify([r.apiGroups[0], r.resources[0], r.resourceNames[0] ?? null]);
    const existing = simple.get(key);
    if (!existing) simple.set(key, { ...r, verbs: [...r.verbs] });
    else for (const v of r.verbs) if (!existing.verbs.includes(v)) existing.verbs.push(v);
  }
  return [...complex, ...simple.values()];
}

const list = (xs: string[]) => `[${xs.join(' ')}]`;

function sortKey(r: Rule): string {
  return `&PolicyRule{Verbs:${list(r.verbs)},APIGroups:${list(r.apiGroups)},Resources:${list(r.resources)},ResourceNames:${list(r.resourceNames)},NonResourceURLs:${list(r.nonResourceURLs)},}`;
}

/** describe.CombineResourceGroup: `deployments.apps`, `pods/log`, `*.*`. */
function combineResourceGroup(resources: string[], groups: string[]): string {
  if (!resources.length) return '';
  const [res, sub] = resources[0].split(/\/(.*)/s);
  let out = res;
  if (groups.length && groups[0] !== '') out += `.${groups[0]}`;
  if (sub !== undefined) out += `/${sub}`;
  return out;
}

/** The `--list` table. */
export function renderRuleList(status: RulesReviewStatus, headers: boolean): string {
  const rules: Rule[] = [
    ...status.resourceRules.map((r) => ({ verbs: r.verbs, apiGroups: r.apiGroups ?? [], resources: r.resources ?? [], resourceNames: r.resourceNames ?? [], nonResourceURLs: [] })),
    ...status.nonResourceRules.map((r) => ({ verbs: r.verbs, apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: r.nonResourceURLs ?? [] })),
  ];
  const compacted = compact(rules.flatMap(breakdown));
  const keyed = compacted.map((r) => ({ r, k: sortKey(r) }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  const w = new TabWriter();
  if (headers) w.write('Resources\tNon-Resource URLs\tResource Names\tVerbs\n');
  for (const { r } of keyed) w.write(`${combineResourceGroup(r.resources, r.apiGroups)}\t${list(r.nonResourceURLs)}\t${list(r.resourceNames)}\t${list(r.verbs)}\n`);
  return w.flush();
}
