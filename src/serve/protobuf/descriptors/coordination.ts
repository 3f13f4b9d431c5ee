/**
 * Message table: coordination.k8s.io/v1 Lease.
 * Field numbers: k8s.io/api v0.33.0 coordination/v1/generated.proto. JSON names, omitempty and
 * pointer-ness: the Go struct tags in types.go of the same package. Notation: ../schema.ts.
 */
import type { MessageTable } from '../schema.js';

export const coordination: MessageTable = {
  Lease: '1:metadata:ObjectMeta 2:spec:LeaseSpec',
  LeaseSpec: [
    '1:holderIdentity:string? 2:leaseDurationSeconds:int32? 3:acquireTime:MicroTime?',
    '4:renewTime:MicroTime? 5:leaseTransitions:int32? 6:strategy:string?',
    '7:preferredHolder:string?',
  ],
};
