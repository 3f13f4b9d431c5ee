/**
 * `kubedojo serve` end to end: the real server in this process, the real kubectl 1.33 (the
 * reference client) as a separate process. Skipped, with the reason, where that binary is
 * not installed.
 */
import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { serveCommand } from './serve.js';

const KUBECTL = process.env.KUBEDOJO_REAL_KUBECTL ?? '/usr/lib/google-cloud-sdk/bin/kubectl.1.33';
const haveKubectl = existsSync(KUBECTL);
if (!haveKubectl) console.warn(`serve e2e skipped: the reference client ${KUBECTL} is not installed (set KUBEDOJO_REAL_KUBECTL)`);

class Collector extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    cb();
  }
}

/** Runs the real kubectl (another installed version with `binary`) with a fresh discovery cache; never throws. */
function kubectl(kubeconfig: string, args: string[], stdin?: string, binary = KUBECTL): Promise<{ code: number; out: string; err: string }> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'kubedojo-kubectl-cache-'));
  return new Promise((done) => {
    const child = execFile(binary, ['--kubeconfig', kubeconfig, '--cache-dir', cacheDir, ...args], { timeout: 20_000 }, (error, out, err) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, out, err });
    });
    if (stdin !== undefined) child.stdin?.end(stdin);
  });
}

/** Starts `kubedojo serve ARGS` in this process; resolves once it printed its banner. */
async function startServe(args: string[]): Promise<{ out: Collector; err: Collector; stop: (signal?: string) => Promise<number>; kubeconfig: string; url: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'kubedojo-serve-e2e-'));
  const kubeconfig = join(dir, 'kubeconfig');
  const out = new Collector();
  const err = new Collector();
  const signals = new EventEmitter();
  const exit = serveCommand(['--kubeconfig', kubeconfig, ...args], { stdout: out, stderr: err, stdin: new PassThrough(), env: {} }, { signals });
  const ready = await Promise.race([
    exit.then((code) => `exited ${code}: ${err.text}`),
    (async () => {
      while (!out.text.includes('Press Ctrl-C to stop.')) await new Promise((r) => setTimeout(r, 10));
      return 'ready';
    })(),
  ]);
  if (ready !== 'ready') throw new Error(`kubedojo serve did not start: ${ready}`);
  const url = /API server: {2}(\S+)/.exec(out.text)?.[1] ?? '';
  return {
    out,
    err,
    kubeconfig,
    url,
    stop: (signal = 'SIGINT') => {
      signals.emit(signal);
      return exit;
    },
  };
}

