import { describe, expect, it } from 'vitest';
import { applyStrategicPatch, schemaForKind } from '../../sim/index.js';
import { sortedJson, threeWayMergePatch } from './three-way.js';

const deploy = (over: { labels: Record<string, string>; containers: unknown[]; strategy: unknown }) => ({
  apiVersion: 'apps/v1', kind: 'Deployment',
  metadata: { name: 'web', labels: over.labels },
  spec: {
    selector: { matchLabels: { app: 'web' } }, strategy: over.strategy,
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: over.containers } },
  },
});

describe('threeWayMergePatch', () => {
  // Expected patch observed on the wire from kubectl 1.33 (shared/reference/kubectl-wire.md §3.4),
  // minus the last-applied annotation which apply.ts adds.
  it('removes a label, a container, an env var and a port and switches the strategy as kubectl does', () => {
    const original = deploy({
      labels: { app: 'web', tier: 'front' },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } },
      containers: [
        { name: 'main', image: 'nginx:1', env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }], ports: [{ containerPort: 80 }, { containerPort: 443 }] },
        { name: 'sidecar', image: 'busybox' },
      ],
    });
    const modified = deploy({
      labels: { app: 'web' },
      strategy: { type: 'Recreate' },
      containers: [{ name: 'main', image: 'nginx:2', env: [{ name: 'B', value: '2' }, { name: 'C', value: '3' }], ports: [{ containerPort: 80 }] }],
    });
    const r = threeWayMergePatch(original, modified, structuredClone(original), schemaForKind('Deployment'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(sortedJson(r.patch)).toBe(sortedJson({
      metadata: { labels: { tier: null } },
      spec: {
        strategy: { $retainKeys: ['type'], rollingUpdate: null, type: 'Recreate' },
        template: { spec: {
          '$setElementOrder/containers': [{ name: 'main' }],
          containers: [
            { '$setElementOrder/env': [{ name: 'B' }, { name: 'C' }], '$setElementOrder/ports': [{ containerPort: 80 }],
              env: [{ name: 'C', value: '3' }, { $patch: 'delete', name: 'A' }], image: 'nginx:2', name: 'main',
              ports: [{ $patch: 'delete', containerPort: 443 }] },
            { $patch: 'delete', name: 'sidecar' },
          ],
        } },
      },
    }));
    // The server applies it back to the object kubectl meant.
    const applied = applyStrategicPatch(original, r.patch, 'Deployment');
    expect(applied.ok && applied.value).toEqual(modified);
  });

  // kubectl-wire.md §2 "apply -f deploy2.yaml": image and replicas change.
  it('sends $setElementOrder with a changed container image', () => {
    const base = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { replicas: 1, template: { spec: { containers: [{ name: 'c', image: 'img:1' }] } } } };
    const next = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { replicas: 3, template: { spec: { containers: [{ name: 'c', image: 'img:1b' }] } } } };
    const r = threeWayMergePatch(base, next, base, schemaForKind('Deployment'));
    expect(r.ok && sortedJson(r.patch)).toBe('{"spec":{"replicas":3,"template":{"spec":{"$setElementOrder/containers":[{"name":"c"}],"containers":[{"image":"img:1b","name":"c"}]}}}}');
  });

  it('is empty when nothing changed, and keeps fields the server or others added', () => {
    const cfg = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { a: '1' } };
    const live = { ...cfg, metadata: { name: 'c', uid: 'u', labels: { added: 'by-hand' } } };
    const r = threeWayMergePatch(cfg, cfg, live, schemaForKind('ConfigMap'));
    expect(r.ok && r.patch).toEqual({});
  });
});
