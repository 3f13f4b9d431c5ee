/**
 * The Job controller's view of its pods and the pod writes it makes
 * (kubernetes/kubernetes pkg/controller/job/job_controller.go, indexed_job_utils.go,
 * pkg/controller/controller_utils.go `GetPodFromTemplate`; reference §4.2).
 */
import { R } from '../../client.js';
import { parseTime } from '../../clock.js';
import { deepClone } from '../../objects.js';
import type { KObject } from '../../types.js';
import type { ControllerContext } from '../framework.js';
import { COMPLETION_INDEX } from './indexes.js';

/** Finalizer the controller puts on its pods until it has counted them. */
export const JOB_TRACKING_FINALIZER = 'batch.kubernetes.io/job-tracking';

export function hasTrackingFinalizer(pod: KObject): boolean {
  return !!pod.metadata.finalizers?.includes(JOB_TRACKING_FINALIZER);
}

export function isTerminal(pod: KObject): boolean {
  const p = pod.status?.phase;
  return p === 'Succeeded' || p === 'Failed';
}

/** Counts toward `active`: not finished and not being deleted. */
export function isActive(pod: KObject): boolean {
  return !isTerminal(pod) && !pod.metadata.deletionTimestamp;
}

export function isReady(pod: KObject): boolean {
  return !!pod.status?.conditions?.some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True');
}

/**
 * upstream `getFinishedTime`: when the pod stopped — the newest container finishedAt,
 * else its deletion time, else now.
 */
export function finishedTime(pod: KObject, now: number): number {
  let latest: number | undefined;
  for (const cs of [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])]) {
    const t = parseTime(cs.state?.terminated?.finishedAt);
    if (t !== undefined && (latest === undefined || t > latest)) latest = t;
  }
  return latest ?? parseTime(pod.metadata.deletionTimestamp) ?? now;
}

/** Σ restartCount over all containers of pods still Pending or Running (restartPolicy OnFailure). */
export function restartsOfUnfinished(pods: KObject[]): number {
  let n = 0;
  for (const p of pods) {
    if (isTerminal(p)) continue;
    for (const cs of [...(p.status?.initContainerStatuses ?? []), ...(p.status?.containerStatuses ?? [])]) n += cs.restartCount ?? 0;
  }
  return n;
}

/**
 * Creates one pod from the Job's template. Indexed Jobs get the completion index as
 * annotation and label, `JOB_COMPLETION_INDEX` in every container's env, a hostname
 * `<job>-<index>` and the name prefix `<job>-<index>-`.
 */
export function createJobPod(ctx: ControllerContext, job: KObject, index?: number): boolean {
  const t = job.spec?.template ?? {};
  const name = job.metadata.name!;
  const meta: KObject['metadata'] = { generateName: index === undefined ? `${name}-` : `${name}-${index}-`, namespace: job.metadata.namespace };
  const labels = deepClone(t.metadata?.labels ?? {});
  const annotations = deepClone(t.metadata?.annotations ?? {});
  const spec = deepClone(t.spec ?? {});
  if (index !== undefined) {
    annotations[COMPLETION_INDEX] = String(index);
    labels[COMPLETION_INDEX] = String(index);
    if (!spec.hostname) spec.hostname = `${name}-${index}`;
    const envVar = { name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: `metadata.annotations['${COMPLETION_INDEX}']` } } };
    for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) c.env = [...(c.env ?? []), deepClone(envVar)];
  }
  if (Object.keys(labels).length) meta.labels = labels;
  if (Object.keys(annotations).length) meta.annotations = annotations;
  meta.finalizers = [...(t.metadata?.finalizers ?? []), JOB_TRACKING_FINALIZER];
  meta.ownerReferences = [{ apiVersion: 'batch/v1', kind: 'Job', name, uid: job.metadata.uid!, controller: true, blockOwnerDeletion: true }];
  const res = ctx.api.create(R.pods, job.metadata.namespace, { apiVersion: 'v1', kind: 'Pod', metadata: meta, spec });
  if (res.ok) {
    ctx.event(job, 'Normal', 'SuccessfulCreate', `Created pod: ${res.value.metadata.name}`);
    return true;
  }
  if (/because it is being terminated/.test(res.status.message)) return false;
  ctx.event(job, 'Warning', 'FailedCreate', `Error creating: ${res.status.message}`);
  return false;
}

/**
 * Deletes a pod of the Job (RealPodControl.DeletePod), with its SuccessfulDelete event; true
 * if deleted. Pods manageJob removes (surplus, suspension) lose the tracking finalizer first
 * (upstream `deleteJobPods`), so they are never counted as failures; pods of a failing Job
 * keep it (`deleteActivePods`) and are counted as failed.
 */
export function deleteJobPod(ctx: ControllerContext, job: KObject, pod: KObject, countAsFailed = false): boolean {
  if (!countAsFailed) removeTrackingFinalizer(ctx, pod);
  const res = ctx.api.delete(R.pods, pod.metadata.namespace, pod.metadata.name!);
  if (res.ok) ctx.event(job, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`);
  else if (res.status.reason !== 'NotFound') ctx.event(job, 'Warning', 'FailedDelete', `Error deleting: ${res.status.message}`);
  return res.ok;
}

/** Removes the tracking finalizer (the pod has been counted, or its Job is gone). */
export function removeTrackingFinalizer(ctx: ControllerContext, pod: KObject): void {
  if (!hasTrackingFinalizer(pod)) return;
  const copy = deepClone(pod);
  const finalizers = (pod.metadata.finalizers ?? []).filter((f) => f !== JOB_TRACKING_FINALIZER);
  if (finalizers.length) copy.metadata.finalizers = finalizers;
  else delete copy.metadata.finalizers;
  // Upstream sends a JSON patch guarded by the resourceVersion; an update of the cached
  // copy is the same guarded write (the cache here is never stale).
  ctx.api.update(R.pods, copy);
}
