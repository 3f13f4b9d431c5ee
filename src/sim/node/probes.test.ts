import { describe, expect, it } from 'vitest';
import { sendRequest } from './traffic.js';
import { cluster, create, events, getPod, pod } from './test-helpers.js';

const ready = (c: ReturnType<typeof cluster>, name: string) => !!getPod(c, name)?.status?.containerStatuses?.[0]?.ready;

describe('probes (reference §5.7)', () => {
  it('kubia v3 answers 500 from its fifth request on (seed 001)', () => {
    const c = cluster();
    create(c, pod('v3', [{ name: 'nodejs', image: 'luksa/kubia:v3', ports: [{ containerPort: 8080 }] }]));
    c.advance(30_000);
    const ip = getPod(c, 'v3')!.status!.podIP!;
    const got = [1, 2, 3, 4, 5, 6].map(() => sendRequest(c, { url: `http://${ip}:8080/` }));
    expect(got.slice(0, 4).map((r) => r.ok && r.status)).toEqual([200, 200, 200, 200]);
    expect(got[0].ok && got[0].body).toBe('This is v3 running in pod v3\n');
    expect(got.slice(4).map((r) => r.ok && r.status)).toEqual([500, 500]);
    expect(got[4].ok && got[4].body).toBe('Some internal error has occurred! This is pod v3\n');
  });

  it('counts readiness probe requests too: v3 turns unready after its fourth probe', () => {
    const c = cluster();
    create(c, pod('v3', [{ name: 'nodejs', image: 'luksa/kubia:v3', readinessProbe: { httpGet: { path: '/', port: 8080 }, periodSeconds: 1 } }]));
    c.advanceUntil(() => ready(c, 'v3'), 60_000);
    expect(ready(c, 'v3')).toBe(true);
    c.advance(10_000);
    expect(ready(c, 'v3')).toBe(false);
    expect(getPod(c, 'v3')!.status!.conditions!.find((x) => x.type === 'Ready')).toMatchObject({ status: 'False', reason: 'ContainersNotReady', message: 'containers with unready status: [nodejs]' });
    const unhealthy = events(c, 'v3').filter((e) => e.reason === 'Unhealthy');
    expect(unhealthy.map((e) => e.message)).toContain('Readiness probe failed: HTTP probe failed with statuscode: 500');
    expect(unhealthy.every((e) => e.type === 'Warning')).toBe(true);
    // Readiness never restarts the container.
    expect(getPod(c, 'v3')!.status!.containerStatuses![0].restartCount).toBe(0);
  });

  it('keeps a container unready until the first readiness success after initialDelaySeconds', () => {
    const c = cluster();
    create(c, pod('ev', [{ name: 'echo-version', image: 'gihyodocker/echo-version:0.1.0', readinessProbe: { httpGet: { path: '/hc', port: 8080 }, initialDelaySeconds: 15, timeoutSeconds: 3 } }]));
    const t0 = c.now();
    c.advanceUntil(() => getPod(c, 'ev')!.status?.phase === 'Running', 30_000);
    const running = c.now();
    expect(ready(c, 'ev')).toBe(false);
    c.advanceUntil(() => ready(c, 'ev'), 60_000);
    expect((c.now() - running) / 1000).toBeGreaterThanOrEqual(14);
    expect((c.now() - t0) / 1000).toBeLessThan(25);
  });

  it('restarts on liveness failure: exec cat /tmp/healthy (busybox docs example)', () => {
    const c = cluster();
    create(c, pod('liveness', [{
      name: 'liveness', image: 'busybox', args: ['/bin/sh', '-c', 'touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600'],
      livenessProbe: { exec: { command: ['cat', '/tmp/healthy'] }, initialDelaySeconds: 5, periodSeconds: 5 },
    }]));
    c.advance(40_000);
    expect(getPod(c, 'liveness')!.status!.containerStatuses![0].restartCount).toBe(0);
    c.advance(80_000);
    const msgs = events(c, 'liveness').map((e) => `${e.reason}: ${e.message}`);
    expect(msgs).toContain("Unhealthy: Liveness probe failed: cat: can't open '/tmp/healthy': No such file or directory\n");
    expect(msgs).toContain('Killing: Container liveness failed liveness probe, will be restarted');
    const cs = getPod(c, 'liveness')!.status!.containerStatuses![0];
    expect(cs.restartCount).toBe(1);
    // sh as PID 1 ignores SIGTERM: the kubelet kills it after the grace period.
    expect(cs.lastState!.terminated).toMatchObject({ exitCode: 137, reason: 'Error' });
  });

  it('gates liveness behind a startup probe and restarts when startup keeps failing', () => {
    const c = cluster();
    create(c, pod('slow', [{
      name: 'app', image: 'busybox', command: ['sh', '-c', 'sleep 3600'],
      startupProbe: { exec: { command: ['cat', '/ready'] }, periodSeconds: 2, failureThreshold: 3 },
      livenessProbe: { exec: { command: ['false'] }, periodSeconds: 1 },
    }]));
    c.advance(7_000);
    const msgs = events(c, 'slow').map((e) => e.message);
    expect(msgs.some((m) => m.startsWith('Liveness probe failed'))).toBe(false);
    expect(msgs).toContain('Container app failed startup probe, will be restarted');
  });
});

describe('kubia-unhealthy (Kubernetes in Action liveness example)', () => {
  it('is restarted once its HTTP liveness probe sees 500s after the fifth request', () => {
    const c = cluster();
    create(c, pod('kubia-liveness', [{ name: 'kubia', image: 'luksa/kubia-unhealthy', livenessProbe: { httpGet: { path: '/', port: 8080 } } }]));
    c.advance(120_000);
    const msgs = events(c, 'kubia-liveness').map((e) => e.message);
    expect(msgs).toContain('Liveness probe failed: HTTP probe failed with statuscode: 500');
    expect(msgs).toContain('Container kubia failed liveness probe, will be restarted');
    const cs = getPod(c, 'kubia-liveness')!.status!.containerStatuses![0];
    expect(cs.restartCount).toBe(1);
    // node as PID 1 ignores SIGTERM, so the kubelet SIGKILLs it: 128 + 9 (Kubernetes in Action, ch. 4).
    expect(cs.lastState!.terminated).toMatchObject({ exitCode: 137, reason: 'Error' });
  });
});
