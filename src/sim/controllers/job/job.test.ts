/**
 * Job controller on a whole simulated cluster (node model included): behaviour from
 * kubernetes/kubernetes pkg/controller/job/job_controller.go and reference §4.
 */
import { describe, expect, it } from 'vitest';
import { Cluster } from '../../cluster.js';
import { R } from '../../client.js';
import type { KObject } from '../../types.js';

function job(name: string, script: string, spec: Record<string, unknown> = {}, restartPolicy = 'Never'): KObject {
  return {
    apiVersion: 'batch/v1', kind: 'Job', metadata: { name },
    spec: { ...spec, template: { spec: { restartPolicy, containers: [{ name: 'c', image: 'busybox:1.36', command: ['sh', '-c', script] }] } } },
  };
}

function setup(j: KObject) {
  const c = Cluster.create({ seed: 3 });
  const res = c.client().create(R.jobs, 'default', j);
  if (!res.ok) throw new Error(res.status.message);
  c.settle();
  const get = () => c.store.get('jobs.batch', 'default', j.metadata.name!)!;
  const pods = () => c.store.list('pods', 'default').filter((p) => p.metadata.labels?.['job-name'] === j.metadata.name);
  const events = () => c.store.list('events', 'default').filter((e) => e.involvedObject?.kind === 'Job').map((e) => `${e.type} ${e.reason} ${e.message}`);
  return { c, get, pods, events };
}

