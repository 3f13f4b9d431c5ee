/**
 * Status and history viewers on fixtures, with the cases and expected strings of upstream's
 * own tests: kubernetes/kubectl v0.33.0 pkg/polymorphichelpers/rollout_status_test.go
 * (TestDeploymentStatusViewerStatus, TestDaemonSetStatusViewerStatus) and history_test.go
 * (TestViewDeploymentHistory).
 */
import { describe, expect, it } from 'vitest';
import type { KObject, ReplicaSet } from '../../../sim/index.js';
import { viewDeploymentHistory } from './history.js';
import { describePodTemplate } from './pod-template.js';
import { equalIgnoreHash, rollbackTarget } from './revisions.js';
import { STATUS_VIEWERS } from './status-viewers.js';
import { rollbackPatch } from './undo.js';

const deploymentCases: [number, number, Record<string, number>, string, boolean][] = [
  [0, 1, { observedGeneration: 1, replicas: 1, updatedReplicas: 0, availableReplicas: 1 }, 'Waiting for deployment "foo" rollout to finish: 0 out of 1 new replicas have been updated...\n', false],
  [1, 1, { observedGeneration: 1, replicas: 2, updatedReplicas: 1, availableReplicas: 2 }, 'Waiting for deployment "foo" rollout to finish: 1 old replicas are pending termination...\n', false],
  [1, 2, { observedGeneration: 1, replicas: 2, updatedReplicas: 2, availableReplicas: 1 }, 'Waiting for deployment "foo" rollout to finish: 1 of 2 updated replicas are available...\n', false],
  [1, 2, { observedGeneration: 1, replicas: 2, updatedReplicas: 2, availableReplicas: 2 }, 'deployment "foo" successfully rolled out\n', true],
  [2, 2, { observedGeneration: 1, replicas: 2, updatedReplicas: 2, availableReplicas: 2 }, 'Waiting for deployment spec update to be observed...\n', false],
];

describe('status viewers', () => {
  it.each(deploymentCases)('deployment generation %i, %i replicas', (generation, replicas, status, msg, done) => {
    const d: KObject = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'foo', namespace: 'bar', generation }, spec: { replicas }, status };
    expect(STATUS_VIEWERS['apps/Deployment'](d, 0)).toEqual({ ok: true, line: msg, done });
  });

  it('deployment past its progress deadline is an error', () => {
    const d: KObject = {
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', generation: 2 }, spec: { replicas: 3 },
      status: { observedGeneration: 2, conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }] },
    };
    expect(STATUS_VIEWERS['apps/Deployment'](d, 0)).toEqual({ ok: false, error: 'deployment "web" exceeded its progress deadline' });
  });

  const daemonSetCases: [number, Record<string, number>, string, boolean][] = [
    [0, { observedGeneration: 1, updatedNumberScheduled: 0, desiredNumberScheduled: 1, numberAvailable: 0 }, 'Waiting for daemon set "foo" rollout to finish: 0 out of 1 new pods have been updated...\n', false],
    [1, { observedGeneration: 1, updatedNumberScheduled: 2, desiredNumberScheduled: 2, numberAvailable: 1 }, 'Waiting for daemon set "foo" rollout to finish: 1 of 2 updated pods are available...\n', false],
    [1, { observedGeneration: 1, updatedNumberScheduled: 2, desiredNumberScheduled: 2, numberAvailable: 2 }, 'daemon set "foo" successfully rolled out\n', true],
    [2, { observedGeneration: 1, updatedNumberScheduled: 2, desiredNumberScheduled: 2, numberAvailable: 2 }, 'Waiting for daemon set spec update to be observed...\n', false],
  ];
  it.each(daemonSetCases)('daemon set generation %i', (generation, status, msg, done) => {
    const ds: KObject = { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'foo', generation }, spec: { updateStrategy: { type: 'RollingUpdate' } }, status };
    expect(STATUS_VIEWERS['apps/DaemonSet'](ds, 0)).toEqual({ ok: true, line: msg, done });
  });

  it('statefulset with OnDelete is an error', () => {
    const sts: KObject = { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db', generation: 1 }, spec: { updateStrategy: { type: 'OnDelete' } }, status: { observedGeneration: 1 } };
    expect(STATUS_VIEWERS['apps/StatefulSet'](sts, 0)).toEqual({ ok: false, error: 'rollout status is only available for RollingUpdate strategy type' });
  });
});

/** The four ReplicaSets of TestViewDeploymentHistory ("moons-1" .. "moons-4"). */
function moons(): ReplicaSet[] {
  return [1, 2, 3, 4].map((i) => ({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `moons-${i}`,
      labels: { foo: 'bar' },
      annotations: {
        'deployment.kubernetes.io/revision': String(i),
        ...(i === 3 ? { 'kubernetes.io/change-cause': 'foo change cause' } : i === 4 ? { 'kubernetes.io/change-cause': 'bar change cause' } : {}),
      },
    },
    spec: { replicas: 1, selector: { matchLabels: { foo: 'bar' } }, template: { metadata: { labels: { foo: 'bar' } }, spec: { containers: [{ name: 'test', image: `foo:${i}` }] } } },
  }));
}

