/**
 * Deployment revision history as kubectl reads it (kubectl pkg/util/deployment and
 * pkg/polymorphichelpers/history.go, rollback.go at v0.33.0): the ReplicaSets listed by
 * the Deployment's selector and controlled by its uid, each carrying its revision in the
 * `deployment.kubernetes.io/revision` annotation.
 */
import {
  deepClone, deepEqual, formatLabelSelector, type ApiClient, type Deployment, type PodTemplateSpec, type ReplicaSet,
  type Result,
} from '../../../sim/index.js';
import { RS } from './common.js';

export const REVISION_ANNOTATION = 'deployment.kubernetes.io/revision';
export const CHANGE_CAUSE_ANNOTATION = 'kubernetes.io/change-cause';
const HASH_LABEL = 'pod-template-hash';

/**
 * Annotations `rollout undo` keeps from the Deployment instead of copying them from the
 * ReplicaSet (rollback.go annotationsToSkip).
 */
export const ANNOTATIONS_TO_SKIP = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  REVISION_ANNOTATION,
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to',
]);

/**
 * deploymentutil.Revision: a missing annotation is revision 0; an unparseable one is an
 * error (undefined here), which history skips with a log line and undo ignores.
 */
export function revisionOf(obj: { metadata: { annotations?: Record<string, string> } }): number | undefined {
  const v = obj.metadata.annotations?.[REVISION_ANNOTATION];
  if (v === undefined) return 0;
  if (!/^[+-]?\d+$/.test(v)) return undefined;
  return parseInt(v, 10);
}

/** A template with the pod-template-hash label removed and empty maps dropped (Go's semantic equality treats nil and empty alike). */
function normalized(t: PodTemplateSpec | undefined): unknown {
  const c = deepClone(t ?? { spec: { containers: [] } }) as PodTemplateSpec & { metadata?: Record<string, unknown> };
  if (c.metadata?.labels) {
    delete c.metadata.labels[HASH_LABEL];
    if (!Object.keys(c.metadata.labels).length) delete c.metadata.labels;
  }
  if (c.metadata && c.metadata.creationTimestamp === null) delete c.metadata.creationTimestamp;
  if (c.metadata?.annotations && !Object.keys(c.metadata.annotations).length) delete c.metadata.annotations;
  if (c.metadata && !Object.keys(c.metadata).length) delete c.metadata;
  return c;
}

/** deploymentutil.EqualIgnoreHash: templates equal once the pod-template-hash label is ignored. */
export function equalIgnoreHash(a: PodTemplateSpec | undefined, b: PodTemplateSpec | undefined): boolean {
  return deepEqual(normalized(a), normalized(b));
}

function isControlledBy(rs: ReplicaSet, d: Deployment): boolean {
  return !!rs.metadata.ownerReferences?.some((r) => r.controller && r.uid === d.metadata.uid);
}

/** The Deployment's ReplicaSets: new one (oldest with an equal template) and the rest, as GetAllReplicaSets returns them. */
export interface DeploymentReplicaSets {
  newRS?: ReplicaSet;
  oldRSs: ReplicaSet[];
  /** old then new, as getDeploymentReplicaSets orders them. */
  all: ReplicaSet[];
}

/** Lists the Deployment's ReplicaSets through the API (as the learner), by selector and controller uid. */
export function deploymentReplicaSets(client: ApiClient, d: Deployment): Result<DeploymentReplicaSets> {
  const listed = client.list<ReplicaSet>(RS, d.metadata.namespace, { labelSelector: formatLabelSelector(d.spec.selector) });
  if (!listed.ok) return listed;
  const owned = listed.value.items.filter((rs) => isControlledBy(rs, d));
  // findNewReplicaSet sorts by creation time (then name) and takes the first equal template.
  const byAge = [...owned].sort((a, b) =>
    (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? '') || (a.metadata.name ?? '').localeCompare(b.metadata.name ?? ''));
  const newRS = byAge.find((rs) => equalIgnoreHash(rs.spec.template, d.spec.template));
  const oldRSs = owned.filter((rs) => rs !== newRS);
  return { ok: true, value: { newRS, oldRSs, all: newRS ? [...oldRSs, newRS] : oldRSs } };
}

/** revision → ReplicaSet, skipping unparseable revisions (GetHistory). Later entries win, as a Go map assignment does. */
export function historyOf(all: ReplicaSet[]): Map<number, ReplicaSet> {
  const out = new Map<number, ReplicaSet>();
  for (const rs of all) {
    const v = revisionOf(rs);
    if (v !== undefined) out.set(v, rs);
  }
  return out;
}

/**
 * The ReplicaSet `rollout undo` goes back to: the one with revision `toRevision`, or for 0
 * the second-highest revision. Errors carry upstream's wording.
 */
export function rollbackTarget(d: Deployment, all: ReplicaSet[], toRevision: number): { ok: true; rs: ReplicaSet } | { ok: false; error: string } {
  let latest = -1;
  let latestRS: ReplicaSet | undefined;
  let previous = -1;
  let previousRS: ReplicaSet | undefined;
  for (const rs of all) {
    const v = revisionOf(rs);
    if (v === undefined) continue;
    if (toRevision === 0) {
      if (latest < v) {
        previous = latest;
        previousRS = latestRS;
        latest = v;
        latestRS = rs;
      } else if (previous < v) {
        previous = v;
        previousRS = rs;
      }
    } else if (toRevision === v) {
      return { ok: true, rs };
    }
  }
  if (toRevision > 0) return { ok: false, error: revisionNotFound(toRevision) };
  if (!previousRS) return { ok: false, error: `no rollout history found for deployment "${d.metadata.name}"` };
  return { ok: true, rs: previousRS };
}

/** `unable to find specified revision 7 in history` */
export function revisionNotFound(rev: number): string {
  return `unable to find specified revision ${rev} in history`;
}
