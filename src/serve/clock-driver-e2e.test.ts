/**
 * The stepped clock driver under the real kubectl 1.33: `kubectl rollout status` against a
 * served cluster must leave virtual time exactly where our embedded kubectl's
 * `Cluster.advanceUntil` leaves it on an identical cluster. Skipped where the reference
 * client is not installed.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cluster, R, type KObject } from '../sim/index.js';
import { startClockDriver } from './clock-driver.js';
import { kubeconfigYaml, newToken } from './kubeconfig.js';
import { startServer } from './server.js';
import { REAL_KUBECTL_DIR, realKubectl } from './testing/real-kubectl.js';

const KUBECTL = realKubectl('1.33') ?? `${REAL_KUBECTL_DIR}/kubectl.1.33`;
const haveKubectl = existsSync(KUBECTL);
if (!haveKubectl) console.warn(`stepped clock e2e skipped: the reference client ${KUBECTL} is not installed (set KUBEDOJO_REAL_KUBECTL)`);

function withDeployment(seed: number): Cluster {
  const c = Cluster.create({ seed });
  c.client().create(R.deployments, 'default', {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web' },
    spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx:1.25' }] } } },
  } as KObject);
  c.settle();
  return c;
}

/** kubectl's rollout status check for a Deployment (kubectl/pkg/polymorphichelpers/rollout_status.go). */
function rolledOut(c: Cluster): boolean {
  const d = c.store.get('deployments.apps', 'default', 'web') as (KObject & { spec: { replicas: number }; status?: Record<string, number> }) | undefined;
  const s = d?.status ?? {};
  return !!d && (d.metadata.generation ?? 0) <= (s.observedGeneration ?? 0) && (s.updatedReplicas ?? 0) >= d.spec.replicas && (s.replicas ?? 0) <= (s.updatedReplicas ?? 0) && (s.availableReplicas ?? 0) >= (s.updatedReplicas ?? 0);
}

describe.skipIf(!haveKubectl)('stepped clock driver with the real kubectl 1.33', () => {
  it('`rollout status` ends where advanceUntil ends', async () => {
    const embedded = withDeployment(3);
    expect(embedded.advanceUntil(() => rolledOut(embedded), 10 * 60_000)).toBe(true);

    const served = withDeployment(3);
    const start = served.now();
    const token = newToken();
    const server = await startServer(served, { token, settleAfterWrites: false });
    // A generous quiet period: the client must have closed its watch before the next step.
    const driver = startClockDriver(served, server.activity, { mode: 'stepped', quietMs: 400 });
    const dir = mkdtempSync(join(tmpdir(), 'kubedojo-stepped-'));
    writeFileSync(join(dir, 'kubeconfig'), kubeconfigYaml(server.url, token, server.certificateAuthorityData), { mode: 0o600 });
    const r = await new Promise<{ code: number; out: string; err: string }>((done) => {
      execFile(KUBECTL, ['--kubeconfig', join(dir, 'kubeconfig'), '--cache-dir', join(dir, 'cache'), 'rollout', 'status', 'deployment/web', '--timeout=60s'], { timeout: 90_000 }, (e, out, err) =>
        done({ code: e ? (typeof e.code === 'number' ? e.code : -1) : 0, out, err }),
      );
    });
    driver.stop();
    await server.close();
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.endsWith('deployment "web" successfully rolled out\n')).toBe(true);
    expect(served.now()).toBeGreaterThan(start);
    expect(served.now()).toBe(embedded.now());
  }, 60_000);
});
