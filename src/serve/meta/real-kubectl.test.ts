// The real kubectl against serveMeta (behind a tiny loopback http server, everything else 404):
// its client-side rendering of our discovery, /version and OpenAPI v3 must equal what our
// embedded kubectl prints from the same registry and schema data. The embedded verbs were
// written to match upstream (pkg/cmd/apiresources/apiresources.go, pkg/cmd/version/version.go,
// pkg/explain/v2/templates/plaintext.tmpl); the real binaries are the reference client
// (kubectl-wire.md). Skipped where the binaries are not installed.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, testSession } from '../../kubectl/testing/index.js';
import { Cluster } from '../../sim/index.js';
import { serveMeta } from './index.js';
import { notFoundReply } from './reply.js';

// Kit: the meta handler behind a tiny node:http server on 127.0.0.1 (everything else answers
// the apiserver's 404 Status), a kubeconfig pointing at it with an empty user, and a runner for
// the real kubectl binaries, each run with a fresh --cache-dir (discovery is cached 6 hours by host:port).

/** Path of an installed real kubectl of that minor version (e.g. '1.33'), or undefined. */
function realKubectl(minor: string): string | undefined {
  const p = `/usr/lib/google-cloud-sdk/bin/kubectl.${minor}`;
  return existsSync(p) ? p : undefined;
}

