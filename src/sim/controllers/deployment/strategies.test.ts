/**
 * Scaling, Recreate, pause/resume and the progress deadline (kubernetes/kubernetes
 * pkg/controller/deployment/{sync,recreate,progress}.go; reference §1.5, §1.6, §1.10, §1.11).
 */
import { describe, expect, it } from 'vitest';
import { R } from '../../client.js';
import { replicaSetController } from '../replicaset.js';
import { deployment, getDeployment, patchDeployment, progressing, setImage, setsByRevision } from '../testing/deployments.js';
import { fakeKubelet, makeHarness, markAllReady, scalingMessages, type Harness } from '../testing/harness.js';
import { deploymentController } from './index.js';

const names = (h: Harness) => setsByRevision(h).map((rs) => rs.metadata.name!);
const sizes = (h: Harness) => setsByRevision(h).map((rs) => rs.spec!.replicas);

describe('proportional scaling (§1.11)', () => {
  it('10 → 15 mid-rollout with old 8 / new 5 gives old 12 / new 7', () => {
    const h = makeHarness([deploymentController, replicaSetController]);
    h.client.create(R.deployments, 'default', deployment('web', 10, 'nginx:1'));
    h.settle();
    markAllReady(h);
    h.settle();
    setImage(h, 'web', 'nginx:2');
    h.settle();
    expect(sizes(h)).toEqual([8, 5]);
    h.events.length = 0;
    patchDeployment(h, 'web', { spec: { replicas: 15 } });
    h.settle();
    const [old, neu] = names(h);
    expect(sizes(h)).toEqual([12, 7]);
    expect(scalingMessages(h)).toEqual([`Scaled up replica set ${old} from 8 to 12`, `Scaled up replica set ${neu} from 5 to 7`]);
    for (const rs of setsByRevision(h)) {
      expect(rs.metadata.annotations).toMatchObject({ 'deployment.kubernetes.io/desired-replicas': '15', 'deployment.kubernetes.io/max-replicas': '19' });
    }
  });

  it('a plain scale of a finished rollout resizes the one active set', () => {
    const h = makeHarness([deploymentController, replicaSetController]);
    h.client.create(R.deployments, 'default', deployment('web', 3, 'nginx:1'));
    h.settle();
    h.events.length = 0;
    patchDeployment(h, 'web', { spec: { replicas: 5 } });
    h.settle();
    expect(scalingMessages(h)).toEqual([`Scaled up replica set ${names(h)[0]} from 3 to 5`]);
    expect(h.store.count('pods', 'default')).toBe(5);
  });
});

describe('Recreate (§1.5)', () => {
  it('scales the old set to 0, waits for its pods to go, then scales the new one straight up', () => {
    const h = makeHarness([deploymentController, replicaSetController]);
    h.client.create(R.deployments, 'default', deployment('web', 2, 'nginx:1', { strategy: { type: 'Recreate' } }));
    h.settle();
    markAllReady(h);
    h.settle();
    h.events.length = 0;
    h.writes.length = 0;
    setImage(h, 'web', 'nginx:2');
    h.settle();
    const [old, neu] = names(h);
    expect(scalingMessages(h)).toEqual([`Scaled down replica set ${old} from 2 to 0`, `Scaled up replica set ${neu} from 0 to 2`]);
    const lastOldPodGone = h.writes.map((w) => w.startsWith(`DELETED pods/${old}-`)).lastIndexOf(true);
    const newSetCreated = h.writes.indexOf(`ADDED replicasets.apps/${neu}`);
    expect(lastOldPodGone).toBeGreaterThan(-1);
    expect(newSetCreated).toBeGreaterThan(lastOldPodGone);
  });
});

describe('pause and resume (§1.10)', () => {
  it('while paused a template change makes no new set; resuming rolls out', () => {
    const h = makeHarness([deploymentController, replicaSetController]);
    h.client.create(R.deployments, 'default', deployment('web', 2, 'nginx:1'));
    h.settle();
    markAllReady(h);
    h.settle();
    patchDeployment(h, 'web', { spec: { paused: true } });
    h.settle();
    expect(progressing(h, 'web')).toMatchObject({ status: 'Unknown', reason: 'DeploymentPaused', message: 'Deployment is paused' });
    setImage(h, 'web', 'nginx:2');
    h.settle();
    expect(h.store.count('replicasets.apps', 'default')).toBe(1);
    expect(getDeployment(h, 'web').status?.observedGeneration).toBe(getDeployment(h, 'web').metadata.generation);
    patchDeployment(h, 'web', { spec: { paused: false } });
    h.settle();
    expect(h.store.count('replicasets.apps', 'default')).toBe(2);
    const neu = names(h)[1];
    // Resumed first, then the new set's creation replaces the reason (status Unknown → True).
    expect(progressing(h, 'web')).toMatchObject({ status: 'True', reason: 'ReplicaSetUpdated', message: `ReplicaSet "${neu}" is progressing.` });
  });
});

describe('progress deadline (§1.6)', () => {
  it('turns Progressing False/ProgressDeadlineExceeded once lastUpdateTime + deadline has passed', () => {
    const h = makeHarness([deploymentController, replicaSetController]);
    h.client.create(R.deployments, 'default', deployment('web', 1, 'nginx:1', { progressDeadlineSeconds: 30 }));
    h.settle();
    const name = names(h)[0];
    expect(progressing(h, 'web')).toMatchObject({ status: 'True', reason: 'ReplicaSetUpdated' });
    h.advance(30_500);
    expect(progressing(h, 'web')).toMatchObject({ status: 'True', reason: 'ReplicaSetUpdated' });
    h.advance(500);
    expect(progressing(h, 'web')).toMatchObject({
      status: 'False', reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${name}" has timed out progressing.`,
    });
    expect(getDeployment(h, 'web').status?.conditions?.find((c) => c.type === 'Available')).toMatchObject({
      status: 'False', reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.',
    });
  });

  it('a finished rollout reports NewReplicaSetAvailable and is not timed out later', () => {
    let h!: Harness;
    h = makeHarness([deploymentController, replicaSetController, fakeKubelet(() => h, 3000)]);
    h.client.create(R.deployments, 'default', deployment('web', 2, 'nginx:1', { progressDeadlineSeconds: 30 }));
    h.advance(120_000);
    expect(progressing(h, 'web')).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable' });
  });
});
