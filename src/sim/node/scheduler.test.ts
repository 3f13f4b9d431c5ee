import { describe, expect, it } from 'vitest';
import { R } from '../client.js';
import { cluster, create, events, getPod, pod } from './test-helpers.js';

describe('default-scheduler', () => {
  it('spreads pods over the workers and never uses the tainted control plane', () => {
    const c = cluster();
    for (let i = 0; i < 6; i++) create(c, pod(`p${i}`, [{ name: 'c', image: 'nginx:1.16.1' }]));
    const nodes = [0, 1, 2, 3, 4, 5].map((i) => getPod(c, `p${i}`)!.spec.nodeName);
    expect(nodes.filter((n) => n === 'kind-worker')).toHaveLength(3);
    expect(nodes.filter((n) => n === 'kind-worker2')).toHaveLength(3);
    expect(events(c, 'p0')[0]).toMatchObject({ reason: 'Scheduled', type: 'Normal', source: { component: 'default-scheduler' } });
  });

  it('explains why nothing fits in the scheduler\'s words (FitError.Error) and retries when a node changes', () => {
    const c = cluster();
    create(c, pod('big', [{ name: 'c', image: 'nginx:1.16.1', resources: { requests: { cpu: '5' } } }]));
    const p = getPod(c, 'big')!;
    expect(p.spec.nodeName).toBeUndefined();
    // pkg/scheduler/framework/types.go: "0/%v nodes are available: <sorted reasons>. <postfilter msg>."
    const msg = '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.';
    expect(p.status!.conditions!.find((x) => x.type === 'PodScheduled')).toMatchObject({ status: 'False', reason: 'Unschedulable', message: msg });
    expect(events(c, 'big').map((e) => `${e.type} ${e.reason} ${e.message}`)).toEqual([`Warning FailedScheduling ${msg}`]);
    const node = c.store.get('nodes', '', 'kind-worker2')!;
    const bigger = structuredClone(node) as any;
    bigger.status.allocatable.cpu = '8';
    c.client().updateStatus(R.nodes, bigger);
    c.settle();
    expect(getPod(c, 'big')!.spec.nodeName).toBe('kind-worker2');
  });

  it('honours nodeSelector and tolerations', () => {
    const c = cluster();
    create(c, pod('sel', [{ name: 'c', image: 'nginx:1.16.1' }], { nodeSelector: { disktype: 'ssd' } }));
    expect(getPod(c, 'sel')!.status!.conditions![0].message).toBe("0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.");
    create(c, pod('cp', [{ name: 'c', image: 'nginx:1.16.1' }], {
      nodeSelector: { 'node-role.kubernetes.io/control-plane': '' },
      tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }],
    }));
    expect(getPod(c, 'cp')!.spec.nodeName).toBe('kind-control-plane');
  });

  it('counts pods against the node\'s pod capacity', () => {
    const c = cluster();
    const nodes = c.store.list('nodes');
    for (const n of nodes) { const x = structuredClone(n) as any; x.status.allocatable.pods = '1'; c.client().updateStatus(R.nodes, x); }
    c.settle();
    create(c, pod('a', [{ name: 'c', image: 'nginx:1.16.1' }]));
    create(c, pod('b', [{ name: 'c', image: 'nginx:1.16.1' }]));
    create(c, pod('d', [{ name: 'c', image: 'nginx:1.16.1' }]));
    expect(getPod(c, 'd')!.status!.conditions![0].message).toContain('2 Too many pods');
  });
});
