/**
 * Bench figure `cronjob-24h-every-minute-ms`: wall time for 24 virtual hours over a
 * `*∕1 * * * *` CronJob whose pods echo and exit (1,440 runs, history cleanup keeping the
 * store small). The CronJob controller wakes only at schedule times, so the cost is the
 * runs themselves.
 */
import { performance } from 'node:perf_hooks';
import { Cluster, R, type KObject } from '../src/sim/index.js';

export function cronJob24h(): { value: number; unit: string } | { na: string } {
  const cluster = Cluster.create({ seed: 1 });
  const cj: KObject = {
    apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'hello', namespace: 'default' },
    spec: {
      schedule: '*/1 * * * *',
      jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'hello', image: 'busybox:1.36', command: ['sh', '-c', 'date; echo Hello'] }] } } } },
    },
  };
  const res = cluster.client().create(R.cronjobs, 'default', cj);
  if (!res.ok) return { na: `cannot create the CronJob: ${res.status.message}` };
  const t0 = performance.now();
  cluster.advance(24 * 3600_000);
  const ms = performance.now() - t0;
  const last = cluster.store.get('cronjobs.batch', 'default', 'hello')?.status?.lastScheduleTime;
  if (!last || cluster.now() - Date.parse(last) > 60_000) return { na: 'the CronJob did not keep running every minute' };
  if (cluster.store.count('jobs.batch', 'default') > 5) return { na: 'finished Jobs were not cleaned up' };
  return { value: Math.round(ms * 10) / 10, unit: 'ms' };
}
