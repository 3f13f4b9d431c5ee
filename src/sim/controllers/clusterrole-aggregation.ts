/**
 * The ClusterRole aggregation controller (kubernetes/kubernetes pkg/controller/
 * clusterroleaggregation): a ClusterRole with an aggregationRule gets, as its rules, the
 * rules of every ClusterRole its selectors match, taken in name order without duplicates.
 * That is how `admin`, `edit` and `view` are filled, and how a learner's ClusterRole
 * labelled `rbac.authorization.k8s.io/aggregate-to-view: "true"` extends `view`.
 */
import { deepClone, deepEqual } from '../objects.js';
import { matches, fromLabelSelector } from '../labels.js';
import type { KObject } from '../types.js';
import type { ControllerContext, ControllerDef } from './framework.js';

const CLUSTER_ROLES = 'clusterroles.rbac.authorization.k8s.io';
const REF = { group: 'rbac.authorization.k8s.io', resource: 'clusterroles' };

export const clusterRoleAggregationController: ControllerDef = {
  name: 'clusterrole-aggregation-controller',
  component: 'clusterrole-aggregation-controller',
  watches: [{
    resource: CLUSTER_ROLES,
    keys: (_e, ctx) => [...ctx.store.scan(CLUSTER_ROLES)].filter((r) => r.aggregationRule).map((r) => r.metadata.name!),
  }],
  start(ctx) {
    for (const r of ctx.store.scan(CLUSTER_ROLES)) if (r.aggregationRule) ctx.enqueue(r.metadata.name!);
  },
  sync: syncClusterRole,
};

function syncClusterRole(name: string, ctx: ControllerContext): void {
  const role = ctx.store.get(CLUSTER_ROLES, '', name);
  const selectors = (role?.aggregationRule?.clusterRoleSelectors ?? []) as KObject['spec'][];
  if (!role || !role.aggregationRule) return;
  const rules: unknown[] = [];
  const sources = ctx.store.list(CLUSTER_ROLES).filter((r) => r.metadata.name !== name);
  for (const sel of selectors) {
    const parsed = fromLabelSelector(sel);
    if (!parsed) continue;
    for (const r of sources) {
      if (!matches(parsed, r.metadata.labels)) continue;
      for (const rule of r.rules ?? []) if (!rules.some((x) => deepEqual(x, rule))) rules.push(rule);
    }
  }
  if (deepEqual(role.rules ?? [], rules)) return;
  const copy = deepClone(role);
  copy.rules = rules;
  ctx.api.update(REF, copy);
}
