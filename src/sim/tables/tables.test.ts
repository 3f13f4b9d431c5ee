import { describe, expect, it } from 'vitest';
import type { KObject } from '../types.js';
import { converterFor, toTable } from './index.js';

const NOW = Date.parse('2026-01-01T01:00:00Z');
const ctx = { now: NOW };
const ago = (ms: number) => new Date(NOW - ms).toISOString().replace('.000Z', 'Z');

function cells(resource: string, obj: Partial<KObject>): unknown[] {
  return converterFor(resource).row({ apiVersion: 'v1', kind: 'X', metadata: { name: 'x', creationTimestamp: ago(12_000) }, ...obj } as KObject, ctx);
}
function header(resource: string, wide = false): string[] {
  return converterFor(resource).columns.filter((c) => wide || c.priority === 0).map((c) => c.name.toUpperCase());
}

// Column sets: shared/reference/k8s-behavior.md §6.1 (kubernetes/kubernetes
// pkg/printers/internalversion/printers.go).
describe('column definitions', () => {
  it.each([
    ['pods', false, 'NAME READY STATUS RESTARTS AGE'],
    ['pods', true, 'NAME READY STATUS RESTARTS AGE IP NODE NOMINATED NODE READINESS GATES'],
    ['deployments.apps', true, 'NAME READY UP-TO-DATE AVAILABLE AGE CONTAINERS IMAGES SELECTOR'],
    ['replicasets.apps', false, 'NAME DESIRED CURRENT READY AGE'],
    ['replicationcontrollers', true, 'NAME DESIRED CURRENT READY AGE CONTAINERS IMAGES SELECTOR'],
    ['services', true, 'NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE SELECTOR'],
    ['endpoints', false, 'NAME ENDPOINTS AGE'],
    ['jobs.batch', true, 'NAME STATUS COMPLETIONS DURATION AGE CONTAINERS IMAGES SELECTOR'],
    ['cronjobs.batch', false, 'NAME SCHEDULE TIMEZONE SUSPEND ACTIVE LAST SCHEDULE AGE'],
    ['secrets', false, 'NAME TYPE DATA AGE'],
    ['configmaps', false, 'NAME DATA AGE'],
    ['serviceaccounts', false, 'NAME SECRETS AGE'],
    ['roles.rbac.authorization.k8s.io', false, 'NAME CREATED AT'],
    ['rolebindings.rbac.authorization.k8s.io', true, 'NAME ROLE AGE USERS GROUPS SERVICEACCOUNTS'],
    ['nodes', true, 'NAME STATUS ROLES AGE VERSION INTERNAL-IP EXTERNAL-IP OS-IMAGE KERNEL-VERSION CONTAINER-RUNTIME'],
    ['namespaces', false, 'NAME STATUS AGE'],
    ['events', false, 'LAST SEEN TYPE REASON OBJECT MESSAGE'],
    ['events', true, 'LAST SEEN TYPE REASON OBJECT SUBOBJECT SOURCE MESSAGE FIRST SEEN COUNT NAME'],
  ])('%s wide=%s', (resource, wide, want) => {
    expect(header(resource, wide).join(' ')).toBe(want);
  });
});

const running = (name: string, restartCount = 0, ready = true) => ({ name, ready, restartCount, state: { running: { startedAt: ago(60_000) } }, image: 'nginx', imageID: '' });