describe.skipIf(!haveKubectl)('kubedojo serve with the real kubectl 1.33', () => {
  it('serves `kubectl get pods -A` to the kubeconfig it wrote, and stops cleanly on Ctrl-C', async () => {
    const s = await startServe(['--port', '0']);
    expect(s.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const r = await kubectl(s.kubeconfig, ['get', 'pods', '-A']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // The header kubectl prints for a Table with a NAMESPACE column, and a kind cluster's pods.
    expect(r.out).toMatch(/^NAMESPACE +NAME +READY +STATUS +RESTARTS +AGE\n/);
    expect(r.out).toMatch(/\nkube-system +etcd-kind-control-plane +1\/1 +Running +0 /);
    expect(await s.stop()).toBe(0);
    expect(s.out.text.endsWith('Stopped.\n')).toBe(true);
    expect(existsSync(s.kubeconfig)).toBe(false);
  });

  it('lets virtual time flow at --speed, so a rollout the real kubectl waits for completes', async () => {
    const s = await startServe(['--speed', '20']);
    const created = await kubectl(s.kubeconfig, ['create', 'deployment', 'web', '--image=nginx:1.25', '--replicas=2']);
    expect(created).toMatchObject({ code: 0, out: 'deployment.apps/web created\n', err: '' });
    // Without the driver virtual time stands still and no container ever starts.
    const r = await kubectl(s.kubeconfig, ['rollout', 'status', 'deployment/web', '--timeout=15s']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.endsWith('deployment "web" successfully rolled out\n')).toBe(true);
    expect(await s.stop()).toBe(0);
  });

  it('starts an empty cluster at the wall-clock time, so ages kubectl computes itself are right', async () => {
    const s = await startServe([]);
    expect((await kubectl(s.kubeconfig, ['create', 'deployment', 'web', '--image=nginx:1.25'])).code).toBe(0);
    const r = await kubectl(s.kubeconfig, ['describe', 'deployment', 'web']);
    expect(r.code).toBe(0);
    // describe's event ages are time.Since(timestamp) on the client (kubectl/pkg/describe,
    // DescribeEvents): seconds old, not the distance from a fixed virtual start date.
    expect(r.out).toMatch(/\n {2}Normal {2}ScalingReplicaSet {2}\d{1,2}s +deployment-controller {2}Scaled up replica set web-[a-z0-9]+ from 0 to 1\n$/);
    expect(await s.stop()).toBe(0);
  });

  it('its kubeconfig (https, embedded certificate, token) works with every installed kubectl from 1.27', async () => {
    const s = await startServe([]);
    const versions = ['1.27', '1.28', '1.29', '1.30', '1.31', '1.32', '1.33'].filter((v) => existsSync(KUBECTL.replace(/\d+\.\d+$/, v)));
    for (const v of versions) {
      const r = await kubectl(s.kubeconfig, ['get', 'ns', 'default'], undefined, KUBECTL.replace(/\d+\.\d+$/, v));
      expect({ v, ...r }).toEqual({ v, code: 0, out: expect.stringMatching(/^NAME +STATUS +AGE\ndefault +Active +10m\n$/), err: '' });
    }
    expect(await s.stop()).toBe(0);
  });

  it('--scenario serves the cluster as the scenario set it up', async () => {
    // The grader's engine fixture: a Deployment web (1 replica) exposed as Service web, then 30s.
    const fixture = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'grader', 'testdata', 'scenarios', 'demo', 'scale.yaml');
    const s = await startServe(['--scenario', fixture, '--workdir', mkdtempSync(join(tmpdir(), 'kubedojo-serve-wd-'))]);
    expect(s.out.text).toMatch(/^kubedojo serve: a simulated Kubernetes v1\.33 cluster, scenario demo\/scale\n/);
    const r = await kubectl(s.kubeconfig, ['get', 'deployment,service', 'web', '-o', 'name']);
    expect(r).toEqual({ code: 0, out: 'deployment.apps/web\nservice/web\n', err: '' });
    // The set-up's 30 s end at the wall-clock instant: the ages describe computes with the
    // client's clock are seconds, never days (a fixed 2025 start) nor `<invalid>` (the future).
    const d = await kubectl(s.kubeconfig, ['describe', 'deployment', 'web']);
    expect(d.out).toMatch(/\n  Normal  ScalingReplicaSet  \d+s +deployment-controller  Scaled up replica set web-\w+ from 0 to 1\n/);
    expect(await s.stop()).toBe(0);
  });

  it('refuses a client with the wrong token (401), as a real API server does', async () => {
    const s = await startServe([]);
    const wrong = join(mkdtempSync(join(tmpdir(), 'kubedojo-serve-e2e-')), 'wrong');
    writeFileSync(wrong, readFileSync(s.kubeconfig, 'utf8').replace(/token: \w+/, `token: ${'ab'.repeat(32)}`));
    const r = await kubectl(wrong, ['get', 'pods']);
    // What kubectl 1.3x prints when a real API server answers its discovery with 401, e.g.
    // an expired token (github.com/flanksource/mission-control/issues/1779): one klog line
    // per discovery attempt, then the error (kubectl/pkg/cmd/util/helpers.go for the wording).
    expect(r.code).toBe(1);
    const lines = r.err.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.pop()).toBe('error: You must be logged in to the server (the server has asked for the client to provide credentials)');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/^E\d{4} [\d:.]+ +\d+ memcache\.go:265\] "Unhandled Error" err="couldn't get current server API group list: the server has asked for the client to provide credentials"$/);
    expect(await s.stop('SIGTERM')).toBe(0);
  });

  it('says so when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    const out = new Collector();
    const err = new Collector();
    const kc = join(mkdtempSync(join(tmpdir(), 'kubedojo-serve-e2e-')), 'kc');
    const code = await serveCommand(['--port', String(port), '--kubeconfig', kc], { stdout: out, stderr: err, stdin: new PassThrough(), env: {} }, { signals: new EventEmitter() });
    blocker.close();
    expect(code).toBe(1);
    expect(err.text).toBe(`kubedojo serve: port ${port} is in use; pick another with --port\n`);
    expect(existsSync(kc)).toBe(false);
  });
});
