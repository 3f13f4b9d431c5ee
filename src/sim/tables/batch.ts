/**
 * Jobs and CronJobs (printJob, printCronJob in kubernetes/kubernetes
 * pkg/printers/internalversion/printers.go, 1.30+ column sets: Job STATUS, CronJob TIMEZONE).
 */
import { parseTime } from '../clock.js';
import type { Condition, KObject } from '../types.js';
import { humanDuration } from './duration.js';
import { boolPtr, containerCells, formatSelector, since } from './helpers.js';
import { col, nameCol, registerTable } from './table-registry.js';

const templateCols = () => [col('Containers', 'string', 1), col('Images', 'string', 1), col('Selector', 'string', 1)];

function hasCondition(job: KObject, type: string): boolean {
  return ((job.status?.conditions ?? []) as Condition[]).some((c) => c.type === type && c.status === 'True');
}

/** First match wins, as in printJob (SuccessCriteriaMet only from 1.34, so not here). */
const JOB_STATUS: [string, (j: KObject) => boolean][] = [
  ['Complete', (j) => hasCondition(j, 'Complete')],
  ['Failed', (j) => hasCondition(j, 'Failed')],
  ['Terminating', (j) => !!j.metadata.deletionTimestamp],
  ['Suspended', (j) => hasCondition(j, 'Suspended')],
  ['FailureTarget', (j) => hasCondition(j, 'FailureTarget')],
];

/** STATUS cell (1.30–1.33): Complete, Failed, Terminating, Suspended, FailureTarget, else Running. */
export function jobStatus(job: KObject): string {
  return JOB_STATUS.find(([, test]) => test(job))?.[0] ?? 'Running';
}

/** COMPLETIONS cell: `3/5`, `2/1 of 3` (no completions, parallelism > 1) or `0/1`. */
export function jobCompletions(job: KObject): string {
  const succeeded = job.status?.succeeded ?? 0;
  const completions = job.spec?.completions;
  if (completions !== undefined && completions !== null) return `${succeeded}/${completions}`;
  const parallelism = job.spec?.parallelism ?? 0;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

/** DURATION cell: '' before start; start→completion, or start→now while not complete (also when Failed). */
export function jobDuration(job: KObject, now: number): string {
  const start = parseTime(job.status?.startTime);
  if (start === undefined) return '';
  const end = parseTime(job.status?.completionTime);
  return humanDuration((end ?? now) - start);
}

registerTable('jobs.batch', {
  columns: [nameCol(), col('Status', 'string', 0, '', 'Status of the job.'), col('Completions'), col('Duration'), col('Age'), ...templateCols()],
  row(job, ctx) {
    const [names, images] = containerCells(job.spec?.template?.spec?.containers);
    return [
      job.metadata.name, jobStatus(job), jobCompletions(job), jobDuration(job, ctx.now), since(job.metadata.creationTimestamp, ctx),
      names, images, formatSelector(job.spec?.selector),
    ];
  },
});

registerTable('cronjobs.batch', {
  columns: [
    nameCol(), col('Schedule'), col('Timezone'), col('Suspend', 'boolean'), col('Active', 'integer'), col('Last Schedule'), col('Age'),
    ...templateCols(),
  ],
  row(cj, ctx) {
    const last = cj.status?.lastScheduleTime ? since(cj.status.lastScheduleTime, ctx) : '<none>';
    const jobSpec = cj.spec?.jobTemplate?.spec;
    const [names, images] = containerCells(jobSpec?.template?.spec?.containers);
    return [
      cj.metadata.name, cj.spec?.schedule ?? '', cj.spec?.timeZone ?? '<none>', boolPtr(cj.spec?.suspend), (cj.status?.active ?? []).length,
      last, since(cj.metadata.creationTimestamp, ctx), names, images, formatSelector(jobSpec?.selector),
    ];
  },
});
