/**
 * One `syncDeployment` call at a time, asserting the ordered API writes and events
 * (STYLE rule 5). Upstream order: getNewReplicaSet creates the set and records
 * `Scaled up replica set X from 0 to N` before its UpdateStatus (sync.go), then
 * rolloutRolling's syncRolloutStatus writes status again (rolling.go, progress.go).
 */
import { describe, expect, it } from 'vitest';
import { R } from '../../client.js';
import type { Deployment } from '../../types.js';
import { deployment } from '../testing/deployments.js';
import { makeHarness } from '../testing/harness.js';
import { syncDeployment } from './index.js';

describe('syncDeployment, one call', () => {
  it('a new Deployment: create the ReplicaSet, record the event, write revision and conditions', () => {
    const h = makeHarness([]);
    const created = h.client.create<Deployment>(R.deployments, 'default', deployment('web', 3, 'nginx:1.16.1'));
    expect(created.ok).toBe(true);
    h.writes.length = 0;
    const ctx = h.contextFor('deployment-controller', 'deployment-controller');
    syncDeployment('default/web', ctx);
    const [rs] = h.store.list('replicasets.apps', 'default');
    expect(h.writes).toEqual([
      `ADDED replicasets.apps/${rs.metadata.name}`,
      'MODIFIED deployments.apps/web',
      'MODIFIED deployments.apps/web',
    ]);
    expect(h.events.map((e) => `${e.type} ${e.reason} ${e.message}`)).toEqual([`Normal ScalingReplicaSet Scaled up replica set ${rs.metadata.name} from 0 to 3`]);
    const d = h.store.get('deployments.apps', 'default', 'web') as Deployment;
    expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
    expect(d.status?.observedGeneration).toBe(1);
    expect(d.status?.unavailableReplicas).toBe(3);
    expect(d.status?.conditions?.map((c) => `${c.type} ${c.status} ${c.reason} ${c.message}`)).toEqual([
      `Progressing True NewReplicaSetCreated Created new replica set "${rs.metadata.name}"`,
      'Available False MinimumReplicasUnavailable Deployment does not have minimum availability.',
    ]);
    expect(rs.spec!.replicas).toBe(3);
    expect(rs.metadata.annotations).toEqual({
      'deployment.kubernetes.io/desired-replicas': '3', 'deployment.kubernetes.io/max-replicas': '4', 'deployment.kubernetes.io/revision': '1',
    });
    // Not finished: the controller looks again when the progress deadline would pass.
    syncDeployment('default/web', ctx);
    expect(ctx.queued.at(-1)).toBe('default/web after 601000ms');
  });
});
