/**
 * End to end through the server: the same `create`/`auth` commands sent by kubectl 1.33
 * (protobuf bodies) to one simulator and by kubectl 1.31 (JSON bodies) to an identically
 * seeded twin must print the same and leave identical objects behind.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cluster } from '../../sim/index.js';
import { loadParts } from '../http/parts.js';
import { startServer } from '../server.js';
import type { RunningServer } from '../types.js';

const BIN = '/usr/lib/google-cloud-sdk/bin/kubectl.';
const PROTOBUF_CLIENT = `${BIN}1.33`;
const JSON_CLIENT = `${BIN}1.31`;
const haveKubectl = existsSync(PROTOBUF_CLIENT) && existsSync(JSON_CLIENT);
if (!haveKubectl) console.warn(`skipping protobuf end-to-end test: ${PROTOBUF_CLIENT} or ${JSON_CLIENT} is not installed`);
const haveMeta = !!(await loadParts()).meta;
if (haveKubectl && !haveMeta) console.warn('skipping protobuf end-to-end test: src/serve/meta (discovery) is not available');

/** Each command, then the object it leaves behind (resource/name, namespace) when there is one. */
const COMMANDS: [args: string[], object?: [string, string?]][] = [
  [['create', 'namespace', 'team'], ['namespace/team']],
  [['create', 'secret', 'generic', 's1', '--from-literal=user=admin', '--from-literal=pass=s3cr3t'], ['secret/s1']],
  [['create', 'secret', 'tls', 't1', '--cert=tls.crt', '--key=tls.key'], ['secret/t1']],
  [['create', 'secret', 'docker-registry', 'r1', '--docker-server=reg.example.com', '--docker-username=u', '--docker-password=p'], ['secret/r1']],
  [['create', 'configmap', 'c1', '--from-literal=color=blue', '-n', 'team'], ['configmap/c1', 'team']],
  [['create', 'deployment', 'web', '--image=nginx:1.27', '--replicas=2', '--port=80'], ['deployment.apps/web']],
  [['create', 'job', 'j1', '--image=busybox', '--', 'sh', '-c', 'echo hi'], ['job.batch/j1']],
  [['create', 'cronjob', 'cj', '--image=busybox', '--schedule=*/5 * * * *', '--', 'date'], ['cronjob.batch/cj']],
  [['create', 'job', 'j2', '--from=cronjob/cj'], ['job.batch/j2']],
  [['create', 'service', 'clusterip', 'svc1', '--tcp=80:8080'], ['service/svc1']],
  [['create', 'service', 'nodeport', 'np1', '--tcp=5678:8080', '--node-port=30080'], ['service/np1']],
  [['create', 'service', 'externalname', 'ext1', '--external-name=example.com'], ['service/ext1']],
  [['create', 'serviceaccount', 'sa1'], ['serviceaccount/sa1']],
  [['create', 'role', 'reader', '--verb=get,list', '--resource=pods,deployments.apps'], ['role.rbac.authorization.k8s.io/reader']],
  [['create', 'rolebinding', 'rb1', '--role=reader', '--user=alice', '--serviceaccount=default:sa1'], ['rolebinding.rbac.authorization.k8s.io/rb1']],
  [['create', 'clusterrole', 'cr1', '--verb=get', '--non-resource-url=/healthz'], ['clusterrole.rbac.authorization.k8s.io/cr1']],
  [['create', 'clusterrolebinding', 'crb1', '--clusterrole=cr1', '--group=devs'], ['clusterrolebinding.rbac.authorization.k8s.io/crb1']],
  [['create', 'priorityclass', 'high', '--value=1000', '--description=high prio'], ['priorityclass.scheduling.k8s.io/high']],
  [['create', 'quota', 'q1', '--hard=pods=10,requests.cpu=1'], ['resourcequota/q1']],
  [['create', 'pdb', 'pdb1', '--selector=app=web', '--min-available=1'], ['poddisruptionbudget.policy/pdb1']],
  [['create', 'ingress', 'ing1', '--rule=foo.com/bar=svc1:80'], ['ingress.networking.k8s.io/ing1']],
  [['create', 'secret', 'generic', 's1', '--from-literal=again=1']],
  [['auth', 'can-i', 'get', 'pods']],
  [['auth', 'can-i', 'list', 'secrets', '--as=alice']],
  [['auth', 'can-i', 'get', 'pods', '--as=alice', '-n', 'default']],
  [['auth', 'whoami']],
  [['auth', 'can-i', '--list', '-n', 'team']],
  [['create', 'token', 'sa1', '--duration=10m']],
];