// STATUS / READY / RESTARTS: reference §5.2–5.3 (printPod).
describe('pods', () => {
  const pod = (spec: any, status: any, meta: any = {}) => cells('pods', { metadata: { name: 'web', creationTimestamp: ago(157_000), ...meta }, spec, status });
  const one = { containers: [{ name: 'app' }] };

  it('pending without container statuses', () => {
    expect(pod(one, { phase: 'Pending' }).slice(0, 5)).toEqual(['web', '0/1', 'Pending', '0', '2m37s']);
  });
  it('running and ready', () => {
    expect(pod(one, { phase: 'Running', containerStatuses: [running('app')] }).slice(1, 4)).toEqual(['1/1', 'Running', '0']);
  });
  it('CrashLoopBackOff with restarts and "(51s ago)"', () => {
    const cs = { name: 'app', ready: false, restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: ago(51_000) } } };
    expect(pod(one, { phase: 'Running', containerStatuses: [cs] }).slice(1, 5)).toEqual(['0/1', 'CrashLoopBackOff', '4 (51s ago)', '2m37s']);
  });
  it('first container in spec order with a reason wins', () => {
    const two = { containers: [{ name: 'a' }, { name: 'b' }] };
    const a = { name: 'a', ready: false, restartCount: 0, state: { waiting: { reason: 'ErrImagePull' } } };
    const b = { name: 'b', ready: false, restartCount: 0, state: { waiting: { reason: 'ContainerCreating' } } };
    expect(pod(two, { phase: 'Pending', containerStatuses: [a, b] })[2]).toBe('ErrImagePull');
  });
  it('terminated without reason → ExitCode / Signal', () => {
    const t = (terminated: any) => pod(one, { phase: 'Running', containerStatuses: [{ name: 'app', ready: false, restartCount: 0, state: { terminated } }] })[2];
    expect(t({ exitCode: 3 })).toBe('ExitCode:3');
    expect(t({ exitCode: 137, signal: 9 })).toBe('Signal:9');
    expect(t({ exitCode: 0, reason: 'Completed' })).toBe('Completed');
  });
  it('init containers: Init:0/2, Init:Error, Init:CrashLoopBackOff', () => {
    const spec = { initContainers: [{ name: 'i1' }, { name: 'i2' }], containers: [{ name: 'app' }] };
    const waitInit = { name: 'i1', ready: false, restartCount: 0, state: { waiting: { reason: 'PodInitializing' } } };
    expect(pod(spec, { phase: 'Pending', initContainerStatuses: [waitInit] })[2]).toBe('Init:0/2');
    const failed = { name: 'i1', ready: false, restartCount: 0, state: { terminated: { exitCode: 1, reason: 'Error' } } };
    expect(pod(spec, { phase: 'Pending', initContainerStatuses: [failed] })[2]).toBe('Init:Error');
    const done = { name: 'i1', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } };
    const crash = { name: 'i2', ready: false, restartCount: 2, state: { waiting: { reason: 'CrashLoopBackOff' } } };
    expect(pod(spec, { phase: 'Pending', initContainerStatuses: [done, crash] }).slice(2, 4)).toEqual(['Init:CrashLoopBackOff', '2']);
  });
  it('sidecar init container counts toward READY', () => {
    const spec = { initContainers: [{ name: 'side', restartPolicy: 'Always' }], containers: [{ name: 'app' }] };
    const side = { ...running('side'), started: true };
    expect(pod(spec, { phase: 'Running', initContainerStatuses: [side], containerStatuses: [running('app')], conditions: [{ type: 'Initialized', status: 'True' }] }).slice(1, 3)).toEqual(['2/2', 'Running']);
  });
  it('Completed with a container still running → Running / NotReady', () => {
    const two = { containers: [{ name: 'a' }, { name: 'b' }] };
    const done = { name: 'a', ready: false, restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } };
    expect(pod(two, { phase: 'Running', containerStatuses: [done, running('b')], conditions: [{ type: 'Ready', status: 'True' }] })[2]).toBe('Running');
    expect(pod(two, { phase: 'Running', containerStatuses: [done, running('b')] })[2]).toBe('NotReady');
  });
  it('Terminating unless the phase is terminal; NodeLost → Unknown', () => {
    const meta = { deletionTimestamp: ago(0) };
    expect(pod(one, { phase: 'Running', containerStatuses: [running('app')] }, meta)[2]).toBe('Terminating');
    expect(pod(one, { phase: 'Succeeded' }, meta)[2]).toBe('Succeeded');
    expect(pod(one, { phase: 'Running', reason: 'NodeLost' }, meta)[2]).toBe('Unknown');
  });
  it('SchedulingGated and status.reason (Evicted)', () => {
    expect(pod(one, { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }] })[2]).toBe('SchedulingGated');
    expect(pod(one, { phase: 'Failed', reason: 'Evicted' })[2]).toBe('Evicted');
  });
  it('wide cells: <none> when empty, readiness gates as true/total', () => {
    expect(pod(one, { phase: 'Pending' }).slice(5)).toEqual(['<none>', '<none>', '<none>', '<none>']);
    const spec = { ...one, nodeName: 'node-1', readinessGates: [{ conditionType: 'x' }, { conditionType: 'y' }] };
    const status = { phase: 'Running', podIPs: [{ ip: '10.244.0.5' }], conditions: [{ type: 'x', status: 'True' }] };
    expect(pod(spec, status).slice(5)).toEqual(['10.244.0.5', 'node-1', '<none>', '1/2']);
  });
});

