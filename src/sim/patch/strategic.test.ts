import { describe, expect, it } from 'vitest';
import { applyStrategicPatch } from './strategic.js';

// Cases follow k8s.io/apimachinery pkg/util/strategicpatch/patch_test.go semantics.
const pod = () => ({
  apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', finalizers: ['a', 'b'], labels: { x: '1', y: '2' } },
  spec: { containers: [
    { name: 'web', image: 'nginx:1', env: [{ name: 'A', value: '1' }], ports: [{ containerPort: 80 }] },
    { name: 'side', image: 'busybox' },
  ], tolerations: [{ key: 'k', operator: 'Exists' }] },
});

const apply = (patch: unknown, obj: unknown = pod(), kind = 'Pod') => {
  const r = applyStrategicPatch(obj, patch, kind);
  if (!r.ok) throw new Error(r.error);
  return r.value as any;
};

describe('strategic merge patch', () => {
  it('merges containers by name and keeps the others', () => {
    const out = apply({ spec: { containers: [{ name: 'web', image: 'nginx:2' }] } });
    expect(out.spec.containers).toEqual([
      { name: 'web', image: 'nginx:2', env: [{ name: 'A', value: '1' }], ports: [{ containerPort: 80 }] },
      { name: 'side', image: 'busybox' },
    ]);
  });
  it('appends new list items and merges env by name', () => {
    const out = apply({ spec: { containers: [{ name: 'web', env: [{ name: 'B', value: '2' }, { name: 'A', value: 'x' }] }] } });
    // Items named in the patch take the patch's order (mergeSlice → normalizeElementOrder).
    expect(out.spec.containers[0].env).toEqual([{ name: 'B', value: '2' }, { name: 'A', value: 'x' }]);
  });
  it('deletes keys with null and list items with $patch: delete', () => {
    const out = apply({ metadata: { labels: { x: null } }, spec: { containers: [{ $patch: 'delete', name: 'side' }] } });
    expect(out.metadata.labels).toEqual({ y: '2' });
    expect(out.spec.containers.map((c: any) => c.name)).toEqual(['web']);
  });
  it('replaces lists without a merge strategy (tolerations)', () => {
    const out = apply({ spec: { tolerations: [{ key: 'z', operator: 'Exists' }] } });
    expect(out.spec.tolerations).toEqual([{ key: 'z', operator: 'Exists' }]);
  });
  it('merges primitive lists with merge strategy (finalizers) and deletes from them', () => {
    // Patch items first in patch order; server-only `b` is slotted in by mergeSortedSlice.
    expect(apply({ metadata: { finalizers: ['c', 'a'] } }).metadata.finalizers).toEqual(['c', 'a', 'b']);
    expect(apply({ metadata: { '$deleteFromPrimitiveList/finalizers': ['a'] } }).metadata.finalizers).toEqual(['b']);
  });
  it('orders a merged list by $setElementOrder', () => {
    const out = apply({ spec: { '$setElementOrder/containers': [{ name: 'side' }, { name: 'web' }], containers: [{ name: 'web', image: 'nginx:3' }] } });
    expect(out.spec.containers.map((c: any) => c.name)).toEqual(['side', 'web']);
  });
  it('replaces a map with $patch: replace and a list with a replace item', () => {
    expect(apply({ metadata: { labels: { $patch: 'replace', z: '9' } } }).metadata.labels).toEqual({ z: '9' });
    const out = apply({ spec: { containers: [{ $patch: 'replace' }, { name: 'only', image: 'x' }] } });
    expect(out.spec.containers).toEqual([{ name: 'only', image: 'x' }]);
  });
  it('drops keys not in $retainKeys (deployment strategy)', () => {
    const d = { kind: 'Deployment', spec: { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } } } };
    const out = apply({ spec: { strategy: { $retainKeys: ['type'], type: 'Recreate' } } }, d, 'Deployment');
    expect(out.spec.strategy).toEqual({ type: 'Recreate' });
  });
  it('merges service ports by port', () => {
    const svc = { kind: 'Service', spec: { ports: [{ port: 80, targetPort: 8080 }, { port: 443 }] } };
    const out = apply({ spec: { ports: [{ port: 80, targetPort: 9090 }] } }, svc, 'Service');
    expect(out.spec.ports).toEqual([{ port: 80, targetPort: 9090 }, { port: 443 }]);
  });
  it('reports a list item without its merge key', () => {
    const r = applyStrategicPatch(pod(), { spec: { containers: [{ image: 'x' }] } }, 'Pod');
    expect(r).toEqual({ ok: false, error: 'map: {"image":"x"} does not contain declared merge key: name' });
  });
});
