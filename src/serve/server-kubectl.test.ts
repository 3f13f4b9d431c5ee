/**
 * End to end: the real kubectl 1.33 against the server over HTTPS with a token kubeconfig.
 * Expected lines are what kubectl itself prints (its own formats and messages); the server
 * only has to answer as an apiserver would for them to appear.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cluster } from '../sim/index.js';
import { loadParts } from './http/parts.js';
import { startServer } from './server.js';
import type { RunningServer } from './types.js';
import { REAL_KUBECTL_DIR, realKubectl } from './testing/real-kubectl.js';

const KUBECTL = realKubectl('1.33') ?? `${REAL_KUBECTL_DIR}/kubectl.1.33`;
const haveKubectl = existsSync(KUBECTL);
if (!haveKubectl) console.warn(`skipping serve end-to-end tests: ${KUBECTL} is not installed`);
const haveMeta = !!(await loadParts()).meta;
if (haveKubectl && !haveMeta) console.warn('skipping serve end-to-end tests: src/serve/meta (discovery) is not available');

let cluster: Cluster;
let server: RunningServer;
let dir: string;
let ticker: ReturnType<typeof setInterval>;

interface Run { code: number; out: string; err: string }

/** Runs kubectl asynchronously (the server answers from this same process). */
function kubectl(args: string[], opts: { kubeconfig?: string; stdin?: string; timeoutMs?: number } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(KUBECTL, ['--kubeconfig', opts.kubeconfig ?? join(dir, 'kubeconfig'), '--cache-dir', join(dir, 'cache'), ...args], { timeout: opts.timeoutMs ?? 60_000 }, (error, out, err) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out, err });
    });
    if (opts.stdin !== undefined) child.stdin?.end(opts.stdin);
  });
}

function kubeconfig(url: string, ca: string, token: string): string {
  return `apiVersion: v1
kind: Config
clusters: [{name: sim, cluster: {server: "${url}", certificate-authority-data: ${ca}}}]
contexts: [{name: sim, context: {cluster: sim, user: sim, namespace: default}}]
current-context: sim
users: [{name: sim, user: {token: "${token}"}}]
`;
}

