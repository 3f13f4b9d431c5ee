// autoscaling/v1 HorizontalPodAutoscalers served from the autoscaling/v2 storage version, as
// pkg/apis/autoscaling/v1/conversion.go converts: the CPU utilization metric is
// targetCPUUtilizationPercentage, other metrics / current metrics / conditions / behavior ride
// in the autoscaling.alpha.kubernetes.io/* annotations (pkg/apis/autoscaling/annotations.go) in
// the v1 (v2beta1-style) shapes, the behavior one as the internal type's Go field names; the
// CPU metric is appended after the others on the way back; v1 defaults minReplicas to 1.
import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster.js';
import type { KObject } from '../types.js';
import { hpaFromV1, hpaToV1 } from './hpa-v1.js';

const V2: KObject = {
  apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler',
  metadata: { name: 'web', namespace: 'default', annotations: { team: 'a' } },
  spec: {
    scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 2, maxReplicas: 5,
    metrics: [
      { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } } },
      { type: 'Pods', pods: { metric: { name: 'qps' }, target: { type: 'AverageValue', averageValue: '10' } } },
    ],
    behavior: { scaleDown: { stabilizationWindowSeconds: 60, selectPolicy: 'Max', policies: [{ type: 'Pods', value: 1, periodSeconds: 30 }] } },
  },
  status: {
    currentReplicas: 2, desiredReplicas: 3,
    currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 75, averageValue: '150m' } } }],
    conditions: [{ type: 'AbleToScale', status: 'True', lastTransitionTime: '2025-06-02T09:00:00Z', reason: 'ReadyForNewScale', message: 'recommended size matches current size' }],
  },
};

describe('autoscaling/v2 → v1', () => {
  it('keeps the CPU target as a field and the rest in annotations', () => {
    const v1 = hpaToV1(V2);
    expect(v1.apiVersion).toBe('autoscaling/v1');
    expect(v1.spec).toEqual({ scaleTargetRef: V2.spec.scaleTargetRef, minReplicas: 2, maxReplicas: 5, targetCPUUtilizationPercentage: 60 });
    expect(v1.status).toEqual({ currentReplicas: 2, desiredReplicas: 3, currentCPUUtilizationPercentage: 75 });
    const a = v1.metadata.annotations!;
    expect(a.team).toBe('a');
    expect(a['autoscaling.alpha.kubernetes.io/metrics']).toBe('[{"type":"Pods","pods":{"metricName":"qps","targetAverageValue":"10"}}]');
    expect(a['autoscaling.alpha.kubernetes.io/current-metrics']).toBe('[{"type":"Resource","resource":{"name":"cpu","currentAverageUtilization":75,"currentAverageValue":"150m"}}]');
    expect(a['autoscaling.alpha.kubernetes.io/conditions']).toBe('[{"type":"AbleToScale","status":"True","lastTransitionTime":"2025-06-02T09:00:00Z","reason":"ReadyForNewScale","message":"recommended size matches current size"}]');
    expect(a['autoscaling.alpha.kubernetes.io/behavior']).toBe('{"ScaleUp":null,"ScaleDown":{"StabilizationWindowSeconds":60,"SelectPolicy":"Max","Policies":[{"Type":"Pods","Value":1,"PeriodSeconds":30}]}}');
  });

  it('round-trips back to the same v2 object (annotations dropped, CPU metric after the others)', () => {
    const back = hpaFromV1(hpaToV1(V2));
    expect(back.metadata.annotations).toEqual({ team: 'a' });
    expect(back.spec.metrics).toEqual([V2.spec.metrics[1], V2.spec.metrics[0]]);
    expect(back.spec.behavior).toEqual(V2.spec.behavior);
    expect(back.status.currentMetrics).toEqual(V2.status.currentMetrics);
    expect(back.status.conditions).toEqual(V2.status.conditions);
  });
});