describe('workloads', () => {
  it('deployment: READY ready/desired, selector string', () => {
    const d = cells('deployments.apps', {
      spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }, { name: 'side', image: 'busybox' }] } } },
      status: { readyReplicas: 3, updatedReplicas: 3, availableReplicas: 3 },
    });
    expect(d).toEqual(['x', '3/3', 3, 3, '12s', 'nginx,side', 'nginx:1.27,busybox', 'app=web']);
  });
  it('deployment without status → 0/N', () => {
    expect(cells('deployments.apps', { spec: { replicas: 2, selector: { matchLabels: { app: 'a' } }, template: { spec: { containers: [] } } } }).slice(1, 4)).toEqual(['0/2', 0, 0]);
  });
  it('replicaset selector with expressions sorted by key', () => {
    const rs = cells('replicasets.apps', {
      spec: { replicas: 1, selector: { matchLabels: { 'pod-template-hash': '6d4cf56db6', app: 'web' }, matchExpressions: [{ key: 'env', operator: 'In', values: ['prod', 'dev'] }] }, template: { spec: { containers: [] } } },
    });
    expect(rs[7]).toBe('app=web,env in (dev,prod),pod-template-hash=6d4cf56db6');
  });
});

// Jobs: reference §4.5; CronJobs §4.6.
describe('batch', () => {
  it('complete job: 1/1, duration from start to completion', () => {
    const job = cells('jobs.batch', { metadata: { name: 'pi', creationTimestamp: ago(40_000) }, spec: { completions: 1, template: { spec: { containers: [] } } }, status: { succeeded: 1, startTime: ago(40_000), completionTime: ago(31_000), conditions: [{ type: 'Complete', status: 'True' }] } });
    expect(job.slice(0, 5)).toEqual(['pi', 'Complete', '1/1', '9s', '40s']);
  });
  it('failed job keeps counting DURATION', () => {
    const job = cells('jobs.batch', { metadata: { name: 'bad', creationTimestamp: ago(136_000) }, spec: { completions: 1, template: { spec: { containers: [] } } }, status: { startTime: ago(136_000), conditions: [{ type: 'Failed', status: 'True' }] } });
    expect(job.slice(0, 5)).toEqual(['bad', 'Failed', '0/1', '2m16s', '2m16s']);
  });
  it('completions forms', () => {
    const c = (spec: any) => cells('jobs.batch', { spec: { template: { spec: { containers: [] } }, ...spec }, status: { succeeded: 2 } })[2];
    expect(c({ completions: 5 })).toBe('2/5');
    expect(c({ parallelism: 3 })).toBe('2/1 of 3');
    expect(c({ parallelism: 1 })).toBe('2/1');
  });
  it('running job without start time has empty DURATION; suspended', () => {
    expect(cells('jobs.batch', { spec: { template: { spec: { containers: [] } } } }).slice(1, 4)).toEqual(['Running', '0/1', '']);
    expect(cells('jobs.batch', { spec: { template: { spec: { containers: [] } } }, status: { conditions: [{ type: 'Suspended', status: 'True' }] } })[1]).toBe('Suspended');
  });
  it('cronjob', () => {
    const cj = cells('cronjobs.batch', { metadata: { name: 'hello', creationTimestamp: ago(302_000) }, spec: { schedule: '*/1 * * * *', suspend: false, jobTemplate: { spec: { template: { spec: { containers: [] } } } } }, status: { lastScheduleTime: ago(38_000) } });
    expect(cj.slice(0, 7)).toEqual(['hello', '*/1 * * * *', '<none>', 'False', 0, '38s', '5m2s']);
  });
});

