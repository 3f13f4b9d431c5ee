import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../sim/index.js';
import type { RunningServer, ServeOptions, ServerActivity } from '../serve/types.js';
import { banner, clientUrl, isLoopbackHost, parseServeArgs, serveCommand, shellQuote, type ServeDeps } from './serve.js';

/** A sink that collects text and lets a test wait for a pattern. */
class Collector extends Writable {
  text = '';
  private waiters: { re: RegExp; done: (m: RegExpMatchArray) => void }[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString();
    this.waiters = this.waiters.filter((w) => {
      const m = this.text.match(w.re);
      if (m) w.done(m);
      return !m;
    });
    cb();
  }
  waitFor(re: RegExp): Promise<RegExpMatchArray> {
    const m = this.text.match(re);
    return m ? Promise.resolve(m) : new Promise((done) => this.waiters.push({ re, done }));
  }
}

interface Started {
  out: Collector;
  err: Collector;
  signals: EventEmitter;
  exit: Promise<number>;
}

function serve(args: string[], deps: Omit<ServeDeps, 'signals'> = {}, env: NodeJS.ProcessEnv = {}): Started {
  const out = new Collector();
  const err = new Collector();
  const signals = new EventEmitter();
  const exit = serveCommand(args, { stdout: out, stderr: err, stdin: new PassThrough(), env }, { ...deps, signals });
  return { out, err, signals, exit };
}

/** A stand-in for the HTTP server: records what it was started with and whether it was closed. */
function fakeServer(): { deps: Pick<ServeDeps, 'startServer'>; calls: ServeOptions[]; closed: () => boolean } {
  const calls: ServeOptions[] = [];
  let closed = false;
  const activity: ServerActivity = { openWatches: () => 0, onActivity: () => () => {} };
  const startServer = async (_c: Cluster, opts: ServeOptions): Promise<RunningServer> => {
    calls.push(opts);
    return { host: '127.0.0.1', port: 41234, url: 'https://127.0.0.1:41234', certificateAuthorityData: 'Q0E=', activity, close: async () => void (closed = true) };
  };
  return { deps: { startServer }, calls, closed: () => closed };
}

