/**
 * The CronJob controller (source `cronjob-controller`; kubernetes/kubernetes
 * pkg/controller/cronjob/cronjob_controllerv2.go `sync`/`syncCronJob`/`cleanupFinishedJobs`,
 * reference §4.6). The CronJob is requeued for its next schedule time only, so virtual
 * hours pass without per-minute polling.
 */
import { R } from '../../client.js';
import { rfc3339 } from '../../clock.js';
import { deepClone, deepEqual, splitKey } from '../../objects.js';
import type { StoreEvent } from '../../store.js';
import type { Condition, KObject } from '../../types.js';
import type { ControllerContext, ControllerDef } from '../framework.js';
import { isJobFinished } from '../job/conditions.js';
import { cleanupFinishedJobs, deleteJob } from './history.js';
import { isTimeZone, parseSchedule } from './schedule.js';
import { jobNameFor, mostRecentScheduleTime, nextScheduleDelay, rfc1123z, rfc3339In } from './times.js';

export const SCHEDULED_TIMESTAMP = 'batch.kubernetes.io/cronjob-scheduled-timestamp';

function finishedType(job: KObject): string | undefined {
  return ((job.status?.conditions ?? []) as Condition[]).find((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True')?.type;
}

/** A CronJob's status write needs no new sync; a spec change (schedule, suspend…) does. */
function cronJobKeys(e: StoreEvent): string[] {
  if (e.type === 'MODIFIED' && e.oldObject && deepEqual({ ...e.oldObject, status: undefined, metadata: { ...e.oldObject.metadata, resourceVersion: undefined, managedFields: undefined } },
    { ...e.object, status: undefined, metadata: { ...e.object.metadata, resourceVersion: undefined, managedFields: undefined } })) return [];
  return [`${e.object.metadata.namespace}/${e.object.metadata.name}`];
}

/** Child Jobs matter when they appear, finish, start deleting or go. */
function jobKeys(e: StoreEvent): string[] {
  const o = e.object;
  const ref = o.metadata.ownerReferences?.find((r) => r.controller && r.kind === 'CronJob');
  if (!ref) return [];
  if (e.type === 'MODIFIED' && e.oldObject && finishedType(e.oldObject) === finishedType(o)
    && e.oldObject.metadata.deletionTimestamp === o.metadata.deletionTimestamp) return [];
  return [`${o.metadata.namespace}/${ref.name}`];
}

export const cronJobController: ControllerDef = {
  name: 'cronjob-controller',
  component: 'cronjob-controller',
  watches: [
    { resource: 'cronjobs.batch', keys: cronJobKeys },
    { resource: 'jobs.batch', keys: jobKeys },
  ],
  sync: syncCronJob,
};

/** Wake-ups already on the clock, so repeated syncs do not pile up timers. */
function wakeups(ctx: ControllerContext): Map<string, number> {
  let m = ctx.shared.get('cronjob-controller/wakeups') as Map<string, number> | undefined;
  if (!m) ctx.shared.set('cronjob-controller/wakeups', (m = new Map()));
  return m;
}

function requeue(ctx: ControllerContext, key: string, delayMs: number | undefined): void {
  if (delayMs === undefined) return;
  const at = ctx.clock.now() + Math.max(0, delayMs);
  const w = wakeups(ctx);
  if (w.get(key) === at) return;
  w.set(key, at);
  ctx.at(at, () => {
    if (w.get(key) === at) w.delete(key);
    ctx.enqueue(key);
  });
}

/** One reconcile of the CronJob named by `key`. */
export function syncCronJob(key: string, ctx: ControllerContext): void {
  const { namespace, name } = splitKey(key);
  const stored = ctx.store.get('cronjobs.batch', namespace, name);
  if (!stored) return;
  // Only status is changed on the working copy; spec and metadata stay the stored (frozen) ones.
  const cj: KObject = { ...stored, status: deepClone(stored.status ?? {}) };
  const status = cj.status;
  const jobs: KObject[] = [];
  for (const j of ctx.store.scan('jobs.batch', namespace)) {
    if (j.metadata.ownerReferences?.some((r) => r.controller && r.uid === cj.metadata.uid)) jobs.push(j);
  }
  const delay = reconcile(ctx, cj, jobs);
  cleanupFinishedJobs(ctx, cj, jobs);
  if (status.active && !status.active.length) delete status.active;
  if (!deepEqual(cj.status, stored.status ?? {})) {
    const latest = ctx.store.get('cronjobs.batch', namespace, name);
    if (latest) ctx.api.updateStatus(R.cronjobs, { ...latest, status: cj.status });
  }
  requeue(ctx, key, delay);
}

/** upstream `syncCronJob`: returns the delay until the next look, if any. `cj` is a working copy whose status is updated in place. */
function reconcile(ctx: ControllerContext, cj: KObject, jobs: KObject[]): number | undefined {
  const now = ctx.clock.now();
  const status = cj.status;
  const active: Record<string, any>[] = (status.active ??= []);
  const children = new Set<string>();
  for (const j of jobs) {
    children.add(j.metadata.uid!);
    const i = active.findIndex((a) => a.uid === j.metadata.uid);
    const finished = isJobFinished(j);
    if (i < 0 && !finished) {
      ctx.event(cj, 'Warning', 'UnexpectedJob', `Saw a job that the controller did not create or forgot: ${j.metadata.name}`);
    } else if (i >= 0 && finished) {
      active.splice(i, 1);
      ctx.event(cj, 'Normal', 'SawCompletedJob', `Saw completed job: ${j.metadata.name}, status: ${finishedType(j)}`);
    }
    if (finishedType(j) === 'Complete' && j.status?.completionTime) {
      if (!status.lastSuccessfulTime || Date.parse(j.status.completionTime) > Date.parse(status.lastSuccessfulTime)) status.lastSuccessfulTime = j.status.completionTime;
    }
  }
  for (const a of [...active]) {
    if (children.has(a.uid)) continue;
    if (ctx.store.get('jobs.batch', a.namespace ?? cj.metadata.namespace, a.name)) continue;
    ctx.event(cj, 'Normal', 'MissingJob', `Active job went missing: ${a.name}`);
    active.splice(active.indexOf(a), 1);
  }
  if (cj.metadata.deletionTimestamp) return undefined;
  const tz: string | undefined = cj.spec?.timeZone ?? undefined;
  if (tz != null && !isTimeZone(tz)) {
    ctx.event(cj, 'Warning', 'UnknownTimeZone', `invalid timeZone: ${JSON.stringify(tz)}: unknown time zone ${tz}`);
    return undefined;
  }
  if (cj.spec?.suspend === true) return undefined;
  const parsed = parseSchedule(cj.spec?.schedule ?? '', tz);
  if (!parsed.ok) {
    ctx.event(cj, 'Warning', 'UnparseableSchedule', `unparseable schedule: ${JSON.stringify(cj.spec?.schedule)} : ${parsed.error}`);
    return undefined;
  }
  const sched = parsed.value;
  const recent = mostRecentScheduleTime(cj, now, sched, true);
  if (recent.error) {
    ctx.event(cj, 'Warning', 'InvalidSchedule', `invalid schedule: ${cj.spec?.schedule} : ${recent.error}`);
    return undefined;
  }
  const scheduled = recent.mostRecent;
  if (scheduled === undefined || scheduled > now) return nextScheduleDelay(cj, now, sched);
  if (recent.missed === 'many') {
    ctx.event(cj, 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew');
  }
  const deadline = cj.spec?.startingDeadlineSeconds;
  if (deadline != null && scheduled + deadline * 1000 < now) {
    ctx.event(cj, 'Warning', 'MissSchedule', `Missed scheduled time to start a job: ${rfc1123z(scheduled)}`);
    return nextScheduleDelay(cj, now, sched);
  }
  const jobName = jobNameFor(cj, scheduled);
  if (active.some((a) => a.name === jobName) || status.lastScheduleTime === rfc3339(scheduled)) return nextScheduleDelay(cj, now, sched);
  const policy = cj.spec?.concurrencyPolicy ?? 'Allow';
  if (policy === 'Forbid' && active.length) {
    ctx.event(cj, 'Normal', 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid');
    return nextScheduleDelay(cj, now, sched);
  }
  if (policy === 'Replace') {
    for (const a of [...active]) {
      const job = ctx.store.get('jobs.batch', a.namespace ?? cj.metadata.namespace, a.name);
      if (job && !deleteJob(ctx, cj, job)) return undefined;
    }
  }
  const created = createJob(ctx, cj, jobName, scheduled, tz);
  if (created === 'failed') return undefined;
  if (created !== 'exists') {
    active.push({ apiVersion: 'batch/v1', kind: 'Job', name: created.metadata.name, namespace: created.metadata.namespace, resourceVersion: created.metadata.resourceVersion, uid: created.metadata.uid });
  }
  status.lastScheduleTime = rfc3339(scheduled);
  return nextScheduleDelay(cj, now, sched);
}

/** upstream `getJobFromTemplate2` + create: the Job for one scheduled time. */
function createJob(ctx: ControllerContext, cj: KObject, name: string, scheduled: number, tz: string | undefined): KObject | 'exists' | 'failed' {
  const tmpl = cj.spec?.jobTemplate ?? {};
  const annotations: Record<string, string> = { ...(tmpl.metadata?.annotations ?? {}), [SCHEDULED_TIMESTAMP]: rfc3339In(scheduled, tz) };
  const meta: KObject['metadata'] = { name, namespace: cj.metadata.namespace, annotations };
  if (tmpl.metadata?.labels && Object.keys(tmpl.metadata.labels).length) meta.labels = { ...tmpl.metadata.labels };
  meta.ownerReferences = [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cj.metadata.name!, uid: cj.metadata.uid!, controller: true, blockOwnerDeletion: true }];
  const res = ctx.api.create(R.jobs, cj.metadata.namespace, { apiVersion: 'batch/v1', kind: 'Job', metadata: meta, spec: deepClone(tmpl.spec ?? {}) });
  if (res.ok) {
    ctx.event(cj, 'Normal', 'SuccessfulCreate', `Created job ${res.value.metadata.name}`);
    return res.value;
  }
  if (res.status.reason === 'AlreadyExists') {
    const job = ctx.store.get('jobs.batch', cj.metadata.namespace ?? '', name);
    const owned = job?.metadata.ownerReferences?.some((r) => r.controller && r.uid === cj.metadata.uid);
    if (!owned || cj.status.active?.some((a: any) => a.uid === job!.metadata.uid)) return 'failed';
    return job!;
  }
  if (!/because it is being terminated/.test(res.status.message)) ctx.event(cj, 'Warning', 'FailedCreate', `Error creating job: ${res.status.message}`);
  return 'failed';
}
