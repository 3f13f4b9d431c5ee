/**
 * Message table: discovery.k8s.io/v1 EndpointSlice.
 * Field numbers: k8s.io/api v0.33.0 discovery/v1/generated.proto. JSON names, omitempty and
 * pointer-ness: the Go struct tags in types.go of the same package. Notation: ../schema.ts.
 */
import type { MessageTable } from '../schema.js';

export const discovery: MessageTable = {
  'discovery.v1.EndpointPort': [
    '1:name:string? 2:protocol:string? 3:port:int32? 4:appProtocol:string?',
  ],
  Endpoint: [
    '1:addresses:[string]! 2:conditions:EndpointConditions 3:hostname:string?',
    '4:targetRef:ObjectReference? 5:deprecatedTopology:{string} 6:nodeName:string?',
    '7:zone:string? 8:hints:EndpointHints?',
  ],
  EndpointConditions: '1:ready:bool? 2:serving:bool? 3:terminating:bool?',
  EndpointHints: '1:forZones:[ForZone] 2:forNodes:[ForNode]',
  EndpointSlice: [
    '1:metadata:ObjectMeta 4:addressType:string! 2:endpoints:[Endpoint]!',
    '3:ports:[discovery.v1.EndpointPort]!',
  ],
  ForNode: '1:name:string!',
  ForZone: '1:name:string!',
};
