/**
 * The controller table: every controller the simulated kube-controller-manager runs.
 * Adding a controller is adding a file and a row.
 */
import type { ClusterPlugin } from '../cluster.js';
import { deploymentController } from './deployment/index.js';
import { endpointsController } from './endpoints.js';
import { endpointSliceController } from './endpointslice.js';
import { cronJobController } from './cronjob/index.js';
import { clusterRoleAggregationController } from './clusterrole-aggregation.js';
import type { ControllerDef } from './framework.js';
import { garbageCollector } from './garbage-collector.js';
import { jobController } from './job/index.js';
import { namespaceController } from './namespace.js';
import { replicaSetController } from './replicaset.js';
import { replicationControllerController } from './replication-controller.js';
import { rootCaPublisher } from './root-ca-publisher.js';
import { serviceAccountController } from './serviceaccount.js';
import { serviceAccountTokenController } from './serviceaccount-token.js';
import { ttlAfterFinishedController } from './ttl-after-finished.js';

export const CONTROLLERS: ControllerDef[] = [
  deploymentController,
  replicaSetController,
  replicationControllerController,
  garbageCollector,
  namespaceController,
  endpointsController,
  endpointSliceController,
  jobController,
  cronJobController,
  ttlAfterFinishedController,
  serviceAccountController,
  serviceAccountTokenController,
  rootCaPublisher,
  clusterRoleAggregationController,
];

export const controllersPlugin: ClusterPlugin = {
  name: 'controllers',
  install(cluster) {
    for (const def of CONTROLLERS) cluster.addController(def);
  },
};
