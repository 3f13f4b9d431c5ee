import { describe, expect, it } from 'vitest';
import { R } from '../client.js';
import { cluster } from './test-helpers.js';

describe('nodes', () => {
  it('registers kind-style nodes with labels, the control-plane taint, capacity and kubelet info', () => {
    const c = cluster();
    const cp = c.store.get('nodes', '', 'kind-control-plane')!;
    expect(cp.metadata.labels).toMatchObject({ 'kubernetes.io/hostname': 'kind-control-plane', 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64', 'node-role.kubernetes.io/control-plane': '' });
    expect(cp.spec.taints).toEqual([{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' }]);
    const w = c.store.get('nodes', '', 'kind-worker')!;
    expect(w.spec.taints).toBeUndefined();
    expect(w.spec.podCIDR).toBe('10.244.1.0/24');
    expect(w.status.addresses).toEqual([{ address: '172.18.0.3', type: 'InternalIP' }, { address: 'kind-worker', type: 'Hostname' }]);
    expect(w.status.capacity).toMatchObject({ cpu: '4', pods: '110' });
    expect(w.status.capacity.memory).toMatch(/^\d+Ki$/);
    expect(w.status.nodeInfo.kubeletVersion).toMatch(/^v1\.33\.\d+$/);
    expect(w.status.nodeInfo.containerRuntimeVersion).toMatch(/^containerd:\/\//);
    expect(w.status.conditions.map((x: { type: string; status: string }) => `${x.type}=${x.status}`)).toEqual(['MemoryPressure=False', 'DiskPressure=False', 'PIDPressure=False', 'Ready=True']);
  });

  it('renews node leases every 10 s', () => {
    const c = cluster();
    const before = c.store.get('leases.coordination.k8s.io', 'kube-node-lease', 'kind-worker')!;
    expect(before.spec).toMatchObject({ holderIdentity: 'kind-worker', leaseDurationSeconds: 40 });
    c.advance(10_000);
    const after = c.store.get('leases.coordination.k8s.io', 'kube-node-lease', 'kind-worker')!;
    expect(Date.parse(after.spec.renewTime) - Date.parse(before.spec.renewTime)).toBeGreaterThanOrEqual(10_000);
  });

  it('taints a cordoned node node.kubernetes.io/unschedulable:NoSchedule and untaints it again', () => {
    const c = cluster();
    c.client().patch(R.nodes, undefined, 'kind-worker', { spec: { unschedulable: true } });
    c.settle();
    expect(c.store.get('nodes', '', 'kind-worker')!.spec.taints).toEqual([expect.objectContaining({ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' })]);
    c.client().patch(R.nodes, undefined, 'kind-worker', { spec: { unschedulable: null } });
    c.settle();
    expect(c.store.get('nodes', '', 'kind-worker')!.spec.taints).toBeUndefined();
  });
});