describe('network', () => {
  it('services', () => {
    const svc = (spec: any, status: any = {}) => cells('services', { spec, status });
    expect(svc({ type: 'ClusterIP', clusterIPs: ['10.96.0.1'], ports: [{ port: 443, protocol: 'TCP' }] }).slice(1, 5)).toEqual(['ClusterIP', '10.96.0.1', '<none>', '443/TCP']);
    expect(svc({ type: 'NodePort', clusterIPs: ['10.96.12.200'], ports: [{ port: 80, nodePort: 30080, protocol: 'TCP' }], selector: { app: 'web' } }).slice(4)).toEqual(['80:30080/TCP', '12s', 'app=web']);
    expect(svc({ type: 'LoadBalancer', clusterIPs: ['10.0.0.1'], ports: [] })[3]).toBe('<pending>');
    expect(svc({ type: 'LoadBalancer', clusterIPs: ['10.0.0.1'] }, { loadBalancer: { ingress: [{ ip: '1.2.3.4' }] } }).slice(3, 5)).toEqual(['1.2.3.4', '<none>']);
    expect(svc({ type: 'ClusterIP', clusterIPs: ['None'] })[2]).toBe('None');
    expect(svc({ type: 'ExternalName', externalName: 'db.example.com' })[3]).toBe('db.example.com');
  });
  it('endpoints: first three then + N more...', () => {
    const addresses = [5, 6, 7, 8, 9].map((i) => ({ ip: `10.244.0.${i}` }));
    expect(cells('endpoints', { subsets: [{ addresses, ports: [{ port: 80 }] }] } as any)[1]).toBe('10.244.0.5:80,10.244.0.6:80,10.244.0.7:80 + 2 more...');
    expect(cells('endpoints', {} as any)[1]).toBe('<none>');
    expect(cells('endpoints', { subsets: [{ notReadyAddresses: [{ ip: '10.0.0.1' }], ports: [{ port: 80 }] }] } as any)[1]).toBe('');
  });
});

describe('cluster objects', () => {
  it('nodes', () => {
    const n = cells('nodes', {
      metadata: { name: 'n1', creationTimestamp: ago(12_000), labels: { 'node-role.kubernetes.io/control-plane': '', 'kubernetes.io/role': 'master' } },
      spec: { unschedulable: true },
      status: { conditions: [{ type: 'Ready', status: 'True' }], nodeInfo: { kubeletVersion: 'v1.33.1' }, addresses: [{ type: 'InternalIP', address: '172.18.0.2' }] },
    });
    expect(n).toEqual(['n1', 'Ready,SchedulingDisabled', 'control-plane,master', '12s', 'v1.33.1', '172.18.0.2', '<none>', '<unknown>', '<unknown>', '<unknown>']);
    expect(cells('nodes', { status: {} }).slice(1, 3)).toEqual(['Unknown', '<none>']);
  });
  it('events: object kind lower-cased, message trimmed, source', () => {
    const ev = cells('events', {
      metadata: { name: 'web.17', creationTimestamp: ago(12_000) },
      type: 'Normal', reason: 'ScalingReplicaSet', involvedObject: { kind: 'Deployment', name: 'web' }, source: { component: 'deployment-controller' },
      message: 'Scaled up replica set web-6d4cf56db6 from 0 to 3\n', firstTimestamp: ago(30_000), lastTimestamp: ago(12_000), count: 2,
    } as any);
    expect(ev).toEqual(['12s', 'Normal', 'ScalingReplicaSet', 'deployment/web', '', 'deployment-controller', 'Scaled up replica set web-6d4cf56db6 from 0 to 3', '30s', 2, 'web.17']);
  });
  it('rolebindings and the default table for roles', () => {
    const rb = cells('rolebindings.rbac.authorization.k8s.io', {
      roleRef: { kind: 'Role', name: 'pod-reader' },
      subjects: [{ kind: 'User', name: 'jane' }, { kind: 'ServiceAccount', name: 'sa', namespace: 'dev' }, { kind: 'User', name: 'bob' }],
    } as any);
    expect(rb).toEqual(['x', 'Role/pod-reader', '12s', 'jane, bob', '', 'dev/sa']);
    expect(cells('roles.rbac.authorization.k8s.io', { metadata: { name: 'pod-reader', creationTimestamp: '2024-05-01T10:02:03Z' } })).toEqual(['pod-reader', '2024-05-01T10:02:03Z']);
  });
  it('configmaps count data and binaryData; secrets count data', () => {
    expect(cells('configmaps', { data: { a: '1' }, binaryData: { b: 'AA==' } } as any)[1]).toBe(2);
    expect(cells('secrets', { type: 'Opaque', data: { a: 'MQ==', b: 'Mg==' } } as any).slice(1, 3)).toEqual(['Opaque', 2]);
  });
});

