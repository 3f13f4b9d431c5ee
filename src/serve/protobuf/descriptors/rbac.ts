/**
 * Message table: rbac.authorization.k8s.io/v1.
 * Field numbers: k8s.io/api v0.33.0 rbac/v1/generated.proto. JSON names, omitempty and
 * pointer-ness: the Go struct tags in types.go of the same package. Notation: ../schema.ts.
 */
import type { MessageTable } from '../schema.js';

export const rbac: MessageTable = {
  AggregationRule: '1:clusterRoleSelectors:[LabelSelector]',
  ClusterRole: '1:metadata:ObjectMeta 2:rules:[PolicyRule]! 3:aggregationRule:AggregationRule?',
  ClusterRoleBinding: '1:metadata:ObjectMeta 2:subjects:[Subject] 3:roleRef:RoleRef!',
  PolicyRule: [
    '1:verbs:[string]! 2:apiGroups:[string] 3:resources:[string] 4:resourceNames:[string]',
    '5:nonResourceURLs:[string]',
  ],
  Role: '1:metadata:ObjectMeta 2:rules:[PolicyRule]!',
  RoleBinding: '1:metadata:ObjectMeta 2:subjects:[Subject] 3:roleRef:RoleRef!',
  RoleRef: '1:apiGroup:string! 2:kind:string! 3:name:string!',
  Subject: '1:kind:string! 2:apiGroup:string 3:name:string! 4:namespace:string',
};
