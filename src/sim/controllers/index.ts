/**
 * The controller table: every controller the simulated kube-controller-manager runs.
 * Adding a controller is adding a file and a row.
 */
import type { ClusterPlugin } from '../cluster.js';
import type { ControllerDef } from './framework.js';

export const CONTROLLERS: ControllerDef[] = [];

export const controllersPlugin: ClusterPlugin = {
  name: 'controllers',
  install(cluster) {
    for (const def of CONTROLLERS) cluster.addController(def);
  },
};
