/**
 * CronJob and TTL-after-finished controllers on a whole simulated cluster (reference §4.6,
 * pkg/controller/cronjob/cronjob_controllerv2.go, utils.go; ttlafterfinished controller).
 */
import { describe, expect, it } from 'vitest';
import { Cluster } from '../../cluster.js';
import { R } from '../../client.js';
import type { KObject } from '../../types.js';

function cronJob(name: string, spec: Record<string, unknown>, script = 'echo hi; sleep 10'): KObject {
  return {
    apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name },
    spec: {
      schedule: '*/1 * * * *', ...spec,
      jobTemplate: { metadata: { labels: { app: name } }, spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', script] }] } } } },
    },
  };
}

function setup(cj: KObject) {
  // Start a few seconds after a minute boundary, as a learner would.
  const c = Cluster.create({ seed: 5, start: '2025-06-02T09:00:20Z' });
  const res = c.client().create(R.cronjobs, 'default', cj);
  if (!res.ok) throw new Error(res.status.message);
  c.settle();
  const get = () => c.store.get('cronjobs.batch', 'default', cj.metadata.name!)!;
  const jobs = () => c.store.list('jobs.batch', 'default').map((j) => j.metadata.name);
  const events = () => c.store.list('events', 'default').filter((e) => e.involvedObject?.kind === 'CronJob')
    .sort((a, b) => (a.firstTimestamp ?? '').localeCompare(b.firstTimestamp ?? '')).map((e) => `${e.type} ${e.reason} ${e.message}`);
  return { c, get, jobs, events };
}

const minutes = (iso: string) => Date.parse(iso) / 60_000;

