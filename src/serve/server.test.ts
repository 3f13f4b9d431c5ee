/**
 * The HTTP adapter over plain http (tls: false) with fetch(): routes, Status codes and
 * wording, Table negotiation, watch streams, authentication and impersonation, reviews.
 * Expected values are the apiserver's (sources named next to each check).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cluster, R } from '../sim/index.js';
import { startServer } from './server.js';
import type { RunningServer } from './types.js';

const TOKEN = 'test-token';
const TABLE = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';

let cluster: Cluster;
let server: RunningServer;

beforeAll(async () => {
  cluster = Cluster.create({ seed: 1 });
  server = await startServer(cluster, { token: TOKEN, tls: false, settleAfterWrites: true });
});
afterAll(async () => {
  await server.close();
});

function call(path: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Response> {
  return fetch(server.url + path, { ...init, headers: { Authorization: `Bearer ${TOKEN}`, ...(init.headers ?? {}) } });
}

const json = async (r: Response) => JSON.parse(await r.text());

/** Reads newline-delimited JSON events until `n` have arrived. */
async function readEvents(r: Response, n: number): Promise<any[]> {
  const reader = r.body!.getReader();
  const dec = new TextDecoder();
  let buf = '';
  const out: any[] = [];
  while (out.length < n) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += dec.decode(value, { stream: true });
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      out.push(JSON.parse(buf.slice(0, nl)));
      buf = buf.slice(nl + 1);
    }
  }
  await reader.cancel();
  return out;
}

describe('authentication', () => {
  it('answers 401 Unauthorized without a valid bearer token (what kubectl prints as "You must be logged in")', async () => {
    for (const headers of [{}, { Authorization: 'Bearer wrong' }, { Authorization: 'Basic dTpw' }] as Record<string, string>[]) {
      const r = await fetch(`${server.url}/api/v1/namespaces/default/pods`, { headers });
      expect(r.status).toBe(401);
      expect(await json(r)).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 });
    }
  });

  it('accepts ServiceAccount tokens the cluster issues (TokenRequest) and the admin token', async () => {
    const tr = await call('/api/v1/namespaces/default/serviceaccounts/default/token', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'TokenRequest', apiVersion: 'authentication.k8s.io/v1', spec: {} }),
    });
    expect(tr.status).toBe(201);
    const token = (await json(tr)).status.token as string;
    const who = await fetch(`${server.url}/apis/authentication.k8s.io/v1/selfsubjectreviews`, {
      method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'SelfSubjectReview', apiVersion: 'authentication.k8s.io/v1' }),
    });
    expect(who.status).toBe(201);
    const info = (await json(who)).status.userInfo;
    expect(info.username).toBe('system:serviceaccount:default:default');
    expect(info.groups).toEqual(['system:serviceaccounts', 'system:serviceaccounts:default', 'system:authenticated']);
  });
});

describe('upgrades', () => {
  it('answers an unauthenticated upgrade (exec) with 401 on the raw socket', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<{ code?: number; body: string }>((resolve) => {
      const req = request(`${server.url}/api/v1/namespaces/default/pods/x/exec?command=ls&stdout=true`, {
        headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==', 'Sec-WebSocket-Protocol': 'v5.channel.k8s.io' },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ code: res.statusCode, body }));
      });
      req.on('upgrade', () => resolve({ code: 101, body: '' }));
      req.end();
    });
    expect(status.code).toBe(401);
    expect(JSON.parse(status.body)).toMatchObject({ kind: 'Status', reason: 'Unauthorized', code: 401 });
  });
});

