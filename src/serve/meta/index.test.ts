// serveMeta's routing and replies, against the wire facts of kubectl-wire.md (§1.1 aggregated
// Content-Type, §1.2 /version, §1.3 OpenAPI: the empty protobuf v2 with no `@` in its type,
// the v3 root with hashed serverRelativeURLs, kube-openapi handler3's redirect of stale
// hashes) and the apiserver's /version writer (json.MarshalIndent, two spaces).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { run, testSession } from '../../kubectl/testing/index.js';
import { Cluster } from '../../sim/index.js';
import type { HttpReply, MetaRequest } from '../types.js';
import { prebuildMeta, serveMeta } from './index.js';

const cluster = Cluster.create({ seed: 1 });
const ACCEPT_133 = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json';

function get(path: string, accept = 'application/json, */*', method = 'GET'): HttpReply | undefined {
  const [p, q = ''] = path.split('?');
  const req: MetaRequest = { method, path: p, query: new URLSearchParams(q), accept, serverAddress: '127.0.0.1:6443' };
  return serveMeta(cluster, req);
}
const text = (r: HttpReply | undefined) => new TextDecoder().decode(r!.body as Uint8Array);
const json = (r: HttpReply | undefined) => JSON.parse(text(r)) as Record<string, unknown>;

describe('routing', () => {
  it('leaves resource paths to the server', () => {
    expect(get('/api/v1/pods')).toBeUndefined();
    expect(get('/api/v1/namespaces/default/pods/x')).toBeUndefined();
    expect(get('/apis/apps/v1/deployments')).toBeUndefined();
    expect(get('/healthz')).toBeUndefined();
  });

  it('answers unknown groups with the NotFound Status and other methods with 405', () => {
    const r = get('/apis/nope.example.com/v1');
    expect(r?.status).toBe(404);
    expect(json(r)).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server could not find the requested resource', reason: 'NotFound', details: {}, code: 404 });
    expect(get('/apis', '', 'POST')?.status).toBe(405);
    expect(get('/version', '', 'DELETE')?.status).toBe(405);
  });

  it('serves aggregated discovery with the exact Content-Type and legacy otherwise', () => {
    const agg = get('/apis', ACCEPT_133);
    expect(agg?.headers['Content-Type']).toBe('application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList');
    expect(json(agg).kind).toBe('APIGroupDiscoveryList');
    const legacy = get('/api', 'application/json, */*');
    expect(legacy?.headers['Content-Type']).toBe('application/json');
    expect(json(legacy)).toMatchObject({ kind: 'APIVersions', serverAddressByClientCIDRs: [{ serverAddress: '127.0.0.1:6443' }] });
    expect(json(get('/apis/apps/v1/')).groupVersion).toBe('apps/v1');
  });

  it('builds static documents once', () => {
    prebuildMeta();
    expect(get('/apis', ACCEPT_133)?.body).toBe(get('/apis', ACCEPT_133)?.body);
    expect(get('/openapi/v3')?.body).toBe(get('/openapi/v3')?.body);
  });

  it('answers HEAD with headers only', () => {
    const r = get('/openapi/v3', '', 'HEAD');
    expect(r?.status).toBe(200);
    expect((r?.body as Uint8Array).length).toBe(0);
  });
});

describe('/version', () => {
  it('writes version.Info indented, and agrees with the embedded kubectl version', () => {
    const r = get('/version');
    expect(r?.headers['Content-Type']).toBe('application/json');
    const body = text(r);
    expect(body.startsWith('{\n  "major": "1",\n  "minor": "33",\n  "emulationMajor": "1",')).toBe(true);
    expect(body.endsWith('}')).toBe(true);
    const embedded = JSON.parse(run(testSession(), 'kubectl version -o json').stdout) as { serverVersion: unknown };
    expect(JSON.parse(body)).toEqual(embedded.serverVersion);
    expect(JSON.parse(body)).toMatchObject({ gitVersion: 'v1.33.1', gitTreeState: 'clean', compiler: 'gc', platform: 'linux/amd64' });
  });
});

describe('OpenAPI', () => {
  it('answers v2 with an empty protobuf document whose type has no @', () => {
    const r = get('/openapi/v2', 'application/com.github.proto-openapi.spec.v2@v1.0+protobuf');
    expect(r?.status).toBe(200);
    expect(r?.headers['Content-Type']).toBe('application/com.github.proto-openapi.spec.v2.v1.0+protobuf');
    expect((r?.body as Uint8Array).length).toBe(0);
    expect(json(get('/openapi/v2', 'application/json')).swagger).toBe('2.0');
  });

  it('lists one hashed URL per group/version, the hash being SHA-512 of the served bytes', () => {
    const root = json(get('/openapi/v3')) as { paths: Record<string, { serverRelativeURL: string }> };
    expect(Object.keys(root.paths)).toContain('api/v1');
    expect(Object.keys(root.paths)).toContain('apis/apps/v1');
    expect(Object.keys(root.paths)).toContain('apis/autoscaling/v2');
    const url = root.paths['apis/apps/v1'].serverRelativeURL;
    const [path, query] = url.split('?');
    expect(path).toBe('/openapi/v3/apis/apps/v1');
    const hash = new URLSearchParams(query).get('hash')!;
    const doc = get(url);
    expect(doc?.status).toBe(200);
    expect(doc?.headers['Cache-Control']).toBe('public, immutable');
    expect(createHash('sha512').update(doc!.body as Uint8Array).digest('hex').toUpperCase()).toBe(hash);
  });

  it('redirects a stale hash and 404s an unknown document', () => {
    const r = get('/openapi/v3/apis/apps/v1?hash=0000');
    expect(r?.status).toBe(301);
    expect(r?.headers.Location).toMatch(/^\/openapi\/v3\/apis\/apps\/v1\?hash=[0-9A-F]{128}$/);
    expect(get('/openapi/v3/apis/nope/v1')?.status).toBe(404);
  });
});
