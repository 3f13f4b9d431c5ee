/**
 * HorizontalPodAutoscaler autoscaling/v2 (the storage version) ⇄ autoscaling/v1, as
 * pkg/apis/autoscaling/v1/conversion.go converts: v1 has only a CPU utilization target, so
 * everything else rides in round-trip annotations (other metrics, current metrics,
 * conditions, behavior), which the way back turns into fields again and drops.
 */
import { deepClone } from '../objects.js';
import type { KObject } from '../types.js';
import { behaviorFromAnnotation, behaviorToAnnotation, specFromV1, specToV1, statusFromV1, statusToV1 } from './hpa-metrics.js';

type Obj = Record<string, any>;

// pkg/apis/autoscaling/annotations.go
const METRICS = 'autoscaling.alpha.kubernetes.io/metrics';
const CURRENT_METRICS = 'autoscaling.alpha.kubernetes.io/current-metrics';
const CONDITIONS = 'autoscaling.alpha.kubernetes.io/conditions';
const BEHAVIOR = 'autoscaling.alpha.kubernetes.io/behavior';
const ROUND_TRIP = [METRICS, CURRENT_METRICS, CONDITIONS, BEHAVIOR, 'autoscaling.alpha.kubernetes.io/scale-down-tolerance', 'autoscaling.alpha.kubernetes.io/scale-up-tolerance'];

/** Metadata without the round-trip annotations (an emptied map is omitted, as omitempty does). */
function dropRoundTrip(metadata: KObject['metadata']): { metadata: KObject['metadata']; annotations: Record<string, string> } {
  const md = deepClone(metadata ?? {});
  const annotations: Record<string, string> = { ...(md.annotations ?? {}) };
  for (const k of ROUND_TRIP) delete annotations[k];
  if (Object.keys(annotations).length) md.annotations = annotations;
  else delete md.annotations;
  return { metadata: md, annotations };
}

const cpuUtilization = (m: Obj) => m.type === 'Resource' && m.resource?.name === 'cpu' && m.resource?.target?.averageUtilization !== undefined;

const compact = (o: Obj): Obj => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

/** The stored autoscaling/v2 object as autoscaling/v1 shows it. */
export function hpaToV1(o: KObject): KObject {
  const { metadata, annotations } = dropRoundTrip(o.metadata);
  const spec: Obj = o.spec ?? {};
  const status: Obj = o.status ?? {};
  const metrics: Obj[] = spec.metrics ?? [];
  const cpu = metrics.find(cpuUtilization);
  const others = metrics.filter((m) => !cpuUtilization(m)).map(specToV1);
  if (others.length) annotations[METRICS] = JSON.stringify(others);
  const current: Obj[] = status.currentMetrics ?? [];
  if (current.length) annotations[CURRENT_METRICS] = JSON.stringify(current.map(statusToV1));
  if (spec.behavior) annotations[BEHAVIOR] = behaviorToAnnotation(spec.behavior);
  const conditions: Obj[] = status.conditions ?? [];
  if (conditions.length) {
    annotations[CONDITIONS] = JSON.stringify(conditions.map((c) => compact({ type: c.type, status: c.status, lastTransitionTime: c.lastTransitionTime ?? null, reason: c.reason || undefined, message: c.message || undefined })));
  }
  if (Object.keys(annotations).length) metadata.annotations = annotations;
  const currentCpu = current.find((m) => m.type === 'Resource' && m.resource?.name === 'cpu')?.resource?.current?.averageUtilization;
  return {
    kind: 'HorizontalPodAutoscaler', apiVersion: 'autoscaling/v1', metadata,
    spec: compact({ scaleTargetRef: spec.scaleTargetRef, minReplicas: spec.minReplicas, maxReplicas: spec.maxReplicas, targetCPUUtilizationPercentage: cpu?.resource.target.averageUtilization }),
    // currentReplicas and desiredReplicas have no omitempty in v1.
    status: compact({
      observedGeneration: status.observedGeneration, lastScaleTime: status.lastScaleTime, currentReplicas: status.currentReplicas ?? 0,
      desiredReplicas: status.desiredReplicas ?? 0, currentCPUUtilizationPercentage: currentCpu,
    }),
  };
}

function parseList(text: string | undefined): Obj[] | undefined {
  if (text === undefined) return undefined;
  try {
    const v = JSON.parse(text);
    return Array.isArray(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** An autoscaling/v1 object (a request body) as the autoscaling/v2 object to store. */
export function hpaFromV1(o: KObject): KObject {
  const given: Record<string, string> = o.metadata?.annotations ?? {};
  const { metadata } = dropRoundTrip(o.metadata);
  const spec: Obj = o.spec ?? {};
  const status: Obj = o.status ?? {};
  const cpu = spec.targetCPUUtilizationPercentage !== undefined && spec.targetCPUUtilizationPercentage !== null
    ? [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: spec.targetCPUUtilizationPercentage } } }]
    : [];
  // Other metrics first, then the CPU target (the conversion appends it after them).
  const metrics = [...(parseList(given[METRICS])?.map(specFromV1) ?? []), ...cpu];
  const behavior = given[BEHAVIOR] !== undefined ? behaviorFromAnnotation(given[BEHAVIOR]) : undefined;
  const currentCpu = status.currentCPUUtilizationPercentage;
  const current = parseList(given[CURRENT_METRICS])?.map(statusFromV1)
    ?? (currentCpu !== undefined && currentCpu !== null ? [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: currentCpu } } }] : undefined);
  const conditions = parseList(given[CONDITIONS]);
  const out: KObject = {
    apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata,
    spec: compact({
      scaleTargetRef: spec.scaleTargetRef, minReplicas: spec.minReplicas ?? 1, maxReplicas: spec.maxReplicas,
      metrics: metrics.length ? metrics : undefined, behavior,
    }),
  };
  if (o.status) {
    out.status = compact({
      observedGeneration: status.observedGeneration, lastScaleTime: status.lastScaleTime, currentReplicas: status.currentReplicas,
      desiredReplicas: status.desiredReplicas ?? 0, currentMetrics: current, conditions,
    });
  }
  return out;
}