describe('reads', () => {
  it('lists as JSON with the list kind and resourceVersion', async () => {
    const r = await call('/api/v1/namespaces/kube-system/pods');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json');
    const body = await json(r);
    expect(body.kind).toBe('PodList');
    expect(body.apiVersion).toBe('v1');
    expect(body.metadata.resourceVersion).toMatch(/^\d+$/);
    expect(body.items.length).toBeGreaterThan(0);
    // Items of a typed list carry no kind/apiVersion on the wire; a single object does.
    expect(body.items[0].kind).toBeUndefined();
    expect(body.items[0].apiVersion).toBeUndefined();
    expect(body.items[0].metadata.namespace).toBe('kube-system');
    const one = await json(await call(`/api/v1/namespaces/kube-system/pods/${body.items[0].metadata.name}`));
    expect([one.kind, one.apiVersion]).toEqual(['Pod', 'v1']);
  });

  it('answers Tables with PartialObjectMetadata rows by default, full objects or none on request (response.go asTable)', async () => {
    const tr = await call('/api/v1/namespaces/kube-system/pods', { headers: { Accept: TABLE } });
    expect(tr.headers.get('content-type')).toBe('application/json;as=Table;v=v1;g=meta.k8s.io');
    const t = await json(tr);
    expect(t.kind).toBe('Table');
    expect(t.columnDefinitions.map((c: any) => c.name).slice(0, 5)).toEqual(['Name', 'Ready', 'Status', 'Restarts', 'Age']);
    const row = t.rows[0];
    expect(row.object.kind).toBe('PartialObjectMetadata');
    expect(row.object.apiVersion).toBe('meta.k8s.io/v1');
    expect(row.object.metadata.namespace).toBe('kube-system');
    expect(row.object.spec).toBeUndefined();
    const full = await json(await call('/api/v1/namespaces/kube-system/pods?includeObject=Object', { headers: { Accept: TABLE } }));
    expect(full.rows[0].object.kind).toBe('Pod');
    expect(full.rows[0].object.spec.containers.length).toBeGreaterThan(0);
    const none = await json(await call('/api/v1/namespaces/kube-system/pods?includeObject=None', { headers: { Accept: TABLE } }));
    expect(none.rows[0].object).toBeUndefined();
    const bad = await call('/api/v1/namespaces/kube-system/pods?includeObject=Everything', { headers: { Accept: TABLE } });
    expect(bad.status).toBe(400);
    expect((await json(bad)).message).toBe('unrecognized includeObject value: "Everything"');
  });

  it('answers a protobuf Accept with JSON', async () => {
    const r = await call('/api/v1/namespaces/default', { headers: { Accept: 'application/vnd.kubernetes.protobuf,application/json' } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json');
    expect((await json(r)).kind).toBe('Namespace');
  });

  it('serves pods/log as text/plain, and streams it with follow=true', async () => {
    cluster.client().create(R.pods, 'default', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } });
    cluster.advance(60_000);
    const r = await call('/api/v1/namespaces/default/pods/web/log?container=nginx');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/plain');
    const all = await r.text();
    expect(all).toContain('/docker-entrypoint.sh');
    const tail = await (await call('/api/v1/namespaces/default/pods/web/log?tailLines=1')).text();
    expect(all.endsWith(tail)).toBe(true);
    expect(tail.split('\n').length).toBe(2);
    const f = await call('/api/v1/namespaces/default/pods/web/log?follow=true&tailLines=1');
    expect(f.status).toBe(200);
    const reader = f.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toBe(tail);
    expect(server.activity.openWatches()).toBe(1);
    await reader.cancel();
    await new Promise((res) => setTimeout(res, 50));
    expect(server.activity.openWatches()).toBe(0);
  });
});