const DEPLOY = (image: string, replicas: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {app: web}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: nginx
        image: ${image}
        ports: [{containerPort: 80}]
`;

describe.skipIf(!haveKubectl || !haveMeta)('real kubectl 1.33 against serve', () => {
  beforeAll(async () => {
    cluster = Cluster.create({ seed: 1 });
    server = await startServer(cluster, { token: 'e2e-token', settleAfterWrites: true });
    dir = mkdtempSync(join(tmpdir(), 'kubedojo-serve-'));
    writeFileSync(join(dir, 'kubeconfig'), kubeconfig(server.url, server.certificateAuthorityData!, 'e2e-token'));
    writeFileSync(join(dir, 'bad-kubeconfig'), kubeconfig(server.url, server.certificateAuthorityData!, 'not-the-token'));
    // Virtual time moves while kubectl waits (delete, rollout status), as the clock driver would.
    ticker = setInterval(() => cluster.advance(1000), 10);
  });
  afterAll(async () => {
    clearInterval(ticker);
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('get pods: -A, -o yaml, --show-labels, --sort-by', async () => {
    const all = await kubectl(['get', 'pods', '-A']);
    expect(all.err).toBe('');
    expect(all.out.split('\n')[0]).toMatch(/^NAMESPACE\s+NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE$/);
    expect(all.out).toMatch(/\nkube-system\s+coredns-\S+\s+1\/1\s+Running\s+0\s+\d+m/);
    const yaml = await kubectl(['get', 'pods', '-n', 'kube-system', '-o', 'yaml']);
    expect(yaml.out.startsWith('apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Pod\n')).toBe(true);
    const labels = await kubectl(['get', 'pods', '-n', 'kube-system', '--show-labels']);
    expect(labels.out).toMatch(/coredns-\S+.*k8s-app=kube-dns,pod-template-hash=/);
    const sorted = await kubectl(['get', 'pods', '-n', 'kube-system', '--sort-by=.metadata.name', '-o', 'name']);
    const names = sorted.out.trim().split('\n');
    expect(names).toEqual([...names].sort());
    const bySort = await kubectl(['get', 'pods', '-n', 'kube-system', '--sort-by=.metadata.name']);
    expect(bySort.code).toBe(0);
    const empty = await kubectl(['get', 'pods']);
    expect(empty.err).toBe('No resources found in default namespace.\n');
  });

  it('create -f, apply twice, scale, label, rollout status, logs, delete (which waits for the pod to go)', async () => {
    writeFileSync(join(dir, 'd1.yaml'), DEPLOY('nginx:1.27', 2));
    writeFileSync(join(dir, 'd2.yaml'), DEPLOY('nginx:1.28', 3));
    expect((await kubectl(['create', '-f', join(dir, 'd1.yaml')])).out).toBe('deployment.apps/web created\n');
    expect((await kubectl(['apply', '-f', join(dir, 'd1.yaml')])).out).toBe('deployment.apps/web configured\n');
    expect((await kubectl(['apply', '-f', join(dir, 'd2.yaml')])).out).toBe('deployment.apps/web configured\n');
    const status = await kubectl(['rollout', 'status', 'deployment/web']);
    expect(status.out).toContain('deployment "web" successfully rolled out');
    const image = await kubectl(['get', 'deploy', 'web', '-o', 'jsonpath={.spec.template.spec.containers[0].image}']);
    expect(image.out).toBe('nginx:1.28');
    expect((await kubectl(['scale', 'deployment', 'web', '--replicas=1'])).out).toBe('deployment.apps/web scaled\n');
    expect((await kubectl(['label', 'deployment', 'web', 'tier=front'])).out).toBe('deployment.apps/web labeled\n');
    await kubectl(['rollout', 'status', 'deployment/web']);
    const pods = (await kubectl(['get', 'pods', '-l', 'app=web', '-o', 'name'])).out.trim().split('\n').filter((l) => l);
    expect(pods.length).toBeGreaterThan(0);
    const logs = await kubectl(['logs', pods[0]]);
    expect(logs.out).toContain('/docker-entrypoint.sh');
    const name = pods[0].split('/')[1];
    const del = await kubectl(['delete', 'pod', name]);
    expect(del.out).toBe(`pod "${name}" deleted\n`);
    expect(cluster.store.get('pods', 'default', name)).toBeUndefined();
  });

  it('auth can-i, auth whoami and --as impersonation', async () => {
    const yes = await kubectl(['auth', 'can-i', 'get', 'pods']);
    expect([yes.code, yes.out]).toEqual([0, 'yes\n']);
    const no = await kubectl(['auth', 'can-i', 'get', 'pods', '--as=jane']);
    expect([no.code, no.out]).toEqual([1, 'no\n']);
    const who = await kubectl(['auth', 'whoami']);
    expect(who.out).toMatch(/^ATTRIBUTE\s+VALUE\nUsername\s+kubernetes-admin\nGroups\s+\[kubeadm:cluster-admins system:authenticated\]\n$/);
    const forbidden = await kubectl(['get', 'pods', '--as=jane']);
    expect(forbidden.err).toBe('Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"\n');
  });

  it('get -w prints the rows of the Table watch events; logs -f streams until the container ends', async () => {
    await kubectl(['create', 'namespace', 'watched']);
    const watching = kubectl(['get', 'configmaps', '-n', 'watched', '-w'], { timeoutMs: 4000 });
    await new Promise((r) => setTimeout(r, 1500));
    await kubectl(['create', 'configmap', 'late', '-n', 'watched', '--from-literal=a=b']);
    const w = await watching;
    expect(w.out).toMatch(/^NAME\s+DATA\s+AGE\nkube-root-ca\.crt\s+1\s+\S+\nlate\s+1\s+\S+\n$/);
    // Time stands still until the container runs, so that logs -f starts while it still prints.
    clearInterval(ticker);
    await kubectl(['run', 'counter', '--image=busybox', '--restart=Never', '--', 'sh', '-c', 'for i in 1 2 3; do echo line $i; sleep 2; done']);
    cluster.advanceUntil(() => cluster.store.get('pods', 'default', 'counter')?.status?.phase === 'Running', 120_000);
    const following = kubectl(['logs', '-f', 'counter']);
    await new Promise((r) => setTimeout(r, 500));
    ticker = setInterval(() => cluster.advance(1000), 10);
    const logs = await following;
    expect([logs.code, logs.out.split('\n').filter((l) => l).slice(-2)]).toEqual([0, ['line 2', 'line 3']]);
  });

  it('--as a ServiceAccount: RBAC for its user name and groups', async () => {
    const r = await kubectl(['get', 'pods', '--as=system:serviceaccount:default:default']);
    expect(r.err).toBe('Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:default:default" cannot list resource "pods" in API group "" in the namespace "default"\n');
    const can = await kubectl(['auth', 'can-i', 'create', 'selfsubjectreviews', '--as=system:serviceaccount:default:default']);
    expect(can.out).toBe('yes\n');
  });

  it('errors: unknown objects and paths, a wrong token', async () => {
    expect((await kubectl(['get', 'pod', 'nope'])).err).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect((await kubectl(['get', '--raw', '/api/v1/nope'])).err).toBe('Error from server (NotFound): the server could not find the requested resource\n');
    const bad = await kubectl(['get', 'pods'], { kubeconfig: join(dir, 'bad-kubeconfig') });
    expect(bad.code).toBe(1);
    expect(bad.err.trim().split('\n').pop()).toBe('error: You must be logged in to the server (Unauthorized)');
  });
});