describe('serving autoscaling/v1 through the Api', () => {
  const body = { apiVersion: 'autoscaling/v1', kind: 'HorizontalPodAutoscaler', metadata: { name: 'web' }, spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, maxReplicas: 4, targetCPUUtilizationPercentage: 50 } };

  it('stores a v1 create as v2 and answers each version in its own shape', () => {
    const c = Cluster.create({ seed: 1 });
    const created = c.api.handle({ verb: 'create', group: 'autoscaling', version: 'v1', resource: 'horizontalpodautoscalers', namespace: 'default', body });
    expect(created.code).toBe(201);
    expect(created.body.apiVersion).toBe('autoscaling/v1');
    expect(created.body.spec).toEqual({ ...body.spec, minReplicas: 1 });
    const v2 = c.api.handle({ verb: 'get', group: 'autoscaling', version: 'v2', resource: 'horizontalpodautoscalers', namespace: 'default', name: 'web' });
    expect(v2.body.spec.metrics).toEqual([{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }]);
    const list = c.api.handle({ verb: 'list', group: 'autoscaling', version: 'v1', resource: 'horizontalpodautoscalers', namespace: 'default' });
    expect(list.body.apiVersion).toBe('autoscaling/v1');
    expect(list.body.items[0].spec.targetCPUUtilizationPercentage).toBe(50);
    const table = c.api.handle({ verb: 'list', group: 'autoscaling', version: 'v1', resource: 'horizontalpodautoscalers', namespace: 'default', asTable: true });
    expect(table.body.rows[0].object.apiVersion).toBe('autoscaling/v1');
  });

  it('applies a merge patch to the v1 view', () => {
    const c = Cluster.create({ seed: 1 });
    c.api.handle({ verb: 'create', group: 'autoscaling', version: 'v1', resource: 'horizontalpodautoscalers', namespace: 'default', body });
    const patched = c.api.handle({ verb: 'patch', group: 'autoscaling', version: 'v1', resource: 'horizontalpodautoscalers', namespace: 'default', name: 'web', patchType: 'application/merge-patch+json', body: { spec: { targetCPUUtilizationPercentage: 70 } } });
    expect(patched.code).toBe(200);
    expect(patched.body.spec.targetCPUUtilizationPercentage).toBe(70);
    const v2 = c.api.handle({ verb: 'get', group: 'autoscaling', version: 'v2', resource: 'horizontalpodautoscalers', namespace: 'default', name: 'web' });
    expect(v2.body.spec.metrics[0].resource.target.averageUtilization).toBe(70);
  });
});

describe('an in-process write without a version (our kubectl, helm)', () => {
  it('is converted from the version its body names', () => {
    const c = Cluster.create({ seed: 1 });
    const body = { apiVersion: 'autoscaling/v1', kind: 'HorizontalPodAutoscaler', metadata: { name: 'web' }, spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, maxReplicas: 4, targetCPUUtilizationPercentage: 50 } };
    const created = c.api.handle({ verb: 'create', group: 'autoscaling', resource: 'horizontalpodautoscalers', namespace: 'default', body, query: { fieldValidation: 'Strict' } });
    expect(created.code).toBe(201);
    expect(created.body.spec.targetCPUUtilizationPercentage).toBe(50);
    const v2 = c.api.handle({ verb: 'get', group: 'autoscaling', resource: 'horizontalpodautoscalers', namespace: 'default', name: 'web' });
    expect(v2.body.apiVersion).toBe('autoscaling/v2');
  });
});

describe('decoding a v1 body', () => {
  it('finds unknown fields against the v1 schema (strict: 400, warn: a warning)', () => {
    const c = Cluster.create({ seed: 1 });
    const body = { apiVersion: 'autoscaling/v1', kind: 'HorizontalPodAutoscaler', metadata: { name: 'web' }, spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, maxReplicas: 4, targetCPU: 50 } };
    const strict = c.api.handle({ verb: 'create', group: 'autoscaling', version: 'v1', resource: 'horizontalpodautoscalers', namespace: 'default', body, query: { fieldValidation: 'Strict' } });
    expect(strict.code).toBe(400);
    expect(strict.body.message).toBe('HorizontalPodAutoscaler in version "v1" cannot be handled as a HorizontalPodAutoscaler: strict decoding error: unknown field "spec.targetCPU"');
    const warn = c.api.handle({ verb: 'create', group: 'autoscaling', version: 'v1', resource: 'horizontalpodautoscalers', namespace: 'default', body });
    expect(warn.code).toBe(201);
    expect(warn.warnings).toEqual(['unknown field "spec.targetCPU"']);
  });
});