describe('errors', () => {
  it('answers 404 with the NotFound Status for unknown paths and resources', async () => {
    for (const p of ['/foo', '/api/v1/namespaces/default/widgets', '/apis/apps/v2/deployments']) {
      const r = await call(p);
      expect(r.status).toBe(404);
      const s = await json(r);
      expect(s.reason).toBe('NotFound');
      expect(s.message).toBe('the server could not find the requested resource');
    }
    const r = await call('/api/v1/namespaces/default/pods/nope');
    expect(await json(r)).toMatchObject({ code: 404, reason: 'NotFound', message: 'pods "nope" not found', details: { name: 'nope', kind: 'pods' } });
  });

  it('answers 405 for a method the path does not take', async () => {
    const r = await call('/api/v1/namespaces/default/configmaps', { method: 'PUT', body: '{}' });
    expect(r.status).toBe(405);
    expect((await json(r)).reason).toBe('MethodNotAllowed');
  });

  it('refuses bodies over 3 MiB with 413 (rest.go limitedReadBody)', async () => {
    const r = await call('/api/v1/namespaces/default/configmaps', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'x'.repeat(3 * 1024 * 1024 + 1) });
    expect(r.status).toBe(413);
    expect(await json(r)).toMatchObject({ reason: 'RequestEntityTooLarge', message: 'Request entity too large: limit is 3145728', code: 413 });
  });

  it('refuses unknown media types with 415 (negotiation errUnsupportedMediaType)', async () => {
    const r = await call('/api/v1/namespaces/default/configmaps', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' });
    expect(r.status).toBe(415);
    expect((await json(r)).message).toBe('the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf');
    const p = await call('/api/v1/namespaces/default/configmaps/x', { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(p.status).toBe(415);
    expect((await json(p)).message).toBe('the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json, application/apply-patch+yaml');
  });

  it('words malformed JSON bodies as transformDecodeError does', async () => {
    const r = await call('/api/v1/namespaces/default/configmaps', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{x' });
    expect(r.status).toBe(400);
    expect((await json(r)).message).toBe(`the object provided is unrecognized (must be of type ConfigMap): couldn't get version/kind; json parse error: invalid character 'x' looking for beginning of object key string ({x)`);
    const p = await call('/api/v1/namespaces/kube-system/configmaps/coredns', { method: 'PATCH', headers: { 'Content-Type': 'application/merge-patch+json' }, body: '{x' });
    expect(p.status).toBe(400);
    expect((await json(p)).message).toBe('invalid JSON patch');
  });
});

describe('methods and failures', () => {
  it('answers 405 for a verb the resource does not serve (the review resources are create-only)', async () => {
    const r = await call('/apis/authorization.k8s.io/v1/selfsubjectaccessreviews');
    expect(r.status).toBe(405);
    expect(await json(r)).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server does not allow this method on the requested resource', reason: 'MethodNotAllowed', details: {}, code: 405 });
  });
});

describe('protobuf bodies and health', () => {
  // The body kubectl 1.33 sent for `kubectl create token default` (captured with -v=9):
  // a TokenRequest with every optional field unset.
  const TOKEN_REQUEST = '6b3873000a280a1861757468656e7469636174696f6e2e6b38732e696f2f7631120c546f6b656e52657175657374121a0a100a0012001a0022002a0032003800420012001a040a0012001a002200';

  it('decodes protobuf request bodies (kubectl 1.32+ typed clients)', async () => {
    const r = await call('/api/v1/namespaces/default/serviceaccounts/default/token', {
      method: 'POST', headers: { 'Content-Type': 'application/vnd.kubernetes.protobuf', Accept: 'application/vnd.kubernetes.protobuf,application/json' }, body: Buffer.from(TOKEN_REQUEST, 'hex'),
    });
    expect(r.status).toBe(201);
    expect(r.headers.get('content-type')).toBe('application/json');
    const tr = await json(r);
    expect(tr.kind).toBe('TokenRequest');
    expect(tr.spec.expirationSeconds).toBe(3600);
    expect(tr.status.token.split('.').length).toBe(3);
  });

  it('answers ok on /healthz, /livez and /readyz', async () => {
    for (const p of ['/healthz', '/livez', '/readyz']) {
      const r = await call(p);
      expect([r.status, await r.text()]).toEqual([200, 'ok']);
    }
  });
});

describe('writes', () => {
  it('creates (JSON and YAML), patches by Content-Type (parameters stripped), deletes', async () => {
    const c = await call('/api/v1/namespaces/default/configmaps?fieldManager=kubectl-create', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'one' }, data: { a: '1' } }),
    });
    expect(c.status).toBe(201);
    expect((await json(c)).metadata.uid).toBeTruthy();
    const y = await call('/api/v1/namespaces/default/configmaps', { method: 'POST', headers: { 'Content-Type': 'application/yaml' }, body: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: two\ndata:\n  b: "2"\n' });
    expect(y.status).toBe(201);
    expect((await json(y)).data).toEqual({ b: '2' });
    const p = await call('/api/v1/namespaces/default/configmaps/one', { method: 'PATCH', headers: { 'Content-Type': 'application/merge-patch+json; charset=utf-8' }, body: '{"metadata":{"labels":{"x":"y"}}}' });
    expect(p.status).toBe(200);
    expect((await json(p)).metadata.labels).toEqual({ x: 'y' });
    const dup = await call('/api/v1/namespaces/default/configmaps', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'one' } }) });
    expect(dup.status).toBe(409);
    expect((await json(dup)).message).toBe('configmaps "one" already exists');
    const d = await call('/api/v1/namespaces/default/configmaps/one', { method: 'DELETE', headers: { 'Content-Type': 'application/json' }, body: '{"propagationPolicy":"Background"}' });
    expect(d.status).toBe(200);
    expect(cluster.store.get('configmaps', 'default', 'one')).toBeUndefined();
    const dc = await call('/api/v1/namespaces/default/configmaps', { method: 'DELETE' });
    expect(dc.status).toBe(200);
    expect(cluster.store.get('configmaps', 'default', 'two')).toBeUndefined();
  });

  it('honours dryRun in DeleteOptions (kubectl delete --dry-run=server sends it in the body)', async () => {
    cluster.client().create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'keep' } });
    const r = await call('/api/v1/namespaces/default/configmaps/keep', { method: 'DELETE', headers: { 'Content-Type': 'application/json' }, body: '{"propagationPolicy":"Background","dryRun":["All"]}' });
    expect(r.status).toBe(200);
    expect(cluster.store.get('configmaps', 'default', 'keep')).toBeDefined();
  });

  it('sends admission warnings as Warning headers (299 - "text")', async () => {
    const r = await call('/api/v1/namespaces/default/configmaps?fieldValidation=Warn', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'warned' }, bogus: 1 }),
    });
    expect(r.status).toBe(201);
    expect(r.headers.get('warning')).toBe('299 - "unknown field \\"bogus\\""');
  });
});

