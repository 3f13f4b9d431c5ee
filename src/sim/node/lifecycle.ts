/**
 * The kubelet's container lifecycle for one pod: sandbox (IP), volumes, init containers in
 * order, then the app containers (pull → config → create → start), exits and restarts with
 * the CrashLoopBackOff schedule (reference §5.1, §5.4; kuberuntime_manager.go `SyncPod`,
 * `doBackOff`). Timers change the runtime state and `touch` the pod; the kubelet's sync
 * publishes status.
 */
import { rfc3339 } from '../clock.js';
import type { Pod } from '../types.js';
import { ContainerFs, type Mount } from './container-fs.js';
import { containerEnv, expandRefs, volumeFiles } from './env.js';
import { ensureImage, fieldPath, nextBackoff, podRef } from './image-pull.js';
import { containerArgv, executable, runMain } from './process.js';
import { startProbes } from './probes.js';
import { stopContainer } from './termination.js';
import type { ContainerRuntime, Instance, NodeModel, PodRuntime } from './state.js';
import { goDuration } from './image-pull.js';

/** Time to create the pod sandbox (network namespace, IP) after binding. */
export const SANDBOX_MS = 600;
/** PLEG relist: how long an exited container shows before the kubelet acts on it. */
export const RELIST_MS = 1_000;
/** Pod worker retry after a config error (missing Secret/ConfigMap). */
export const CONFIG_RETRY_MS = 10_000;

function event(m: NodeModel, rt: PodRuntime, type: 'Normal' | 'Warning', reason: string, msg: string, c?: ContainerRuntime): void {
  m.cluster.recorder.record(podRef(m, rt), type, reason, msg, { component: 'kubelet', host: rt.node.name }, c ? fieldPath(c) : undefined);
}

function storedPod(m: NodeModel, rt: PodRuntime): Pod | undefined {
  const p = m.cluster.store.get('pods', rt.namespace, rt.name) as Pod | undefined;
  return p && p.metadata.uid === rt.uid ? p : undefined;
}

/** Starts a freshly bound pod: the sandbox comes up SANDBOX_MS later. */
export function beginPod(m: NodeModel, rt: PodRuntime): void {
  m.cluster.clock.after(SANDBOX_MS, () => setUpSandbox(m, rt));
  if (rt.activeDeadlineSeconds !== undefined) m.cluster.clock.schedule(rt.startTime + rt.activeDeadlineSeconds * 1000, () => deadline(m, rt));
}

/** activeDeadlineSeconds passed: the kubelet fails the pod and stops its containers. */
function deadline(m: NodeModel, rt: PodRuntime): void {
  if (rt.gone || rt.deleting || rt.failure) return;
  const phase = [...rt.containers].every((c) => c.state === 'terminated') && rt.restartPolicy !== 'Always';
  if (phase) return;
  const message = 'Pod was active on the node longer than the specified deadline';
  rt.failure = { reason: 'DeadlineExceeded', message };
  event(m, rt, 'Warning', 'DeadlineExceeded', message);
  for (const c of [...rt.init, ...rt.containers]) {
    c.busy = false;
    c.stopping = true;
    if (c.state === 'running' && c.current && !c.current.exited) stopContainer(m, rt, c, rt.grace, `Stopping container ${c.name}`, true);
  }
  m.touch(rt);
}

function allocateIp(rt: PodRuntime): string {
  const n = rt.node;
  for (let i = 0; i < 60_000; i++) {
    const k = n.nextIp + i;
    if (n.usedIps.has(k)) continue;
    n.usedIps.add(k);
    n.nextIp = k + 1;
    // A /24 holds 253 pods; bigger benches spill into a private range of their own.
    return k <= 254 ? `${n.cidrPrefix}${k}` : `10.${100 + Number(n.cidrPrefix.split('.')[2])}.${Math.floor(k / 256)}.${k % 256}`;
  }
  throw new Error('node-model: pod IPs exhausted');
}

function setUpSandbox(m: NodeModel, rt: PodRuntime): void {
  if (rt.gone || rt.deleting || rt.sandboxReady) return;
  const pod = storedPod(m, rt);
  if (!pod) return;
  for (const c of [...rt.init, ...rt.containers]) {
    const v = volumeFiles(m.cluster.store, pod, c.spec);
    if (!v.ok) {
      event(m, rt, 'Warning', 'FailedMount', v.error);
      rt.blockedOnConfig = true;
      m.cluster.clock.after(CONFIG_RETRY_MS, () => setUpSandbox(m, rt));
      return;
    }
  }
  rt.blockedOnConfig = false;
  // A hostNetwork pod (kube-proxy, kindnet, static control-plane pods) shares the node's IP.
  if (pod.spec.hostNetwork) rt.ip = rt.node.ip;
  else {
    rt.ip = allocateIp(rt);
    m.byIp.set(rt.ip, rt);
  }
  rt.sandboxReady = true;
  m.touch(rt);
  startNext(m, rt);
}

