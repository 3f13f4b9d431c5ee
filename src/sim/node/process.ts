/**
 * Container instances: the main process (the image's server, or a command run by the
 * script interpreter), its files and logs, and how it reacts to signals. Time passes only
 * through the cluster clock: a `sleep 10` is a timer 10 virtual seconds away.
 */
import { quantityValue } from './quantity.js';
import { BUILTINS } from './script/builtins.js';
import { Shell } from './script/run.js';
import type { Gen, ShellHost } from './script/types.js';
import type { ContainerRuntime, Instance, NodeModel, PodRuntime } from './state.js';
import { lookupService, requestFromPod } from './traffic.js';

/** Wrappers that exec their arguments (`/docker-entrypoint.sh nginx -g ...`). */
const WRAPPERS = new Set(['/docker-entrypoint.sh', '/entrypoint.sh', 'docker-entrypoint.sh', 'tini', '/tini', 'dumb-init']);
const SHELLS = new Set(['sh', '/bin/sh', 'bash', '/bin/bash', 'ash', '/bin/ash', '/usr/bin/env']);
/** Log lines kept per container instance. */
const MAX_LOG_LINES = 20_000;

/** Docker semantics: command replaces ENTRYPOINT (and drops CMD), args replace CMD. */
export function containerArgv(c: ContainerRuntime, expand: (s: string) => string): string[] {
  const entry = c.spec.command ?? c.image?.entrypoint ?? [];
  const cmd = c.spec.args ?? (c.spec.command ? [] : c.image?.cmd ?? []);
  let argv = [...entry.map(expand), ...cmd.map(expand)];
  if (argv.length > 1 && WRAPPERS.has(argv[0])) argv = argv.slice(1);
  if (argv[0] === '/usr/local/bin/entrykit') argv = argv.slice(argv.indexOf('--') + 1);
  return argv;
}

/** Whether `argv0` can start in this image (else the runtime fails with StartError). */
export function executable(c: ContainerRuntime, argv0: string | undefined): boolean {
  if (!argv0) return false;
  if (SHELLS.has(argv0) || c.image?.server?.binaries.includes(argv0)) return true;
  const base = argv0.slice(argv0.lastIndexOf('/') + 1);
  const b = BUILTINS[base];
  return !!b && (!b.tool || !!c.image?.tools?.includes(base) || !!c.image?.server?.binaries.includes(base));
}

/** Appends output to an instance's log, line by line, stamped with virtual time. */
export function writeLog(m: NodeModel, inst: Instance, text: string): void {
  if (!text) return;
  const now = m.cluster.clock.now();
  let buf = inst.partial + text;
  if (!inst.partial) inst.partialAt = now;
  let i: number;
  while ((i = buf.indexOf('\n')) >= 0) {
    inst.logs.push({ t: inst.partial ? inst.partialAt : now, text: buf.slice(0, i + 1) });
    inst.partial = '';
    buf = buf.slice(i + 1);
  }
  inst.partial = buf;
  if (buf) inst.partialAt = inst.partialAt || now;
  if (inst.logs.length > MAX_LOG_LINES) inst.logs.splice(0, inst.logs.length - MAX_LOG_LINES);
}

/** The world a script inside this container sees. */
export function shellHost(m: NodeModel, rt: PodRuntime, c: ContainerRuntime, inst: Instance): ShellHost {
  const image = c.image;
  const tools = new Set([...(image?.tools ?? []), ...(image?.server?.binaries ?? []).map((b) => b.slice(b.lastIndexOf('/') + 1))]);
  return {
    now: () => m.cluster.clock.now(),
    userland: image?.userland ?? 'busybox',
    hostname: inst.env.HOSTNAME ?? rt.name,
    files: inst.files,
    tools,
    version: c.tag?.version,
    isServer: (argv0) => !!image?.server?.binaries.includes(argv0),
    signalServer: (sig) => signalServer(m, rt, c, sig),
    http: (url, method, headers) => requestFromPod(m, rt, url, method, headers),
    lookup: (name) => lookupService(m, name, rt.namespace),
    memoryLimitBytes: c.spec.resources?.limits?.memory ? quantityValue(c.spec.resources.limits.memory) : undefined,
    oomKill: () => {
      inst.oomKilled = true;
      finish(m, inst, 137, 9);
    },
    kubectl: m.inPodKubectl
      ? (argv) => m.inPodKubectl!({ namespace: rt.namespace, name: rt.name, serviceAccount: rt.serviceAccount }, argv)
      : undefined,
  };
}

/** `nginx -s quit|stop|reload` from inside the container. */
function signalServer(m: NodeModel, rt: PodRuntime, c: ContainerRuntime, sig: string): string | undefined {
  const inst = c.current;
  if (!inst?.server || inst.exited) return 'nginx: [error] open() "/run/nginx.pid" failed (2: No such file or directory)';
  if (sig === 'reload' || sig === 'reopen') return undefined;
  const behaviour = sig === 'quit' ? inst.server.quit ?? inst.server.sigterm : inst.server.sigterm;
  deliver(m, rt, c, inst, behaviour, sig === 'quit' ? inst.server.quitLog : inst.server.termLog);
  return undefined;
}