describe('impersonation', () => {
  it('runs the request as the impersonated user, authorized by RBAC', async () => {
    const r = await call('/api/v1/namespaces/default/pods', { headers: { 'Impersonate-User': 'jane' } });
    expect(r.status).toBe(403);
    expect((await json(r)).message).toBe('pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"');
  });

  it('refuses impersonation the requester may not do (impersonation.go, responsewriters.Forbidden)', async () => {
    const tr = await json(await call('/api/v1/namespaces/default/serviceaccounts/default/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"spec":{}}' }));
    const r = await fetch(`${server.url}/api/v1/namespaces/default/pods`, { headers: { Authorization: `Bearer ${tr.status.token}`, 'Impersonate-User': 'jane' } });
    expect(r.status).toBe(403);
    expect(await json(r)).toMatchObject({
      reason: 'Forbidden',
      message: 'users "jane" is forbidden: User "system:serviceaccount:default:default" cannot impersonate resource "users" in API group "" at the cluster scope',
      details: { name: 'jane', kind: 'users' },
    });
  });

  it('carries Impersonate-Uid and Impersonate-Extra-* into the identity (lower-cased, %-unescaped keys)', async () => {
    const who = await json(await call('/apis/authentication.k8s.io/v1/selfsubjectreviews', {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Impersonate-User': 'jane', 'Impersonate-Uid': 'u-1', 'Impersonate-Extra-Example.com%2fScopes': 'view' }, body: '{}',
    }));
    expect(who.status.userInfo).toEqual({ username: 'jane', uid: 'u-1', groups: ['system:authenticated'], extra: { 'example.com/scopes': ['view'] } });
  });

  it('needs a user when groups are impersonated', async () => {
    const r = await call('/api/v1/namespaces/default/pods', { headers: { 'Impersonate-Group': 'devs' } });
    expect(r.status).toBe(400);
    expect((await json(r)).message).toBe('requested [{Group  devs    }] without impersonating a user');
  });
});

