/**
 * Stopping containers (reference §5.8; kuberuntime_container.go `killContainer`): a Killing
 * event, the preStop hook (exec, httpGet or sleep) inside the grace period, then SIGTERM
 * as the image handles it, and SIGKILL (exit 137) when the remaining grace (never below
 * 2 s) runs out. When a deleted pod's containers have all stopped, the kubelet removes it.
 */
import type { Pod } from '../types.js';
import { fieldPath, podRef } from './image-pull.js';
import { drive, shellHost, sigkill, sigterm } from './process.js';
import { probeOnce } from './probes.js';
import { Shell } from './script/run.js';
import type { ContainerRuntime, NodeModel, PodRuntime } from './state.js';

const MIN_GRACE_MS = 2_000;

/** Starts graceful termination of a pod whose deletionTimestamp is set. */
export function beginTermination(m: NodeModel, rt: PodRuntime, pod: Pod): void {
  rt.deleting = true;
  const grace = pod.metadata.deletionGracePeriodSeconds ?? rt.grace;
  for (const c of [...rt.init, ...rt.containers]) {
    c.busy = false;
    if (c.state === 'running' && c.current && !c.current.exited) stopContainer(m, rt, c, grace, `Stopping container ${c.name}`, true);
  }
  m.touch(rt);
}

/** True when no container of the pod still runs. */
export function allStopped(rt: PodRuntime): boolean {
  return [...rt.init, ...rt.containers].every((c) => c.state !== 'running' || !c.current || c.current.exited);
}

/**
 * Kills one container gracefully. `forPod`: part of pod deletion (no restart afterwards);
 * otherwise a liveness/startup kill, after which the usual restart rules apply.
 */
export function stopContainer(m: NodeModel, rt: PodRuntime, c: ContainerRuntime, graceSeconds: number, message: string, forPod: boolean): void {
  const inst = c.current;
  if (!inst || inst.exited) return;
  if (forPod) c.stopping = true;
  const ev = (type: 'Normal' | 'Warning', reason: string, msg: string) => m.cluster.recorder.record(podRef(m, rt), type, reason, msg, { component: 'kubelet', host: rt.node.name }, fieldPath(c));
  ev('Normal', 'Killing', message);
  const clock = m.cluster.clock;
  const start = clock.now();
  const graceMs = Math.max(0, graceSeconds) * 1000;
  let termSent = false;
  const term = () => {
    if (termSent || inst.exited) return;
    termSent = true;
    const remaining = Math.max(MIN_GRACE_MS, graceMs - (clock.now() - start));
    sigterm(m, rt, c, inst);
    if (!inst.exited) clock.after(remaining, () => sigkill(m, inst));
  };
  const hook = c.spec.lifecycle?.preStop;
  if (!hook || graceMs === 0) return term();
  // The hook may not outlast the grace period.
  clock.after(graceMs, term);
  const failed = (detail: string) => ev('Warning', 'FailedPreStopHook', detail);
  if (hook.exec) {
    const cmd: string[] = hook.exec.command ?? [];
    let out = '';
    const sh = new Shell(shellHost(m, rt, c, inst), inst.env, { out: (t) => { out += t; }, err: (t) => { out += t; } });
    drive(m, rt, c, inst, sh.argv(cmd), (code) => {
      if (code !== 0) failed(`PreStopHook failed`);
      void out;
      term();
    });
    return;
  }
  if (hook.httpGet) {
    const r = probeOnce(m, rt, c, inst, { httpGet: hook.httpGet });
    if (!r.ok) failed('PreStopHook failed');
    return term();
  }
  if (hook.sleep) {
    clock.after(Number(hook.sleep.seconds ?? 0) * 1000, term);
    return;
  }
  term();
}
