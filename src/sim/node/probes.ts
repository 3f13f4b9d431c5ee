/**
 * Probes as the kubelet's prober runs them (reference §5.7; pkg/kubelet/prober): defaults
 * (delay 0, period 10 s, timeout 1 s, success 1, failure 3), startup gating liveness and
 * readiness, readiness flipping the container's ready flag, liveness and startup failures
 * restarting the container. Each probe is a timer chain bound to one container instance.
 */
import type { Probe } from '../types.js';
import { fieldPath, podRef } from './image-pull.js';
import { answer } from './http.js';
import { runSync } from './process.js';
import type { ContainerRuntime, Instance, NodeModel, PodRuntime, ProbeState } from './state.js';
import { stopContainer } from './termination.js';

const LABEL = { liveness: 'Liveness', readiness: 'Readiness', startup: 'Startup' } as const;

function num(v: number | undefined, d: number): number {
  return typeof v === 'number' && v >= 0 ? v : d;
}

/** Starts the probe timers of a new container instance. */
export function startProbes(m: NodeModel, rt: PodRuntime, c: ContainerRuntime, inst: Instance): void {
  c.probes = [];
  const defs: [ProbeState['kind'], Probe | undefined][] = [['startup', c.spec.startupProbe], ['liveness', c.spec.livenessProbe], ['readiness', c.spec.readinessProbe]];
  for (const [kind, probe] of defs) {
    if (!probe) continue;
    const ps: ProbeState = { kind, probe, successes: 0, failures: 0 };
    c.probes.push(ps);
    m.cluster.clock.after(num(probe.initialDelaySeconds, 0) * 1000, () => tick(m, rt, c, inst, ps));
  }
}

function resolvePort(c: ContainerRuntime, port: number | string): number | undefined {
  if (typeof port === 'number') return port;
  if (/^\d+$/.test(port)) return Number(port);
  return c.spec.ports?.find((p) => p.name === port)?.containerPort;
}

/** Runs a probe (or an httpGet/exec hook) once. */
export function probeOnce(m: NodeModel, rt: PodRuntime, c: ContainerRuntime, inst: Instance, probe: Probe): { ok: boolean; output: string } {
  const ip = rt.ip ?? '';
  if (probe.exec) {
    const r = runSync(m, rt, c, inst, probe.exec.command ?? [], num(probe.timeoutSeconds, 1) * 1000);
    if (r.timedOut) return { ok: false, output: `command ${JSON.stringify((probe.exec.command ?? []).join(' '))} timed out` };
    return { ok: r.exitCode === 0, output: r.stdout + r.stderr };
  }
  if (probe.httpGet) {
    const port = resolvePort(c, probe.httpGet.port) ?? 0;
    const path = probe.httpGet.path ?? '/';
    const scheme = (probe.httpGet.scheme ?? 'HTTP').toLowerCase();
    const url = `${scheme}://${ip}:${port}${path.startsWith('/') ? path : `/${path}`}`;
    if (!inst.serving || inst.exited || !(inst.server?.ports ?? []).includes(port)) {
      return { ok: false, output: `Get "${url}": dial tcp ${ip}:${port}: connect: connection refused` };
    }
    const headers: Record<string, string> = { 'user-agent': 'kube-probe/1.33' };
    for (const h of probe.httpGet.httpHeaders ?? []) headers[h.name.toLowerCase()] = h.value;
    const res = answer(m, rt, c, inst, { method: 'GET', path, headers, client: `${rt.node.cidrPrefix}1` });
    if (res.status === 0) return { ok: false, output: `Get "${url}": EOF` };
    if (res.status >= 200 && res.status < 400) return { ok: true, output: '' };
    return { ok: false, output: `HTTP probe failed with statuscode: ${res.status}` };
  }
  const port = resolvePort(c, probe.tcpSocket?.port ?? probe.grpc?.port ?? 0) ?? 0;
  if (inst.serving && !inst.exited && (inst.server?.ports ?? []).includes(port)) return { ok: true, output: '' };
  return { ok: false, output: `dial tcp ${ip}:${port}: connect: connection refused` };
}

function tick(m: NodeModel, rt: PodRuntime, c: ContainerRuntime, inst: Instance, ps: ProbeState): void {
  if (rt.gone || c.current !== inst || inst.exited) return;
  const period = num(ps.probe.periodSeconds, 10) * 1000;
  const again = () => m.cluster.clock.after(period, () => tick(m, rt, c, inst, ps));
  if (ps.kind === 'startup' && c.started) return;
  if (ps.kind !== 'startup' && !c.started) return void again();
  // A terminating pod's containers are no longer checked for liveness.
  if (ps.kind !== 'readiness' && (rt.deleting || inst.stopping)) return;
  const r = probeOnce(m, rt, c, inst, ps.probe);
  const ev = (type: 'Normal' | 'Warning', reason: string, msg: string) => m.cluster.recorder.record(podRef(m, rt), type, reason, msg, { component: 'kubelet', host: rt.node.name }, fieldPath(c));
  if (r.ok) { ps.successes++; ps.failures = 0; } else { ps.failures++; ps.successes = 0; }
  if (!r.ok) ev('Warning', 'Unhealthy', `${LABEL[ps.kind]} probe failed: ${r.output}`);
  const failureThreshold = num(ps.probe.failureThreshold, 3) || 3;
  switch (ps.kind) {
    case 'readiness': {
      const successThreshold = num(ps.probe.successThreshold, 1) || 1;
      if (r.ok && ps.successes >= successThreshold && !c.ready) { c.ready = true; m.touch(rt); }
      if (!r.ok && ps.failures >= failureThreshold && c.ready) { c.ready = false; m.touch(rt); }
      return void again();
    }
    case 'startup':
      if (r.ok) {
        c.started = true;
        if (!c.spec.readinessProbe) c.ready = true;
        m.touch(rt);
        return;
      }
      if (ps.failures >= failureThreshold) return kill(m, rt, c, ps, 'startup');
      return void again();
    case 'liveness':
      if (!r.ok && ps.failures >= failureThreshold) return kill(m, rt, c, ps, 'liveness');
      return void again();
  }
}

function kill(m: NodeModel, rt: PodRuntime, c: ContainerRuntime, ps: ProbeState, kind: 'liveness' | 'startup'): void {
  const grace = ps.probe.terminationGracePeriodSeconds ?? rt.grace;
  stopContainer(m, rt, c, grace, `Container ${c.name} failed ${kind} probe, will be restarted`, false);
}