/** Init containers one by one, then every app container in spec order. */
function startNext(m: NodeModel, rt: PodRuntime): void {
  if (rt.initIndex < rt.init.length) {
    startContainer(m, rt, rt.init[rt.initIndex], () => {});
    return;
  }
  const seq = (i: number) => { if (i < rt.containers.length) startContainer(m, rt, rt.containers[i], () => seq(i + 1)); };
  seq(0);
}

/** Retries a blocked pod now (a Secret or ConfigMap it waits for changed). */
export function retryBlocked(m: NodeModel, rt: PodRuntime): void {
  if (rt.gone || rt.deleting) return;
  if (!rt.sandboxReady) { setUpSandbox(m, rt); return; }
  const cs = rt.initIndex < rt.init.length ? [rt.init[rt.initIndex]] : rt.containers;
  for (const c of cs) if (c.state === 'waiting' && c.waiting?.reason === 'CreateContainerConfigError' && !c.busy) startContainer(m, rt, c, () => {});
}

/** Pull, resolve config, create and start one container; `next` continues the pod's sequence. */
export function startContainer(m: NodeModel, rt: PodRuntime, c: ContainerRuntime, next: () => void): void {
  if (rt.gone || rt.deleting || rt.failure || c.busy) return next();
  if (!c.ref) {
    const msg = `Failed to apply default image tag "${c.spec.image ?? ''}": couldn't parse image name "${c.spec.image ?? ''}": invalid reference format`;
    event(m, rt, 'Warning', 'InspectFailed', msg, c);
    event(m, rt, 'Warning', 'Failed', 'Error: InvalidImageName', c);
    c.state = 'waiting';
    c.waiting = { reason: 'InvalidImageName', message: msg };
    m.touch(rt);
    return next();
  }
  const retry = () => { if (!rt.gone && !rt.deleting && c.state === 'waiting') startContainer(m, rt, c, () => {}); };
  ensureImage(m, rt, c, retry, (ok) => {
    if (ok) createContainer(m, rt, c);
    m.touch(rt);
    next();
  });
}

function createContainer(m: NodeModel, rt: PodRuntime, c: ContainerRuntime): void {
  const pod = storedPod(m, rt);
  if (!pod || rt.gone || rt.deleting) return;
  const env = containerEnv(m.cluster.store, pod, c.spec, rt.node.ip, rt.ip ?? '', {});
  if (!env.ok) {
    event(m, rt, 'Warning', 'Failed', `Error: ${env.error}`, c);
    c.state = 'waiting';
    c.waiting = { reason: 'CreateContainerConfigError', message: env.error };
    rt.blockedOnConfig = true;
    m.cluster.clock.after(CONFIG_RETRY_MS, () => retryBlocked(m, rt));
    return;
  }
  const vols = volumeFiles(m.cluster.store, pod, c.spec);
  const now = m.cluster.clock.now();
  const mounts: Mount[] = [];
  const emptyDirs = new Set(((pod.spec.volumes ?? []) as { name: string; emptyDir?: object }[]).filter((v) => v.emptyDir).map((v) => v.name));
  for (const vm of (c.spec.volumeMounts ?? []) as { name: string; mountPath: string }[]) {
    if (!emptyDirs.has(vm.name)) continue;
    let store = rt.emptyDirs.get(vm.name);
    if (!store) rt.emptyDirs.set(vm.name, (store = new Map()));
    mounts.push({ path: vm.mountPath, store });
  }
  const files = new ContainerFs(Object.entries(c.image?.files ?? {}), mounts);
  if (vols.ok) for (const [k, v] of vols.value) files.set(k, v);
  const inst: Instance = {
    id: m.rand.hex(64), startedAt: now, files, env: env.value, logs: [], partial: '', partialAt: 0,
    requests: 0, serving: false, exited: false, stopping: false,
  };
  const argv = containerArgv(c, (s) => expandRefs(s, env.value));
  if (c.current) {
    c.previous = c.current;
    c.lastTerminated = c.terminated;
    c.restartCount++;
  }
  c.epoch++;
  c.current = inst;
  c.containerID = `containerd://${inst.id}`;
  c.waiting = undefined;
  c.terminated = undefined;
  if (!executable(c, argv[0])) {
    const what = argv[0] ?? '';
    const msg = argv.length
      ? `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${what}": executable file not found in $PATH: unknown`
      : 'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: no command specified: unknown';
    event(m, rt, 'Normal', 'Created', `Created container: ${c.name}`, c);
    event(m, rt, 'Warning', 'Failed', `Error: ${msg}`, c);
    inst.exited = true;
    onExit(m, rt, c, inst, 128, 'StartError', msg);
    return;
  }
  c.state = 'running';
  c.started = !c.spec.startupProbe;
  c.ready = false;
  event(m, rt, 'Normal', 'Created', `Created container: ${c.name}`, c);
  event(m, rt, 'Normal', 'Started', `Started container ${c.name}`, c);
  if (!c.init) startProbes(m, rt, c, inst);
  if (!c.spec.readinessProbe && c.started && !c.init) c.ready = true;
  inst.argv = argv;
  runMain(m, rt, c, inst, argv, (code) => onExit(m, rt, c, inst, code));
}

