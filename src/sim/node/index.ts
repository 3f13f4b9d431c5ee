/**
 * The node model: nodes, the scheduler, the kubelet (image pulls, container lifecycle,
 * probes, termination) and the traffic model. (Filled in by the node-model work.)
 */
import type { ClusterPlugin } from '../cluster.js';

export const nodeModelPlugin: ClusterPlugin = {
  name: 'node-model',
  install() {},
};
