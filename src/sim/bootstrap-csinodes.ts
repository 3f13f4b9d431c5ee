/**
 * One CSINode per Node, as each kubelet registers it at start-up (pkg/volume/csi/nodeinfomanager):
 * owned by its Node, no CSI drivers on kind (`drivers: null`), and the in-tree plugins whose
 * volumes CSI migration handles listed in an annotation (the migration gates on by default in 1.33).
 */
import type { ClusterPlugin } from './cluster.js';
import { SYSTEM_ADMIN } from './types.js';

const CSINODES = { group: 'storage.k8s.io', resource: 'csinodes' };
const MIGRATED = [
  'kubernetes.io/aws-ebs', 'kubernetes.io/azure-disk', 'kubernetes.io/azure-file', 'kubernetes.io/cinder',
  'kubernetes.io/gce-pd', 'kubernetes.io/portworx-volume', 'kubernetes.io/vsphere-volume',
].join(',');

export const csiNodesPlugin: ClusterPlugin = {
  name: 'csinodes',
  install(cluster) {
    const api = cluster.systemClient(SYSTEM_ADMIN);
    for (const node of cluster.store.scan('nodes')) {
      const name = node.metadata.name!;
      const res = api.create(CSINODES, undefined, {
        apiVersion: 'storage.k8s.io/v1', kind: 'CSINode',
        metadata: {
          name, annotations: { 'storage.alpha.kubernetes.io/migrated-plugins': MIGRATED },
          ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name, uid: node.metadata.uid! }],
        },
        spec: { drivers: null },
      });
      if (!res.ok) throw new Error(`bootstrap csinodes: ${res.status.message}`);
    }
  },
};
