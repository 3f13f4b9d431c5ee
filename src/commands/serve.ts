/**
 * `kubedojo serve`: the simulated cluster over HTTPS on loopback, for the real kubectl (and
 * other Kubernetes clients). Virtual time follows the wall clock at --speed; a kubeconfig
 * with a fresh bearer token and the server's self-signed certificate is written for the
 * learner; Ctrl-C stops it all.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CommandIO } from '../cli.js';
import type { Cluster } from '../sim/index.js';
import type { RunningServer, ServeOptions } from '../serve/types.js';

const USAGE = 'Usage: kubedojo serve [--port N] [--host H] [--allow-remote] [--scenario ID] [--seed N] [--speed N] [--kubeconfig FILE] [--workdir DIR]';

const HELP = `Serve a simulated Kubernetes v1.33 cluster over HTTPS, so that the real kubectl (or any
Kubernetes client) can drive it. Virtual time flows with the wall clock.

${USAGE}

Options:
  --port N           port to listen on (default 0: any free port)
  --host H           address to listen on (default 127.0.0.1); only loopback addresses
                     unless --allow-remote is given
  --allow-remote     allow a --host other machines can reach (anyone who has the token
                     in the kubeconfig can then drive the cluster)
  --scenario ID      start from a scenario's setup instead of an empty cluster (an ID such
                     as deployments/rollback, or a scenario file); its starter files are
                     added to --workdir where no file of that name exists
  --seed N           seed for generated names (default 1, or the scenario's)
  --speed N          virtual seconds per wall-clock second (default 1; 10 makes a 30s
                     rollout take 3s)
  --kubeconfig FILE  write the kubeconfig here (default: serve/kubeconfig-PORT under the
                     kubedojo data directory); an existing file is only replaced if
                     kubedojo serve wrote it
  --workdir DIR      folder for a scenario's starter files (default: the current directory)
  -h, --help         show this help

The cluster (empty, or a scenario's set-up) starts at the current time. kubectl computes
a few ages itself with your computer's clock (the Events of describe): they agree with the
cluster's own at --speed 1.

The kubeconfig holds a bearer token made for this run and the server's certificate (made
at start-up, self-signed); requests without the token are refused (401 Unauthorized). It is removed when the server stops (Ctrl-C, SIGTERM, or the terminal
closing), wherever it was written, since its token is useless afterwards.
`;

export interface ServeArgs {
  port: number;
  host: string;
  allowRemote: boolean;
  scenario?: string;
  seed: number;
  seedGiven: boolean;
  speed: number;
  kubeconfig?: string;
  workdir?: string;
}

type ValueFlag = '--port' | '--host' | '--scenario' | '--seed' | '--speed' | '--kubeconfig' | '--workdir';

/** Each value flag: how its text becomes a field of ServeArgs, or an error message. */
const VALUE_FLAGS: Record<ValueFlag, (v: string, out: ServeArgs) => string | undefined> = {
  '--port': (v, out) => {
    if (!/^\d+$/.test(v) || Number(v) > 65535) return `invalid argument "${v}" for "--port" flag: must be a port number from 0 to 65535`;
    out.port = Number(v);
    return undefined;
  },
  '--host': (v, out) => {
    if (!/^[A-Za-z0-9.:-]+$/.test(v.replace(/^\[(.*)\]$/, '$1'))) return `invalid argument "${v}" for "--host" flag: not a host name or IP address`;
    out.host = v.replace(/^\[(.*)\]$/, '$1');
    return undefined;
  },
  '--scenario': (v, out) => void (out.scenario = v),
  '--seed': (v, out) => {
    if (!/^\d+$/.test(v)) return `invalid argument "${v}" for "--seed" flag: must be a non-negative integer`;
    out.seed = Number(v);
    out.seedGiven = true;
    return undefined;
  },
  '--speed': (v, out) => {
    if (!/^(\d+(\.\d*)?|\.\d+)$/.test(v) || !(Number(v) > 0)) return `invalid argument "${v}" for "--speed" flag: must be a positive number`;
    out.speed = Number(v);
    return undefined;
  },
  '--kubeconfig': (v, out) => void (out.kubeconfig = v),
  '--workdir': (v, out) => void (out.workdir = v),
};

