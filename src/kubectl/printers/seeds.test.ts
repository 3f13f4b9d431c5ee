import { describe, expect, it } from 'vitest';
import { toTable, type KObject } from '../../sim/index.js';
import { printTables, type TablePrintOptions } from './index.js';

// End to end: server-side Table (src/sim/tables) → kubectl table printer, compared with real
// outputs quoted in the seed notes (/work/shared/seeds, file:line given per case).
const NOW = Date.parse('2026-01-01T12:00:00Z');
const ago = (s: number) => new Date(NOW - s * 1000).toISOString().replace('.000Z', 'Z');
const meta = (name: string, ageSeconds: number, extra: object = {}) => ({ name, namespace: 'default', creationTimestamp: ago(ageSeconds), ...extra });

function print(resource: string, kind: string, group: string, objs: object[], opts: TablePrintOptions = {}): string {
  const table = toTable(resource, objs as KObject[], { now: NOW });
  return printTables([{ table, kind, group }], opts);
}

const pod = (name: string, age: number, state: object, ready: boolean, extra: { ip?: string; node?: string; deleting?: boolean } = {}) => ({
  apiVersion: 'v1', kind: 'Pod',
  metadata: meta(name, age, extra.deleting ? { deletionTimestamp: ago(0) } : {}),
  spec: { containers: [{ name: 'nginx', image: 'nginx' }], nodeName: extra.node },
  status: { phase: 'Running', podIPs: extra.ip ? [{ ip: extra.ip }] : undefined, containerStatuses: [{ name: 'nginx', ready, restartCount: 0, state, image: 'nginx', imageID: '' }] },
});
const running = { running: { startedAt: ago(10) } };

