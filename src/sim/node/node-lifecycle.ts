/**
 * What keeps nodes looking alive and in step: each kubelet renews its Lease in
 * kube-node-lease every 10 s (leaseDurationSeconds 40) and re-posts node status every
 * 5 minutes; the node lifecycle controller mirrors `spec.unschedulable` (cordon) as the
 * `node.kubernetes.io/unschedulable:NoSchedule` taint (TaintNodesByCondition).
 */
import { R } from '../client.js';
import type { Cluster } from '../cluster.js';
import type { ControllerDef } from '../controllers/framework.js';
import { deepClone } from '../objects.js';
import type { Node } from '../types.js';

const LEASE_RENEW_MS = 10_000;
const STATUS_REPORT_MS = 5 * 60_000;
const UNSCHEDULABLE_TAINT = 'node.kubernetes.io/unschedulable';

/** metav1.MicroTime: RFC 3339 with microseconds. */
function microTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** Creates each node's Lease and starts the heartbeats. */
export function startHeartbeats(cluster: Cluster): void {
  const api = cluster.systemClient({ name: 'system:node', groups: ['system:nodes', 'system:authenticated'] });
  for (const cfg of cluster.options.nodes) {
    const node = cluster.store.get('nodes', '', cfg.name);
    if (!node) continue;
    api.create({ group: 'coordination.k8s.io', resource: 'leases' }, 'kube-node-lease', {
      apiVersion: 'coordination.k8s.io/v1', kind: 'Lease',
      metadata: { name: cfg.name, namespace: 'kube-node-lease', ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: cfg.name, uid: node.metadata.uid! }] },
      spec: { holderIdentity: cfg.name, leaseDurationSeconds: 40, renewTime: microTime(cluster.clock.now()) },
    });
  }
  const renew = () => {
    for (const cfg of cluster.options.nodes) {
      const lease = cluster.store.get('leases.coordination.k8s.io', 'kube-node-lease', cfg.name);
      if (!lease) continue;
      const next = deepClone(lease);
      next.spec.renewTime = microTime(cluster.clock.now());
      api.update({ group: 'coordination.k8s.io', resource: 'leases' }, next);
    }
    cluster.clock.after(LEASE_RENEW_MS, renew);
  };
  const report = () => {
    const at = cluster.clock.iso();
    for (const cfg of cluster.options.nodes) {
      const node = cluster.store.get('nodes', '', cfg.name);
      if (!node) continue;
      const next = deepClone(node);
      for (const c of next.status?.conditions ?? []) c.lastHeartbeatTime = at;
      api.updateStatus(R.nodes, next);
    }
    cluster.clock.after(STATUS_REPORT_MS, report);
  };
  cluster.clock.after(LEASE_RENEW_MS, renew);
  cluster.clock.after(STATUS_REPORT_MS, report);
}

/** The node lifecycle controller's taint for cordoned nodes. */
export const nodeLifecycleController: ControllerDef = {
  name: 'node-lifecycle-controller',
  component: 'node-controller',
  watches: [{ resource: 'nodes', keys: (e) => (e.type === 'DELETED' ? [] : [e.object.metadata.name!]) }],
  sync(key, ctx) {
    const node = ctx.store.get('nodes', '', key) as Node | undefined;
    if (!node) return;
    const taints = (node.spec?.taints ?? []) as { key: string; effect: string }[];
    const has = taints.some((t) => t.key === UNSCHEDULABLE_TAINT && t.effect === 'NoSchedule');
    const want = !!node.spec?.unschedulable;
    if (has === want) return;
    const next = deepClone(node) as Node;
    next.spec = { ...(next.spec ?? {}) };
    const rest = taints.filter((t) => t.key !== UNSCHEDULABLE_TAINT);
    const updated = want ? [...rest, { key: UNSCHEDULABLE_TAINT, effect: 'NoSchedule', timeAdded: ctx.clock.iso() }] : rest;
    if (updated.length) next.spec.taints = updated;
    else delete next.spec.taints;
    ctx.api.update(R.nodes, next);
  },
};
