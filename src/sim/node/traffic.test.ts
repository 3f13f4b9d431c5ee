import { describe, expect, it } from 'vitest';
import type { Service } from '../types.js';
import { startRequestStream } from './request-stream.js';
import { PROXY_DELAY_MS, sendRequest } from './traffic.js';
import { cluster, create, del, getPod, pod } from './test-helpers.js';

function kubia(c: ReturnType<typeof cluster>, n: number, image = 'luksa/kubia:v1', extra: object = {}): string[] {
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    names.push(`kubia-${i}`);
    create(c, pod(`kubia-${i}`, [{ name: 'nodejs', image, ports: [{ name: 'http', containerPort: 8080 }], ...extra }], {}, { app: 'kubia' }));
  }
  return names;
}

function service(c: ReturnType<typeof cluster>, spec: object = {}): Service {
  create(c, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'kubia' }, spec: { selector: { app: 'kubia' }, ports: [{ port: 80, targetPort: 8080 }], ...spec } });
  return c.store.get('services', 'default', 'kubia') as Service;
}

describe('traffic model (curl)', () => {
  it('answers through the service name, its DNS forms and its cluster IP (seed 001)', () => {
    const c = cluster();
    const names = kubia(c, 3);
    const svc = service(c);
    c.advance(30_000);
    const hosts = ['kubia', 'kubia.default', 'kubia.default.svc', 'kubia.default.svc.cluster.local', svc.spec.clusterIP!];
    for (const h of hosts) {
      const r = sendRequest(c, { url: `http://${h}` });
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.body).toMatch(/^This is v1 running in pod kubia-\d\n$/);
    }
    const pods = new Set<string>();
    for (let i = 0; i < 30; i++) { const r = sendRequest(c, { url: 'http://kubia/' }); if (r.ok) pods.add(r.pod); }
    expect([...pods].sort()).toEqual(names);
  });

  it('reaches a NodePort on any node IP, and a pod directly by IP', () => {
    const c = cluster();
    kubia(c, 1);
    const svc = service(c, { type: 'NodePort' });
    c.advance(30_000);
    const nodePort = svc.spec.ports![0].nodePort!;
    expect(sendRequest(c, { url: `http://172.18.0.2:${nodePort}` })).toMatchObject({ ok: true, status: 200, pod: 'kubia-0' });
    expect(sendRequest(c, { url: `http://localhost:${nodePort}` })).toMatchObject({ ok: true, status: 200 });
    const ip = getPod(c, 'kubia-0')!.status!.podIP!;
    expect(sendRequest(c, { url: `http://${ip}:8080` })).toMatchObject({ ok: true, body: 'This is v1 running in pod kubia-0\n' });
  });

  it('prints curl errors: unknown host (6), nothing listening (7)', () => {
    const c = cluster();
    expect(sendRequest(c, { url: 'http://nope' })).toEqual({ ok: false, error: 'curl: (6) Could not resolve host: nope' });
    service(c);
    c.advance(5_000);
    expect(sendRequest(c, { url: 'http://kubia' })).toEqual({ ok: false, error: "curl: (7) Failed to connect to kubia port 80 after 0 ms: Couldn't connect to server" });
    kubia(c, 1);
    c.advance(30_000);
    const ip = getPod(c, 'kubia-0')!.status!.podIP!;
    expect(sendRequest(c, { url: `http://${ip}:9999` })).toEqual({ ok: false, error: `curl: (7) Failed to connect to ${ip} port 9999 after 0 ms: Couldn't connect to server` });
  });

  it('does not route to pods that are not ready', () => {
    const c = cluster();
    kubia(c, 1, 'luksa/kubia:v1', { readinessProbe: { exec: { command: ['cat', '/ready'] } } });
    service(c);
    c.advance(30_000);
    expect(sendRequest(c, { url: 'http://kubia' }).ok).toBe(false);
  });

  it('drops requests when nginx exits on SIGTERM before kube-proxy catches up; a preStop sleep avoids it', () => {
    const run = (preStop: boolean) => {
      const c = cluster();
      const lifecycle = preStop ? { lifecycle: { preStop: { exec: { command: ['sh', '-c', 'sleep 5'] } } } } : {};
      create(c, pod('web', [{ name: 'nginx', image: 'nginx:1.16.0', ...lifecycle }], {}, { app: 'web' }));
      create(c, pod('web2', [{ name: 'nginx', image: 'nginx:1.16.0', ...lifecycle }], {}, { app: 'web' }));
      create(c, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } });
      c.advance(30_000);
      del(c, 'web');
      let failures = 0;
      for (let i = 0; i < 40; i++) {
        if (!sendRequest(c, { url: 'http://web' }).ok) failures++;
        c.advance(PROXY_DELAY_MS / 10);
      }
      return { failures, timeline: c.timeline.select('request') };
    };
    const plain = run(false);
    expect(plain.failures).toBeGreaterThan(0);
    expect(plain.timeline.some((e) => e.ok === false && e.service === 'default/web')).toBe(true);
    expect(run(true).failures).toBe(0);
  });

  it('records every request in the timeline', () => {
    const c = cluster();
    kubia(c, 1);
    service(c);
    c.advance(30_000);
    sendRequest(c, { url: 'http://kubia' });
    sendRequest(c, { url: 'http://nope' });
    const entries = c.timeline.select('request');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({ service: 'default/kubia', pod: 'kubia-0', status: 200, ok: true });
    expect(entries[1]).toMatchObject({ ok: false, error: 'curl: (6) Could not resolve host: nope' });
  });

  it('answers from gihyodocker/echo through the nginx proxy sidecar', () => {
    const c = cluster();
    create(c, pod('ba', [
      { name: 'nginx', image: 'gihyodocker/nginx:latest', env: [{ name: 'BACKEND_HOST', value: 'localhost:8080' }] },
      { name: 'echo', image: 'gihyodocker/echo:latest', env: [{ name: 'HTTP_PORT', value: '8080' }] },
    ]));
    c.advance(30_000);
    const ip = getPod(c, 'ba')!.status!.podIP!;
    expect(sendRequest(c, { url: `http://${ip}/` })).toMatchObject({ ok: true, status: 200, body: 'Hello Docker!!' });
  });

  it('lets pods curl services (the update-checker loop of seed 003)', () => {
    const c = cluster();
    create(c, pod('echo-version', [{ name: 'echo-version', image: 'gihyodocker/echo-version:0.1.0' }], {}, { app: 'echo-version' }));
    create(c, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'echo-version' }, spec: { selector: { app: 'echo-version' }, ports: [{ port: 80, targetPort: 8080 }] } });
    c.advance(20_000);
    create(c, pod('update-checker', [{ name: 'kubectl', image: 'gihyodocker/fundamental:0.1.0', command: ['sh', '-c', 'while true\ndo\n  APP_VERSION=`curl -s http://echo-version/`\n  echo "[`date`] $APP_VERSION"\n  sleep 1\ndone\n'] }]));
    c.advance(10_000);
    const body = c.api.handle({ verb: 'get', group: '', resource: 'pods', namespace: 'default', name: 'update-checker', subresource: 'log' }).body as string;
    expect(body.split('\n')[0]).toMatch(/^\[\w{3} \w{3} +\d+ \d\d:\d\d:\d\d UTC \d{4}\] APP_VERSION=0\.1\.0$/);
  });
});

