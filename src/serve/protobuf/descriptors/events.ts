/**
 * Message table: events.k8s.io/v1 Event (names qualified: they collide with core/v1).
 * Field numbers: k8s.io/api v0.33.0 events/v1/generated.proto. JSON names, omitempty and
 * pointer-ness: the Go struct tags in types.go of the same package. Notation: ../schema.ts.
 */
import type { MessageTable } from '../schema.js';

export const events: MessageTable = {
  'events.v1.Event': [
    '1:metadata:ObjectMeta! 2:eventTime:MicroTime! 3:series:events.v1.EventSeries?',
    '4:reportingController:string 5:reportingInstance:string 6:action:string',
    '7:reason:string 8:regarding:ObjectReference 9:related:ObjectReference?',
    '10:note:string 11:type:string 12:deprecatedSource:EventSource',
    '13:deprecatedFirstTimestamp:Time 14:deprecatedLastTimestamp:Time',
    '15:deprecatedCount:int32',
  ],
  'events.v1.EventSeries': '1:count:int32! 2:lastObservedTime:MicroTime!',
};
