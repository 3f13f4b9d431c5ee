import { describe, expect, it } from 'vitest';
import { Cluster, R } from '../../sim/index.js';
import { WatchHistory } from './history.js';

const cm = (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name } });

describe('WatchHistory', () => {
  it('replays what changed after a resourceVersion, for the resource and filter asked', () => {
    const c = Cluster.create({ seed: 3 });
    const h = new WatchHistory(c.store);
    const client = c.client();
    client.create(R.configmaps, 'default', cm('a'));
    const rv = Number(c.store.currentResourceVersion());
    client.patch(R.configmaps, 'default', 'a', { data: { x: '1' } }, 'application/merge-patch+json');
    client.create(R.configmaps, 'kube-system', cm('b'));
    client.delete(R.configmaps, 'default', 'a');
    const all = h.since(rv, 'configmaps', () => true);
    expect(all === 'expired' ? all : all.map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual(['MODIFIED a', 'ADDED b', 'DELETED a']);
    const inDefault = h.since(rv, 'configmaps', (o) => o.metadata.namespace === 'default');
    expect(inDefault === 'expired' ? inDefault : inDefault.map((e) => e.type)).toEqual(['MODIFIED', 'DELETED']);
    expect(h.since(rv, 'secrets', () => true)).toEqual([]);
    h.close();
  });

  it('answers expired for a resourceVersion older than what it still holds', () => {
    const c = Cluster.create({ seed: 3 });
    const h = new WatchHistory(c.store, 2);
    const before = Number(c.store.currentResourceVersion());
    for (const n of ['a', 'b', 'c', 'd']) c.client().create(R.configmaps, 'default', cm(n));
    expect(h.since(before, 'configmaps', () => true)).toBe('expired');
    const recent = h.since(h.oldest(), 'configmaps', () => true);
    expect(recent === 'expired' ? recent : recent.map((e) => e.object.metadata.name)).toEqual(['c', 'd']);
    h.close();
  });
});