interface Run { code: number; out: string; err: string }

function kubectl(bin: string, dir: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(bin, ['--kubeconfig', join(dir, 'kubeconfig'), '--cache-dir', join(dir, 'cache'), ...args], { cwd: dir, timeout: 60_000 }, (error, out, err) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out, err });
    });
  });
}

interface Side { cluster: Cluster; server: RunningServer; dir: string; bin: string }

async function side(bin: string): Promise<Side> {
  const cluster = Cluster.create({ seed: 7 });
  const server = await startServer(cluster, { token: 'pb-token', settleAfterWrites: true });
  const dir = mkdtempSync(join(tmpdir(), 'kubedojo-protobuf-'));
  writeFileSync(
    join(dir, 'kubeconfig'),
    `apiVersion: v1
kind: Config
clusters: [{name: sim, cluster: {server: "${server.url}", certificate-authority-data: ${server.certificateAuthorityData}}}]
contexts: [{name: sim, context: {cluster: sim, user: sim, namespace: default}}]
current-context: sim
users: [{name: sim, user: {token: "pb-token"}}]
`,
  );
  // The TLS pair kubectl read when the secret-tls fixture was captured.
  const tls = JSON.parse(readFileSync(new URL('./testdata/secret-tls.json', import.meta.url), 'utf8')) as { data: Record<string, string> };
  writeFileSync(join(dir, 'tls.crt'), Buffer.from(tls.data['tls.crt']!, 'base64'));
  writeFileSync(join(dir, 'tls.key'), Buffer.from(tls.data['tls.key']!, 'base64'));
  return { cluster, server, dir, bin };
}

async function runAll(s: Side): Promise<{ runs: Run[]; objects: Run[] }> {
  const runs: Run[] = [];
  for (const [args] of COMMANDS) runs.push(await kubectl(s.bin, s.dir, args));
  const objects: Run[] = [];
  for (const [, object] of COMMANDS) {
    if (!object) continue;
    const [ref, ns] = object;
    objects.push(await kubectl(PROTOBUF_CLIENT, s.dir, ['get', ref, '-n', ns ?? 'default', '-o', 'json']));
  }
  return { runs, objects };
}

describe.skipIf(!haveKubectl || !haveMeta)('protobuf bodies from kubectl 1.33 act like JSON bodies from kubectl 1.31', () => {
  let pb: Side;
  let json: Side;
  let results: [Awaited<ReturnType<typeof runAll>>, Awaited<ReturnType<typeof runAll>>];

  beforeAll(async () => {
    [pb, json] = await Promise.all([side(PROTOBUF_CLIENT), side(JSON_CLIENT)]);
    results = await Promise.all([runAll(pb), runAll(json)]);
  }, 120_000);

  afterAll(async () => {
    for (const s of [pb, json]) {
      await s?.server.close();
      if (s) rmSync(s.dir, { recursive: true, force: true });
    }
  });

  it.each(COMMANDS.map(([args], i) => [args.join(' '), i] as const))('kubectl %s prints the same', (_name, i) => {
    const [a, b] = [results[0].runs[i]!, results[1].runs[i]!];
    expect(a.err).not.toContain('unknown format');
    expect({ code: a.code, out: a.out, err: a.err }).toEqual({ code: b.code, out: b.out, err: b.err });
  });

  it('the commands succeed where they should (the repeated secret is AlreadyExists, alice may not list secrets)', () => {
    const codes = results[0].runs.map((r) => r.code);
    expect(codes).toEqual(COMMANDS.map((_, i) => (i === 21 || i === 23 ? 1 : 0)));
    expect(results[0].runs[21]!.err).toBe('error: failed to create secret secrets "s1" already exists\n');
    expect(results[0].runs[22]!.out).toBe('yes\n');
    expect(results[0].runs[23]!.out).toBe('no\n');
  });

  it('leaves identical objects behind', () => {
    results[0].objects.forEach((a, i) => {
      const b = results[1].objects[i]!;
      expect(a.code).toBe(0);
      expect(JSON.parse(a.out)).toEqual(JSON.parse(b.out));
    });
  });
});
