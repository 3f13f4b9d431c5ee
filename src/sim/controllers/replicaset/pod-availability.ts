/**
 * Pod readiness and availability as controllers judge them (kubernetes/kubernetes
 * pkg/api/v1/pod/util.go `IsPodReady`, `IsPodAvailable`; controller_utils.go `IsPodActive`).
 */
import { parseTime } from '../../clock.js';
import type { Condition, KObject } from '../../types.js';

export function readyCondition(pod: KObject): Condition | undefined {
  return (pod.status?.conditions as Condition[] | undefined)?.find((c) => c.type === 'Ready');
}

export function isPodReady(pod: KObject): boolean {
  return readyCondition(pod)?.status === 'True';
}

/** Ready time (lastTransitionTime of Ready=True), ms; undefined when not ready or unknown. */
export function podReadyTime(pod: KObject): number | undefined {
  const c = readyCondition(pod);
  return c?.status === 'True' ? parseTime(c.lastTransitionTime) : undefined;
}

/**
 * Ready for longer than minReadySeconds. Upstream compares with `Before` (strictly), so a
 * pod that became ready at t is available only after t + minReadySeconds.
 */
export function isPodAvailable(pod: KObject, minReadySeconds: number, now: number): boolean {
  if (!isPodReady(pod)) return false;
  if (!minReadySeconds) return true;
  const t = podReadyTime(pod);
  return t !== undefined && t + minReadySeconds * 1000 < now;
}

/** When a ready-but-not-yet-available pod becomes available (first instant past the bound). */
export function availableAt(pod: KObject, minReadySeconds: number): number | undefined {
  const t = podReadyTime(pod);
  return t === undefined ? undefined : t + minReadySeconds * 1000 + 1;
}

/** Not finished and not being deleted: what a ReplicaSet counts. */
export function isPodActive(pod: KObject): boolean {
  const phase = pod.status?.phase;
  return phase !== 'Succeeded' && phase !== 'Failed' && !pod.metadata.deletionTimestamp;
}

/** What controllers ask about a pod, computed once per stored (immutable) pod object. */
export interface PodFacts {
  active: boolean;
  ready: boolean;
  /** Ready condition lastTransitionTime (ms) when ready. */
  readyTime?: number;
  created?: number;
}

const facts = new WeakMap<KObject, PodFacts>();

export function podFacts(pod: KObject): PodFacts {
  let f = facts.get(pod);
  if (!f) {
    const c = readyCondition(pod);
    const ready = c?.status === 'True';
    f = { active: isPodActive(pod), ready, readyTime: ready ? parseTime(c!.lastTransitionTime) : undefined, created: parseTime(pod.metadata.creationTimestamp) };
    if (Object.isFrozen(pod)) facts.set(pod, f);
  }
  return f;
}