describe('toTable', () => {
  it('carries the objects and the resourceVersion', () => {
    const obj = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default', creationTimestamp: ago(5 * 86_400_000) }, status: { phase: 'Active' } } as KObject;
    const t = toTable('namespaces', [obj], ctx, '42');
    expect(t.metadata.resourceVersion).toBe('42');
    expect(t.rows[0]).toEqual({ cells: ['default', 'Active', '5d'], object: obj });
  });
});

// printNetworkPolicy, printPodDisruptionBudget, printStorageClass, printControllerRevision,
// printResourceQuota in kubernetes/kubernetes pkg/printers/internalversion/printers.go.
describe('other kinds', () => {
  it('column sets', () => {
    expect(header('poddisruptionbudgets.policy').join(' ')).toBe('NAME MIN AVAILABLE MAX UNAVAILABLE ALLOWED DISRUPTIONS AGE');
    expect(header('storageclasses.storage.k8s.io').join(' ')).toBe('NAME PROVISIONER RECLAIMPOLICY VOLUMEBINDINGMODE ALLOWVOLUMEEXPANSION AGE');
    expect(header('priorityclasses.scheduling.k8s.io').join(' ')).toBe('NAME VALUE GLOBAL-DEFAULT AGE PREEMPTIONPOLICY');
    expect(header('resourcequotas').join(' ')).toBe('NAME REQUEST LIMIT AGE');
  });
  it('cells', () => {
    expect(cells('networkpolicies.networking.k8s.io', { spec: { podSelector: {} } })[1]).toBe('<none>');
    expect(cells('poddisruptionbudgets.policy', { spec: { minAvailable: 2 }, status: { disruptionsAllowed: 1 } }).slice(1, 4)).toEqual(['2', 'N/A', 1]);
    expect(cells('storageclasses.storage.k8s.io', { metadata: { name: 'standard', creationTimestamp: ago(12_000), annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } }, provisioner: 'rancher.io/local-path' } as any))
      .toEqual(['standard (default)', 'rancher.io/local-path', 'Delete', 'Immediate', false, '12s']);
    expect(cells('controllerrevisions.apps', { metadata: { name: 'r', creationTimestamp: ago(12_000), ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: 'ds', uid: 'u', controller: true }] }, revision: 2 } as any))
      .toEqual(['r', 'daemonset.apps/ds', 2, '12s']);
    expect(cells('resourcequotas', { status: { hard: { 'requests.cpu': '1', 'limits.memory': '1Gi', pods: '10' }, used: { pods: '3' } } } as any).slice(1, 3))
      .toEqual(['pods: 3/10, requests.cpu: 0/1', 'limits.memory: 0/1Gi']);
  });
});

// formatHPAMetrics (kubernetes/kubernetes pkg/printers/internalversion/printers.go): Resource
// metrics print as `<name>: <current>/<target>`, utilization with `%`, `<unknown>` before data.
describe('horizontalpodautoscalers', () => {
  it('targets, min/max, replicas', () => {
    const hpa = (status: any) => cells('horizontalpodautoscalers.autoscaling', {
      spec: { scaleTargetRef: { kind: 'Deployment', name: 'web' }, minReplicas: 1, maxReplicas: 5, metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } } }] },
      status,
    } as any);
    expect(hpa({})).toEqual(['x', 'Deployment/web', 'cpu: <unknown>/50%', '1', 5, 0, '12s']);
    expect(hpa({ currentReplicas: 2, currentMetrics: [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: 12 } } }] }).slice(2, 6)).toEqual(['cpu: 12%/50%', '1', 5, 2]);
  });
});
