/** The ReplicaSet controller (source `replicaset-controller`); the logic lives in replicaset/core.ts. */
import { R } from '../client.js';
import { fromLabelSelector } from '../labels.js';
import type { ControllerDef } from './framework.js';
import { replicaController } from './replicaset/core.js';
import type { ReplicaKind } from './replicaset/kind.js';

export const REPLICA_SET_KIND: ReplicaKind = {
  kind: 'ReplicaSet',
  apiVersion: 'apps/v1',
  ref: R.replicasets,
  storage: 'replicasets.apps',
  name: 'replicaset-controller',
  component: 'replicaset-controller',
  selectorOf: (rs) => {
    const sel = rs.spec?.selector;
    if (!sel || (!Object.keys(sel.matchLabels ?? {}).length && !(sel.matchExpressions ?? []).length)) return undefined;
    return fromLabelSelector(sel);
  },
};

export const replicaSetController: ControllerDef = replicaController(REPLICA_SET_KIND);
