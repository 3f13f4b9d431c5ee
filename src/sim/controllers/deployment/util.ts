/**
 * Deployment helpers (kubernetes/kubernetes pkg/controller/deployment/util/deployment_util.go):
 * defaults, maxSurge/maxUnavailable resolution, replica counting, new/old ReplicaSet
 * selection and the orderings the controller sorts by.
 */
import { parseTime } from '../../clock.js';
import { canonicalJson, deepClone } from '../../objects.js';
import type { Deployment, KObject, ReplicaSet } from '../../types.js';
import { POD_TEMPLATE_HASH_LABEL } from '../pod-template-hash.js';

export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
export const REVISION_HISTORY_ANNOTATION = 'deployment.kubernetes.io/revision-history';
export const DESIRED_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS_ANNOTATION = 'deployment.kubernetes.io/max-replicas';
export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';
export const ROLLBACK_TO_ANNOTATION = 'deprecated.deployment.rollback.to';
/** Upstream caps revision-history at this many characters. */
export const MAX_REV_HISTORY_CHARS = 2000;
const MAX_INT32 = 2147483647;

/** Annotations that are never copied from a Deployment to its ReplicaSets (`skipCopyAnnotation`). */
export const SKIP_COPY_ANNOTATIONS = new Set([
  LAST_APPLIED_ANNOTATION, REVISION_ANNOTATION, REVISION_HISTORY_ANNOTATION, DESIRED_REPLICAS_ANNOTATION,
  MAX_REPLICAS_ANNOTATION, ROLLBACK_TO_ANNOTATION,
]);

/** spec.replicas with the apps/v1 default. */
export function replicasOf(d: Deployment): number {
  return d.spec.replicas ?? 1;
}

export function rsReplicas(rs: KObject): number {
  return rs.spec?.replicas ?? 1;
}

export function strategyType(d: Deployment): 'RollingUpdate' | 'Recreate' {
  return d.spec.strategy?.type ?? 'RollingUpdate';
}

/** progressDeadlineSeconds is set and not MaxInt32 (`HasProgressDeadline`). */
export function hasProgressDeadline(d: Deployment): boolean {
  const p = d.spec.progressDeadlineSeconds ?? 600;
  return p !== MAX_INT32;
}

export function progressDeadline(d: Deployment): number {
  return d.spec.progressDeadlineSeconds ?? 600;
}

/** `GetScaledValueFromIntOrPercent`: ints as-is, `N%` of total rounded up or down. */
export function scaledValue(v: number | string | undefined, total: number, roundUp: boolean, dflt: string): number {
  const val = v ?? dflt;
  if (typeof val === 'number') return val;
  const m = /^(-?\d+)%$/.exec(val);
  if (!m) return Number.isInteger(Number(val)) ? Number(val) : 0;
  const x = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(x) : Math.floor(x);
}

/** `ResolveFenceposts`: [maxSurge, maxUnavailable]; both zero → unavailable 1. */
export function resolveFenceposts(d: Deployment): [number, number] {
  const ru = d.spec.strategy?.rollingUpdate;
  const desired = replicasOf(d);
  const surge = scaledValue(ru?.maxSurge, desired, true, '25%');
  let unavailable = scaledValue(ru?.maxUnavailable, desired, false, '25%');
  if (surge === 0 && unavailable === 0) unavailable = 1;
  return [surge, unavailable];
}

export function maxSurge(d: Deployment): number {
  if (strategyType(d) !== 'RollingUpdate') return 0;
  return resolveFenceposts(d)[0];
}

export function maxUnavailable(d: Deployment): number {
  if (strategyType(d) !== 'RollingUpdate' || replicasOf(d) === 0) return 0;
  return Math.min(resolveFenceposts(d)[1], replicasOf(d));
}

export const sumSpec = (sets: (ReplicaSet | undefined)[]): number => sets.reduce((n, rs) => n + (rs ? rsReplicas(rs) : 0), 0);
export const sumStatus = (sets: (ReplicaSet | undefined)[]): number => sets.reduce((n, rs) => n + (rs?.status?.replicas ?? 0), 0);
export const sumReady = (sets: (ReplicaSet | undefined)[]): number => sets.reduce((n, rs) => n + (rs?.status?.readyReplicas ?? 0), 0);
export const sumAvailable = (sets: (ReplicaSet | undefined)[]): number => sets.reduce((n, rs) => n + (rs?.status?.availableReplicas ?? 0), 0);

