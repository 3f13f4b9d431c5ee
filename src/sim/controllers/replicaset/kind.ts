/** What differs between the ReplicaSet and ReplicationController controllers, and the ownerReference they set. */
import type { ResourceRef } from '../../client.js';
import type { Selector } from '../../labels.js';
import type { KObject, OwnerReference } from '../../types.js';

export interface ReplicaKind {
  kind: 'ReplicaSet' | 'ReplicationController';
  apiVersion: string;
  ref: ResourceRef;
  /** Storage key, e.g. `replicasets.apps`. */
  storage: string;
  /** Controller name (identity) and event source component. */
  name: string;
  component: string;
  selectorOf(obj: KObject): Selector | undefined;
}

/** The ownerReference a controller puts on what it creates or adopts (`metav1.NewControllerRef`). */
export function controllerOwnerRef(owner: KObject, apiVersion: string, kind: string): OwnerReference {
  return { apiVersion, kind, name: owner.metadata.name!, uid: owner.metadata.uid!, controller: true, blockOwnerDeletion: true };
}
