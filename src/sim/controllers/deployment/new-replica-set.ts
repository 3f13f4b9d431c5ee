/**
 * Finding or creating the new ReplicaSet (sync.go `getAllReplicaSetsAndSyncRevision`,
 * `getNewReplicaSet`; deployment_util.go `NewRSNewReplicas`).
 */
import { R } from '../../client.js';
import { deepClone } from '../../objects.js';
import type { Deployment, ReplicaSet } from '../../types.js';
import { computeHash, POD_TEMPLATE_HASH_LABEL } from '../pod-template-hash.js';
import { controllerOwnerRef } from '../replicaset/kind.js';
import { getCondition, newCondition, REASON, setCondition } from './conditions.js';
import { type DeploymentSync, updateReplicaSet, writeStatus } from './context.js';
import { setDeploymentRevision, setNewReplicaSetAnnotations } from './revisions.js';
import {
  equalIgnoreHash, findNewReplicaSet, hasProgressDeadline, maxRevision, maxSurge, replicasOf, rsReplicas, strategyType, sumSpec,
} from './util.js';

export interface SetsView {
  newRS?: ReplicaSet;
  oldRSs: ReplicaSet[];
}

/** `NewRSNewReplicas`: how big the new RS may be now. */
export function newRSNewReplicas(d: Deployment, all: ReplicaSet[], newRS: ReplicaSet): number {
  if (strategyType(d) === 'Recreate') return replicasOf(d);
  const maxTotal = replicasOf(d) + maxSurge(d);
  const current = sumSpec(all);
  if (current >= maxTotal) return rsReplicas(newRS);
  return rsReplicas(newRS) + Math.min(maxTotal - current, replicasOf(d) - rsReplicas(newRS));
}

/** Splits the owned sets into new and old, syncing revisions; creates the new set when asked. */
export function getAllReplicaSetsAndSyncRevision(s: DeploymentSync, sets: ReplicaSet[], create: boolean): SetsView {
  const existing = findNewReplicaSet(s.d, sets);
  const oldRSs = sets.filter((rs) => rs !== existing);
  const newRS = getNewReplicaSet(s, existing, oldRSs, create);
  return { newRS, oldRSs };
}

function getNewReplicaSet(s: DeploymentSync, existing: ReplicaSet | undefined, oldRSs: ReplicaSet[], create: boolean): ReplicaSet | undefined {
  const { d, ctx } = s;
  const newRevision = maxRevision(oldRSs) + 1;
  const now = ctx.clock.iso();
  if (existing) {
    const copy = deepClone(existing);
    const annotationsUpdated = setNewReplicaSetAnnotations(d, copy, newRevision, true);
    const minReady = d.spec.minReadySeconds ?? 0;
    if (annotationsUpdated || (copy.spec.minReadySeconds ?? 0) !== minReady) {
      copy.spec.minReadySeconds = minReady;
      return updateReplicaSet(s, copy);
    }
    let needsUpdate = setDeploymentRevision(d, copy.metadata.annotations?.['deployment.kubernetes.io/revision']);
    if (hasProgressDeadline(d) && !getCondition(d.status, 'Progressing')) {
      d.status ??= {};
      setCondition(d.status, newCondition('Progressing', 'True', REASON.foundNewRS, `Found new replica set "${copy.metadata.name}"`, now));
      needsUpdate = true;
    }
    if (needsUpdate) writeStatus(s);
    return copy;
  }
  if (!create) return undefined;

  const template = deepClone(d.spec.template);
  const hash = computeHash(d.spec.template, d.status?.collisionCount);
  template.metadata = { ...(template.metadata ?? {}), labels: { ...(template.metadata?.labels ?? {}), [POD_TEMPLATE_HASH_LABEL]: hash } };
  const selector = deepClone(d.spec.selector);
  selector.matchLabels = { ...(selector.matchLabels ?? {}), [POD_TEMPLATE_HASH_LABEL]: hash };
  const rs: ReplicaSet = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `${d.metadata.name}-${hash}`,
      namespace: d.metadata.namespace,
      labels: { ...template.metadata.labels },
      ownerReferences: [controllerOwnerRef(d, 'apps/v1', 'Deployment')],
    },
    spec: { replicas: 0, minReadySeconds: d.spec.minReadySeconds ?? 0, selector, template },
  };
  const count = newRSNewReplicas(d, [...oldRSs, rs], rs);
  rs.spec.replicas = count;
  setNewReplicaSetAnnotations(d, rs, newRevision, false);
  const res = ctx.api.create<ReplicaSet>(R.replicasets, d.metadata.namespace, rs);
  let created: ReplicaSet | undefined;
  let alreadyExisted = false;
  if (res.ok) {
    created = res.value;
  } else if (res.status.reason === 'AlreadyExists') {
    alreadyExisted = true;
    const found = ctx.store.get('replicasets.apps', d.metadata.namespace ?? '', rs.metadata.name!) as ReplicaSet | undefined;
    const ref = found?.metadata.ownerReferences?.find((r) => r.controller);
    if (found && ref?.uid === d.metadata.uid && equalIgnoreHash(d.spec.template, found.spec.template)) {
      created = found;
    } else {
      // A hash collision: bump collisionCount so the next sync computes a different name.
      d.status ??= {};
      d.status.collisionCount = (d.status.collisionCount ?? 0) + 1;
      writeStatus(s);
      return undefined;
    }
  } else if (/because it is being terminated/.test(res.status.message)) {
    return undefined;
  } else {
    const msg = `Failed to create new replica set "${rs.metadata.name}": ${res.status.message}`;
    if (hasProgressDeadline(d)) {
      d.status ??= {};
      setCondition(d.status, newCondition('Progressing', 'False', REASON.failedRSCreate, msg, now));
      writeStatus(s);
    }
    ctx.event(d, 'Warning', REASON.failedRSCreate, msg);
    return undefined;
  }
  if (!alreadyExisted && count > 0) {
    ctx.event(d, 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${created.metadata.name} from 0 to ${count}`);
  }
  let needsUpdate = setDeploymentRevision(d, String(newRevision));
  if (!alreadyExisted && hasProgressDeadline(d)) {
    d.status ??= {};
    setCondition(d.status, newCondition('Progressing', 'True', REASON.newRSCreated, `Created new replica set "${created.metadata.name}"`, now));
    needsUpdate = true;
  }
  if (needsUpdate) writeStatus(s);
  return created;
}
