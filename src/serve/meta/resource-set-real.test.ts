/**
 * The kind v1.33 resource set through the real kubectl 1.33 against `serve` and through our
 * embedded kubectl, both on one cluster (so AGE cells agree): componentstatuses (computed,
 * with the apiserver's deprecation warning), the 405 of a verb a resource lacks, and the
 * server-side Tables of the kinds the registry gained. Expected strings are kubectl's own
 * formats (pkg/cmd/get, cmdutil.CheckErr: "Error from server (MethodNotAllowed): ...").
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newKubectlSession, runKubectl } from '../../kubectl/index.js';
import { CaptureIO, MemoryFiles, splitArgs } from '../../kubectl/testing/index.js';
import { Cluster } from '../../sim/index.js';
import { loadParts } from '../http/parts.js';
import { startServer } from '../server.js';
import type { RunningServer } from '../types.js';
import { REAL_KUBECTL_DIR, realKubectl } from '../testing/real-kubectl.js';

const KUBECTL = realKubectl('1.33') ?? `${REAL_KUBECTL_DIR}/kubectl.1.33`;
const KUBECTL_131 = realKubectl('1.31') ?? `${REAL_KUBECTL_DIR}/kubectl.1.31`;
const haveKubectl = existsSync(KUBECTL);
if (!haveKubectl) console.warn(`skipping resource-set tests against the real kubectl: ${KUBECTL} is not installed`);
const haveMeta = !!(await loadParts()).meta;

const MANIFESTS = `apiVersion: node.k8s.io/v1
kind: RuntimeClass
metadata: {name: gvisor}
handler: runsc
---
apiVersion: v1
kind: PodTemplate
metadata: {name: tpl}
template:
  metadata: {labels: {app: web, tier: front}}
  spec:
    containers: [{name: nginx, image: nginx:1.27}, {name: side, image: busybox}]
---
apiVersion: networking.k8s.io/v1
kind: IngressClass
metadata: {name: nginx}
spec: {controller: k8s.io/ingress-nginx, parameters: {apiGroup: k8s.example.com, kind: IngressParameters, name: external-lb}}
---
apiVersion: certificates.k8s.io/v1
kind: CertificateSigningRequest
metadata: {name: jane}
spec:
  request: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURSBSRVFVRVNULS0tLS0KLS0tLS1FTkQgQ0VSVElGSUNBVEUgUkVRVUVTVC0tLS0tCg==
  signerName: kubernetes.io/kube-apiserver-client
  expirationSeconds: 86400
  usages: [client auth]
`;

const HPA_V1 = `apiVersion: autoscaling/v1
kind: HorizontalPodAutoscaler
metadata: {name: api}
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}
  maxReplicas: 4
  targetCPUUtilizationPercentage: 60
`;

let cluster: Cluster;
let server: RunningServer;
let dir: string;
let files: MemoryFiles;

function real(args: string[], bin = KUBECTL): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(bin, ['--kubeconfig', join(dir, 'kubeconfig'), '--cache-dir', join(dir, 'cache'), ...args], { timeout: 60_000, cwd: dir }, (error, out, err) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, out, err });
    });
  });
}

function embedded(line: string): { code: number; out: string; err: string } {
  const io = new CaptureIO();
  const code = runKubectl(splitArgs(line), newKubectlSession(cluster, files), io);
  return { code, out: io.stdout, err: io.stderr };
}

/** Runs `args` through both kubectls; file arguments name files written for both (the real one runs in `dir`). */
async function both(args: string[]) {
  const r = await real(args);
  return { real: r, ours: embedded(`kubectl ${args.join(' ')}`) };
}