describe('Job controller', () => {
  it('runs one pod to completion: labels, finalizer released, SuccessCriteriaMet then Complete', () => {
    const { c, get, pods, events } = setup(job('pi', 'echo hi; sleep 5'));
    const [p] = pods();
    expect(p.metadata.name).toMatch(/^pi-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(p.metadata.finalizers).toEqual(['batch.kubernetes.io/job-tracking']);
    const uid = get().metadata.uid;
    expect(p.metadata.labels).toMatchObject({ 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': 'pi', 'controller-uid': uid, 'job-name': 'pi' });
    expect(p.metadata.ownerReferences).toEqual([{ apiVersion: 'batch/v1', kind: 'Job', name: 'pi', uid, controller: true, blockOwnerDeletion: true }]);
    expect(get().status).toMatchObject({ active: 1, ready: 0, terminating: 0, uncountedTerminatedPods: {} });
    c.advance(30_000);
    const s = get().status;
    expect(s.succeeded).toBe(1);
    expect(s.active).toBeUndefined();
    expect(s.conditions.map((x: any) => `${x.type} ${x.status} ${x.reason} ${x.message}`)).toEqual([
      'SuccessCriteriaMet True CompletionsReached Reached expected number of succeeded pods',
      'Complete True CompletionsReached Reached expected number of succeeded pods',
    ]);
    expect(s.completionTime).toBeDefined();
    expect(pods()).toHaveLength(1);
    expect(pods()[0].status.phase).toBe('Succeeded');
    expect(pods()[0].metadata.finalizers).toBeUndefined();
    expect(events()).toEqual([`Normal SuccessfulCreate Created pod: ${p.metadata.name}`, 'Normal Completed Job completed']);
  });

  it('completions 3, parallelism 2: two at a time, then one', () => {
    const { c, get, pods } = setup(job('p', 'sleep 10', { completions: 3, parallelism: 2 }));
    expect(pods()).toHaveLength(2);
    c.advance(60_000);
    expect(pods()).toHaveLength(3);
    expect(get().status.succeeded).toBe(3);
  });

  it('work queue (parallelism only): done when one succeeds and none are active', () => {
    const { c, get, pods } = setup(job('wq', 'sleep 5', { parallelism: 3 }));
    expect(get().spec.completions).toBeUndefined();
    expect(pods()).toHaveLength(3);
    c.advance(60_000);
    expect(get().status.succeeded).toBe(3);
    expect(pods()).toHaveLength(3);
    expect(get().status.conditions.at(-1).type).toBe('Complete');
  });

  it('restartPolicy Never: a new pod per failure, back-off 10s,20s,40s…, fails after backoffLimit+1 failures', () => {
    const { c, get, pods, events } = setup(job('bad', 'exit 1', { backoffLimit: 2 }));
    c.advance(20 * 60_000);
    expect(pods()).toHaveLength(3);
    expect(pods().every((p) => p.status.phase === 'Failed')).toBe(true);
    const s = get().status;
    expect(s.failed).toBe(3);
    expect(s.conditions.map((x: any) => `${x.type} ${x.reason}`)).toEqual(['FailureTarget BackoffLimitExceeded', 'Failed BackoffLimitExceeded']);
    expect(s.completionTime).toBeUndefined();
    expect(events().at(-1)).toBe('Warning BackoffLimitExceeded Job has reached the specified backoff limit');
    // Each replacement waits 10 s × 2^(n−1) after the previous failure (second-precision timestamps).
    const ps = pods().sort((a, b) => a.metadata.creationTimestamp!.localeCompare(b.metadata.creationTimestamp!));
    const finished = (p: KObject) => Date.parse(p.status.containerStatuses[0].state.terminated.finishedAt);
    const waits = [1, 2].map((i) => Date.parse(ps[i].metadata.creationTimestamp!) - finished(ps[i - 1]));
    expect(waits[0]).toBeGreaterThanOrEqual(9_000);
    expect(waits[0]).toBeLessThanOrEqual(11_000);
    expect(waits[1]).toBeGreaterThanOrEqual(19_000);
    expect(waits[1]).toBeLessThanOrEqual(21_000);
  });

  it('activeDeadlineSeconds: DeadlineExceeded, running pod deleted', () => {
    const { c, get, pods, events } = setup(job('slow', 'sleep 3600', { activeDeadlineSeconds: 20 }));
    const name = pods()[0].metadata.name;
    c.advance(120_000);
    expect(events()).toEqual([
      `Normal SuccessfulCreate Created pod: ${name}`,
      `Normal SuccessfulDelete Deleted pod: ${name}`,
      'Warning DeadlineExceeded Job was active longer than specified deadline',
    ]);
    expect(get().status.failed).toBe(1);
    const s = get().status;
    expect(s.conditions.map((x: any) => `${x.type} ${x.reason} ${x.message}`)).toEqual([
      'FailureTarget DeadlineExceeded Job was active longer than specified deadline',
      'Failed DeadlineExceeded Job was active longer than specified deadline',
    ]);
    expect(s.active).toBeUndefined();
    expect(pods().filter((p) => !p.metadata.deletionTimestamp && p.status?.phase === 'Running')).toHaveLength(0);
  });

  it('Indexed: pod names, index annotation/label, hostname, completedIndexes', () => {
    const { c, get, pods } = setup(job('idx', 'sleep 2', { completions: 3, parallelism: 3, completionMode: 'Indexed' }));
    const ps = pods();
    expect(ps.map((p) => p.metadata.name!.replace(/-[^-]+$/, '')).sort()).toEqual(['idx-0', 'idx-1', 'idx-2']);
    const p0 = ps.find((p) => p.metadata.name!.startsWith('idx-0-'))!;
    expect(p0.metadata.annotations?.['batch.kubernetes.io/job-completion-index']).toBe('0');
    expect(p0.metadata.labels?.['batch.kubernetes.io/job-completion-index']).toBe('0');
    expect(p0.spec.hostname).toBe('idx-0');
    c.advance(60_000);
    expect(get().status.completedIndexes).toBe('0-2');
    expect(get().status.succeeded).toBe(3);
  });

  it('suspend: no pods, Suspended condition; resume creates pods', () => {
    const { c, get, pods, events } = setup(job('s', 'sleep 5', { suspend: true }));
    expect(pods()).toHaveLength(0);
    expect(get().status.startTime).toBeUndefined();
    expect(get().status.conditions.map((x: any) => `${x.type} ${x.status} ${x.reason}`)).toEqual(['Suspended True JobSuspended']);
    const r = c.client().patch(R.jobs, 'default', 's', { spec: { suspend: false } }, 'application/merge-patch+json');
    expect(r.ok).toBe(true);
    c.settle();
    expect(pods()).toHaveLength(1);
    expect(get().status.conditions.map((x: any) => `${x.type} ${x.status} ${x.reason}`)).toEqual(['Suspended False JobResumed']);
    expect(events()).toContain('Normal Resumed Job resumed');
  });

  it('deleting the Job removes its pods (finalizers released)', () => {
    const { c, pods } = setup(job('d', 'sleep 5'));
    c.advance(30_000);
    expect(pods()).toHaveLength(1);
    c.client().delete(R.jobs, 'default', 'd', { propagationPolicy: 'Background' });
    c.advance(5_000);
    expect(pods()).toHaveLength(0);
  });
  it('restartPolicy OnFailure: restarts in the same pod; fails once Σ restarts reaches backoffLimit', () => {
    const { c, get, pods } = setup(job('onf', 'exit 1', { backoffLimit: 2 }, 'OnFailure'));
    const name = pods()[0].metadata.name;
    c.advance(10 * 60_000);
    expect(pods().map((p) => p.metadata.name)).toEqual([]);
    expect(get().status.conditions.map((x: any) => `${x.type} ${x.reason}`)).toEqual(['FailureTarget BackoffLimitExceeded', 'Failed BackoffLimitExceeded']);
    expect(get().status.failed).toBe(1);
    expect(name).toMatch(/^onf-/);
  });

  it('formats completedIndexes as upstream intervals', async () => {
    const { formatIndexes, parseIndexes } = await import('./indexes.js');
    expect(formatIndexes([0, 1, 2, 4, 6, 7])).toBe('0-2,4,6-7');
    expect(formatIndexes([5])).toBe('5');
    expect([...parseIndexes('0-2,4,6-7', 7)]).toEqual([0, 1, 2, 4, 6]);
  });
  it('podFailurePolicy FailJob: fails at once with reason PodFailurePolicy (pod_failure_policy.go message)', () => {
    const { c, get, pods } = setup(job('pfp', 'exit 42', { podFailurePolicy: { rules: [{ action: 'FailJob', onExitCodes: { operator: 'In', values: [42] } }] } }));
    const name = pods()[0].metadata.name;
    c.advance(30_000);
    const conds = get().status.conditions.map((x: any) => `${x.type} ${x.reason} ${x.message}`);
    expect(conds).toEqual([
      `FailureTarget PodFailurePolicy Container c for pod default/${name} failed with exit code 42 matching FailJob rule at index 0`,
      `Failed PodFailurePolicy Container c for pod default/${name} failed with exit code 42 matching FailJob rule at index 0`,
    ]);
    expect(pods()).toHaveLength(1);
  });

  it('podFailurePolicy Ignore: the failure is not counted toward backoffLimit', () => {
    const { c, get, pods } = setup(job('ign', 'exit 3', { backoffLimit: 0, podFailurePolicy: { rules: [{ action: 'Ignore', onExitCodes: { operator: 'In', values: [3] } }] } }));
    c.advance(60_000);
    expect(get().status.failed).toBeUndefined();
    expect(get().status.conditions).toBeUndefined();
    // Replacements still wait for the back-off: 10 s, then 20 s, 40 s… after each failure.
    expect(pods().length).toBeGreaterThan(2);
    expect(pods().length).toBeLessThan(6);
  });
  it('suspending a running Job deletes its pods without counting failures; parallelism down deletes the surplus', () => {
    const { c, get, pods, events } = setup(job('run', 'sleep 600', { parallelism: 2, completions: 4 }));
    c.advance(10_000);
    const names = pods().map((p) => p.metadata.name);
    c.client().patch(R.jobs, 'default', 'run', { spec: { parallelism: 1 } }, 'application/merge-patch+json');
    c.advance(60_000);
    expect(get().status.active).toBe(1);
    c.client().patch(R.jobs, 'default', 'run', { spec: { suspend: true } }, 'application/merge-patch+json');
    c.advance(60_000);
    expect(get().status.failed).toBeUndefined();
    expect(get().status.active).toBeUndefined();
    expect(pods()).toEqual([]);
    expect(events().filter((e) => e.includes('SuccessfulDelete'))).toHaveLength(2);
    expect(events()).toContain('Normal Suspended Job suspended');
    expect(names).toHaveLength(2);
  });
  it('foreground deletion of a running Job: pods go first, no replacements, then the Job', () => {
    const { c, get, pods, events } = setup(job('fg', 'sleep 600'));
    c.advance(10_000);
    c.client().delete(R.jobs, 'default', 'fg', { propagationPolicy: 'Foreground' });
    c.advance(1_000);
    expect(get()?.metadata.deletionTimestamp).toBeDefined();
    c.advance(60_000);
    expect(pods()).toEqual([]);
    expect(get()).toBeUndefined();
    expect(events().filter((e) => e.includes('SuccessfulCreate'))).toHaveLength(1);
  });
});
