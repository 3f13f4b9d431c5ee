/**
 * Message table: authentication.k8s.io/v1 TokenRequest and SelfSubjectReview.
 * Field numbers: k8s.io/api v0.33.0 authentication/v1/generated.proto. JSON names, omitempty and
 * pointer-ness: the Go struct tags in types.go of the same package. Notation: ../schema.ts.
 */
import type { MessageTable } from '../schema.js';

export const authn: MessageTable = {
  BoundObjectReference: '1:kind:string 2:apiVersion:string 3:name:string 4:uid:string',
  SelfSubjectReview: '1:metadata:ObjectMeta 2:status:SelfSubjectReviewStatus',
  SelfSubjectReviewStatus: '1:userInfo:UserInfo',
  TokenRequest: '1:metadata:ObjectMeta 2:spec:TokenRequestSpec! 3:status:TokenRequestStatus',
  TokenRequestSpec: [
    '1:audiences:[string]! 4:expirationSeconds:int64?!',
    '3:boundObjectRef:BoundObjectReference?!',
  ],
  TokenRequestStatus: '1:token:string! 2:expirationTimestamp:Time!',
  UserInfo: '1:username:string 2:uid:string 3:groups:[string] 4:extra:{Strings}',
};