describe('history viewer (upstream TestViewDeploymentHistory)', () => {
  it('revision list', () => {
    expect(viewDeploymentHistory(moons(), 0)).toEqual({ ok: true, text: 'REVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n3         foo change cause\n4         bar change cause\n' });
  });

  it('one revision', () => {
    expect(viewDeploymentHistory(moons(), 3)).toEqual({
      ok: true,
      text: `Pod Template:
  Labels:\tfoo=bar
  Annotations:\tkubernetes.io/change-cause: foo change cause
  Containers:
   test:
    Image:\tfoo:3
    Port:\t<none>
    Host Port:\t<none>
    Environment:\t<none>
    Mounts:\t<none>
  Volumes:\t<none>
  Node-Selectors:\t<none>
  Tolerations:\t<none>
`,
    });
    expect(viewDeploymentHistory([], 0)).toEqual({ ok: true, text: 'No rollout history found.' });
  });

  it('template details: command, ports, probes, env, mounts, volumes (describe.go formats)', () => {
    const text = describePodTemplate({
      metadata: { labels: { app: 'web' } },
      spec: {
        serviceAccountName: 'robot',
        containers: [{
          name: 'web', image: 'nginx', command: ['sh', '-c'], args: ['echo hi'],
          ports: [{ containerPort: 80, protocol: 'TCP' }],
          readinessProbe: { httpGet: { path: '/', port: 8080, scheme: 'HTTP' }, timeoutSeconds: 1, periodSeconds: 10, successThreshold: 1, failureThreshold: 3 },
          env: [{ name: 'MODE', value: 'prod' }, { name: 'PASS', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } }],
          volumeMounts: [{ name: 'data', mountPath: '/data', readOnly: true }],
        } as never],
        volumes: [{ name: 'data', emptyDir: {} } as never],
        nodeSelector: { disk: 'ssd' },
      },
    });
    expect(text).toBe(`Pod Template:
  Labels:\tapp=web
  Service Account:\trobot
  Containers:
   web:
    Image:\tnginx
    Port:\t80/TCP
    Host Port:\t0/TCP
    Command:
      sh
      -c
    Args:
      echo hi
    Readiness:\thttp-get http://:8080/ delay=0s timeout=1s period=10s #success=1 #failure=3
    Environment:
      MODE:\tprod
      PASS:\t<set to the key 'password' in secret 'db'>\tOptional: false
    Mounts:
      /data from data (ro)
  Volumes:
   data:
    Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)
    Medium:\t
    SizeLimit:\t<unset>
  Node-Selectors:\tdisk=ssd
  Tolerations:\t<none>
`);
  });
});

describe('rollback helpers (rollback.go)', () => {
  const d = {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name: 'moons', annotations: { 'deployment.kubernetes.io/revision': '4', 'kubectl.kubernetes.io/last-applied-configuration': '{}', team: 'a' } },
    spec: { selector: { matchLabels: { foo: 'bar' } }, template: { metadata: { labels: { foo: 'bar' } }, spec: { containers: [{ name: 'test', image: 'foo:4' }] } } },
  } as never;

  it('picks the second-highest revision by default, an exact one otherwise', () => {
    expect(rollbackTarget(d, moons(), 0)).toMatchObject({ ok: true, rs: { metadata: { name: 'moons-3' } } });
    expect(rollbackTarget(d, moons(), 1)).toMatchObject({ ok: true, rs: { metadata: { name: 'moons-1' } } });
    expect(rollbackTarget(d, moons(), 5)).toEqual({ ok: false, error: 'unable to find specified revision 5 in history' });
    expect(rollbackTarget(d, moons().slice(3), 0)).toEqual({ ok: false, error: 'no rollout history found for deployment "moons"' });
  });

  it('patch: template without pod-template-hash, skip-list annotations from the Deployment, the rest from the ReplicaSet', () => {
    const rs = moons()[2];
    rs.spec.template!.metadata!.labels!['pod-template-hash'] = 'abc';
    expect(rollbackPatch(d, rs)).toEqual([
      { op: 'replace', path: '/spec/template', value: { metadata: { labels: { foo: 'bar' } }, spec: { containers: [{ name: 'test', image: 'foo:3' }] } } },
      { op: 'replace', path: '/metadata/annotations', value: { 'kubectl.kubernetes.io/last-applied-configuration': '{}', 'deployment.kubernetes.io/revision': '4', 'kubernetes.io/change-cause': 'foo change cause' } },
    ]);
    expect(equalIgnoreHash(rs.spec.template, { metadata: { labels: { foo: 'bar' } }, spec: { containers: [{ name: 'test', image: 'foo:3' }] } })).toBe(true);
  });
});