describe('review resources', () => {
  it('answers SelfSubjectAccessReview for the (impersonated) requester', async () => {
    const review = (attrs: object) => JSON.stringify({ kind: 'SelfSubjectAccessReview', apiVersion: 'authorization.k8s.io/v1', metadata: { creationTimestamp: null }, spec: { resourceAttributes: attrs }, status: { allowed: false } });
    const yes = await call('/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: review({ namespace: 'default', verb: 'get', resource: 'pods' }) });
    expect(yes.status).toBe(201);
    const y = await json(yes);
    expect(y).toMatchObject({ kind: 'SelfSubjectAccessReview', apiVersion: 'authorization.k8s.io/v1', spec: { resourceAttributes: { verb: 'get', resource: 'pods' } }, status: { allowed: true } });
    const no = await json(await call('/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Impersonate-User': 'jane' }, body: review({ namespace: 'default', verb: 'get', resource: 'pods' }) }));
    expect(no.status.allowed).toBe(false);
    expect(cluster.store.list('selfsubjectaccessreviews.authorization.k8s.io')).toEqual([]);
  });

  it('answers SelfSubjectRulesReview and SelfSubjectReview', async () => {
    const rr = await call('/apis/authorization.k8s.io/v1/selfsubjectrulesreviews', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Impersonate-User': 'jane' }, body: JSON.stringify({ kind: 'SelfSubjectRulesReview', apiVersion: 'authorization.k8s.io/v1', spec: { namespace: 'default' } }) });
    expect(rr.status).toBe(201);
    const rules = (await json(rr)).status.resourceRules as { resources?: string[] }[];
    expect(rules.some((r) => r.resources?.includes('selfsubjectaccessreviews'))).toBe(true);
    const who = await json(await call('/apis/authentication.k8s.io/v1/selfsubjectreviews', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Impersonate-User': 'jane', 'Impersonate-Group': 'devs' }, body: '{}' }));
    expect(who.status.userInfo).toEqual({ username: 'jane', groups: ['devs', 'system:authenticated'] });
  });
});

describe('watch', () => {
  it('streams current state as ADDED for resourceVersion=0, then changes, each object with kind and apiVersion', async () => {
    cluster.client().create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'w1' } });
    const r = await call('/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=0&fieldSelector=metadata.name%3Dw1');
    expect(r.status).toBe(200);
    const events = readEvents(r, 2);
    await new Promise((res) => setTimeout(res, 20));
    expect(server.activity.openWatches()).toBe(1);
    cluster.client().patch(R.configmaps, 'default', 'w1', { data: { k: 'v' } }, 'application/merge-patch+json');
    const got = await events;
    expect(got.map((e) => e.type)).toEqual(['ADDED', 'MODIFIED']);
    expect(got[1].object).toMatchObject({ kind: 'ConfigMap', apiVersion: 'v1', data: { k: 'v' } });
  });

  it('starts from now for a later resourceVersion, and sends one-row Tables without headers after the first', async () => {
    const rv = cluster.store.currentResourceVersion();
    const r = await call(`/api/v1/namespaces/default/configmaps?watch=1&resourceVersion=${rv}`, { headers: { Accept: TABLE } });
    const events = readEvents(r, 2);
    await new Promise((res) => setTimeout(res, 20));
    cluster.client().create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'w2' } });
    cluster.client().delete(R.configmaps, 'default', 'w2');
    const got = await events;
    expect(got.map((e) => e.type)).toEqual(['ADDED', 'DELETED']);
    expect(got[0].object.kind).toBe('Table');
    expect(got[0].object.columnDefinitions.length).toBeGreaterThan(0);
    expect(got[1].object.columnDefinitions).toBeNull();
    expect(got[1].object.rows[0].cells[0]).toBe('w2');
    expect(got[1].object.rows[0].object.kind).toBe('PartialObjectMetadata');
  });

  it('replays changes made between the list and the watch (an informer watches from its list\'s resourceVersion)', async () => {
    // (A write first: a removal does not move the resourceVersion, so one just before the list would replay too.)
    cluster.client().create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'before' } });
    const list = await json(await call('/api/v1/namespaces/default/configmaps'));
    cluster.client().create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'between' } });
    const r = await call(`/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=${list.metadata.resourceVersion}`);
    const got = await readEvents(r, 1);
    expect(got.map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual(['ADDED between']);
  });

  it('ends the stream after timeoutSeconds, and the watch count drops', async () => {
    const rv = cluster.store.currentResourceVersion();
    const r = await call(`/api/v1/namespaces/default/configmaps?watch=true&timeoutSeconds=1&resourceVersion=${rv}`);
    expect(await r.text()).toBe('');
    await new Promise((res) => setTimeout(res, 20));
    expect(server.activity.openWatches()).toBe(0);
  });

  it('serves the deprecated /watch/ paths as watches', async () => {
    const rv = cluster.store.currentResourceVersion();
    const r = await call(`/api/v1/watch/namespaces/default/configmaps?resourceVersion=${rv}`);
    const events = readEvents(r, 1);
    await new Promise((res) => setTimeout(res, 20));
    cluster.client().create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'old-path' } });
    expect((await events).map((e) => `${e.type} ${e.object.metadata.name}`)).toEqual(['ADDED old-path']);
  });

  it('refuses a watch the user may not do', async () => {
    const r = await call('/api/v1/namespaces/default/pods?watch=true', { headers: { 'Impersonate-User': 'jane' } });
    expect(r.status).toBe(403);
    expect((await json(r)).message).toBe('pods is forbidden: User "jane" cannot watch resource "pods" in API group "" in the namespace "default"');
  });
});

