/**
 * Canonical quantities as the API server returns them (apimachinery
 * pkg/api/resource/quantity_test.go canonical cases; Kubernetes docs "Resource units").
 */
import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster.js';
import { R } from '../client.js';
import { canonicalQuantity } from './quantity-format.js';

describe('canonicalQuantity', () => {
  it.each([
    ['0.5', '500m'], ['1', '1'], [1, '1'], ['1000m', '1'], ['1500m', '1500m'], ['1.5', '1500m'], ['2000', '2k'],
    ['100m', '100m'], ['0.1', '100m'], ['1024Mi', '1Gi'], ['1.5Gi', '1536Mi'], ['0.5Gi', '512Mi'], ['128Mi', '128Mi'],
    ['500M', '500M'], ['1000M', '1G'], ['128974848', '128974848'], ['1Ki', '1Ki'], ['512', '512'], ['0', '0'],
    ['1e3', '1e3'], ['0.0000000001', '1n'],
  ])('%s → %s', (input, out) => {
    expect(canonicalQuantity(input as string)).toBe(out);
  });
});

describe('through the API', () => {
  it('container resources are stored canonical', () => {
    const c = Cluster.create();
    const res = c.client().create(R.pods, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'nginx', resources: { requests: { cpu: 0.5, memory: '1024Mi' }, limits: { cpu: '1.5', memory: '1.5Gi' } } }] } });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.value.spec.containers[0].resources).toEqual({ requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '1500m', memory: '1536Mi' } });
  });
});
