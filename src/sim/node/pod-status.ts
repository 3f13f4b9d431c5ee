/**
 * The pod status the kubelet publishes (kubelet_pods.go `generateAPIPodStatus`, `getPhase`;
 * status/generate.go for the conditions), computed from the runtime state.
 */
import { rfc3339 } from '../clock.js';
import type { Condition, ContainerStatus, Pod, PodStatus } from '../types.js';
import { imageId } from './image-ref.js';
import type { ContainerRuntime, PodRuntime } from './state.js';

function containerStatus(c: ContainerRuntime, initializing: boolean): ContainerStatus {
  const state =
    c.state === 'running' ? { running: { startedAt: rfc3339(c.current!.startedAt) } }
      : c.state === 'terminated' && c.terminated ? { terminated: c.terminated }
        : { waiting: c.waiting ?? { reason: c.init || initializing ? 'PodInitializing' : 'ContainerCreating' } };
  const created = !!c.containerID;
  const s: ContainerStatus = {
    name: c.name,
    state,
    lastState: c.lastTerminated ? { terminated: c.lastTerminated } : {},
    ready: c.ready && c.state === 'running',
    restartCount: c.restartCount,
    image: created && c.ref ? c.ref.full : c.spec.image ?? '',
    imageID: created && c.ref ? (c.imageID ??= imageId(c.ref)) : '',
  };
  if (created) s.containerID = c.containerID;
  s.started = c.state === 'running' && c.started;
  if (created) {
    // 1.33 (InPlacePodVerticalScaling beta): what was allocated and what the runtime applied.
    const r = c.spec.resources ?? {};
    if (r.requests && Object.keys(r.requests).length) s.allocatedResources = { ...r.requests };
    s.resources = { ...(r.limits && Object.keys(r.limits).length ? { limits: { ...r.limits } } : {}), ...(r.requests && Object.keys(r.requests).length ? { requests: { ...r.requests } } : {}) };
  }
  const mounts = (c.spec.volumeMounts ?? []) as { name: string; mountPath: string; readOnly?: boolean }[];
  if (mounts.length) s.volumeMounts = mounts.map((v) => ({ name: v.name, mountPath: v.mountPath, ...(v.readOnly ? { readOnly: true, recursiveReadOnly: 'Disabled' } : {}) }));
  // 1.33 (SupplementalGroupsPolicy beta): the identity the process runs with, as containerd reports it.
  if (created) s.user = { linux: { uid: 0, gid: 0, supplementalGroups: c.image?.rootGroups ?? [0] } };
  return s;
}

/** getPhase: a container waiting after a previous run counts as stopped, not waiting. */
export function podPhase(rt: PodRuntime): NonNullable<PodStatus['phase']> {
  if (rt.failure) return 'Failed';
  if (!rt.sandboxReady || rt.initIndex < rt.init.length) {
    if (rt.restartPolicy === 'Never' && rt.init.some((c) => c.state === 'terminated' && c.terminated?.exitCode !== 0)) return 'Failed';
    return 'Pending';
  }
  let running = 0, waiting = 0, stopped = 0, succeeded = 0;
  for (const c of rt.containers) {
    if (c.state === 'running') running++;
    else if (c.state === 'terminated') { stopped++; if (c.terminated?.exitCode === 0) succeeded++; }
    else if (c.lastTerminated) stopped++;
    else waiting++;
  }
  if (waiting > 0) return 'Pending';
  if (running > 0) return 'Running';
  if (stopped > 0) {
    if (rt.deleting) return succeeded === stopped ? 'Succeeded' : 'Failed';
    if (rt.restartPolicy === 'Always') return 'Running';
    if (stopped === succeeded) return 'Succeeded';
    if (rt.restartPolicy === 'Never') return 'Failed';
    return 'Running';
  }
  return 'Pending';
}

function qos(pod: Pod): string {
  const cs = [...(pod.spec.containers ?? []), ...(pod.spec.initContainers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of cs) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    if (Object.keys(req).length || Object.keys(lim).length) any = true;
    for (const r of ['cpu', 'memory']) if (!lim[r] || (req[r] !== undefined && req[r] !== lim[r])) guaranteed = false;
  }
  return !any ? 'BestEffort' : guaranteed ? 'Guaranteed' : 'Burstable';
}

/** The status to publish for `pod`, keeping what others own (PodScheduled, nominatedNodeName). */
export function buildStatus(rt: PodRuntime, pod: Pod, now: number): PodStatus {
  const phase = podPhase(rt);
  const cond = (type: string, ok: boolean, reason?: string, message?: string): Condition => {
    const status = ok ? 'True' : 'False';
    let prev = rt.conditionTimes.get(type);
    if (!prev || prev.status !== status) rt.conditionTimes.set(type, (prev = { status, at: now, iso: rfc3339(now) }));
    const c: Condition = { type, status, lastProbeTime: null, lastTransitionTime: prev.iso };
    if (!ok && reason) c.reason = reason;
    if (!ok && message) c.message = message;
    return c;
  };
  const terminal = phase === 'Succeeded' || phase === 'Failed';
  const incompleteInit = rt.init.filter((c, i) => i >= rt.initIndex || !(c.state === 'terminated' && c.terminated?.exitCode === 0)).map((c) => c.name);
  const initialized = rt.initIndex >= rt.init.length;
  const unready = rt.containers.filter((c) => !(c.ready && c.state === 'running')).map((c) => c.name);
  const readyReason = terminal ? 'PodCompleted' : 'ContainersNotReady';
  const readyMsg = terminal ? undefined : `containers with unready status: [${unready.join(' ')}]`;
  const scheduled = (pod.status?.conditions ?? []).find((c) => c.type === 'PodScheduled');
  const conditions: Condition[] = [
    // A finished pod's sandbox is torn down.
    cond('PodReadyToStartContainers', rt.sandboxReady && !terminal),
    cond('Initialized', initialized, 'ContainersNotInitialized', `containers with incomplete status: [${incompleteInit.join(' ')}]`),
    cond('Ready', !unready.length, readyReason, readyMsg),
    cond('ContainersReady', !unready.length, readyReason, readyMsg),
    ...(scheduled ? [scheduled] : []),
  ];
  const status: PodStatus = { phase, conditions };
  if (rt.failure) { status.message = rt.failure.message; status.reason = rt.failure.reason; }
  status.hostIP = rt.node.ip;
  status.hostIPs = [{ ip: rt.node.ip }];
  if (rt.ip && rt.sandboxReady) {
    status.podIP = rt.ip;
    status.podIPs = [{ ip: rt.ip }];
  }
  status.startTime = rfc3339(rt.startTime);
  if (rt.init.length) status.initContainerStatuses = rt.init.map((c) => containerStatus(c, false));
  status.containerStatuses = rt.containers.map((c) => containerStatus(c, !initialized)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  status.qosClass = pod.status?.qosClass ?? qos(pod);
  if (pod.status?.nominatedNodeName) status.nominatedNodeName = pod.status.nominatedNodeName;
  return status;
}
