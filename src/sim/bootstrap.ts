/**
 * The objects a fresh cluster has before the learner types anything: the four standard
 * namespaces and the `kubernetes` Service in `default`.
 */
import { R } from './client.js';
import type { ClusterPlugin } from './cluster.js';
import { SYSTEM_ADMIN } from './types.js';

export const STANDARD_NAMESPACES = ['default', 'kube-node-lease', 'kube-public', 'kube-system'];

export const bootstrapPlugin: ClusterPlugin = {
  name: 'bootstrap',
  install(cluster) {
    // Start-up objects are built in code, like the controllers' (ApiRequest.internal): no wire
    // decoding or field-manager bookkeeping, which would cost every new cluster ~8 ms.
    const api = cluster.systemClient(SYSTEM_ADMIN);
    for (const name of STANDARD_NAMESPACES) {
      const res = api.create(R.namespaces, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'kubernetes.io/metadata.name': name } } });
      if (!res.ok) throw new Error(`bootstrap: ${res.status.message}`);
    }
    const svc = api.create(R.services, 'default', {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
      spec: {
        type: 'ClusterIP',
        clusterIP: '10.96.0.1',
        clusterIPs: ['10.96.0.1'],
        ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
        sessionAffinity: 'None',
        ipFamilies: ['IPv4'],
        ipFamilyPolicy: 'SingleStack',
        internalTrafficPolicy: 'Cluster',
      },
    });
    if (!svc.ok) throw new Error(`bootstrap: ${svc.status.message}`);
  },
};
