/**
 * Finding the pod behind `deploy/web`, `job/pi`, `svc/web` for `logs` and `exec`
 * (kubectl pkg/polymorphichelpers/{helpers,logsforobject,attachablepodforobject}.go and
 * pkg/util/podutils at v0.33.0): the object's selector, its pods sorted the way each
 * command wants, and the first one.
 */
import {
  formatLabels, formatLabelSelector, parseTime, R, resolveResource, type KObject, type Pod, type Status,
} from '../../sim/index.js';
import type { VerbContext } from '../types.js';

/** The label selector (as a query string) of an object that has pods, or undefined. */
export function selectorForObject(obj: KObject): string | undefined {
  const sel = obj.spec?.selector;
  switch (obj.kind) {
    case 'ReplicationController':
    case 'Service':
      return sel && Object.keys(sel).length ? formatLabels(sel) : undefined;
    case 'ReplicaSet':
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'Job':
      return sel ? formatLabelSelector(sel) : undefined;
    default:
      return undefined;
  }
}

const isReady = (p: Pod): boolean => !!p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
const readyTime = (p: Pod): number | undefined => parseTime(p.status?.conditions?.find((c) => c.type === 'Ready' && c.status === 'True')?.lastTransitionTime);
const restarts = (p: Pod): number => Math.max(0, ...(p.status?.containerStatuses ?? []).map((c) => c.restartCount ?? 0));
const created = (p: Pod): number | undefined => parseTime(p.metadata.creationTimestamp);

/** afterOrZero(t1, t2): a zero time counts as the latest. */
function afterOrZero(t1: number | undefined, t2: number | undefined): boolean {
  if (t1 === undefined || t2 === undefined) return t1 === undefined;
  return t1 > t2;
}

/** podutils.ByLogging: the pod `logs deploy/x` picks comes first. */
export function byLogging(a: Pod, b: Pod): number {
  const less = (i: Pod, j: Pod): boolean => {
    const ni = i.spec?.nodeName ?? '';
    const nj = j.spec?.nodeName ?? '';
    if (ni !== nj && (!ni || !nj)) return !!ni;
    const rank: Record<string, number> = { Running: 0, Unknown: 1, Pending: 2 };
    const ri = rank[i.status?.phase ?? ''] ?? 0;
    const rj = rank[j.status?.phase ?? ''] ?? 0;
    // Go's map lookup yields 0 for phases not in the map (Succeeded/Failed), like Running.
    if (ri !== rj) return ri < rj;
    if (isReady(i) !== isReady(j)) return isReady(i);
    if (isReady(i) && isReady(j) && readyTime(i) !== readyTime(j)) return afterOrZero(readyTime(j), readyTime(i));
    if (restarts(i) !== restarts(j)) return restarts(i) > restarts(j);
    if (created(i) !== created(j)) return afterOrZero(created(j), created(i));
    return false;
  };
  return less(a, b) ? -1 : less(b, a) ? 1 : 0;
}

/** sort.Reverse(podutils.ActivePods): the pod `exec deploy/x` attaches to comes first (most "active"). */
export function byActiveReversed(a: Pod, b: Pod): number {
  // ActivePods.Less puts the pod to delete first (unassigned, pending, not ready, ...); reversed, the best pod leads.
  const less = (i: Pod, j: Pod): boolean => {
    const ni = i.spec?.nodeName ?? '';
    const nj = j.spec?.nodeName ?? '';
    if (ni !== nj && (!ni || !nj)) return !ni;
    const rank: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };
    const ri = rank[i.status?.phase ?? ''] ?? 0;
    const rj = rank[j.status?.phase ?? ''] ?? 0;
    if (ri !== rj) return ri < rj;
    if (isReady(i) !== isReady(j)) return !isReady(i);
    if (isReady(i) && isReady(j) && readyTime(i) !== readyTime(j)) return afterOrZero(readyTime(i), readyTime(j));
    if (restarts(i) !== restarts(j)) return restarts(i) > restarts(j);
    if (created(i) !== created(j)) return afterOrZero(created(i), created(j));
    return false;
  };
  return less(b, a) ? -1 : less(a, b) ? 1 : 0;
}

export type ObjectResult = { ok: true; object: KObject } | { ok: false; status: Status } | { ok: false; error: string };

/**
 * builder.ResourceNames("pods", arg): `web-1` is a pod, `deploy/web` any type. A missing
 * object is a NotFound Status.
 */
export function getByPodOrTypeName(ctx: VerbContext, arg: string): ObjectResult {
  const slash = arg.indexOf('/');
  if (slash < 0) {
    const got = ctx.client.get(R.pods, ctx.namespace, arg);
    return got.ok ? { ok: true, object: got.value } : { ok: false, status: got.status };
  }
  const typeName = arg.slice(0, slash);
  const name = arg.slice(slash + 1);
  const type = resolveResource(typeName);
  if (!type) return { ok: false, error: `the server doesn't have a resource type "${typeName}"` };
  const got = ctx.client.get({ group: type.group, resource: type.plural }, ctx.namespace, name);
  return got.ok ? { ok: true, object: got.value } : { ok: false, status: got.status };
}

/**
 * GetPodList: the object's pods sorted by `order`; with none yet, virtual time runs until
 * one appears or `timeoutMs` passes (`timed out waiting for the condition`).
 */
export function podsForObject(ctx: VerbContext, obj: KObject, order: (a: Pod, b: Pod) => number, timeoutMs: number): { ok: true; pods: Pod[] } | { ok: false; error: string } | { ok: false; status: Status } {
  if (obj.kind === 'Pod') return { ok: true, pods: [obj as Pod] };
  const selector = selectorForObject(obj);
  if (selector === undefined) return { ok: false, error: `cannot get the logs from ${goType(obj)}: selector for ${goType(obj)} not implemented` };
  const list = (): { ok: true; pods: Pod[] } | { ok: false; status: Status } => {
    const listed = ctx.client.list<Pod>(R.pods, obj.metadata.namespace, { labelSelector: selector });
    return listed.ok ? { ok: true, pods: [...listed.value.items].sort(order) } : { ok: false, status: listed.status };
  };
  let got = list();
  if (!got.ok || got.pods.length) return got;
  const appeared = ctx.session.cluster.advanceUntil(() => {
    got = list();
    return !got.ok || got.pods.length > 0;
  }, timeoutMs);
  if (!appeared) return { ok: false, error: 'timed out waiting for the condition' };
  return got;
}

/** `*v1.Deployment` style names used in upstream's "cannot ... from %T" errors. */
function goType(obj: KObject): string {
  const group = obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0] : 'core';
  const version = obj.apiVersion.split('/').pop();
  return `*${group === 'core' ? '' : group}${version}.${obj.kind}`;
}
