/**
 * Finished-Job history of a CronJob (cronjob_controllerv2.go `cleanupFinishedJobs`,
 * `removeOldestJobs`, `deleteJob`): keep the newest successfulJobsHistoryLimit Complete and
 * failedJobsHistoryLimit Failed Jobs, oldest start time deleted first.
 */
import { R } from '../../client.js';
import type { Condition, KObject } from '../../types.js';
import type { ControllerContext } from '../framework.js';

function finished(job: KObject): string | undefined {
  return ((job.status?.conditions ?? []) as Condition[]).find((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True')?.type;
}

/** byJobStartTime: by status.startTime (unset last), then name. */
function byStartTime(a: KObject, b: KObject): number {
  const sa = a.status?.startTime;
  const sb = b.status?.startTime;
  if (!sa && sb) return 1;
  if (sa && !sb) return -1;
  if (sa === sb) return (a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1;
  return Date.parse(sa) - Date.parse(sb);
}

/** Deletes a child Job (background propagation) and drops it from status.active. */
export function deleteJob(ctx: ControllerContext, cj: KObject, job: KObject): boolean {
  const res = ctx.api.delete(R.jobs, job.metadata.namespace, job.metadata.name!, { propagationPolicy: 'Background' });
  if (!res.ok && res.status.reason !== 'NotFound') {
    ctx.event(cj, 'Warning', 'FailedDelete', `Deleted job: ${res.status.message}`);
    return false;
  }
  if (cj.status?.active) cj.status.active = cj.status.active.filter((a: any) => a.uid !== job.metadata.uid);
  ctx.event(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${job.metadata.name}`);
  return true;
}

/** Removes Jobs beyond the history limits; `jobs` are the children seen at the start of the sync. */
export function cleanupFinishedJobs(ctx: ControllerContext, cj: KObject, jobs: KObject[]): void {
  const successLimit = cj.spec?.successfulJobsHistoryLimit;
  const failedLimit = cj.spec?.failedJobsHistoryLimit;
  if (successLimit == null && failedLimit == null) return;
  const live = jobs.filter((j) => !j.metadata.deletionTimestamp && ctx.store.get('jobs.batch', j.metadata.namespace ?? '', j.metadata.name!));
  const groups: [string, number | null | undefined][] = [['Complete', successLimit], ['Failed', failedLimit]];
  for (const [type, limit] of groups) {
    if (limit == null) continue;
    const list = live.filter((j) => finished(j) === type).sort(byStartTime);
    for (let i = 0; i < list.length - limit; i++) deleteJob(ctx, cj, list[i]);
  }
}
