/**
 * End-to-end rollouts with the Deployment and ReplicaSet controllers and a fake kubelet.
 * Expected event sequences: reference §1.4 (kubernetes/kubernetes pkg/controller/deployment/
 * rolling.go) and the real output in seed 000 (1.31 wording "to N from M" rewritten to the
 * 1.32+ "from M to N", PR #125118).
 */
import { describe, expect, it } from 'vitest';
import { R } from '../../client.js';
import type { Deployment, KObject } from '../../types.js';
import { replicaSetController } from '../replicaset.js';
import { fakeKubelet, makeHarness, markReady, scalingMessages, type Harness } from '../testing/harness.js';
import { deploymentController } from './index.js';

function deployment(name: string, replicas: number, image: string, rollingUpdate?: { maxSurge: number | string; maxUnavailable: number | string }): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default', labels: { app: name } },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      strategy: { type: 'RollingUpdate', rollingUpdate: rollingUpdate ?? { maxSurge: '25%', maxUnavailable: '25%' } },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'nginx', image }], restartPolicy: 'Always' } },
    },
  };
}

function setImage(h: Harness, name: string, image: string): void {
  const r = h.client.patch(R.deployments, 'default', name, { spec: { template: { spec: { containers: [{ name: 'nginx', image }] } } } }, 'application/merge-patch+json');
  expect(r.ok).toBe(true);
}

function setsByRevision(h: Harness): KObject[] {
  return h.store.list('replicasets.apps', 'default').sort((a, b) => Number(a.metadata.annotations!['deployment.kubernetes.io/revision']) - Number(b.metadata.annotations!['deployment.kubernetes.io/revision']));
}

const sizes = (h: Harness) => setsByRevision(h).map((rs) => rs.spec!.replicas);

describe('RollingUpdate, 3 replicas, default 25%/25% (surge 1, unavailable 0)', () => {
  it('replaces one pod at a time, events in the §1.4 order', () => {
    let h!: Harness;
    h = makeHarness([deploymentController, replicaSetController, fakeKubelet(() => h, 5000)]);
    h.client.create(R.deployments, 'default', deployment('web', 3, 'nginx:1.16.1'));
    h.advance(10_000);
    const [first] = setsByRevision(h);
    expect(scalingMessages(h)).toEqual([`Scaled up replica set ${first.metadata.name} from 0 to 3`]);
    h.events.length = 0;

    setImage(h, 'web', 'nginx:1.17.0');
    h.settle();
    const [, second] = setsByRevision(h);
    const oldName = first.metadata.name;
    const newName = second.metadata.name;
    expect(newName).not.toBe(oldName);
    // sync 1: new RS created at 1 (maxTotal 4, current 3); the old one waits for it to be available.
    expect(scalingMessages(h)).toEqual([`Scaled up replica set ${newName} from 0 to 1`]);
    expect(sizes(h)).toEqual([3, 1]);

    h.advance(5_000); // the first new pod becomes Ready
    expect(scalingMessages(h).slice(1)).toEqual([
      `Scaled down replica set ${oldName} from 3 to 2`,
      `Scaled up replica set ${newName} from 1 to 2`,
    ]);
    expect(sizes(h)).toEqual([2, 2]);
    h.advance(5_000);
    h.advance(5_000);
    expect(scalingMessages(h)).toEqual([
      `Scaled up replica set ${newName} from 0 to 1`,
      `Scaled down replica set ${oldName} from 3 to 2`,
      `Scaled up replica set ${newName} from 1 to 2`,
      `Scaled down replica set ${oldName} from 2 to 1`,
      `Scaled up replica set ${newName} from 2 to 3`,
      `Scaled down replica set ${oldName} from 1 to 0`,
    ]);
    expect(sizes(h)).toEqual([0, 3]);
    expect(h.events.every((e) => e.reason !== 'ScalingReplicaSet' || e.source.component === 'deployment-controller')).toBe(true);

    const d = h.store.get('deployments.apps', 'default', 'web') as Deployment;
    expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    expect(d.status).toMatchObject({ observedGeneration: 2, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 });
    expect(d.status?.unavailableReplicas).toBeUndefined();
    expect(d.status?.conditions?.map((c) => [c.type, c.status, c.reason, c.message])).toEqual([
      ['Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.'],
      ['Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "${newName}" has successfully progressed.`],
    ]);
    const newRS = h.store.get('replicasets.apps', 'default', newName!)!;
    expect(newRS.metadata.annotations).toMatchObject({
      'deployment.kubernetes.io/revision': '2', 'deployment.kubernetes.io/desired-replicas': '3', 'deployment.kubernetes.io/max-replicas': '4',
    });
    const hash = newRS.metadata.labels!['pod-template-hash'];
    expect(newName).toBe(`web-${hash}`);
    expect(hash).toMatch(/^[456789bcdf]{1,10}$/);
    expect(newRS.spec!.selector).toEqual({ matchLabels: { app: 'web', 'pod-template-hash': hash } });
    expect(newRS.metadata.ownerReferences).toEqual([{ apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: d.metadata.uid, controller: true, blockOwnerDeletion: true }]);
    const pods = h.store.list('pods', 'default');
    expect(pods).toHaveLength(3);
    for (const p of pods) {
      expect(p.metadata.name).toMatch(new RegExp(`^${newName}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
      expect(p.metadata.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
    }
  });
});

describe('seed 000: 10 replicas, maxSurge 3, maxUnavailable 2', () => {
  it('creates the new RS at 3, scales the old 10→8, the new 3→5, then waits for availability', () => {
    const h = makeHarness([deploymentController, replicaSetController]);
    h.client.create(R.deployments, 'default', deployment('nginx-deployment', 10, 'nginx:1.14.2', { maxSurge: 3, maxUnavailable: 2 }));
    h.settle();
    for (const p of h.store.list('pods', 'default')) markReady(h, p);
    h.settle();
    h.events.length = 0;
    setImage(h, 'nginx-deployment', 'nginx:1.16.1');
    h.settle();
    const [old, neu] = setsByRevision(h).map((rs) => rs.metadata.name);
    expect(scalingMessages(h)).toEqual([
      `Scaled up replica set ${neu} from 0 to 3`,
      `Scaled down replica set ${old} from 10 to 8`,
      `Scaled up replica set ${neu} from 3 to 5`,
    ]);
    expect(sizes(h)).toEqual([8, 5]);
    // §1.4: once the first 3 new pods are available, budget 13−8−(5−3) = 3 → old 8→5, then new 5→8.
    const newPods = h.store.list('pods', 'default').filter((p) => p.metadata.name!.startsWith(`${neu}-`))
      .sort((a, b) => h.events.findIndex((e) => e.message === `Created pod: ${a.metadata.name}`) - h.events.findIndex((e) => e.message === `Created pod: ${b.metadata.name}`));
    for (const p of newPods.slice(0, 3)) markReady(h, p);
    h.settle();
    expect(scalingMessages(h).slice(3)).toEqual([
      `Scaled down replica set ${old} from 8 to 5`,
      `Scaled up replica set ${neu} from 5 to 8`,
    ]);
    for (let i = 0; i < 5; i++) {
      for (const p of h.store.list('pods', 'default')) markReady(h, p);
      h.settle();
    }
    expect(sizes(h)).toEqual([0, 10]);
    expect(scalingMessages(h).filter((m) => new RegExp(`^Scaled down replica set ${old} from \\d+ to 0$`).test(m))).toHaveLength(1);
  });
});
