/**
 * `kubectl logs`, `exec` and `wait` transcripts. The node model is replaced by a stand-in
 * kubelet and tiny pods/log and pods/exec handlers, so these tests pin kubectl's side only.
 * Expected text: kubernetes/kubectl v0.33.0 pkg/cmd/{logs,exec,wait}, pkg/polymorphichelpers/
 * logsforobject.go, pkg/cmd/util/podcmd/podcmd.go, pkg/cmd/util/helpers.go (checkErr), and
 * the installed kubectl for the client-only usage errors.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../sim/node/index.js', async () => ({
  nodeModelPlugin: (await import('../testing/ready-kubelet.js')).readyKubeletPlugin(5_000),
}));

import { badRequest, R, type ApiRequest, type KObject } from '../../sim/index.js';
import { run, testSession } from '../testing/index.js';
import type { KubectlSession } from '../types.js';

const LOGS: Record<string, string> = { web: 'one\ntwo\nthree\n', sidecar: 'side\n' };

function session(): KubectlSession & { requests: ApiRequest[] } {
  const s = testSession();
  const requests: ApiRequest[] = [];
  s.cluster.api.registerSubresource('pods', 'log', (req, pod) => {
    requests.push(req);
    const c = req.query?.container ?? '';
    if (c === 'init') return { code: 400, body: badRequest(`container "init" in pod "${pod.metadata.name}" is waiting to start: PodInitializing`) };
    let lines = (LOGS[c] ?? '').split(/(?<=\n)/).filter(Boolean);
    if (req.query?.tailLines !== undefined) lines = lines.slice(-Number(req.query.tailLines));
    return { code: 200, body: lines.join('') };
  });
  s.cluster.api.registerSubresource('pods', 'exec', (req) => {
    requests.push(req);
    const { command } = req.body as { command: string[] };
    if (command[0] === 'false') return { code: 200, body: { stdout: '', stderr: '', exitCode: 1 } };
    if (command[0] === 'ls') return { code: 200, body: { stdout: 'bin\netc\n', stderr: 'ls: /nope: No such file or directory\n', exitCode: 2 } };
    return { code: 200, body: { stdout: `${command.join(' ')}\n`, stderr: '', exitCode: 0 } };
  });
  return Object.assign(s, { requests });
}

function pod(name: string, containers: string[], labels: Record<string, string> = { app: 'web' }, extra: Partial<KObject['metadata']> = {}): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, labels, ...extra },
    spec: { containers: containers.map((c) => ({ name: c, image: 'nginx' })) },
  };
}

function addPods(s: KubectlSession, ...pods: KObject[]): void {
  for (const p of pods) {
    expect(s.cluster.client().create(R.pods, 'default', p).ok).toBe(true);
    s.cluster.advance(1_000);
  }
  s.cluster.advance(10_000);
}

describe('kubectl logs', () => {
  it('prints one container; names the default among several on stderr', () => {
    const s = session();
    addPods(s, pod('solo', ['web']), pod('duo', ['web', 'sidecar']));
    expect(run(s, 'kubectl logs solo')).toMatchObject({ code: 0, stdout: 'one\ntwo\nthree\n', stderr: '' });
    expect(run(s, 'kubectl logs duo')).toMatchObject({ code: 0, stdout: 'one\ntwo\nthree\n', stderr: 'Defaulted container "web" out of: web, sidecar\n' });
    expect(run(s, 'kubectl logs duo -c sidecar')).toMatchObject({ stdout: 'side\n', stderr: '' });
    expect(run(s, 'kubectl logs duo sidecar').stdout).toBe('side\n');
    expect(run(s, 'kubectl logs duo --all-containers').stdout).toBe('one\ntwo\nthree\nside\n');
    expect(run(s, 'kubectl logs duo -c nope')).toMatchObject({ code: 1, stderr: 'error: container nope is not valid for pod duo\n' });
  });

  it('passes --tail and --timestamps to the server', () => {
    const s = session();
    addPods(s, pod('solo', ['web']));
    expect(run(s, 'kubectl logs solo --tail=2').stdout).toBe('two\nthree\n');
    run(s, 'kubectl logs solo --timestamps --since=90s -p');
    expect(s.requests.at(-1)!.query).toMatchObject({ container: 'web', timestamps: 'true', sinceSeconds: '90', previous: 'true' });
  });

  it('deploy/NAME picks one pod (podutils.ByLogging: the longest Ready first) and says so', () => {
    const s = session();
    s.cluster.client().create(R.deployments, 'default', {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' },
      spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } } },
    });
    s.cluster.advance(30_000);
    const pods = s.cluster.store.list('pods', 'default');
    expect(pods).toHaveLength(2);
    const r = run(s, 'kubectl logs deploy/web');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('one\ntwo\nthree\n');
    expect(r.stderr).toMatch(/^Found 2 pods, using pod\/web-[a-z0-9]+-[a-z0-9]{5}\n$/);
  });

  it('-l reads every matching pod (tail 10 by default) with --prefix', () => {
    const s = session();
    addPods(s, pod('a', ['web']), pod('b', ['web']), pod('other', ['web'], { app: 'db' }));
    const r = run(s, 'kubectl logs -l app=web --prefix');
    expect(r.stdout).toBe('[pod/a/web] one\n[pod/a/web] two\n[pod/a/web] three\n[pod/b/web] one\n[pod/b/web] two\n[pod/b/web] three\n');
    expect(s.requests.at(-1)!.query?.tailLines).toBe('10');
    expect(run(s, 'kubectl logs -l app=none')).toMatchObject({ code: 0, stdout: '', stderr: 'No resources found in default namespace.\n' });
    expect(run(s, 'kubectl logs -l app=web -f --max-log-requests=1').stderr)
      .toBe('error: you are attempting to follow 2 log streams, but maximum allowed concurrency is 1, use --max-log-requests to increase the limit\n');
  });

  it('-f keeps printing what the container writes, for at most the watch window', () => {
    const s = session();
    addPods(s, pod('solo', ['web']));
    const born = s.cluster.now();
    // A container that writes one line every 10 s of virtual time.
    s.cluster.api.registerSubresource('pods', 'log', () => {
      const n = Math.floor((s.cluster.now() - born) / 10_000);
      return { code: 200, body: Array.from({ length: n }, (_, i) => `line ${i + 1}\n`).join('') };
    });
    for (let t = 10_000; t <= 200_000; t += 10_000) s.cluster.clock.schedule(born + t, () => {});
    s.cluster.advance(25_000);
    const start = s.cluster.now();
    const r = run(s, 'kubectl logs solo -f');
    expect(s.cluster.now() - start).toBe(60_000);
    expect(r.stdout).toBe(Array.from({ length: 8 }, (_, i) => `line ${i + 1}\n`).join(''));
  });

  it('errors: usage, not found, server errors', () => {
    const s = session();
    addPods(s, pod('duo', ['web', 'sidecar']));
    // pkg/cmd/logs/logs.go Complete: cmdutil.UsageErrorf, printed by CheckErr with its `error: ` prefix
    // (the locally installed 1.32 "-dispatcher" build prints `Error:`; upstream v0.33.0 source does not)
    expect(run(s, 'kubectl logs')).toMatchObject({
      code: 1,
      stderr: "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n",
    });
    expect(run(s, 'kubectl logs duo -l app=web').stderr).toBe("error: only a selector (-l) or a POD name is allowed\nSee 'kubectl logs -h' for help and examples\n");
    expect(run(s, 'kubectl logs nope').stderr).toBe('error: error from server (NotFound): pods "nope" not found in namespace "default"\n');
    expect(run(s, 'kubectl logs deploy/nope').stderr).toBe('error: error from server (NotFound): deployments.apps "nope" not found in namespace "default"\n');
    const withInit = pod('boot', ['web']);
    withInit.spec.initContainers = [{ name: 'init', image: 'busybox' }];
    addPods(s, withInit);
    expect(run(s, 'kubectl logs boot').stderr).toBe('Defaulted container "web" out of: web, init (init)\n');
    expect(run(s, 'kubectl logs boot -c init')).toMatchObject({ code: 1, stderr: 'Error from server (BadRequest): container "init" in pod "boot" is waiting to start: PodInitializing\n' });
    expect(run(s, 'kubectl logs duo --all-containers -c web').stderr).toBe('error: --all-containers=true should not be specified with container name web\n');
  });
});

describe('kubectl exec', () => {
  it('runs the command and propagates the exit code', () => {
    const s = session();
    addPods(s, pod('solo', ['web']));
    expect(run(s, 'kubectl exec solo -- echo hi')).toMatchObject({ code: 0, stdout: 'echo hi\n', stderr: '' });
    expect(s.requests.at(-1)!.body).toMatchObject({ command: ['echo', 'hi'], container: 'web' });
    expect(run(s, 'kubectl exec solo -- false')).toMatchObject({ code: 1, stdout: '', stderr: 'command terminated with exit code 1\n' });
    expect(run(s, 'kubectl exec solo -- ls /nope')).toMatchObject({
      code: 2, stdout: 'bin\netc\n', stderr: 'ls: /nope: No such file or directory\ncommand terminated with exit code 2\n',
    });
  });

  it('usage errors match the installed kubectl', () => {
    const s = session();
    addPods(s, pod('solo', ['web']));
    expect(run(s, 'kubectl exec solo ls')).toMatchObject({
      code: 1, stderr: "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n",
    });
    expect(run(s, 'kubectl exec').stderr).toBe('error: pod, type/name or --filename must be specified\n');
    expect(run(s, 'kubectl exec solo').stderr).toBe('error: you must specify at least one command for the container\n');
    expect(run(s, 'kubectl exec nope -- ls').stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
  });

  it('-it without a terminal, the default container notice, deploy/NAME', () => {
    const s = session();
    addPods(s, pod('duo', ['web', 'sidecar']));
    // exec.go Run: the container is defaulted before SetupTTY gives up on the terminal.
    expect(run(s, 'kubectl exec -it duo -- sh')).toMatchObject({
      code: 0, stderr: 'Defaulted container "web" out of: web, sidecar\nUnable to use a TTY - input is not a terminal or the right kind of file\n',
    });
    expect(run(s, 'kubectl exec -q duo -- id').stderr).toBe('');
    s.cluster.client().create(R.deployments, 'default', {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api' },
      spec: { replicas: 1, selector: { matchLabels: { app: 'api' } }, template: { metadata: { labels: { app: 'api' } }, spec: { containers: [{ name: 'api', image: 'nginx' }] } } },
    });
    s.cluster.advance(30_000);
    expect(run(s, 'kubectl exec deploy/api -- date')).toMatchObject({ code: 0, stdout: 'date\n' });
    expect(s.requests.at(-1)!.name).toMatch(/^api-/);
  });
});

describe('kubectl wait', () => {
  function withDeployment(): KubectlSession & { requests: ApiRequest[] } {
    const s = session();
    s.cluster.client().create(R.deployments, 'default', {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' },
      spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx' }] } } },
    });
    return s;
  }

  it('condition met after virtual time passes', () => {
    const s = withDeployment();
    const start = s.cluster.now();
    expect(run(s, 'kubectl wait --for=condition=Available deployment/web --timeout=60s')).toMatchObject({ code: 0, stdout: 'deployment.apps/web condition met\n', stderr: '' });
    expect(s.cluster.now() - start).toBeGreaterThanOrEqual(5_000);
    expect(s.cluster.now() - start).toBeLessThan(60_000);
  });

  it('jsonpath forms, timeout, --timeout=0', () => {
    const s = withDeployment();
    expect(run(s, "kubectl wait --for=jsonpath={.status.readyReplicas}=2 deploy/web").stdout).toBe('deployment.apps/web condition met\n');
    expect(run(s, `kubectl wait --for='jsonpath={.status.conditions[?(@.type=="Available")].status}=True' deploy/web`).stdout).toBe('deployment.apps/web condition met\n');
    expect(run(s, 'kubectl wait --for=jsonpath={.status.conditions[*].type} deploy/web').stderr).toBe('error: given jsonpath expression matches more than one value\n');
    const r = run(s, 'kubectl wait --for=jsonpath={.status.readyReplicas}=5 deploy/web --timeout=10s');
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: 'error: timed out waiting for the condition on deployments/web\n' });
    expect(run(s, 'kubectl wait --for=condition=Progressing=False deploy/web --timeout=0').stderr).toBe('error: condition not met for deployments/web\n');
    const pods = s.cluster.store.list('pods', 'default').map((p) => p.metadata.name).sort();
    expect(run(s, 'kubectl wait --for=condition=Ready pod -l app=web').stdout).toBe(pods.map((p) => `pod/${p} condition met\n`).join(''));
  });

  it('--for=delete waits for the object to go', () => {
    const s = session();
    addPods(s, pod('doomed', ['web']));
    s.cluster.clock.after(3_000, () => void s.cluster.client().delete(R.pods, 'default', 'doomed'));
    expect(run(s, 'kubectl wait --for=delete pod/doomed --timeout=10s')).toMatchObject({ code: 0, stdout: 'pod/doomed condition met\n' });
    expect(run(s, 'kubectl wait --for=delete pod/doomed')).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('--for=create waits for the object to appear', () => {
    const s = session();
    s.cluster.clock.after(4_000, () => void s.cluster.client().create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'late' }, data: {} }));
    expect(run(s, 'kubectl wait --for=create configmap/late --timeout=30s')).toMatchObject({ code: 0, stdout: 'configmap/late condition met\n' });
    expect(run(s, 'kubectl wait --for=create configmap/never --timeout=5s')).toMatchObject({ code: 1, stderr: 'error: timed out waiting for the condition\n' });
  });

  it('errors: unrecognized condition (installed kubectl), not found, no name', () => {
    const s = withDeployment();
    expect(run(s, 'kubectl wait deploy/web').stderr).toBe('error: unrecognized condition: ""\n');
    expect(run(s, 'kubectl wait deploy/web --for=foo').stderr).toBe('error: unrecognized condition: "foo"\n');
    expect(run(s, 'kubectl wait --for=condition=Available deploy/nope').stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
  });
});