interface MetaServer {
  url: string;
  kubeconfig: string;
  /** Every request seen: `METHOD path?query [Accept]`. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * Starts serveMeta for `cluster` on a free loopback port and writes a kubeconfig for it.
 * `legacyOnly` hides the aggregated-discovery entries of Accept headers from serveMeta, as a
 * server without aggregated discovery would ignore them, so kubectl falls back to legacy discovery.
 */
async function startMetaServer(cluster: Cluster, opts: { legacyOnly?: boolean } = {}): Promise<MetaServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const sent = req.headers.accept ?? '';
    const accept = opts.legacyOnly ? sent.split(',').filter((a) => !a.includes('as=APIGroupDiscoveryList')).join(',') : sent;
    requests.push(`${req.method} ${url.pathname}${url.search} [${sent}]`);
    const reply = serveMeta(cluster, { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, accept, serverAddress: req.headers.host ?? '' }) ?? notFoundReply();
    res.writeHead(reply.status, reply.headers);
    res.end(reply.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const url = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'kubedojo-meta-'));
  const kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(kubeconfig, [
    'apiVersion: v1', 'kind: Config',
    `clusters: [{name: sim, cluster: {server: "${url}"}}]`,
    'contexts: [{name: sim, context: {cluster: sim, user: sim, namespace: default}}]',
    'current-context: sim', 'users: [{name: sim, user: {}}]', '',
  ].join('\n'));
  return { url, kubeconfig, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

interface RunResult { code: number; stdout: string; stderr: string }

/** Runs a real kubectl binary against the server with a fresh cache dir. */
function runKubectl(binary: string, server: MetaServer, args: string[]): Promise<RunResult> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'kubedojo-kcache-'));
  return new Promise((resolve) => {
    execFile(binary, ['--kubeconfig', server.kubeconfig, '--cache-dir', cacheDir, ...args], { env: { PATH: process.env.PATH ?? '', HOME: cacheDir } }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

// Tests.

const KUBECTL_133 = realKubectl('1.33');
const KUBECTL_127 = realKubectl('1.27');
const OTHER_VERSIONS = ['1.28', '1.29', '1.30', '1.31', '1.32'].filter((v) => realKubectl(v));

/** A describe title that says why it is skipped when the binary is missing. */
function title(name: string, found: string | undefined, binary: string): string {
  return found ? name : `${name} — SKIPPED: /usr/lib/google-cloud-sdk/bin/${binary} is not installed`;
}

let server: MetaServer;
beforeAll(async () => { server = await startMetaServer(Cluster.create({ seed: 1 })); });
afterAll(async () => { await server?.close(); });

const embedded = (line: string) => run(testSession(), line);

/**
 * The explain template of kubectl before 1.30 had no enum block, so a `FIELD:` line is followed
 * by one blank line instead of two (plaintext.tmpl gained `extractEnum` plus a newline in 1.30).
 */
function explainAsPrintedBy(minor: number, out: string): string {
  return minor < 30 ? out.replace(/^(FIELD: .*\n)\n\n/m, '$1\n') : out;
}

/** Runs the real binary and our embedded kubectl with the same arguments; returns both. */
async function both(binary: string, args: string[]) {
  const real = await runKubectl(binary, server, args);
  const ours = embedded(`kubectl ${args.join(' ')}`);
  return { real, ours };
}

const AGGREGATED_133 = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json';

describe.skipIf(!KUBECTL_133)(title('real kubectl 1.33', KUBECTL_133, 'kubectl.1.33'), () => {
  const bin = KUBECTL_133!;

  it.each([
    [['api-resources']],
    [['api-resources', '-o', 'wide']],
    [['api-resources', '--namespaced=false']],
    [['api-resources', '-o', 'name', '--api-group=apps']],
    [['api-resources', '--verbs=create', '--sort-by=kind']],
    [['api-versions']],
  ])('%j prints what the embedded kubectl prints', async (args) => {
    const { real, ours } = await both(bin, args);
    expect(real.stderr).toBe('');
    expect(real.stdout).toBe(ours.stdout);
  }, 30_000);

  it('reads aggregated discovery in two requests and the rows kind v1.33 lists', async () => {
    const before = server.requests.length;
    const real = await runKubectl(bin, server, ['api-resources']);
    const seen = server.requests.slice(before);
    expect(seen).toEqual([`GET /api?timeout=32s [${AGGREGATED_133}]`, `GET /apis?timeout=32s [${AGGREGATED_133}]`]);
    // Rows as `kubectl api-resources` prints them against kind v1.33.1.
    expect(real.stdout).toMatch(/^pods +po +v1 +true +Pod$/m);
    expect(real.stdout).toMatch(/^deployments +deploy +apps\/v1 +true +Deployment$/m);
    expect(real.stdout).toMatch(/^horizontalpodautoscalers +hpa +autoscaling\/v2 +true +HorizontalPodAutoscaler$/m);
    expect(real.stdout).toMatch(/^clusterroles +rbac\.authorization\.k8s\.io\/v1 +false +ClusterRole$/m);
  }, 30_000);

  it('falls back to legacy discovery (APIVersions, APIGroupList, one APIResourceList per group/version) with the same result', async () => {
    const legacy = await startMetaServer(Cluster.create({ seed: 1 }), { legacyOnly: true });
    try {
      for (const args of [['api-resources', '-o', 'wide'], ['api-versions']]) {
        const real = await runKubectl(bin, legacy, args);
        expect(real.stderr).toBe('');
        expect(real.stdout).toBe(embedded(`kubectl ${args.join(' ')}`).stdout);
      }
      const paths = legacy.requests.map((r) => r.split(' ')[1].split('?')[0]);
      expect(paths).toContain('/api/v1');
      expect(paths).toContain('/apis/apps/v1');
      expect(paths).toContain('/apis/rbac.authorization.k8s.io/v1');
    } finally {
      await legacy.close();
    }
  }, 30_000);

  it('shows our /version as the server version, equal to the embedded one', async () => {
    const { real, ours } = await both(bin, ['version', '-o', 'json']);
    expect(JSON.parse(real.stdout).serverVersion).toEqual(JSON.parse(ours.stdout).serverVersion);
    expect((await both(bin, ['version'])).real.stdout).toBe(embedded('kubectl version').stdout);
  }, 30_000);

  it.each([
    [['deployment.spec.strategy']],
    [['deployment.spec.strategy.type']],
    [['deployment.spec.strategy', '--recursive']],
    [['deployment.spec.strategy.rollingUpdate.maxSurge']],
    [['pods']],
    [['pods.spec']],
    [['pod.spec.containers']],
    [['pod.spec.containers', '--recursive']],
    [['deployment', '--recursive']],
    [['svc.spec.ports']],
    [['cronjob.spec.jobTemplate.spec.template.spec']],
    [['ingress.spec.rules']],
    [['hpa.spec']],
    [['networkpolicy.spec']],
    [['pvc.spec']],
    [['clusterrole.rules']],
    [['secret']],
    [['configmap.data']],
    [['lease.spec']],
    [['node.status']],
    [['selfsubjectaccessreview.spec']],
    [['pods.spec.nosuchfield']],
  ])('explain %j prints what the embedded explain prints', async (args) => {
    const { real, ours } = await both(bin, ['explain', ...args]);
    if (ours.code !== 0) {
      // The template writes the header before it fails; the embedded explain only the error.
      expect(real.stderr).toBe(ours.stderr);
      return;
    }
    expect(real.stderr).toBe('');
    expect(real.stdout).toBe(ours.stdout);
  }, 30_000);

  it('leaves validation of a manifest to the server (fieldValidation found in the v3 document)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubedojo-apply-'));
    const file = join(dir, 'deploy.yaml');
    writeFileSync(file, [
      'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: web',
      'spec:', '  replicaz: 2', '  selector:', '    matchLabels: {app: web}',
      '  template:', '    metadata:', '      labels: {app: web}', '    spec:', '      containers: [{name: web, image: nginx}]', '',
    ].join('\n'));
    const before = server.requests.length;
    const real = await runKubectl(bin, server, ['apply', '-f', file]);
    const seen = server.requests.slice(before);
    // No client-side schema validation ("unknown field") and no fallback to v2 or CRD lookups.
    expect(real.stderr).not.toMatch(/unknown field|error validating/);
    expect(seen.some((r) => r.startsWith('GET /openapi/v3/apis/apps/v1?hash='))).toBe(true);
    expect(seen.some((r) => r.startsWith('GET /openapi/v2'))).toBe(false);
    expect(seen.some((r) => r.includes('customresourcedefinitions'))).toBe(false);
    expect(seen.find((r) => r.startsWith('POST '))).toMatch(/^POST \/apis\/apps\/v1\/namespaces\/default\/deployments\?fieldManager=kubectl-client-side-apply&fieldValidation=Strict /);
  }, 30_000);
});

