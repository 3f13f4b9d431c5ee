/**
 * Test kit (imported by tests only): the meta handler behind a tiny node:http server on
 * 127.0.0.1 (everything else answers the apiserver's 404 Status), a kubeconfig pointing at it
 * with an empty user, and a runner for the real kubectl binaries installed on this machine,
 * each run with a fresh --cache-dir (kubectl caches discovery for 6 hours by host:port).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cluster } from '../../sim/index.js';
import { notFoundReply } from './reply.js';
import { serveMeta } from './index.js';

/** Path of an installed real kubectl of that minor version (e.g. '1.33'), or undefined. */
export function realKubectl(minor: string): string | undefined {
  const p = `/usr/lib/google-cloud-sdk/bin/kubectl.${minor}`;
  return existsSync(p) ? p : undefined;
}

export interface MetaServer {
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
export async function startMetaServer(cluster: Cluster, opts: { legacyOnly?: boolean } = {}): Promise<MetaServer> {
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

export interface RunResult { code: number; stdout: string; stderr: string }

/** Runs a real kubectl binary against the server with a fresh cache dir. */
export function runKubectl(binary: string, server: MetaServer, args: string[]): Promise<RunResult> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'kubedojo-kcache-'));
  return new Promise((resolve) => {
    execFile(binary, ['--kubeconfig', server.kubeconfig, '--cache-dir', cacheDir, ...args], { env: { PATH: process.env.PATH ?? '', HOME: cacheDir } }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
