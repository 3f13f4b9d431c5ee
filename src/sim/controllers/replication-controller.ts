/**
 * The ReplicationController controller (source `replication-controller`): the ReplicaSet
 * logic with a map selector and core/v1 ownerReferences. Defaulting the selector from the
 * template labels is admission's job; an empty selector selects nothing here.
 */
import { R } from '../client.js';
import { fromMap } from '../labels.js';
import type { ControllerDef } from './framework.js';
import { replicaController } from './replicaset/core.js';
import type { ReplicaKind } from './replicaset/kind.js';

export const REPLICATION_CONTROLLER_KIND: ReplicaKind = {
  kind: 'ReplicationController',
  apiVersion: 'v1',
  ref: R.replicationcontrollers,
  storage: 'replicationcontrollers',
  name: 'replication-controller',
  component: 'replication-controller',
  selectorOf: (rc) => fromMap(rc.spec?.selector),
};

export const replicationControllerController: ControllerDef = replicaController(REPLICATION_CONTROLLER_KIND);