/** A container's main process ended: record it, then restart, continue init, or finish. */
export function onExit(m: NodeModel, rt: PodRuntime, c: ContainerRuntime, inst: Instance, code: number, reason?: string, message?: string): void {
  if (rt.gone || c.current !== inst) return;
  const now = m.cluster.clock.now();
  message ??= terminationMessage(c, inst, code);
  c.state = 'terminated';
  c.terminated = {
    exitCode: code,
    reason: reason ?? (inst.oomKilled ? 'OOMKilled' : code === 0 ? 'Completed' : 'Error'),
    ...(message ? { message } : {}),
    startedAt: rfc3339(reason === 'StartError' ? 0 : inst.startedAt),
    finishedAt: rfc3339(now),
    containerID: c.containerID,
  };
  c.ready = false;
  c.started = false;
  m.touch(rt);
  if (rt.deleting || c.stopping) return;
  // Init containers run to completion unless they are sidecars (restartPolicy: Always on the container).
  const policy = (c.spec.restartPolicy as string | undefined) ?? (c.init ? (rt.restartPolicy === 'Never' ? 'Never' : 'OnFailure') : rt.restartPolicy);
  if (c.init && code === 0 && policy !== 'Always') {
    rt.initIndex++;
    startNext(m, rt);
    return;
  }
  const restart = policy === 'Always' || (policy === 'OnFailure' && code !== 0);
  if (!restart) return;
  const finishedAt = now;
  m.cluster.clock.after(RELIST_MS, () => decideRestart(m, rt, c, inst, finishedAt));
}

/**
 * The terminated state's message: what the container wrote to its termination-log file, or
 * with FallbackToLogsOnError after a failure, the end of its log (at most 80 lines / 2048 bytes).
 */
function terminationMessage(c: ContainerRuntime, inst: Instance, code: number): string | undefined {
  const written = inst.files.get(c.spec.terminationMessagePath ?? '/dev/termination-log');
  if (written) return written.slice(0, 4096);
  if (c.spec.terminationMessagePolicy !== 'FallbackToLogsOnError' || code === 0) return undefined;
  const tail = inst.logs.slice(-80).map((l) => l.text).join('') + inst.partial;
  return tail ? Buffer.from(tail).subarray(-2048).toString('utf8') : undefined;
}

/** doBackOff: restart now, or wait in CrashLoopBackOff until the back-off since the exit has passed. */
function decideRestart(m: NodeModel, rt: PodRuntime, c: ContainerRuntime, inst: Instance, finishedAt: number): void {
  if (rt.gone || rt.deleting || c.current !== inst || c.stopping) return;
  const now = m.cluster.clock.now();
  const b = c.crashBackoff;
  if (b && now - b.lastUpdate <= 2 * 300_000 && now - finishedAt < b.delayMs) {
    const pod = `${rt.name}_${rt.namespace}(${rt.uid})`;
    if (c.waiting?.reason !== 'CrashLoopBackOff') c.lastTerminated = c.terminated;
    c.state = 'waiting';
    c.waiting = { reason: 'CrashLoopBackOff', message: `back-off ${goDuration(b.delayMs)} restarting failed container=${c.name} pod=${pod}` };
    event(m, rt, 'Warning', 'BackOff', `Back-off restarting failed container ${c.name} in pod ${pod}`, c);
    m.touch(rt);
    m.cluster.clock.schedule(finishedAt + b.delayMs, () => decideRestart(m, rt, c, inst, finishedAt));
    return;
  }
  c.crashBackoff = nextBackoff(b, now);
  // The terminated run becomes lastState when the new one is created.
  if (c.state === 'waiting') c.terminated = c.lastTerminated;
  startContainer(m, rt, c, () => {});
}

