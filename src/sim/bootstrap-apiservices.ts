/**
 * The Local APIServices kube-apiserver registers at start-up, one per served group version
 * (`v1.`, `v1.apps`, `v2.autoscaling`, ...): the aggregator's autoregister controller creates
 * them labelled `kube-aggregator.kubernetes.io/automanaged: onstart`, and its availability
 * controller marks each Available (reason Local), as `kubectl get apiservices` shows on kind.
 */
import { GROUP_PRIORITY, versionPriority } from './api-groups.js';
import type { ClusterPlugin } from './cluster.js';
import { RESOURCE_TYPES, groupVersion } from './registry.js';
import { SYSTEM_ADMIN } from './types.js';

const APISERVICES = { group: 'apiregistration.k8s.io', resource: 'apiservices' };

export const apiServicesPlugin: ClusterPlugin = {
  name: 'apiservices',
  install(cluster) {
    const api = cluster.systemClient(SYSTEM_ADMIN);
    const served = [...new Map(RESOURCE_TYPES.map((t) => [groupVersion(t), t])).values()];
    for (const t of served) {
      const name = `${t.version}.${t.group}`;
      const spec: Record<string, unknown> = { ...(t.group ? { group: t.group } : {}), groupPriorityMinimum: GROUP_PRIORITY[t.group] ?? 1000, version: t.version, versionPriority: versionPriority(groupVersion(t)) };
      const res = api.create(APISERVICES, undefined, {
        apiVersion: 'apiregistration.k8s.io/v1', kind: 'APIService',
        metadata: { name, labels: { 'kube-aggregator.kubernetes.io/automanaged': 'onstart' } }, spec,
      });
      if (!res.ok) throw new Error(`bootstrap apiservices: ${res.status.message}`);
      const status = { conditions: [{ type: 'Available', status: 'True', lastTransitionTime: cluster.clock.iso(), reason: 'Local', message: 'Local APIServices are always available' }] };
      const st = api.updateStatus(APISERVICES, { ...res.value, status });
      if (!st.ok) throw new Error(`bootstrap apiservices: ${st.status.message}`);
    }
  },
};