describe('field managers', () => {
  it('names a write without fieldManager after the User-Agent (fieldmanager: prefix before the first "/")', async () => {
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'ua-named' }, data: { a: '1' } };
    const r = await call('/api/v1/namespaces/default/configmaps', { method: 'POST', body: JSON.stringify(cm), headers: { 'Content-Type': 'application/json', 'User-Agent': 'curl/8.5.0' } });
    expect(r.status).toBe(201);
    const created = await json(r);
    expect(created.metadata.managedFields.map((m: { manager: string; operation: string }) => [m.manager, m.operation])).toEqual([['curl', 'Update']]);
  });
});

describe("a namespaced resource's cluster-wide path", () => {
  // apiserver endpoints/installer.go: without a namespace, a namespaced resource has only the
  // LIST and WATCH routes; an item path is unknown (404) and other methods have no route (405).
  it('lists across namespaces, has no items, and takes no writes', async () => {
    expect((await call('/api/v1/pods')).status).toBe(200);
    const item = await call('/apis/rbac.authorization.k8s.io/v1/roles/pod-reader');
    expect(item.status).toBe(404);
    expect((await json(item)).message).toBe('the server could not find the requested resource');
    const post = await call('/apis/rbac.authorization.k8s.io/v1/roles', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } });
    expect(post.status).toBe(405);
    expect((await json(post)).message).toBe('the server does not allow this method on the requested resource');
  });
});

describe('watch bookmarks', () => {
  // apiserver watch cache: with allowWatchBookmarks, a BOOKMARK carrying only the current
  // resourceVersion (and the kind) is sent as the stream's deadline nears; none without it.
  async function allEvents(path: string): Promise<any[]> {
    const text = await (await call(path)).text();
    return text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  }

  it('ends a bookmarked stream with a BOOKMARK of the current resourceVersion', async () => {
    const rv = cluster.store.currentResourceVersion();
    const events = await allEvents(`/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=${rv}&allowWatchBookmarks=true&timeoutSeconds=1`);
    expect(events.at(-1)).toEqual({ type: 'BOOKMARK', object: { kind: 'ConfigMap', apiVersion: 'v1', metadata: { resourceVersion: cluster.store.currentResourceVersion() } } });
    const plain = await allEvents(`/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=${rv}&timeoutSeconds=1`);
    expect(plain.filter((e) => e.type === 'BOOKMARK')).toEqual([]);
  });
});