describe('seed outputs', () => {
  it('deployment (000:72)', () => {
    const d = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: meta('nginx-deployment', 23), spec: { replicas: 3, selector: { matchLabels: { app: 'nginx' } }, template: { spec: { containers: [] } } }, status: { readyReplicas: 3, updatedReplicas: 3, availableReplicas: 3 } };
    expect(print('deployments.apps', 'Deployment', 'apps', [d])).toBe(
      'NAME               READY   UP-TO-DATE   AVAILABLE   AGE\n' +
      'nginx-deployment   3/3     3            3           23s\n');
  });

  it('replicasets during a stuck rollout (000:227)', () => {
    const rs = (name: string, age: number, n: number, ready: number) => ({ apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: meta(name, age), spec: { replicas: n, selector: {}, template: { spec: { containers: [] } } }, status: { replicas: n, readyReplicas: ready } });
    expect(print('replicasets.apps', 'ReplicaSet', 'apps', [rs('nginx-deployment-5bb75b59c4', 47 * 60, 3, 3), rs('nginx-deployment-c87494649', 5 * 60 + 4, 1, 0)])).toBe(
      'NAME                          DESIRED   CURRENT   READY   AGE\n' +
      'nginx-deployment-5bb75b59c4   3         3         3       47m\n' +
      'nginx-deployment-c87494649    1         1         0       5m4s\n');
  });

  it('pods with ImagePullBackOff (000:232)', () => {
    const age = 4 * 60 + 49;
    const pods = [
      pod('nginx-deployment-5bb75b59c4-76cd5', age, running, true),
      pod('nginx-deployment-5bb75b59c4-hwhlq', age, running, true),
      pod('nginx-deployment-5bb75b59c4-kkdwz', age, running, true),
      pod('nginx-deployment-c87494649-db7k7', age, { waiting: { reason: 'ImagePullBackOff' } }, false),
    ];
    expect(print('pods', 'Pod', '', pods)).toBe(
      'NAME                                READY   STATUS             RESTARTS   AGE\n' +
      'nginx-deployment-5bb75b59c4-76cd5   1/1     Running            0          4m49s\n' +
      'nginx-deployment-5bb75b59c4-hwhlq   1/1     Running            0          4m49s\n' +
      'nginx-deployment-5bb75b59c4-kkdwz   1/1     Running            0          4m49s\n' +
      'nginx-deployment-c87494649-db7k7    0/1     ImagePullBackOff   0          4m49s\n');
  });

  it('pods -o wide (000:564)', () => {
    const pods = [
      pod('nginx-deployment-blue-65dd6789db-5k79g', 7 * 60 + 35, running, true, { ip: '172.32.146.118', node: 'hkim-host-master' }),
      pod('nginx-deployment-blue-65dd6789db-79qnc', 7 * 60 + 35, running, true, { ip: '172.32.103.57', node: 'hkim-host-node' }),
      pod('nginx-deployment-green-6465f5897c-8nw8q', 7 * 60 + 32, running, true, { ip: '172.32.146.94', node: 'hkim-host-master' }),
    ];
    expect(print('pods', 'Pod', '', pods, { wide: true })).toBe(
      'NAME                                      READY   STATUS    RESTARTS   AGE     IP               NODE               NOMINATED NODE   READINESS GATES\n' +
      'nginx-deployment-blue-65dd6789db-5k79g    1/1     Running   0          7m35s   172.32.146.118   hkim-host-master   <none>           <none>\n' +
      'nginx-deployment-blue-65dd6789db-79qnc    1/1     Running   0          7m35s   172.32.103.57    hkim-host-node     <none>           <none>\n' +
      'nginx-deployment-green-6465f5897c-8nw8q   1/1     Running   0          7m32s   172.32.146.94    hkim-host-master   <none>           <none>\n');
  });

  it('terminating pod during rolling-update, and rcs (001:96, 001:104)', () => {
    const pods = [pod('kubia-v1-cm8d9', 149, running, true, { deleting: true }), pod('kubia-v1-nf24t', 149, running, true), pod('kubia-v2-lcvdp', 11, running, true)];
    expect(print('pods', 'Pod', '', pods)).toBe(
      'NAME             READY   STATUS        RESTARTS   AGE\n' +
      'kubia-v1-cm8d9   1/1     Terminating   0          2m29s\n' +
      'kubia-v1-nf24t   1/1     Running       0          2m29s\n' +
      'kubia-v2-lcvdp   1/1     Running       0          11s\n');
    const rc = (name: string, age: number, n: number) => ({ apiVersion: 'v1', kind: 'ReplicationController', metadata: meta(name, age), spec: { replicas: n, selector: { app: 'kubia' }, template: { spec: { containers: [] } } }, status: { replicas: n, readyReplicas: n } });
    expect(print('replicationcontrollers', 'ReplicationController', '', [rc('kubia-v1', 21 * 60, 3), rc('kubia-v2', 7, 1)])).toBe(
      'NAME       DESIRED   CURRENT   READY   AGE\n' +
      'kubia-v1   3         3         3       21m\n' +
      'kubia-v2   1         1         1       7s\n');
  });

  it('service with kind prefix (003:913)', () => {
    const svc = { apiVersion: 'v1', kind: 'Service', metadata: meta('echo', 19 * 60), spec: { type: 'NodePort', clusterIPs: ['10.15.245.159'], ports: [{ port: 80, nodePort: 32121, protocol: 'TCP' }] } };
    expect(print('services', 'Service', '', [svc], { withKind: true })).toBe(
      'NAME           TYPE       CLUSTER-IP      EXTERNAL-IP   PORT(S)        AGE\n' +
      'service/echo   NodePort   10.15.245.159   <none>        80:32121/TCP   19m\n');
  });

  it('endpoints cell with + N more (000:582)', () => {
    const ips = ['172.32.103.12', '172.32.103.13', '172.32.103.3', ...Array.from({ length: 7 }, (_, i) => `172.32.146.${90 + i}`)];
    const ep = { apiVersion: 'v1', kind: 'Endpoints', metadata: meta('nginx-service', 116), subsets: [{ addresses: ips.map((ip) => ({ ip })), ports: [{ port: 80, protocol: 'TCP' }] }] };
    expect(toTable('endpoints', [ep as unknown as KObject], { now: NOW }).rows[0].cells).toEqual(['nginx-service', '172.32.103.12:80,172.32.103.13:80,172.32.103.3:80 + 7 more...', '116s']);
  });
});
