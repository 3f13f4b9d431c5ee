/**
 * Message table: storage.k8s.io/v1 StorageClass.
 * Field numbers: k8s.io/api v0.33.0 storage/v1/generated.proto. JSON names, omitempty and
 * pointer-ness: the Go struct tags in types.go of the same package. Notation: ../schema.ts.
 */
import type { MessageTable } from '../schema.js';

export const storage: MessageTable = {
  StorageClass: [
    '1:metadata:ObjectMeta 2:provisioner:string! 3:parameters:{string}',
    '4:reclaimPolicy:string? 5:mountOptions:[string] 6:allowVolumeExpansion:bool?',
    '7:volumeBindingMode:string? 8:allowedTopologies:[TopologySelectorTerm]',
  ],
};