/** Parses the command line; a string is a usage error. */
export function parseServeArgs(args: string[]): ServeArgs | 'help' | string {
  const out: ServeArgs = { port: 0, host: '127.0.0.1', allowRemote: false, seed: 1, seedGiven: false, speed: 1 };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const [flag, inline] = eq > 0 ? [a.slice(0, eq), a.slice(eq + 1)] : [a, undefined];
    if (flag === '-h' || flag === '--help') return 'help';
    if (flag === '--allow-remote') {
      out.allowRemote = true;
      continue;
    }
    if (flag in VALUE_FLAGS) {
      const v = inline ?? args[++i];
      if (v === undefined) return `flag needs an argument: ${flag}`;
      const err = VALUE_FLAGS[flag as ValueFlag](v, out);
      if (err) return err;
      continue;
    }
    if (a.startsWith('-')) return `unknown flag: ${a}`;
    return `unexpected argument "${a}"`;
  }
  if (!out.allowRemote && !isLoopbackHost(out.host)) {
    return `refusing to listen on ${out.host}: it is not a loopback address, so other machines could reach the cluster; add --allow-remote if that is what you want`;
  }
  return out;
}

/** 127.0.0.0/8, ::1 and localhost: addresses only this machine reaches. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** The URL clients on this machine use: a wildcard bind is reached through loopback. */
export function clientUrl(scheme: 'http' | 'https', host: string, port: number): string {
  const reach = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `${scheme}://${reach.includes(':') ? `[${reach}]` : reach}:${port}`;
}

type StopSignal = 'SIGINT' | 'SIGTERM' | 'SIGHUP';

