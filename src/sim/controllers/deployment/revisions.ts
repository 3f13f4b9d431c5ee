/**
 * Revision bookkeeping (deployment_util.go `SetNewReplicaSetAnnotations`,
 * `copyDeploymentAnnotationsToReplicaSet`, `SetDeploymentRevision`).
 */
import type { Deployment, KObject } from '../../types.js';
import {
  MAX_REV_HISTORY_CHARS, REVISION_ANNOTATION, REVISION_HISTORY_ANNOTATION, SKIP_COPY_ANNOTATIONS,
  maxSurge, replicasOf, setReplicasAnnotations,
} from './util.js';

/** Copies the Deployment's annotations (minus the skip list) onto a working copy of the RS. */
export function copyDeploymentAnnotations(d: Deployment, rs: KObject): boolean {
  const a = (rs.metadata.annotations ??= {});
  let changed = false;
  for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) {
    if (SKIP_COPY_ANNOTATIONS.has(k) || a[k] === v) continue;
    a[k] = v;
    changed = true;
  }
  return changed;
}

/**
 * Brings the new RS's annotations up to date: copied Deployment annotations, the revision
 * (moving an older revision into revision-history on rollback) and, for a set about to be
 * created, desired/max-replicas. Returns whether anything changed.
 */
export function setNewReplicaSetAnnotations(d: Deployment, rs: KObject, newRevision: number, exists: boolean): boolean {
  let changed = copyDeploymentAnnotations(d, rs);
  const a = (rs.metadata.annotations ??= {});
  const had = Object.prototype.hasOwnProperty.call(a, REVISION_ANNOTATION);
  const oldRevision = a[REVISION_ANNOTATION];
  let oldInt = 0;
  if (had && oldRevision !== '') {
    if (!/^-?\d+$/.test(oldRevision)) return false;
    oldInt = Number(oldRevision);
  }
  if (oldInt < newRevision) {
    a[REVISION_ANNOTATION] = String(newRevision);
    changed = true;
    if (had) appendRevisionHistory(a, oldRevision);
  }
  if (!exists && setReplicasAnnotations(rs, replicasOf(d), replicasOf(d) + maxSurge(d))) changed = true;
  return changed;
}

function appendRevisionHistory(a: Record<string, string>, oldRevision: string): void {
  const current = a[REVISION_HISTORY_ANNOTATION] ?? '';
  const parts = current.split(',');
  if (!parts[0].length) {
    a[REVISION_HISTORY_ANNOTATION] = oldRevision;
    return;
  }
  let total = current.length + oldRevision.length + 1;
  let start = 0;
  while (total > MAX_REV_HISTORY_CHARS && start < parts.length) {
    total -= parts[start].length + 1;
    start++;
  }
  if (total <= MAX_REV_HISTORY_CHARS) a[REVISION_HISTORY_ANNOTATION] = [...parts.slice(start), oldRevision].join(',');
}

/** Sets the Deployment's revision annotation on the working copy; true if it changed. */
export function setDeploymentRevision(d: Deployment, revision: string | undefined): boolean {
  if (revision === undefined) return false;
  const a = (d.metadata.annotations ??= {});
  if (a[REVISION_ANNOTATION] === revision) return false;
  a[REVISION_ANNOTATION] = revision;
  return true;
}
