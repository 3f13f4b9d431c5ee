/**
 * Jobs and CronJobs through kubectl on a whole simulated cluster: table columns and cell
 * forms from reference §4.5/§4.6 (printers.go printJob/printCronJob: `0/1 of 3`, STATUS
 * Complete/Failed, TIMEZONE <none>, SUSPEND, ACTIVE, LAST SCHEDULE), the seed's pingpong Job,
 * deletion cascading to pods, and suspending a CronJob with patch.
 */
import { describe, expect, it } from 'vitest';
import { run, testSession } from '../../testing/index.js';

const PINGPONG = `apiVersion: batch/v1
kind: Job
metadata:
  name: pingpong
  labels:
    app: pingpong
spec:
  parallelism: 3
  template:
    metadata:
      labels:
        app: pingpong
    spec:
      containers:
      - name: pingpong
        image: gihyodocker/alpine:bash
        command: ["/bin/sh"]
        args:
        - "-c"
        - |
          echo [\`date\`] ping!
          sleep 10
          echo [\`date\`] pong!
      restartPolicy: Never
`;

const CRON = `apiVersion: batch/v1
kind: CronJob
metadata:
  name: pingpong
spec:
  schedule: "*/1 * * * *"
  jobTemplate:
    metadata:
      labels:
        app: pingpong
    spec:
      template:
        spec:
          containers:
          - name: pingpong
            image: gihyodocker/alpine:bash
            command: ["/bin/sh", "-c", "echo ping; sleep 10; echo pong"]
          restartPolicy: OnFailure
`;

describe('Jobs through kubectl', () => {
  it('seed pingpong: parallel work-queue Job, 0/1 of 3 → 3/1 of 3, pods kept as Completed, logs job/NAME', () => {
    const s = testSession({ files: { 'simple-job.yaml': PINGPONG } });
    expect(run(s, 'kubectl apply -f simple-job.yaml').stdout).toBe('job.batch/pingpong created\n');
    expect(run(s, 'kubectl get jobs').stdout).toBe('NAME       STATUS    COMPLETIONS   DURATION   AGE\npingpong   Running   0/1 of 3      0s         0s\n');
    s.cluster.advance(35_000);
    expect(run(s, 'kubectl get jobs').stdout).toMatch(/^NAME       STATUS     COMPLETIONS   DURATION   AGE\npingpong   Complete   3\/1 of 3      1\ds        35s\n$/);
    const pods = run(s, 'kubectl get pods -l app=pingpong').stdout.trim().split('\n').slice(1);
    expect(pods).toHaveLength(3);
    for (const line of pods) expect(line).toMatch(/^pingpong-[a-z0-9]{5}   0\/1     Completed   0          35s$/);
    const logs = run(s, 'kubectl logs job/pingpong');
    expect(logs.stderr).toMatch(/^Found 3 pods, using pod\/pingpong-[a-z0-9]{5}\n$/);
    expect(logs.stdout).toMatch(/^\[Mon Jun 2 09:00:\d\d UTC 2025\] ping!\n\[Mon Jun 2 09:00:\d\d UTC 2025\] pong!\n$/);
  });

  it('a failing Job: Error pods stay, STATUS Failed after backoffLimit, DURATION keeps growing', () => {
    const s = testSession({ files: { 'bad.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: bad\nspec:\n  backoffLimit: 1\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: bad\n        image: busybox\n        command: [sh, -c, exit 1]\n' } });
    expect(run(s, 'kubectl apply -f bad.yaml').stdout).toBe('job.batch/bad created\n');
    s.cluster.advance(5 * 60_000);
    const out = run(s, 'kubectl get jobs').stdout;
    expect(out).toBe('NAME   STATUS   COMPLETIONS   DURATION   AGE\nbad    Failed   0/1           5m         5m\n');
    const pods = run(s, 'kubectl get pods').stdout.trim().split('\n').slice(1);
    expect(pods).toHaveLength(2);
    for (const line of pods) expect(line).toMatch(/^bad-[a-z0-9]{5}   0\/1     Error    0          /);
  });

  it('kubectl delete job removes its pods', () => {
    const s = testSession();
    run(s, 'kubectl create job once --image=busybox -- echo hi');
    s.cluster.advance(20_000);
    expect(run(s, 'kubectl get pods').stdout).toMatch(/^NAME         READY   STATUS      RESTARTS   AGE\nonce-[a-z0-9]{5}   0\/1     Completed   0          20s\n$/);
    expect(run(s, 'kubectl delete job once').stdout).toBe('job.batch "once" deleted\n');
    s.cluster.advance(1_000);
    expect(run(s, 'kubectl get pods').stderr).toBe('No resources found in default namespace.\n');
  });
});

describe('CronJobs through kubectl', () => {
  it('seed pingpong CronJob: columns, jobs named by minute, patch to suspend', () => {
    const s = testSession({ files: { 'simple-cronjob.yaml': CRON }, start: '2025-06-02T09:00:20Z' });
    expect(run(s, 'kubectl apply -f simple-cronjob.yaml').stdout).toBe('cronjob.batch/pingpong created\n');
    expect(run(s, 'kubectl get cronjobs').stdout).toBe(
      'NAME       SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE\npingpong   */1 * * * *   <none>     False     0        <none>          0s\n');
    s.cluster.advance(45_000); // 09:01:05
    expect(run(s, 'kubectl get cronjobs').stdout).toBe(
      'NAME       SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE\npingpong   */1 * * * *   <none>     False     1        5s              45s\n');
    const minute = Date.parse('2025-06-02T09:01:00Z') / 60_000;
    expect(run(s, 'kubectl get jobs -l app=pingpong').stdout).toBe(
      `NAME                STATUS    COMPLETIONS   DURATION   AGE\npingpong-${minute}   Running   0/1           5s         5s\n`);
    expect(run(s, `kubectl patch cronjob pingpong -p '{"spec":{"suspend":true}}'`).stdout).toBe('cronjob.batch/pingpong patched\n');
    s.cluster.advance(5 * 60_000);
    expect(run(s, 'kubectl get cronjobs').stdout).toMatch(/^NAME       SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE\npingpong   \*\/1 \* \* \* \*   <none>     True      0        5m5s            5m45s\n$/);
    expect(run(s, 'kubectl get jobs -l app=pingpong').stdout).toMatch(new RegExp(`^NAME +STATUS +COMPLETIONS +DURATION +AGE\npingpong-${minute}   Complete   1/1 `));
  });
});
