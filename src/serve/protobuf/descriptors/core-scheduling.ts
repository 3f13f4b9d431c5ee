/**
 * Message table: core/v1 scheduling parts of a pod spec (affinity, tolerations, topology, DNS).
 * Field numbers: k8s.io/api v0.33.0 core/v1/generated.proto. JSON names, omitempty and
 * pointer-ness: the Go struct tags in types.go of the same package. Notation: ../schema.ts.
 */
import type { MessageTable } from '../schema.js';

export const coreScheduling: MessageTable = {
  Affinity: [
    '1:nodeAffinity:NodeAffinity? 2:podAffinity:PodAffinity?',
    '3:podAntiAffinity:PodAntiAffinity?',
  ],
  HostAlias: '1:ip:string! 2:hostnames:[string]',
  NodeAffinity: [
    '1:requiredDuringSchedulingIgnoredDuringExecution:NodeSelector?',
    '2:preferredDuringSchedulingIgnoredDuringExecution:[PreferredSchedulingTerm]',
  ],
  NodeSelector: '1:nodeSelectorTerms:[NodeSelectorTerm]!',
  NodeSelectorRequirement: '1:key:string! 2:operator:string! 3:values:[string]',
  NodeSelectorTerm: [
    '1:matchExpressions:[NodeSelectorRequirement] 2:matchFields:[NodeSelectorRequirement]',
  ],
  PodAffinity: [
    '1:requiredDuringSchedulingIgnoredDuringExecution:[PodAffinityTerm]',
    '2:preferredDuringSchedulingIgnoredDuringExecution:[WeightedPodAffinityTerm]',
  ],
  PodAffinityTerm: [
    '1:labelSelector:LabelSelector? 2:namespaces:[string] 3:topologyKey:string!',
    '4:namespaceSelector:LabelSelector? 5:matchLabelKeys:[string]',
    '6:mismatchLabelKeys:[string]',
  ],
  PodAntiAffinity: [
    '1:requiredDuringSchedulingIgnoredDuringExecution:[PodAffinityTerm]',
    '2:preferredDuringSchedulingIgnoredDuringExecution:[WeightedPodAffinityTerm]',
  ],
  PodDNSConfig: '1:nameservers:[string] 2:searches:[string] 3:options:[PodDNSConfigOption]',
  PodDNSConfigOption: '1:name:string 2:value:string?',
  PodOS: '1:name:string!',
  PodReadinessGate: '1:conditionType:string!',
  PodResourceClaim: [
    '1:name:string! 3:resourceClaimName:string? 4:resourceClaimTemplateName:string?',
  ],
  PodResourceClaimStatus: '1:name:string! 2:resourceClaimName:string?',
  PodSchedulingGate: '1:name:string!',
  PreferredSchedulingTerm: '1:weight:int32! 2:preference:NodeSelectorTerm!',
  SessionAffinityConfig: '1:clientIP:ClientIPConfig?',
  Toleration: [
    '1:key:string 2:operator:string 3:value:string 4:effect:string',
    '5:tolerationSeconds:int64?',
  ],
  TopologySelectorLabelRequirement: '1:key:string! 2:values:[string]!',
  TopologySelectorTerm: '1:matchLabelExpressions:[TopologySelectorLabelRequirement]',
  TopologySpreadConstraint: [
    '1:maxSkew:int32! 2:topologyKey:string! 3:whenUnsatisfiable:string!',
    '4:labelSelector:LabelSelector? 5:minDomains:int32? 6:nodeAffinityPolicy:string?',
    '7:nodeTaintsPolicy:string? 8:matchLabelKeys:[string]',
  ],
  WeightedPodAffinityTerm: '1:weight:int32! 2:podAffinityTerm:PodAffinityTerm!',
};
