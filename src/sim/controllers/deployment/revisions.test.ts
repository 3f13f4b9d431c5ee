/**
 * Revisions, annotations, history cleanup and hash collisions (kubernetes/kubernetes
 * pkg/controller/deployment/sync.go getNewReplicaSet / cleanupDeployment and
 * util/deployment_util.go SetNewReplicaSetAnnotations; reference §0.2, §1.7, §1.8, §1.9).
 */
import { describe, expect, it } from 'vitest';
import { R } from '../../client.js';
import type { Deployment } from '../../types.js';
import { computeHash } from '../pod-template-hash.js';
import { replicaSetController } from '../replicaset.js';
import { deployment, getDeployment, patchDeployment, setImage, setsByRevision } from '../testing/deployments.js';
import { fakeKubelet, makeHarness, type Harness } from '../testing/harness.js';
import { deploymentController } from './index.js';

function rolled(): Harness {
  let h!: Harness;
  h = makeHarness([deploymentController, replicaSetController, fakeKubelet(() => h, 2000)]);
  return h;
}

const revisions = (h: Harness) => setsByRevision(h).map((rs) => [rs.spec!.template.spec.containers[0].image, rs.metadata.annotations!['deployment.kubernetes.io/revision'], rs.metadata.annotations!['deployment.kubernetes.io/revision-history']]);

describe('revisions', () => {
  it('undo to an old template reuses its set: revision max+1, old number in revision-history', () => {
    const h = rolled();
    h.client.create(R.deployments, 'default', deployment('web', 2, 'nginx:1'));
    h.advance(30_000);
    setImage(h, 'web', 'nginx:2');
    h.advance(30_000);
    setImage(h, 'web', 'nginx:3');
    h.advance(30_000);
    expect(revisions(h)).toEqual([['nginx:1', '1', undefined], ['nginx:2', '2', undefined], ['nginx:3', '3', undefined]]);
    setImage(h, 'web', 'nginx:2');
    h.advance(30_000);
    // history 1 2 3 → undo to 2 → 1 3 4 (reference §1.9).
    expect(revisions(h)).toEqual([['nginx:1', '1', undefined], ['nginx:3', '3', undefined], ['nginx:2', '4', '2']]);
    expect(h.store.count('replicasets.apps', 'default')).toBe(3);
    expect(getDeployment(h, 'web').metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('4');
  });

  it('copies Deployment annotations (change-cause) to the new set only, never the skip list', () => {
    const h = rolled();
    h.client.create(R.deployments, 'default', deployment('web', 1, 'nginx:1'));
    h.advance(30_000);
    patchDeployment(h, 'web', { metadata: { annotations: { 'kubernetes.io/change-cause': 'image 2', 'kubectl.kubernetes.io/last-applied-configuration': '{}' } } });
    setImage(h, 'web', 'nginx:2');
    h.advance(30_000);
    const [first, second] = setsByRevision(h);
    expect(first.metadata.annotations?.['kubernetes.io/change-cause']).toBeUndefined();
    expect(second.metadata.annotations?.['kubernetes.io/change-cause']).toBe('image 2');
    expect(second.metadata.annotations?.['kubectl.kubernetes.io/last-applied-configuration']).toBeUndefined();
  });

  it('revisionHistoryLimit 1 keeps one old set once the rollout is complete', () => {
    const h = rolled();
    h.client.create(R.deployments, 'default', deployment('web', 1, 'nginx:1', { revisionHistoryLimit: 1 }));
    h.advance(30_000);
    for (const image of ['nginx:2', 'nginx:3', 'nginx:4']) {
      setImage(h, 'web', image);
      h.advance(30_000);
    }
    expect(revisions(h).map(([image, rev]) => `${image}@${rev}`)).toEqual(['nginx:3@3', 'nginx:4@4']);
  });
});

describe('pod-template-hash collisions (§0.2)', () => {
  it('bumps status.collisionCount and retries under a new name when the name is taken', () => {
    const h = makeHarness([deploymentController, replicaSetController]);
    const d = deployment('web', 1, 'nginx:1');
    // Hash the template as the API server stores it (after defaulting).
    const dry = h.client.create<Deployment>(R.deployments, 'default', d, { dryRun: 'All' });
    const template = dry.ok ? dry.value.spec.template : d.spec.template;
    const taken = `web-${computeHash(template)}`;
    h.client.create(R.replicasets, 'default', {
      apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: taken, labels: { other: 'x' } },
      spec: { replicas: 0, selector: { matchLabels: { other: 'x' } }, template: { metadata: { labels: { other: 'x' } }, spec: { containers: [{ name: 'c', image: 'busybox' }] } } },
    });
    h.client.create(R.deployments, 'default', d);
    h.settle();
    expect(getDeployment(h, 'web').status?.collisionCount).toBe(1);
    const mine = h.store.list('replicasets.apps', 'default').filter((rs) => rs.metadata.name !== taken);
    expect(mine.map((rs) => rs.metadata.name)).toEqual([`web-${computeHash(template, 1)}`]);
    expect(mine[0].metadata.name).not.toBe(taken);
  });
});