describe('kube-proxy policies', () => {
  it('sticks to one pod with sessionAffinity: ClientIP', () => {
    const c = cluster();
    kubia(c, 3);
    service(c, { sessionAffinity: 'ClientIP' });
    c.advance(30_000);
    const pods = new Set<string>();
    for (let i = 0; i < 10; i++) { const r = sendRequest(c, { url: 'http://kubia' }); if (r.ok) pods.add(r.pod); }
    expect(pods.size).toBe(1);
  });

  it('only uses local endpoints for a NodePort with externalTrafficPolicy: Local', () => {
    const c = cluster();
    kubia(c, 1);
    const svc = service(c, { type: 'NodePort', externalTrafficPolicy: 'Local' });
    c.advance(30_000);
    const node = getPod(c, 'kubia-0')!.status!.hostIP!;
    const other = node === '172.18.0.3' ? '172.18.0.4' : '172.18.0.3';
    const np = svc.spec.ports![0].nodePort!;
    expect(sendRequest(c, { url: `http://${node}:${np}` }).ok).toBe(true);
    expect(sendRequest(c, { url: `http://${other}:${np}` }).ok).toBe(false);
  });
});

describe('background request streams', () => {
  it('sends on the virtual clock and counts failures', () => {
    const c = cluster();
    kubia(c, 2);
    service(c);
    c.advance(30_000);
    const stream = startRequestStream(c, { url: 'http://kubia', intervalMs: 500, tag: 'probe' });
    c.advance(10_000);
    stream.stop();
    c.advance(5_000);
    expect(stream.stats()).toEqual({ sent: 21, failed: 0 });
    expect(c.timeline.select('request').filter((e) => e.tag === 'probe')).toHaveLength(21);
  });
});

describe('cluster DNS from a pod', () => {
  it('nslookup resolves a service to its cluster IP (busybox:1.28 output)', () => {
    const c = cluster();
    const svc = service(c);
    create(c, pod('dns', [{ name: 'c', image: 'busybox:1.28', command: ['sleep', '3600'] }]));
    c.advance(10_000);
    const res = c.api.handle({ verb: 'create', group: '', resource: 'pods', namespace: 'default', name: 'dns', subresource: 'exec', body: { command: ['nslookup', 'kubia'] } });
    expect(res.body.stdout).toBe(`Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nName:      kubia\nAddress 1: ${svc.spec.clusterIP} kubia.default.svc.cluster.local\n`);
    const bad = c.api.handle({ verb: 'create', group: '', resource: 'pods', namespace: 'default', name: 'dns', subresource: 'exec', body: { command: ['nslookup', 'nope'] } });
    expect(bad.body).toMatchObject({ stderr: "nslookup: can't resolve 'nope'\n", exitCode: 1 });
  });
});

describe('more catalog images', () => {
  it('answers like httpd, hello-app, http-echo and redis do', () => {
    const c = cluster();
    create(c, pod('httpd', [{ name: 'c', image: 'httpd:2.4' }]));
    create(c, pod('hello', [{ name: 'c', image: 'gcr.io/google-samples/hello-app:2.0' }]));
    create(c, pod('echo', [{ name: 'c', image: 'hashicorp/http-echo', args: ['-text=apple'] }]));
    create(c, pod('redis', [{ name: 'c', image: 'redis:7.2' }]));
    c.advance(30_000);
    const at = (name: string, port: number) => sendRequest(c, { url: `http://${getPod(c, name)!.status!.podIP}:${port}/` });
    expect(at('httpd', 80)).toMatchObject({ ok: true, body: '<html><body><h1>It works!</h1></body></html>\n' });
    expect(at('hello', 8080)).toMatchObject({ ok: true, body: 'Hello, world!\nVersion: 2.0.0\nHostname: hello\n' });
    expect(at('echo', 5678)).toMatchObject({ ok: true, body: 'apple\n' });
    expect(at('redis', 6379)).toEqual({ ok: false, error: 'curl: (52) Empty reply from server' });
  });
});
