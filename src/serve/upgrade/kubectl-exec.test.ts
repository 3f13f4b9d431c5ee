/**
 * The real kubectl 1.33 against `kubedojo serve`: `kubectl exec` goes over our WebSocket
 * upgrade, and what it prints and exits with must be what it prints against a real 1.33
 * cluster. Expected texts come from kubectl and client-go themselves:
 * - `command terminated with exit code N` and exit code N: client-go
 *   tools/remotecommand/v4.go errorDecoderV4 → kubectl cmdutil.CheckErr (ExitError);
 * - `Defaulted container "a" out of: a, b`: kubectl pkg/cmd/util/podcmd FindOrDefaultContainerByName;
 * - `Error from server (NotFound): pods "nope" not found`: kubectl's own GET of the pod;
 * - `cannot exec into a container in a completed pod; current phase is Succeeded`: kubectl
 *   pkg/cmd/exec/exec.go;
 * - `error: Internal error occurred: unable to upgrade connection: container not found ("nginx")`:
 *   the 1.33 stream translator's NewInternalError around the kubelet's upgrade failure
 *   (apiserver pkg/util/proxy/streamtranslator.go), printed by client-go as a plain error;
 * - `Error from server (BadRequest): container zz is not valid for pod web`: streamLocation,
 *   printed from the SPDY fallback's Status (client-go transport/spdy).
 * Skipped (with the reason) where the kubectl 1.33 binary is not installed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newKubectlSession, runKubectl, type KubectlFiles } from '../../kubectl/index.js';
import { Cluster, type KObject } from '../../sim/index.js';
import { startServer } from '../server.js';
import type { RunningServer } from '../types.js';

const KUBECTL = process.env.KUBECTL_1_33 ?? '/usr/lib/google-cloud-sdk/bin/kubectl.1.33';
const HAVE_KUBECTL = existsSync(KUBECTL);
const TOKEN = 'h7-test-token-0123456789';

function pod(name: string, containers: object[], extra: Record<string, unknown> = {}): KObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers, ...extra } };
}

describe.skipIf(!HAVE_KUBECTL)(`real kubectl exec against serve (${KUBECTL})`, () => {
  let cluster: Cluster;
  let server: RunningServer;
  let dir: string;
  let kubeconfig: string;

  beforeAll(async () => {
    const c = Cluster.create({ seed: 11 });
    cluster = c;
    const create = (o: KObject) => {
      const r = c.client().create({ group: '', resource: 'pods' }, 'default', o);
      if (!r.ok) throw new Error(r.status.message);
    };
    create(pod('web', [{ name: 'nginx', image: 'nginx:1.16.1' }]));
    create(pod('two', [{ name: 'a', image: 'busybox', command: ['sleep', '3600'] }, { name: 'b', image: 'busybox', command: ['sleep', '3600'] }]));
    create(pod('done', [{ name: 'c', image: 'busybox', command: ['true'] }], { restartPolicy: 'Never' }));
    const deploy = c.client().create({ group: 'apps', resource: 'deployments' }, 'default', {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'app' },
      spec: { replicas: 1, selector: { matchLabels: { app: 'app' } }, template: { metadata: { labels: { app: 'app' } }, spec: { containers: [{ name: 'main', image: 'busybox', command: ['sleep', '3600'] }] } } },
    } as KObject);
    if (!deploy.ok) throw new Error(deploy.status.message);
    c.advance(60_000);
    create(pod('slow', [{ name: 'nginx', image: 'nginx:1.161' }]));
    c.advance(1_000);
    server = await startServer(c, { token: TOKEN });
    dir = mkdtempSync(join(tmpdir(), 'kubedojo-h7-'));
    kubeconfig = join(dir, 'config');
    writeFileSync(kubeconfig, [
      'apiVersion: v1', 'kind: Config',
      `clusters: [{name: sim, cluster: {server: "${server.url}"${server.certificateAuthorityData ? `, certificate-authority-data: "${server.certificateAuthorityData}"` : ''}}}]`,
      'contexts: [{name: sim, context: {cluster: sim, user: sim, namespace: default}}]',
      'current-context: sim',
      `users: [{name: sim, user: {token: "${TOKEN}"}}]`, '',
    ].join('\n'));
  });

  afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Runs kubectl asynchronously (the server lives in this process), with a fresh discovery cache. */
  async function kubectl(...args: string[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
    return kubectlWithStdin('', ...args);
  }

  async function kubectlWithStdin(stdin: string, ...args: string[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
    return run(KUBECTL, stdin, ...args);
  }

  async function run(bin: string, stdin: string, ...args: string[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
    const cache = mkdtempSync(join(dir, 'cache-'));
    return new Promise((resolve) => {
      const p = spawn(bin, ['--kubeconfig', kubeconfig, '--cache-dir', cache, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      p.stdout.on('data', (d) => (stdout += d));
      p.stderr.on('data', (d) => (stderr += d));
      p.stdin.end(stdin);
      p.on('close', (code) => resolve({ stdout, stderr, code }));
    });
  }

  /** Our embedded kubectl on the same cluster. */
  function embedded(stdin: string, ...args: string[]): { stdout: string; stderr: string; code: number | null } {
    const files: KubectlFiles = { read: () => ({ ok: false, error: 'no files' }), stat: () => undefined, list: () => [], write: () => ({ ok: false, error: 'no files' }), join: (a, b) => `${a}/${b}` };
    let stdout = '';
    let stderr = '';
    const code = runKubectl(args, newKubectlSession(cluster, files), { out: (t) => (stdout += t), err: (t) => (stderr += t), stdin });
    return { stdout, stderr, code };
  }

  it('prints what our embedded kubectl prints for the same exec commands', async () => {
    const cases: [string, string[]][] = [
      ['', ['exec', 'web', '--', 'echo', 'hi']],
      ['', ['exec', 'web', '--', 'sh', '-c', 'echo out; echo err >&2; exit 3']],
      ['', ['exec', 'web', '--', 'cat', '/nope']],
      ['', ['exec', 'web', '--', 'nosuch']],
      ['', ['exec', 'two', '--', 'hostname']],
      ['', ['exec', 'deploy/app', '--', 'echo', 'via-deployment']],
      ['', ['exec', 'two', '-c', 'b', '--', 'echo', 'in-b']],
      ['', ['exec', 'nope', '--', 'ls']],
      ['', ['exec', 'done', '--', 'ls']],
      ['', ['exec', 'web', '-c', 'zz', '--', 'ls']],
      ['echo piped\nhostname\n', ['exec', '-i', 'web', '--', 'sh']],
    ];
    for (const [stdin, args] of cases) {
      expect({ args, ...(await kubectlWithStdin(stdin, ...args)) }).toEqual({ args, ...embedded(stdin, ...args) });
    }
  });

  it('prints the command\'s output and exits 0', async () => {
    expect(await kubectl('exec', 'web', '--', 'echo', 'hi')).toEqual({ stdout: 'hi\n', stderr: '', code: 0 });
  });

  it('propagates a non-zero exit code with kubectl\'s own message', async () => {
    expect(await kubectl('exec', 'web', '--', 'sh', '-c', 'echo out; echo err >&2; exit 3')).toEqual({
      stdout: 'out\n', stderr: 'err\ncommand terminated with exit code 3\n', code: 3,
    });
  });

  it('defaults to the first container with a notice, and honours -c', async () => {
    expect(await kubectl('exec', 'two', '--', 'hostname')).toEqual({ stdout: 'two\n', stderr: 'Defaulted container "a" out of: a, b\n', code: 0 });
    expect(await kubectl('exec', 'two', '-c', 'b', '--', 'echo', 'in-b')).toEqual({ stdout: 'in-b\n', stderr: '', code: 0 });
  });

  it('feeds piped stdin with -i', async () => {
    const cache = mkdtempSync(join(dir, 'cache-'));
    const out = await new Promise<{ stdout: string; code: number | null }>((resolve) => {
      const p = spawn(KUBECTL, ['--kubeconfig', kubeconfig, '--cache-dir', cache, 'exec', '-i', 'web', '--', 'sh'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      p.stdout.on('data', (d) => (stdout += d));
      p.stdin.end('echo piped\n');
      p.on('close', (code) => resolve({ stdout, code }));
    });
    expect(out).toEqual({ stdout: 'piped\n', code: 0 });
  });

  it('reports a pod that does not exist', async () => {
    expect(await kubectl('exec', 'nope', '--', 'ls')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "nope" not found\n', code: 1 });
  });

  it('refuses a completed pod on the client side', async () => {
    expect(await kubectl('exec', 'done', '--', 'ls')).toEqual({ stdout: '', stderr: 'error: cannot exec into a container in a completed pod; current phase is Succeeded\n', code: 1 });
  });

  it('reports a container that is not running as the 1.33 API server does', async () => {
    expect(await kubectl('exec', 'slow', '--', 'ls')).toEqual({
      stdout: '', stderr: 'error: Internal error occurred: unable to upgrade connection: container not found ("nginx")\n', code: 1,
    });
  });

  it('reports an unknown container from the API server', async () => {
    expect(await kubectl('exec', 'web', '-c', 'zz', '--', 'ls')).toEqual({ stdout: '', stderr: 'Error from server (BadRequest): container zz is not valid for pod web\n', code: 1 });
  });

  const PTY_CLIENTS = [KUBECTL, `${KUBECTL.replace(/1\.33$/, '')}1.29`].filter((b) => existsSync(b));
  it.skipIf(!existsSync('/usr/bin/script')).each(PTY_CLIENTS)('runs an interactive shell with -it on a terminal (%s in a pty from util-linux script)', async (bin) => {
    const cache = mkdtempSync(join(dir, 'cache-'));
    const out = await new Promise<{ screen: string; code: number | null }>((resolve) => {
      const cmd = `${bin} --kubeconfig ${kubeconfig} --cache-dir ${cache} exec -it web -- sh`;
      const p = spawn('/usr/bin/script', ['-qfec', cmd, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
      let screen = '';
      // Type each line once the prompt it answers is on the screen (kubectl is in raw mode by then).
      const script: [string, string][] = [['# ', 'echo hi\r'], ['hi\r\n# ', 'exit 3\r']];
      p.stdout.on('data', (d) => {
        screen += d;
        while (script.length && screen.endsWith(script[0][0])) p.stdin.write(script.shift()![1]);
      });
      p.on('close', (code) => resolve({ screen, code }));
    });
    // kubectl restores the terminal before printing the exit code, so its \n becomes \r\n too.
    expect(out).toEqual({ screen: '# echo hi\r\nhi\r\n# exit 3\r\ncommand terminated with exit code 3\r\n', code: 3 });
  });

  it('forbids a user who may read pods but not exec into them (kubectl --as), as the embedded kubectl does', async () => {
    const rbac = { group: 'rbac.authorization.k8s.io', resource: 'roles' };
    cluster.client().create(rbac, 'default', { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'pod-reader' }, rules: [{ apiGroups: [''], resources: ['pods'], verbs: ['get', 'list'] }] } as KObject);
    cluster.client().create({ ...rbac, resource: 'rolebindings' }, 'default', {
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', metadata: { name: 'jane-reads' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'pod-reader' },
      subjects: [{ kind: 'User', name: 'jane', apiGroup: 'rbac.authorization.k8s.io' }],
    } as KObject);
    cluster.settle();
    const args = ['--as=jane', 'exec', 'web', '--', 'ls'];
    const real = await kubectl(...args);
    expect(real).toEqual({
      stdout: '', code: 1,
      stderr: 'Error from server (Forbidden): pods "web" is forbidden: User "jane" cannot create resource "pods/exec" in API group "" in the namespace "default"\n',
    });
    expect(embedded('', ...args)).toEqual(real);
  });

  // kubectl 1.27–1.29 speak SPDY/3.1 only; 1.30–1.32 WebSocket first, like 1.33.
  const OTHER_VERSIONS = ['1.27', '1.28', '1.29', '1.30', '1.31', '1.32'].filter((v) => existsSync(`${KUBECTL.replace(/1\.33$/, '')}${v}`));
  it.each(OTHER_VERSIONS)('works with kubectl %s too (SPDY before 1.30)', async (v) => {
    const bin = `${KUBECTL.replace(/1\.33$/, '')}${v}`;
    const spdy = Number(v.split('.')[1]) < 30;
    expect(await run(bin, '', 'exec', 'web', '--', 'sh', '-c', 'echo out; echo err >&2; exit 2')).toEqual({ stdout: 'out\n', stderr: 'err\ncommand terminated with exit code 2\n', code: 2 });
    expect(await run(bin, 'echo piped\n', 'exec', '-i', 'web', '--', 'sh')).toEqual({ stdout: 'piped\n', stderr: '', code: 0 });
    // Before 1.30 the kubelet's refusal came back as the answer to the SPDY upgrade itself.
    const notFound = 'unable to upgrade connection: container not found ("nginx")';
    expect(await run(bin, '', 'exec', 'slow', '--', 'ls')).toEqual({ stdout: '', stderr: `error: ${spdy ? '' : 'Internal error occurred: '}${notFound}\n`, code: 1 });
  });

  it('explains that port-forward and attach are not available', async () => {
    const pf = await kubectl('port-forward', 'web', '18080:80');
    expect(pf.code).toBe(1);
    expect(pf.stderr).toMatch(/^error: error upgrading connection: kubedojo serve cannot forward ports: /);
    const at = await kubectl('attach', 'web');
    expect(at.code).toBe(1);
    expect(at.stderr).toMatch(/Error from server \(BadRequest\): kubedojo serve cannot attach to a container: /);
  });
});

if (!HAVE_KUBECTL) {
  describe('real kubectl exec against serve', () => {
    it.skip(`skipped: ${KUBECTL} is not installed (set KUBECTL_1_33 to its path)`, () => {});
  });
}
