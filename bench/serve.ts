/**
 * `kubedojo serve` figures: one `GET /api/v1/namespaces/default/pods` Table round trip over
 * the HTTPS keep-alive connection kubectl would use, and the whole real `kubectl get pods`
 * process against the same server with a warm discovery cache.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Cluster, R, type KObject } from '../src/sim/index.js';
import { startServer } from '../src/serve/server.js';
import { kubeconfigYaml, newToken } from '../src/serve/kubeconfig.js';
import type { RunningServer } from '../src/serve/types.js';
import { REAL_KUBECTL_DIR, realKubectl } from '../src/serve/testing/real-kubectl.js';

type Figure = { value: number; unit: string } | { na: string };

/** The reference client; another binary with KUBEDOJO_REAL_KUBECTL. */
const KUBECTL = realKubectl('1.33') ?? `${REAL_KUBECTL_DIR}/kubectl.1.33`;

/** kubectl's Accept header for human-readable `get` (kubectl-wire.md, `TABLE`). */
const TABLE_ACCEPT = 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** A cluster with a three-replica Deployment running in default. */
function clusterWithPods(): Cluster {
  const cluster = Cluster.create({ seed: 1 });
  cluster.client().create(R.deployments, 'default', {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.25' }] } } },
  } as KObject);
  cluster.advance(60_000);
  return cluster;
}

async function withServer<T>(fn: (server: RunningServer, token: string) => Promise<T>): Promise<T> {
  const token = newToken();
  const server = await startServer(clusterWithPods(), { token, settleAfterWrites: true });
  try {
    return await fn(server, token);
  } finally {
    await server.close();
  }
}

/** One GET on a kept-alive connection; resolves with the status and body. */
function get(server: RunningServer, agent: Agent, token: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}${path}`, { agent, headers: { accept: TABLE_ACCEPT, authorization: `Bearer ${token}` } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Median of 50 Table round trips (after 5 warm-ups that also open the TLS connection). */
export function serveGetPodsRoundtrip(): Promise<Figure> {
  return withServer(async (server, token) => {
    const ca = server.certificateAuthorityData ? Buffer.from(server.certificateAuthorityData, 'base64').toString() : undefined;
    const agent = new Agent({ keepAlive: true, maxSockets: 1, ca });
    try {
      const path = '/api/v1/namespaces/default/pods?limit=500';
      for (let i = 0; i < 5; i++) {
        const r = await get(server, agent, token, path);
        if (r.status !== 200 || !r.body.includes('"kind":"Table"')) return { na: `GET ${path} answered ${r.status}, not a Table` };
      }
      const runs: number[] = [];
      for (let i = 0; i < 50; i++) {
        const t0 = performance.now();
        await get(server, agent, token, path);
        runs.push(performance.now() - t0);
      }
      return { value: round(median(runs)), unit: 'ms' };
    } finally {
      agent.destroy();
    }
  });
}

function run(args: string[]): Promise<{ ms: number; code: number; err: string }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    // Asynchronous: the server answering it lives in this process.
    execFile(KUBECTL, args, { timeout: 30_000 }, (error, _out, err) => {
      resolve({ ms: performance.now() - t0, code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, err });
    });
  });
}

/** Median of 5 whole `kubectl get pods` processes, discovery already cached (one warm-up run). */
export function realKubectlGetPods(): Promise<Figure> {
  if (!existsSync(KUBECTL)) return Promise.resolve({ na: `${KUBECTL} is not installed` });
  return withServer(async (server, token) => {
    const dir = mkdtempSync(join(tmpdir(), 'kubedojo-bench-serve-'));
    const kubeconfig = join(dir, 'kubeconfig');
    writeFileSync(kubeconfig, kubeconfigYaml(server.url, token, server.certificateAuthorityData), { mode: 0o600 });
    const args = ['--kubeconfig', kubeconfig, '--cache-dir', join(dir, 'cache'), 'get', 'pods'];
    const warm = await run(args);
    if (warm.code !== 0) return { na: `kubectl get pods failed: ${warm.err.trim().split('\n').pop()}` };
    const runs: number[] = [];
    for (let i = 0; i < 5; i++) runs.push((await run(args)).ms);
    return { value: round(median(runs)), unit: 'ms' };
  });
}