/** `FilterActiveReplicaSets`: spec.replicas > 0. */
export function activeSets(sets: (ReplicaSet | undefined)[]): ReplicaSet[] {
  return sets.filter((rs): rs is ReplicaSet => !!rs && rsReplicas(rs) > 0);
}

/** `ReplicaSetsByCreationTimestamp`: oldest first, ties by name. */
export function byCreation(a: KObject, b: KObject): number {
  const ta = parseTime(a.metadata.creationTimestamp) ?? 0;
  const tb = parseTime(b.metadata.creationTimestamp) ?? 0;
  if (ta !== tb) return ta - tb;
  return (a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : (a.metadata.name ?? '') > (b.metadata.name ?? '') ? 1 : 0;
}

/** Revision annotation as a number; undefined when missing or unparseable. */
export function revisionOf(rs: KObject): number | undefined {
  const v = rs.metadata.annotations?.[REVISION_ANNOTATION];
  if (v === undefined || !/^-?\d+$/.test(v)) return undefined;
  return Number(v);
}

/** `MaxRevision` over the given sets (0 when none has one). */
export function maxRevision(sets: KObject[]): number {
  let max = 0;
  for (const rs of sets) max = Math.max(max, revisionOf(rs) ?? 0);
  return max;
}

/** Drops empty objects/arrays and nulls: apimachinery's semantic DeepEqual treats them as unset. */
function normalize(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.length ? v.map(normalize) : undefined;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const n = normalize(x);
    if (n !== undefined && n !== null) out[k] = n;
  }
  return Object.keys(out).length ? out : undefined;
}

const templateKeys = new WeakMap<object, string>();

/** A canonical string of a pod template without the pod-template-hash label (memoised for stored, frozen templates). */
export function templateKey(t: unknown): string {
  if (t && typeof t === 'object') {
    const hit = templateKeys.get(t);
    if (hit !== undefined) return hit;
  }
  const c = deepClone(t) as { metadata?: { labels?: Record<string, string> } } | undefined;
  if (c?.metadata?.labels) delete c.metadata.labels[POD_TEMPLATE_HASH_LABEL];
  const key = canonicalJson(normalize(c) ?? null);
  if (t && typeof t === 'object' && Object.isFrozen(t)) templateKeys.set(t, key);
  return key;
}

/** `EqualIgnoreHash`: templates equal apart from the pod-template-hash label. */
export function equalIgnoreHash(a: unknown, b: unknown): boolean {
  return templateKey(a) === templateKey(b);
}

/** `FindNewReplicaSet`: the oldest set whose template matches the Deployment's. */
export function findNewReplicaSet(d: Deployment, sets: ReplicaSet[]): ReplicaSet | undefined {
  return [...sets].sort(byCreation).find((rs) => equalIgnoreHash(rs.spec.template, d.spec.template));
}

/** `DeploymentComplete`. */
export function deploymentComplete(d: Deployment, status: NonNullable<Deployment['status']>): boolean {
  const n = replicasOf(d);
  return (status.updatedReplicas ?? 0) === n && (status.replicas ?? 0) === n && (status.availableReplicas ?? 0) === n
    && (status.observedGeneration ?? 0) >= (d.metadata.generation ?? 0);
}

/** `ReplicasAnnotationsNeedUpdate`. */
export function replicasAnnotationsNeedUpdate(rs: KObject, desired: number, max: number): boolean {
  const a = rs.metadata.annotations ?? {};
  return a[DESIRED_REPLICAS_ANNOTATION] !== String(desired) || a[MAX_REPLICAS_ANNOTATION] !== String(max);
}

/** `SetReplicasAnnotations` on a working copy; true if something changed. */
export function setReplicasAnnotations(rs: KObject, desired: number, max: number): boolean {
  const a = (rs.metadata.annotations ??= {});
  let changed = false;
  if (a[DESIRED_REPLICAS_ANNOTATION] !== String(desired)) { a[DESIRED_REPLICAS_ANNOTATION] = String(desired); changed = true; }
  if (a[MAX_REPLICAS_ANNOTATION] !== String(max)) { a[MAX_REPLICAS_ANNOTATION] = String(max); changed = true; }
  return changed;
}

/** An integer annotation, if present and parseable. */
export function intAnnotation(rs: KObject, key: string): number | undefined {
  const v = rs.metadata.annotations?.[key];
  return v !== undefined && /^-?\d+$/.test(v) ? Number(v) : undefined;
}
