/**
 * Message table: scheduling.k8s.io/v1 PriorityClass.
 * Field numbers: k8s.io/api v0.33.0 scheduling/v1/generated.proto. JSON names, omitempty and
 * pointer-ness: the Go struct tags in types.go of the same package. Notation: ../schema.ts.
 */
import type { MessageTable } from '../schema.js';

export const scheduling: MessageTable = {
  PriorityClass: [
    '1:metadata:ObjectMeta 2:value:int32! 3:globalDefault:bool 4:description:string',
    '5:preemptionPolicy:string?',
  ],
};
