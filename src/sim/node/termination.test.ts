import { describe, expect, it } from 'vitest';
import { sendRequest } from './traffic.js';
import { cluster, create, del, events, getPod, pod } from './test-helpers.js';

function secondsUntilGone(c: ReturnType<typeof cluster>, name: string, max = 120_000): number {
  const t0 = c.now();
  c.advanceUntil(() => !getPod(c, name), max);
  return (c.now() - t0) / 1000;
}

describe('graceful termination (reference §5.8)', () => {
  it('a shell that ignores SIGTERM is SIGKILLed after the 30 s default grace period', () => {
    const c = cluster();
    create(c, pod('sleeper', [{ name: 'c', image: 'busybox', command: ['sh', '-c', 'sleep 3600'] }]));
    c.advance(10_000);
    del(c, 'sleeper');
    expect(getPod(c, 'sleeper')!.metadata.deletionTimestamp).toBeDefined();
    expect(events(c, 'sleeper').map((e) => `${e.reason}: ${e.message}`)).toContain('Killing: Stopping container c');
    const gone = secondsUntilGone(c, 'sleeper');
    expect(gone).toBeGreaterThanOrEqual(30);
    expect(gone).toBeLessThanOrEqual(31);
  });

  it('nginx exits on SIGTERM at once (fast shutdown), so the pod goes quickly', () => {
    const c = cluster();
    create(c, pod('web', [{ name: 'nginx', image: 'nginx:1.17.1' }]));
    c.advance(10_000);
    del(c, 'web');
    // Gone once the kubelet's next relist sees the exited container.
    expect(secondsUntilGone(c, 'web')).toBeLessThanOrEqual(1);
  });

  it('runs preStop first and keeps serving meanwhile', () => {
    const c = cluster();
    create(c, pod('web', [{ name: 'nginx', image: 'nginx:1.17.1', lifecycle: { preStop: { exec: { command: ['sh', '-c', 'sleep 5'] } } } }]));
    c.advance(10_000);
    const ip = getPod(c, 'web')!.status!.podIP!;
    del(c, 'web');
    c.advance(4_000);
    expect(sendRequest(c, { url: `http://${ip}/` })).toMatchObject({ ok: true, status: 200 });
    const gone = secondsUntilGone(c, 'web');
    expect(gone).toBeGreaterThanOrEqual(1.9);
    expect(gone).toBeLessThan(3);
    expect(sendRequest(c, { url: `http://${ip}/` })).toMatchObject({ ok: false });
  });

  it('cuts a preStop hook at the grace period and still allows 2 s before SIGKILL', () => {
    const c = cluster();
    create(c, pod('p', [{ name: 'c', image: 'busybox', command: ['sleep', '3600'], lifecycle: { preStop: { sleep: { seconds: 20 } } } }], { terminationGracePeriodSeconds: 10 }));
    c.advance(10_000);
    del(c, 'p');
    const gone = secondsUntilGone(c, 'p');
    expect(gone).toBeGreaterThanOrEqual(12);
    expect(gone).toBeLessThanOrEqual(13);
  });

  it('honours --grace-period and writes a final status before the kubelet deletes the pod', () => {
    const c = cluster();
    create(c, pod('s', [{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }]));
    c.advance(10_000);
    const seen: string[] = [];
    c.store.watch((e) => { if (e.object.metadata.name === 's' && e.resource === 'pods') seen.push(`${e.type}:${e.object.status?.containerStatuses?.[0]?.state?.terminated?.exitCode ?? ''}`); });
    del(c, 's', 5);
    expect(secondsUntilGone(c, 's')).toBe(6);
    expect(seen.slice(-2)).toEqual(['MODIFIED:137', 'DELETED:137']);
  });
});

describe('pods/eviction', () => {
  it('deletes the pod gracefully', () => {
    const c = cluster();
    create(c, pod('ev', [{ name: 'c', image: 'busybox', command: ['sleep', '3600'] }]));
    c.advance(10_000);
    const res = c.api.handle({ verb: 'create', group: '', resource: 'pods', namespace: 'default', name: 'ev', subresource: 'eviction', body: { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: 'ev' } } });
    expect(res.code).toBe(201);
    c.settle();
    expect(getPod(c, 'ev')!.metadata.deletionTimestamp).toBeDefined();
    expect(secondsUntilGone(c, 'ev')).toBeGreaterThanOrEqual(30);
  });
});