describe.skipIf(!haveKubectl || !haveMeta)('the kind v1.33 resource set: real kubectl 1.33 against serve = embedded kubectl', () => {
  beforeAll(async () => {
    cluster = Cluster.create({ seed: 1 });
    server = await startServer(cluster, { token: 'rs-token', settleAfterWrites: true });
    dir = mkdtempSync(join(tmpdir(), 'kubedojo-rs-'));
    writeFileSync(join(dir, 'kubeconfig'), `apiVersion: v1
kind: Config
clusters: [{name: sim, cluster: {server: "${server.url}", certificate-authority-data: ${server.certificateAuthorityData}}}]
contexts: [{name: sim, context: {cluster: sim, user: sim, namespace: default}}]
current-context: sim
users: [{name: sim, user: {token: "rs-token"}}]
`);
    const cs = 'apiVersion: v1\nkind: ComponentStatus\nmetadata: {name: mine}\nconditions: [{type: Healthy, status: "True"}]\n';
    writeFileSync(join(dir, 'cs.yaml'), cs);
    files = new MemoryFiles({ 'cs.yaml': cs, 'kinds.yaml': MANIFESTS });
    writeFileSync(join(dir, 'kinds.yaml'), MANIFESTS);
    // Created once, through the real kubectl; both then read the same objects.
    const created = await real(['create', '-f', 'kinds.yaml']);
    expect(created.err).toBe('');
    expect(created.out).toBe('runtimeclass.node.k8s.io/gvisor created\npodtemplate/tpl created\ningressclass.networking.k8s.io/nginx created\ncertificatesigningrequest.certificates.k8s.io/jane created\n');
  });
  afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('get cs: three healthy components and the deprecation warning', async () => {
    const { real: r, ours } = await both(['get', 'cs']);
    expect(r.err).toBe('Warning: v1 ComponentStatus is deprecated in v1.19+\n');
    expect(r.out).toMatch(/^NAME +STATUS +MESSAGE +ERROR\n/);
    expect(r.out.split('\n').slice(1, 4).map((l) => l.split(/ +/).slice(0, 3).join(' '))).toEqual(['scheduler Healthy ok', 'controller-manager Healthy ok', 'etcd-0 Healthy ok']);
    expect(ours).toEqual(r);
  });

  it('componentstatuses: -o yaml, an unknown name, and no create (405)', async () => {
    for (const args of [['get', 'componentstatuses', '-o', 'yaml'], ['get', 'cs', 'etcd-0', '-o', 'json'], ['get', 'cs', 'nope'], ['create', '-f', 'cs.yaml']]) {
      const { real: r, ours } = await both(args);
      expect(ours, args.join(' ')).toEqual(r);
    }
    expect((await real(['get', 'cs', 'nope'])).err).toBe('Warning: v1 ComponentStatus is deprecated in v1.19+\nError from server: Component not found: nope\n');
    expect((await real(['create', '-f', 'cs.yaml'])).err).toBe('Error from server (MethodNotAllowed): error when creating "cs.yaml": the server does not allow this method on the requested resource\n');
  });

  it('create-only and read-only resources answer 405 to other verbs; tokenrequests is no resource', async () => {
    const { real: r, ours } = await both(['get', 'tokenreviews']);
    expect(r.err).toBe('Error from server (MethodNotAllowed): the server does not allow this method on the requested resource\n');
    expect(ours).toEqual(r);
    const tr = await both(['get', 'tokenrequests']);
    expect(tr.real.err).toBe('error: the server doesn\'t have a resource type "tokenrequests"\n');
    expect(tr.ours).toEqual(tr.real);
  });

  it('prints the new kinds\' server-side tables alike', async () => {
    for (const args of [['get', 'runtimeclasses'], ['get', 'podtemplates'], ['get', 'ingressclass'], ['get', 'csr'], ['get', 'crd'], ['get', 'csidrivers'], ['get', 'flowschemas'], ['get', 'validatingwebhookconfigurations']]) {
      const { real: r, ours } = await both(args);
      expect(ours, args.join(' ')).toEqual(r);
    }
    const csr = await real(['get', 'csr']);
    expect(csr.out).toMatch(/^NAME +AGE +SIGNERNAME +REQUESTOR +REQUESTEDDURATION +CONDITION\njane +\S+ +kubernetes\.io\/kube-apiserver-client +kubernetes-admin +24h +Pending\n$/);
    expect((await real(['get', 'podtemplates'])).out).toMatch(/^NAME +CONTAINERS +IMAGES +POD LABELS\ntpl +nginx,side +nginx:1\.27,busybox +app=web,tier=front\n$/);
    expect((await real(['get', 'ingressclass'])).out).toMatch(/^NAME +CONTROLLER +PARAMETERS +AGE\nnginx +k8s\.io\/ingress-nginx +IngressParameters\.k8s\.example\.com\/external-lb +\S+\n$/);
  });

  it('explains the new kinds from the OpenAPI v3 documents as our kubectl does from its data', async () => {
    for (const args of [['explain', 'csr.spec.signerName'], ['explain', 'runtimeclass'], ['explain', 'events.note', '--api-version=events.k8s.io/v1'], ['explain', 'crd.spec.names'], ['explain', 'apiservices.spec.service'], ['explain', 'ipaddresses.spec.parentRef'], ['explain', 'validatingadmissionpolicies.spec.validations']]) {
      const { real: r, ours } = await both(args);
      expect(r.err, args.join(' ')).toBe('');
      expect(ours, args.join(' ')).toEqual(r);
    }
  });

  it('has a CSINode per node, owned by it, without drivers (kind\'s kubelets register them)', async () => {
    const { real: r, ours } = await both(['get', 'csinodes']);
    expect(ours).toEqual(r);
    expect(r.out.trim().split('\n').map((l) => l.split(/ +/).slice(0, 2).join(' '))).toEqual(['NAME DRIVERS', 'kind-control-plane 0', 'kind-worker 0', 'kind-worker2 0']);
    const yaml = await both(['get', 'csinode', 'kind-worker', '-o', 'yaml']);
    expect(yaml.ours).toEqual(yaml.real);
    expect(yaml.real.out).toMatch(/\n  ownerReferences:\n  - apiVersion: v1\n    kind: Node\n    name: kind-worker\n    uid: \S+\n[\s\S]*\nspec:\n  drivers: null\n$/);
  });

  it('lists one Local, Available APIService per served group version, as kind does', async () => {
    const { real: r, ours } = await both(['get', 'apiservices']);
    expect(ours).toEqual(r);
    const rows = r.out.trim().split('\n').map((l) => l.split(/ +/));
    expect(rows[0]).toEqual(['NAME', 'SERVICE', 'AVAILABLE', 'AGE']);
    // `kubectl get apiservices` on kind v1.33.1: v1., then v1.<group> ... v2.autoscaling, by name.
    expect(rows.slice(1).map((x) => x[0])).toEqual([
      'v1.', 'v1.admissionregistration.k8s.io', 'v1.apiextensions.k8s.io', 'v1.apiregistration.k8s.io', 'v1.apps',
      'v1.authentication.k8s.io', 'v1.authorization.k8s.io', 'v1.autoscaling', 'v1.batch', 'v1.certificates.k8s.io',
      'v1.coordination.k8s.io', 'v1.discovery.k8s.io', 'v1.events.k8s.io', 'v1.flowcontrol.apiserver.k8s.io',
      'v1.networking.k8s.io', 'v1.node.k8s.io', 'v1.policy', 'v1.rbac.authorization.k8s.io', 'v1.scheduling.k8s.io',
      'v1.storage.k8s.io', 'v2.autoscaling',
    ]);
    expect(rows.slice(1).every((x) => x[1] === 'Local' && x[2] === 'True')).toBe(true);
    const yaml = await both(['get', 'apiservice', 'v2.autoscaling', '-o', 'yaml']);
    expect(yaml.ours).toEqual(yaml.real);
    expect(yaml.real.out).toMatch(/\nspec:\n  group: autoscaling\n  groupPriorityMinimum: 17500\n  version: v2\n  versionPriority: 30\nstatus:\n  conditions:\n  - lastTransitionTime: "[^"]+"\n    message: Local APIServices are always available\n    reason: Local\n    status: "True"\n    type: Available\n$/);
    expect(yaml.real.out).toContain('  labels:\n    kube-aggregator.kubernetes.io/automanaged: onstart\n');
  });

  it.skipIf(!existsSync(KUBECTL_131))('autoscaling/v1: kubectl 1.31 autoscale posts a v1 HPA, read back in v1 and v2', async () => {
    expect((await real(['create', 'deployment', 'web', '--image=nginx'])).out).toBe('deployment.apps/web created\n');
    const made = await real(['autoscale', 'deployment', 'web', '--max=3', '--cpu-percent=50'], KUBECTL_131);
    expect(made.err).toBe('');
    expect(made.out).toBe('horizontalpodautoscaler.autoscaling/web autoscaled\n');
    // kubectl keeps the version of a full resource name, not of a short name (`hpa.v1.autoscaling` reads v2).
    expect((await real(['get', 'hpa.v1.autoscaling', 'web', '-o', 'jsonpath={.apiVersion}'])).out).toBe('autoscaling/v2');
    expect((await real(['get', 'horizontalpodautoscalers.v1.autoscaling', 'web', '-o', 'jsonpath={.apiVersion} {.spec.minReplicas} {.spec.targetCPUUtilizationPercentage}'])).out).toBe('autoscaling/v1 1 50');
    expect((await real(['get', 'hpa', 'web', '-o', 'jsonpath={.apiVersion} {.spec.metrics[0].resource.target.averageUtilization}'])).out).toBe('autoscaling/v2 50');
    for (const args of [['get', 'horizontalpodautoscalers.v1.autoscaling', 'web', '-o', 'yaml'], ['get', 'hpa.v1.autoscaling', 'web', '-o', 'yaml'], ['get', 'hpa']]) {
      const { real: r, ours } = await both(args);
      expect(ours, args.join(' ')).toEqual(r);
    }
    // An autoscaling/v1 manifest applied twice is unchanged the second time (read back in v1).
    writeFileSync(join(dir, 'hpa1.yaml'), HPA_V1);
    files.write('hpa1.yaml', HPA_V1);
    expect((await real(['apply', '-f', 'hpa1.yaml'])).out).toBe('horizontalpodautoscaler.autoscaling/api created\n');
    const again = await both(['apply', '-f', 'hpa1.yaml']);
    expect(again.real.out).toBe('horizontalpodautoscaler.autoscaling/api unchanged\n');
    expect(again.ours).toEqual(again.real);
  });
});