/** Ctrl-C, a polite kill, and the terminal closing. */
const STOP_SIGNALS: StopSignal[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Where stop signals come from (the process; a test's emitter). */
export interface SignalSource {
  on(signal: StopSignal, fn: () => void): unknown;
  off(signal: StopSignal, fn: () => void): unknown;
}

export interface ServeDeps {
  signals?: SignalSource;
  startServer?: (cluster: Cluster, opts: ServeOptions) => Promise<RunningServer>;
  /** The wall clock in epoch milliseconds (default Date.now). */
  wallNow?: () => number;
}

/**
 * Builds the cluster: empty, or a scenario's setup. A string is a usage error.
 * The cluster is ready at the wall-clock time (whole seconds): the real kubectl computes some
 * ages itself against its own clock (describe's Events, `Age 5s`), and at --speed 1 they
 * then agree with the server's. A scenario's set-up ends at that instant (no checks run
 * here, so the fixed start that grading uses does not matter).
 */
async function buildCluster(a: ServeArgs, io: CommandIO, wallNow: () => number): Promise<{ cluster: Cluster; what: string } | string> {
  const start = new Date(Math.floor(wallNow() / 1000) * 1000).toISOString();
  if (a.scenario === undefined) {
    const { Cluster } = await import('../sim/index.js');
    return { cluster: Cluster.create({ seed: a.seed, start }), what: `an empty cluster (seed ${a.seed})` };
  }
  const course = await import('../course/index.js');
  // A file path (as `kubedojo grade` takes) serves a scenario being written, outside the course.
  const found = /\.ya?ml$/.test(a.scenario) ? course.loadScenarioFile(resolve(a.scenario)) : course.findScenario(a.scenario);
  if (!found.ok) return `--scenario ${a.scenario}: ${found.problems[0]?.message ?? 'cannot be loaded'}`;
  const workdir = resolve(a.workdir ?? process.cwd());
  if (!existsSync(workdir)) return `--workdir ${workdir}: no such directory`;
  // Starter files are added only where no file of that name exists (the folder is the user's).
  const starter = Object.fromEntries(Object.entries(found.loaded.starter).filter(([f]) => !existsSync(resolve(workdir, f))));
  const seed = a.seedGiven ? a.seed : undefined;
  // The set-up moves virtual time on (sleeps, rollouts). Run it once in a scratch folder to
  // learn how far, then for real from that much earlier, so it ends at the wall-clock instant
  // and the ages kubectl computes itself are neither in the future (`<invalid>`) nor late.
  const scratch = mkdtempSync(join(tmpdir(), 'kubedojo-serve-setup-'));
  let lead = 0;
  try {
    lead = course.startScenario(found.loaded.scenario, { workspaceRoot: scratch, starter: found.loaded.starter, seed, start }).setupEnd - Date.parse(start);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const started = course.startScenario(found.loaded.scenario, { workspaceRoot: workdir, starter, seed, start: new Date(Date.parse(start) - lead).toISOString() });
  for (const e of started.setupErrors) io.stderr.write(`kubedojo serve: warning: scenario set-up ${e}\n`);
  const files = Object.keys(starter);
  return { cluster: started.cluster, what: `scenario ${found.loaded.scenario.id}${files.length ? ` (starter files in ${workdir}: ${files.join(', ')})` : ''}` };
}

function listenError(e: unknown, a: ServeArgs): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return `port ${a.port} is in use; pick another with --port`;
  if (code === 'EACCES') return `no permission to listen on port ${a.port}; pick a port above 1023 with --port`;
  if (code === 'EADDRNOTAVAIL') return `cannot listen on ${a.host}: no such address on this machine`;
  return `cannot listen on ${a.host}:${a.port}: ${(e as Error).message}`;
}

/** `kubedojo serve`: resolves with the exit code once stopped by SIGINT, SIGTERM or SIGHUP. */
export async function serveCommand(args: string[], io: CommandIO, deps: ServeDeps = {}): Promise<number> {
  const parsed = parseServeArgs(args);
  if (parsed === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  if (typeof parsed === 'string') {
    io.stderr.write(`kubedojo serve: ${parsed}\n${USAGE}\nRun 'kubedojo serve --help' for more information.\n`);
    return 2;
  }
  const built = await buildCluster(parsed, io, deps.wallNow ?? Date.now);
  if (typeof built === 'string') {
    io.stderr.write(`kubedojo serve: ${built}\n`);
    return 2;
  }
  const [{ startClockDriver }, kc, start] = await Promise.all([
    import('../serve/clock-driver.js'),
    import('../serve/kubeconfig.js'),
    deps.startServer ?? import('../serve/server.js').then((m) => m.startServer),
  ]);
  const token = kc.newToken();
  let server: RunningServer;
  try {
    server = await start(built.cluster, { host: parsed.host, port: parsed.port, token, settleAfterWrites: true });
  } catch (e) {
    io.stderr.write(`kubedojo serve: ${listenError(e, parsed)}\n`);
    return 1;
  }
  const url = clientUrl(server.url.startsWith('https:') ? 'https' : 'http', parsed.host, server.port);
  const path = resolve(parsed.kubeconfig ?? kc.defaultKubeconfigPath(server.port, io.env));
  const written = kc.writeKubeconfig(path, kc.kubeconfigYaml(url, token, server.certificateAuthorityData));
  if (!written.ok) {
    await server.close();
    io.stderr.write(`kubedojo serve: ${written.error}\n`);
    return 1;
  }
  const driver = startClockDriver(built.cluster, server.activity, { mode: 'realtime', speed: parsed.speed });
  io.stdout.write(banner({ url, path, what: built.what, speed: parsed.speed, color: useColor(io) }));
  return waitForStop(deps.signals ?? process, async () => {
    driver.stop();
    await server.close();
    kc.removeKubeconfig(path);
    io.stdout.write('Stopped.\n');
  });
}

/** Resolves 0 after `cleanup` on the first stop signal; a second one stops waiting for it (130). */
function waitForStop(signals: SignalSource, cleanup: () => Promise<void>): Promise<number> {
  return new Promise((done) => {
    let stopping = false;
    const onSignal = (): void => {
      if (stopping) {
        off();
        done(130);
        return;
      }
      stopping = true;
      cleanup().then(
        () => {
          off();
          done(0);
        },
        () => {
          off();
          done(1);
        },
      );
    };
    const off = (): void => {
      for (const s of STOP_SIGNALS) signals.off(s, onSignal);
    };
    for (const s of STOP_SIGNALS) signals.on(s, onSignal);
  });
}

/** Colour only on a terminal, and never with NO_COLOR (any non-empty value, no-color.org). */
function useColor(io: CommandIO): boolean {
  return (io.stdout as { isTTY?: boolean }).isTTY === true && !io.env.NO_COLOR;
}

/** A path as a POSIX shell word (macOS data folders contain "Application Support"). */
export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./~-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`;
}

/** What the learner needs to start: where, how to point kubectl at it, how to stop. */
export function banner(o: { url: string; path: string; what: string; speed: number; color: boolean }): string {
  const bold = (s: string): string => (o.color ? `\x1b[1m${s}\x1b[22m` : s);
  const cyan = (s: string): string => (o.color ? `\x1b[36m${s}\x1b[39m` : s);
  const time = o.speed === 1 ? 'virtual time flows with the wall clock (change with --speed)' : `virtual time flows ${o.speed}x as fast as the wall clock`;
  return [
    `${bold('kubedojo serve')}: a simulated Kubernetes v1.33 cluster, ${o.what}`,
    '',
    `  API server:  ${o.url}`,
    `  Kubeconfig:  ${o.path}`,
    `  Time:        ${time}`,
    '',
    'Point kubectl at it, in another terminal:',
    '',
    `  ${cyan(`export KUBECONFIG=${shellQuote(o.path)}`)}`,
    `  ${cyan('kubectl get pods -A')}`,
    '',
    'Press Ctrl-C to stop.',
    '',
  ].join('\n');
}