/** Exit callbacks the kubelet installs per instance. */
export type OnExit = (code: number, signal?: number) => void;
const exitHooks = new WeakMap<Instance, OnExit>();

/** Starts the main process of an instance. */
export function runMain(m: NodeModel, rt: PodRuntime, c: ContainerRuntime, inst: Instance, argv: string[], onExit: OnExit): void {
  exitHooks.set(inst, onExit);
  const host = shellHost(m, rt, c, inst);
  const sh = new Shell(host, inst.env, { out: (t) => writeLog(m, inst, t), err: (t) => writeLog(m, inst, t) });
  inst.shell = sh;
  inst.proc = sh.argv(argv);
  drive(m, rt, c, inst, inst.proc, (code) => finish(m, inst, code));
}

/** Steps a script until it sleeps, serves or ends. */
export function drive(m: NodeModel, rt: PodRuntime, c: ContainerRuntime, inst: Instance, gen: Gen<number>, done: (code: number) => void): void {
  for (;;) {
    if (inst.exited || rt.gone) return;
    const r = gen.next();
    if (r.done) { done(r.value); return; }
    const eff = r.value;
    if ('serve' in eff) { startServer(m, rt, c, inst); return; }
    if (eff.sleep === Infinity) return;
    inst.shell?.slept();
    m.cluster.clock.after(eff.sleep, () => drive(m, rt, c, inst, gen, done));
    return;
  }
}

function startServer(m: NodeModel, rt: PodRuntime, c: ContainerRuntime, inst: Instance): void {
  const server = c.image?.server;
  if (!server) return;
  inst.server = server;
  logLines(m, inst, c.tag?.startupLog ?? server.startupLog, c.tag?.version);
  m.cluster.clock.after(c.image?.startMs ?? 0, () => {
    if (!inst.exited && !inst.stopping) inst.serving = true;
  });
}

/** Ends an instance's main process with `code` (once). */
export function finish(m: NodeModel, inst: Instance, code: number, signal?: number): void {
  if (inst.exited) return;
  if (inst.partial) writeLog(m, inst, '\n');
  inst.exited = true;
  inst.serving = false;
  exitHooks.get(inst)?.(code, signal);
}

/** Writes catalog log lines, filling in nginx's timestamp and the image version. */
function logLines(m: NodeModel, inst: Instance, lines: string[] | undefined, version = ''): void {
  if (!lines?.length) return;
  const d = new Date(m.cluster.clock.now());
  const p = (n: number) => String(n).padStart(2, '0');
  const ngxtime = `${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
  for (const l of lines) writeLog(m, inst, `${l.replace(/\{\{ngxtime\}\}/g, ngxtime).replace(/\{\{version\}\}/g, version)}\n`);
}

function deliver(m: NodeModel, _rt: PodRuntime, c: ContainerRuntime, inst: Instance, b: { exitAfterMs: number; exitCode: number } | 'ignore', log?: string[]): void {
  if (b === 'ignore' || inst.exited) return;
  if (!inst.stopping) logLines(m, inst, log, c.tag?.version);
  inst.stopping = true;
  inst.serving = false;
  if (b.exitAfterMs <= 0) finish(m, inst, b.exitCode, b.exitCode === 143 ? 15 : undefined);
  else m.cluster.clock.after(b.exitAfterMs, () => finish(m, inst, b.exitCode));
}

/** SIGTERM: the image's server reacts per the catalog; a shell or `sleep` as PID 1 ignores it. */
export function sigterm(m: NodeModel, rt: PodRuntime, c: ContainerRuntime, inst: Instance): void {
  if (inst.exited) return;
  deliver(m, rt, c, inst, inst.server ? inst.server.sigterm : 'ignore', inst.server?.termLog);
}

/** SIGKILL: exit 137 now. */
export function sigkill(m: NodeModel, inst: Instance): void {
  finish(m, inst, 137, 9);
}

/**
 * Runs a command to completion at this instant (exec probes, `kubectl exec`): sleeps add up
 * instead of passing, and a run longer than `timeoutMs` is cut off.
 */
export function runSync(m: NodeModel, rt: PodRuntime, c: ContainerRuntime, inst: Instance, argv: string[], timeoutMs = Infinity, stdin?: string): { stdout: string; stderr: string; exitCode: number; timedOut: boolean } {
  let stdout = '';
  let stderr = '';
  const sh = new Shell(shellHost(m, rt, c, inst), inst.env, { out: (t) => { stdout += t; }, err: (t) => { stderr += t; }, stdin });
  const gen = sh.argv(argv);
  let slept = 0;
  for (let steps = 0; steps < 100_000; steps++) {
    const r = gen.next();
    if (r.done) return { stdout, stderr, exitCode: r.value, timedOut: false };
    const eff = r.value;
    if ('serve' in eff) return { stdout, stderr, exitCode: 0, timedOut: false };
    slept += eff.sleep;
    if (slept > timeoutMs) return { stdout, stderr, exitCode: -1, timedOut: true };
  }
  return { stdout, stderr, exitCode: -1, timedOut: true };
}
