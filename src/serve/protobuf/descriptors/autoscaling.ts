/**
 * Message table: autoscaling HorizontalPodAutoscaler (v1 and v2; names qualified where they
 * collide) and Scale.
 * Field numbers: k8s.io/api v0.33.0 autoscaling/v1/generated.proto and autoscaling/v2/generated.proto.
 * JSON names, omitempty and pointer-ness: the Go struct tags in types.go of the same package.
 * Notation: ../schema.ts.
 */
import type { MessageTable } from '../schema.js';

export const autoscaling: MessageTable = {
  'autoscaling.v1.CrossVersionObjectReference': [
    '1:kind:string! 2:name:string! 3:apiVersion:string',
  ],
  'autoscaling.v1.HorizontalPodAutoscaler': [
    '1:metadata:ObjectMeta 2:spec:autoscaling.v1.HorizontalPodAutoscalerSpec',
    '3:status:autoscaling.v1.HorizontalPodAutoscalerStatus',
  ],
  'autoscaling.v1.HorizontalPodAutoscalerSpec': [
    '1:scaleTargetRef:autoscaling.v1.CrossVersionObjectReference! 2:minReplicas:int32?',
    '3:maxReplicas:int32! 4:targetCPUUtilizationPercentage:int32?',
  ],
  'autoscaling.v1.HorizontalPodAutoscalerStatus': [
    '1:observedGeneration:int64? 2:lastScaleTime:Time? 3:currentReplicas:int32!',
    '4:desiredReplicas:int32! 5:currentCPUUtilizationPercentage:int32?',
  ],
  'autoscaling.v2.CrossVersionObjectReference': [
    '1:kind:string! 2:name:string! 3:apiVersion:string',
  ],
  'autoscaling.v2.HorizontalPodAutoscaler': [
    '1:metadata:ObjectMeta 2:spec:autoscaling.v2.HorizontalPodAutoscalerSpec',
    '3:status:autoscaling.v2.HorizontalPodAutoscalerStatus',
  ],
  'autoscaling.v2.HorizontalPodAutoscalerSpec': [
    '1:scaleTargetRef:autoscaling.v2.CrossVersionObjectReference! 2:minReplicas:int32?',
    '3:maxReplicas:int32! 4:metrics:[MetricSpec]',
    '5:behavior:HorizontalPodAutoscalerBehavior?',
  ],
  'autoscaling.v2.HorizontalPodAutoscalerStatus': [
    '1:observedGeneration:int64? 2:lastScaleTime:Time? 3:currentReplicas:int32',
    '4:desiredReplicas:int32! 5:currentMetrics:[MetricStatus]!',
    '6:conditions:[HorizontalPodAutoscalerCondition]',
  ],
  ContainerResourceMetricSource: '1:name:string! 2:target:MetricTarget! 3:container:string!',
  ContainerResourceMetricStatus: [
    '1:name:string! 2:current:MetricValueStatus! 3:container:string!',
  ],
  ExternalMetricSource: '1:metric:MetricIdentifier! 2:target:MetricTarget!',
  ExternalMetricStatus: '1:metric:MetricIdentifier! 2:current:MetricValueStatus!',
  HorizontalPodAutoscalerBehavior: '1:scaleUp:HPAScalingRules? 2:scaleDown:HPAScalingRules?',
  HorizontalPodAutoscalerCondition: [
    '1:type:string! 2:status:string! 3:lastTransitionTime:Time 4:reason:string',
    '5:message:string',
  ],
  HPAScalingPolicy: '1:type:string! 2:value:int32! 3:periodSeconds:int32!',
  HPAScalingRules: [
    '3:stabilizationWindowSeconds:int32? 1:selectPolicy:string?',
    '2:policies:[HPAScalingPolicy] 4:tolerance:Quantity?',
  ],
  MetricIdentifier: '1:name:string! 2:selector:LabelSelector?',
  MetricSpec: [
    '1:type:string! 2:object:ObjectMetricSource? 3:pods:PodsMetricSource?',
    '4:resource:ResourceMetricSource? 7:containerResource:ContainerResourceMetricSource?',
    '5:external:ExternalMetricSource?',
  ],
  MetricStatus: [
    '1:type:string! 2:object:ObjectMetricStatus? 3:pods:PodsMetricStatus?',
    '4:resource:ResourceMetricStatus? 7:containerResource:ContainerResourceMetricStatus?',
    '5:external:ExternalMetricStatus?',
  ],
  MetricTarget: [
    '1:type:string! 2:value:Quantity? 3:averageValue:Quantity?',
    '4:averageUtilization:int32?',
  ],
  MetricValueStatus: '1:value:Quantity? 2:averageValue:Quantity? 3:averageUtilization:int32?',
  ObjectMetricSource: [
    '1:describedObject:autoscaling.v2.CrossVersionObjectReference! 2:target:MetricTarget!',
    '3:metric:MetricIdentifier!',
  ],
  ObjectMetricStatus: [
    '1:metric:MetricIdentifier! 2:current:MetricValueStatus!',
    '3:describedObject:autoscaling.v2.CrossVersionObjectReference!',
  ],
  PodsMetricSource: '1:metric:MetricIdentifier! 2:target:MetricTarget!',
  PodsMetricStatus: '1:metric:MetricIdentifier! 2:current:MetricValueStatus!',
  ResourceMetricSource: '1:name:string! 2:target:MetricTarget!',
  ResourceMetricStatus: '1:name:string! 2:current:MetricValueStatus!',
  Scale: '1:metadata:ObjectMeta 2:spec:ScaleSpec 3:status:ScaleStatus',
  ScaleSpec: '1:replicas:int32',
  ScaleStatus: '1:replicas:int32! 2:selector:string',
};
