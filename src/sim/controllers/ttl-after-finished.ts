/**
 * The TTL-after-finished controller (source `ttl-after-finished-controller`;
 * kubernetes/kubernetes pkg/controller/ttlafterfinished/ttlafterfinished_controller.go):
 * a finished Job with `ttlSecondsAfterFinished` is deleted, in the foreground (its pods go
 * first), once the time of its Complete/Failed condition plus the TTL has passed.
 */
import { R } from '../client.js';
import { parseTime } from '../clock.js';
import { splitKey } from '../objects.js';
import type { Condition, KObject } from '../types.js';
import type { ControllerContext, ControllerDef } from './framework.js';

/** When the Job finished (upstream `jobFinishTime`: the finished condition's lastTransitionTime). */
export function jobFinishTime(job: KObject): number | undefined {
  const c = ((job.status?.conditions ?? []) as Condition[]).find((x) => (x.type === 'Complete' || x.type === 'Failed') && x.status === 'True');
  return c ? parseTime(c.lastTransitionTime) : undefined;
}

function needsCleanup(job: KObject): boolean {
  return job.spec?.ttlSecondsAfterFinished != null && !job.metadata.deletionTimestamp && jobFinishTime(job) !== undefined;
}

export const ttlAfterFinishedController: ControllerDef = {
  name: 'ttl-after-finished-controller',
  component: 'ttl-after-finished-controller',
  watches: [{ resource: 'jobs.batch', keys: (e) => (e.type !== 'DELETED' && needsCleanup(e.object) ? [`${e.object.metadata.namespace}/${e.object.metadata.name}`] : []) }],
  sync(key: string, ctx: ControllerContext) {
    const { namespace, name } = splitKey(key);
    const job = ctx.store.get('jobs.batch', namespace, name);
    if (!job || !needsCleanup(job)) return;
    const expireAt = jobFinishTime(job)! + job.spec.ttlSecondsAfterFinished * 1000;
    const now = ctx.clock.now();
    if (now < expireAt) {
      ctx.enqueueAfter(key, expireAt - now);
      return;
    }
    ctx.api.delete(R.jobs, namespace, name, { propagationPolicy: 'Foreground', preconditions: { uid: job.metadata.uid } });
  },
};
