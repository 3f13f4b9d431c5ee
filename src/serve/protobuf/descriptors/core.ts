/**
 * Message table: core/v1 objects (Secret, ConfigMap, Namespace, Service, ServiceAccount, ResourceQuota, Pod).
 * Field numbers: k8s.io/api v0.33.0 core/v1/generated.proto. JSON names, omitempty and
 * pointer-ness: the Go struct tags in types.go of the same package. Notation: ../schema.ts.
 */
import type { MessageTable } from '../schema.js';

export const core: MessageTable = {
  ClientIPConfig: '1:timeoutSeconds:int32?',
  ConfigMap: '1:metadata:ObjectMeta 4:immutable:bool? 2:data:{string} 3:binaryData:{bytes}',
  HostIP: '1:ip:string!',
  LoadBalancerIngress: '1:ip:string 2:hostname:string 3:ipMode:string? 4:ports:[PortStatus]',
  LoadBalancerStatus: '1:ingress:[LoadBalancerIngress]',
  Namespace: '1:metadata:ObjectMeta 2:spec:NamespaceSpec 3:status:NamespaceStatus',
  NamespaceCondition: [
    '1:type:string! 2:status:string! 4:lastTransitionTime:Time 5:reason:string',
    '6:message:string',
  ],
  NamespaceSpec: '1:finalizers:[string]',
  NamespaceStatus: '1:phase:string 2:conditions:[NamespaceCondition]',
  ObjectReference: [
    '1:kind:string 2:namespace:string 3:name:string 4:uid:string 5:apiVersion:string',
    '6:resourceVersion:string 7:fieldPath:string',
  ],
  Pod: '1:metadata:ObjectMeta 2:spec:PodSpec 3:status:PodStatus',
  PodCondition: [
    '1:type:string! 7:observedGeneration:int64 2:status:string! 3:lastProbeTime:Time',
    '4:lastTransitionTime:Time 5:reason:string 6:message:string',
  ],
  PodIP: '1:ip:string!',
  PodSpec: [
    '1:volumes:[Volume] 20:initContainers:[Container] 2:containers:[Container]!',
    '34:ephemeralContainers:[EphemeralContainer] 3:restartPolicy:string',
    '4:terminationGracePeriodSeconds:int64? 5:activeDeadlineSeconds:int64?',
    '6:dnsPolicy:string 7:nodeSelector:{string} 8:serviceAccountName:string',
    '9:serviceAccount:string 21:automountServiceAccountToken:bool? 10:nodeName:string',
    '11:hostNetwork:bool 12:hostPID:bool 13:hostIPC:bool 27:shareProcessNamespace:bool?',
    '14:securityContext:PodSecurityContext? 15:imagePullSecrets:[LocalObjectReference]',
    '16:hostname:string 17:subdomain:string 18:affinity:Affinity? 19:schedulerName:string',
    '22:tolerations:[Toleration] 23:hostAliases:[HostAlias] 24:priorityClassName:string',
    '25:priority:int32? 26:dnsConfig:PodDNSConfig? 28:readinessGates:[PodReadinessGate]',
    '29:runtimeClassName:string? 30:enableServiceLinks:bool? 31:preemptionPolicy:string?',
    '32:overhead:{Quantity} 33:topologySpreadConstraints:[TopologySpreadConstraint]',
    '35:setHostnameAsFQDN:bool? 36:os:PodOS? 37:hostUsers:bool?',
    '38:schedulingGates:[PodSchedulingGate] 39:resourceClaims:[PodResourceClaim]',
    '40:resources:ResourceRequirements?',
  ],
  PodStatus: [
    '17:observedGeneration:int64 1:phase:string 2:conditions:[PodCondition]',
    '3:message:string 4:reason:string 11:nominatedNodeName:string 5:hostIP:string',
    '16:hostIPs:[HostIP] 6:podIP:string 12:podIPs:[PodIP] 7:startTime:Time?',
    '10:initContainerStatuses:[ContainerStatus] 8:containerStatuses:[ContainerStatus]',
    '9:qosClass:string 13:ephemeralContainerStatuses:[ContainerStatus] 14:resize:string',
    '15:resourceClaimStatuses:[PodResourceClaimStatus]',
  ],
  PodTemplateSpec: '1:metadata:ObjectMeta 2:spec:PodSpec',
  PortStatus: '1:port:int32! 2:protocol:string! 3:error:string?',
  ResourceHealth: '1:resourceID:string! 2:health:string',
  ResourceQuota: '1:metadata:ObjectMeta 2:spec:ResourceQuotaSpec 3:status:ResourceQuotaStatus',
  ResourceQuotaSpec: '1:hard:{Quantity} 2:scopes:[string] 3:scopeSelector:ScopeSelector?',
  ResourceQuotaStatus: '1:hard:{Quantity} 2:used:{Quantity}',
  ResourceStatus: '1:name:string! 2:resources:[ResourceHealth]',
  ScopedResourceSelectorRequirement: '1:scopeName:string! 2:operator:string! 3:values:[string]',
  ScopeSelector: '1:matchExpressions:[ScopedResourceSelectorRequirement]',
  Secret: [
    '1:metadata:ObjectMeta 5:immutable:bool? 2:data:{bytes} 4:stringData:{string}',
    '3:type:string',
  ],
  Service: '1:metadata:ObjectMeta 2:spec:ServiceSpec 3:status:ServiceStatus',
  ServiceAccount: [
    '1:metadata:ObjectMeta 2:secrets:[ObjectReference]',
    '3:imagePullSecrets:[LocalObjectReference] 4:automountServiceAccountToken:bool?',
  ],
  ServicePort: [
    '1:name:string 2:protocol:string 6:appProtocol:string? 3:port:int32!',
    '4:targetPort:IntOrString 5:nodePort:int32',
  ],
  ServiceSpec: [
    '1:ports:[ServicePort] 2:selector:{string} 3:clusterIP:string 18:clusterIPs:[string]',
    '4:type:string 5:externalIPs:[string] 7:sessionAffinity:string',
    '8:loadBalancerIP:string 9:loadBalancerSourceRanges:[string] 10:externalName:string',
    '11:externalTrafficPolicy:string 12:healthCheckNodePort:int32',
    '13:publishNotReadyAddresses:bool 14:sessionAffinityConfig:SessionAffinityConfig?',
    '19:ipFamilies:[string] 17:ipFamilyPolicy:string?',
    '20:allocateLoadBalancerNodePorts:bool? 21:loadBalancerClass:string?',
    '22:internalTrafficPolicy:string? 23:trafficDistribution:string?',
  ],
  ServiceStatus: '1:loadBalancer:LoadBalancerStatus 2:conditions:[Condition]',
};