describe.skipIf(!KUBECTL_127)(title('real kubectl 1.27', KUBECTL_127, 'kubectl.1.27'), () => {
  const bin = KUBECTL_127!;

  it('reads v2beta1 aggregated discovery and prints the same api-resources', async () => {
    const before = server.requests.length;
    const { real, ours } = await both(bin, ['api-resources']);
    expect(real.stdout).toBe(ours.stdout);
    expect(server.requests.slice(before).every((r) => r.includes('v=v2beta1;as=APIGroupDiscoveryList') && !r.includes('v=v2;'))).toBe(true);
  }, 30_000);

  it('accepts the empty v2 document and explains from v3', async () => {
    const before = server.requests.length;
    const { real, ours } = await both(bin, ['explain', 'deployment.spec.strategy']);
    expect(real.stdout).toBe(explainAsPrintedBy(27, ours.stdout));
    expect(server.requests.slice(before)[0]).toMatch(/^GET \/openapi\/v2\?timeout=32s \[application\/com\.github\.proto-openapi\.spec\.v2@v1\.0\+protobuf\]$/);
  }, 30_000);
});

describe.skipIf(OTHER_VERSIONS.length === 0)(title('other installed kubectl versions', OTHER_VERSIONS[0], 'any of kubectl.1.28 … kubectl.1.32'), () => {
  it.each(OTHER_VERSIONS)('kubectl %s prints the same api-resources and explain', async (v) => {
    const bin = realKubectl(v)!;
    expect((await both(bin, ['api-resources'])).real.stdout).toBe(embedded('kubectl api-resources').stdout);
    const { real, ours } = await both(bin, ['explain', 'pod.spec.containers.ports']);
    expect(real.stdout).toBe(explainAsPrintedBy(Number(v.split('.')[1]), ours.stdout));
  }, 30_000);
});