describe('CronJob controller', () => {
  it('creates <name>-<minutes since epoch> at each schedule time, with the scheduled-timestamp annotation', () => {
    const { c, get, jobs, events } = setup(cronJob('hello', {}));
    expect(jobs()).toEqual([]);
    c.advance(41_000); // 09:01:00.1 passed: the controller wakes 100 ms after a schedule time
    expect(jobs()).toEqual([`hello-${minutes('2025-06-02T09:01:00Z')}`]);
    const job = c.store.get('jobs.batch', 'default', jobs()[0]!)!;
    expect(job.metadata.annotations?.['batch.kubernetes.io/cronjob-scheduled-timestamp']).toBe('2025-06-02T09:01:00Z');
    expect(job.metadata.labels?.app).toBe('hello');
    expect(job.metadata.ownerReferences).toEqual([{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'hello', uid: get().metadata.uid, controller: true, blockOwnerDeletion: true }]);
    expect(get().status.lastScheduleTime).toBe('2025-06-02T09:01:00Z');
    expect(get().status.active).toHaveLength(1);
    c.advance(30_000);
    expect(get().status.active).toBeUndefined();
    expect(get().status.lastSuccessfulTime).toBeDefined();
    expect(events()).toEqual([
      `Normal SuccessfulCreate Created job hello-${minutes('2025-06-02T09:01:00Z')}`,
      `Normal SawCompletedJob Saw completed job: hello-${minutes('2025-06-02T09:01:00Z')}, status: Complete`,
    ]);
  });

  it('keeps 3 successful Jobs (successfulJobsHistoryLimit) and deletes older ones with their pods', () => {
    const { c, jobs } = setup(cronJob('h', {}));
    c.advance(10 * 60_000);
    const names = jobs();
    expect(names).toHaveLength(3);
    // 09:10:20: the 09:10 run (10 s) has finished too, so 09:08, 09:09 and 09:10 remain.
    expect(names).toEqual(['09:08', '09:09', '09:10'].map((m) => `h-${minutes(`2025-06-02T${m}:00Z`)}`));
    const pods = c.store.list('pods', 'default');
    expect(pods.every((p) => names.includes(p.metadata.labels?.['job-name'] ?? ''))).toBe(true);
  });

  it('Forbid: a running Job blocks the next run (JobAlreadyActive)', () => {
    const { c, jobs, events } = setup(cronJob('f', { concurrencyPolicy: 'Forbid' }, 'sleep 90'));
    c.advance(101_000); // 09:01 created; 09:02 forbidden
    expect(jobs()).toEqual([`f-${minutes('2025-06-02T09:01:00Z')}`]);
    expect(events()).toContain('Normal JobAlreadyActive Not starting job because prior execution is running and concurrency policy is Forbid');
  });

  it('Replace: the running Job is deleted for the next one', () => {
    const { c, jobs, events } = setup(cronJob('r', { concurrencyPolicy: 'Replace' }, 'sleep 300'));
    c.advance(101_000);
    expect(jobs()).toEqual([`r-${minutes('2025-06-02T09:02:00Z')}`]);
    expect(events()).toContain(`Normal SuccessfulDelete Deleted job r-${minutes('2025-06-02T09:01:00Z')}`);
  });

  it('suspend: no runs; resuming runs only the most recent missed time', () => {
    const { c, jobs } = setup(cronJob('s', { suspend: true }));
    c.advance(5 * 60_000);
    expect(jobs()).toEqual([]);
    c.client().patch(R.cronjobs, 'default', 's', { spec: { suspend: false } }, 'application/merge-patch+json');
    c.settle();
    expect(jobs()).toEqual([`s-${minutes('2025-06-02T09:05:00Z')}`]);
  });

  it('more than 100 missed times: TooManyMissedTimes, still runs the newest', () => {
    const { c, jobs, events } = setup(cronJob('m', { suspend: true }));
    c.advance(3 * 3600_000);
    c.client().patch(R.cronjobs, 'default', 'm', { spec: { suspend: false } }, 'application/merge-patch+json');
    c.settle();
    expect(events()).toContain('Warning TooManyMissedTimes too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew');
    expect(jobs()).toEqual([`m-${minutes('2025-06-02T12:00:00Z')}`]);
  });

  it('startingDeadlineSeconds bounds the missed times looked at', () => {
    const { c, jobs, events } = setup(cronJob('d', { suspend: true, startingDeadlineSeconds: 30, schedule: '0 * * * *' }));
    c.advance(3 * 3600_000 + 40_000); // 12:00:60 — 12:00 is 60 s ago, beyond the 30 s deadline
    c.client().patch(R.cronjobs, 'default', 'd', { spec: { suspend: false } }, 'application/merge-patch+json');
    c.settle();
    expect(jobs()).toEqual([]);
    expect(events().filter((e) => e.includes('TooMany'))).toEqual([]);
  });

  it('timeZone: schedules in that zone', () => {
    const { c, jobs } = setup(cronJob('tz', { schedule: '0 19 * * *', timeZone: 'Asia/Seoul' }));
    c.advance(2 * 3600_000); // 10:00Z = 19:00 KST
    expect(jobs()).toEqual([`tz-${minutes('2025-06-02T10:00:00Z')}`]);
    const job = c.store.get('jobs.batch', 'default', jobs()[0]!)!;
    expect(job.metadata.annotations?.['batch.kubernetes.io/cronjob-scheduled-timestamp']).toBe('2025-06-02T19:00:00+09:00');
  });
});

describe('TTL-after-finished controller', () => {
  it('deletes a finished Job and its pods ttlSecondsAfterFinished after it finished', () => {
    const c = Cluster.create({ seed: 2 });
    c.client().create(R.jobs, 'default', {
      apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 't' },
      spec: { ttlSecondsAfterFinished: 60, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 5'] }] } } },
    });
    c.advance(30_000);
    const job = c.store.get('jobs.batch', 'default', 't')!;
    const done = Date.parse(job.status.completionTime);
    c.advanceTo(done + 59_000);
    expect(c.store.get('jobs.batch', 'default', 't')).toBeDefined();
    c.advanceTo(done + 65_000);
    expect(c.store.get('jobs.batch', 'default', 't')).toBeUndefined();
    expect(c.store.list('pods', 'default')).toEqual([]);
  });
});