describe('kubedojo serve arguments', () => {
  it('defaults: a free port on 127.0.0.1, seed 1, real-time speed', () => {
    expect(parseServeArgs([])).toEqual({ port: 0, host: '127.0.0.1', allowRemote: false, seed: 1, seedGiven: false, speed: 1 });
  });

  it('takes flags with a separate or an inline value', () => {
    expect(parseServeArgs(['--port', '6443', '--speed=10', '--seed=3', '--scenario', 'deployments/rolling-update', '--kubeconfig', '/tmp/k'])).toMatchObject({
      port: 6443,
      speed: 10,
      seed: 3,
      seedGiven: true,
      scenario: 'deployments/rolling-update',
      kubeconfig: '/tmp/k',
    });
    expect(parseServeArgs(['--speed', '0.5'])).toMatchObject({ speed: 0.5 });
    expect(parseServeArgs(['-h'])).toBe('help');
  });

  it('reports bad values and unknown flags', () => {
    expect(parseServeArgs(['--port', '70000'])).toBe('invalid argument "70000" for "--port" flag: must be a port number from 0 to 65535');
    expect(parseServeArgs(['--speed', '0'])).toBe('invalid argument "0" for "--speed" flag: must be a positive number');
    expect(parseServeArgs(['--speed', 'fast'])).toMatch(/must be a positive number/);
    expect(parseServeArgs(['--port'])).toBe('flag needs an argument: --port');
    expect(parseServeArgs(['--nope'])).toBe('unknown flag: --nope');
    expect(parseServeArgs(['extra'])).toBe('unexpected argument "extra"');
  });

  it('refuses a non-loopback host unless --allow-remote is given', () => {
    expect(parseServeArgs(['--host', '0.0.0.0'])).toMatch(/^refusing to listen on 0\.0\.0\.0: it is not a loopback address.*--allow-remote/);
    expect(parseServeArgs(['--host', '192.168.1.5'])).toMatch(/^refusing/);
    expect(parseServeArgs(['--host', '0.0.0.0', '--allow-remote'])).toMatchObject({ host: '0.0.0.0', allowRemote: true });
    for (const h of ['127.0.0.1', '127.1.2.3', '::1', 'localhost']) expect(isLoopbackHost(h)).toBe(true);
    expect(parseServeArgs(['--host', '[::1]'])).toMatchObject({ host: '::1' });
  });

  it('hands out a URL this machine can reach, even for a wildcard bind', () => {
    expect(clientUrl('https', '127.0.0.1', 80)).toBe('https://127.0.0.1:80');
    expect(clientUrl('https', '0.0.0.0', 80)).toBe('https://127.0.0.1:80');
    expect(clientUrl('https', '::', 80)).toBe('https://[::1]:80');
    expect(clientUrl('http', '::1', 80)).toBe('http://[::1]:80');
  });

  it('quotes a kubeconfig path for the shell only when it needs it', () => {
    expect(shellQuote('/home/u/.local/share/kubedojo/serve/kubeconfig-6443')).toBe('/home/u/.local/share/kubedojo/serve/kubeconfig-6443');
    expect(shellQuote("/Users/u/Library/Application Support/it's")).toBe("'/Users/u/Library/Application Support/it'\\''s'");
  });

  it('prints colour only when asked (a terminal without NO_COLOR)', () => {
    const o = { url: 'http://127.0.0.1:1', path: '/k', what: 'an empty cluster (seed 1)', speed: 1 };
    expect(banner({ ...o, color: false })).not.toMatch(/\x1b/);
    expect(banner({ ...o, color: true })).toMatch(/\x1b\[1m/);
  });
});

describe('kubedojo serve', () => {
  it('usage errors exit 2 with the usage line', async () => {
    const s = serve(['--host', '0.0.0.0']);
    expect(await s.exit).toBe(2);
    expect(s.err.text).toMatch(/^kubedojo serve: refusing to listen on 0\.0\.0\.0.*\nUsage: kubedojo serve /);
    const t = serve(['--scenario', 'no/such-scenario']);
    expect(await t.exit).toBe(2);
    expect(t.err.text).toMatch(/^kubedojo serve: --scenario no\/such-scenario: /);
  });

  it('prints what it serves, writes a 0600 kubeconfig with the token, and cleans up on Ctrl-C', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kubedojo-serve-'));
    const fake = fakeServer();
    const s = serve(['--speed', '5'], fake.deps, { KUBEDOJO_DATA_DIR: dir });
    await s.out.waitFor(/Press Ctrl-C to stop\.\n/);
    const path = join(dir, 'serve', 'kubeconfig-41234');
    expect(s.out.text).toBe(
      [
        'kubedojo serve: a simulated Kubernetes v1.33 cluster, an empty cluster (seed 1)',
        '',
        '  API server:  https://127.0.0.1:41234',
        `  Kubeconfig:  ${path}`,
        '  Time:        virtual time flows 5x as fast as the wall clock',
        '',
        'Point kubectl at it, in another terminal:',
        '',
        `  export KUBECONFIG=${path}`,
        '  kubectl get pods -A',
        '',
        'Press Ctrl-C to stop.',
        '',
      ].join('\n'),
    );
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]).toMatchObject({ host: '127.0.0.1', port: 0, settleAfterWrites: true });
    const token = fake.calls[0].token;
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(path, 'utf8')).toContain(`    certificate-authority-data: Q0E=\n    server: https://127.0.0.1:41234\n`);
    expect(readFileSync(path, 'utf8')).toContain(`    token: ${token}\n`);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    s.signals.emit('SIGINT');
    expect(await s.exit).toBe(0);
    expect(fake.closed()).toBe(true);
    expect(existsSync(path)).toBe(false);
    expect(s.out.text.endsWith('Press Ctrl-C to stop.\nStopped.\n')).toBe(true);
    expect(['SIGINT', 'SIGTERM', 'SIGHUP'].map((n) => s.signals.listenerCount(n))).toEqual([0, 0, 0]);
  });

  it('--help prints the usage and the options, exit 0', async () => {
    const s = serve(['--help']);
    expect(await s.exit).toBe(0);
    expect(s.out.text).toContain('\nUsage: kubedojo serve [--port N] [--host H] [--allow-remote] [--scenario ID] [--seed N] [--speed N] [--kubeconfig FILE] [--workdir DIR]\n');
    for (const flag of ['--port N', '--host H', '--allow-remote', '--scenario ID', '--seed N', '--speed N', '--kubeconfig FILE', '--workdir DIR', '-h, --help']) expect(s.out.text).toContain(`\n  ${flag} `);
  });

  it('stops on SIGTERM and SIGHUP too', async () => {
    for (const signal of ['SIGTERM', 'SIGHUP']) {
      const fake = fakeServer();
      const kc = join(mkdtempSync(join(tmpdir(), 'kubedojo-serve-')), 'kc');
      const s = serve(['--kubeconfig', kc], fake.deps);
      await s.out.waitFor(/Press Ctrl-C/);
      expect(existsSync(kc)).toBe(true);
      s.signals.emit(signal);
      expect(await s.exit).toBe(0);
      expect(existsSync(kc)).toBe(false);
    }
  });

  it('a port in use is a clear error, exit 1', async () => {
    const inUse = Object.assign(new Error('listen EADDRINUSE: address already in use 127.0.0.1:6443'), { code: 'EADDRINUSE' });
    const s = serve(['--port', '6443'], { startServer: () => Promise.reject(inUse) });
    expect(await s.exit).toBe(1);
    expect(s.err.text).toBe('kubedojo serve: port 6443 is in use; pick another with --port\n');
  });

  it('never overwrites a kubeconfig it did not write', async () => {
    const kc = join(mkdtempSync(join(tmpdir(), 'kubedojo-serve-')), 'config');
    writeFileSync(kc, 'apiVersion: v1\nkind: Config\ncurrent-context: kind-kind\n');
    const fake = fakeServer();
    const s = serve(['--kubeconfig', kc], fake.deps);
    expect(await s.exit).toBe(1);
    expect(s.err.text).toBe(`kubedojo serve: ${kc} already exists and is not a kubeconfig written by kubedojo serve; refusing to overwrite it\n`);
    expect(fake.closed()).toBe(true);
    expect(readFileSync(kc, 'utf8')).toBe('apiVersion: v1\nkind: Config\ncurrent-context: kind-kind\n');
  });
});
