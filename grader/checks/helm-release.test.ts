/**
 * Helm release state read from release Secrets as Helm 3 writes them (helm
 * pkg/storage/driver/secrets.go: name sh.helm.release.v1.<name>.v<version>, type
 * helm.sh/release.v1, labels name/owner/status/version; util.go encodeRelease: JSON, gzip,
 * base64 — stored as the Secret's data, which the API base64-encodes once more).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Cluster, R, type KObject } from '../../src/sim/index.js';
import type { GradeContext } from '../types.js';
import { helmReleaseCheck } from './helm-release.js';

function releaseSecret(name: string, version: number, status: string, chart: string, chartVersion: string, config: unknown): KObject {
  const json = JSON.stringify({ name, version, namespace: 'default', info: { status }, chart: { metadata: { name: chart, version: chartVersion } }, config });
  const helmEncoded = gzipSync(Buffer.from(json)).toString('base64');
  return {
    apiVersion: 'v1', kind: 'Secret', type: 'helm.sh/release.v1',
    metadata: { name: `sh.helm.release.v1.${name}.v${version}`, namespace: 'default', labels: { name, owner: 'helm', status, version: String(version) } },
    data: { release: Buffer.from(helmEncoded).toString('base64') },
  } as unknown as KObject;
}

function ctx(secrets: KObject[]): GradeContext {
  const cluster = Cluster.create({ seed: 1 });
  for (const s of secrets) {
    const r = cluster.client().create(R.secrets, 'default', s);
    if (!r.ok) throw new Error(JSON.stringify(r));
  }
  return { cluster, setupEnd: cluster.now(), gradeTime: cluster.now(), setupEntries: [], entries: [], traffic: [] };
}

const params = (p: Record<string, unknown>) => helmReleaseCheck.schema.parse(p);

describe('helm-release check', () => {
  const c = ctx([
    releaseSecret('echo', 1, 'superseded', 'echo', '0.1.0', { replicaCount: 1 }),
    releaseSecret('echo', 2, 'superseded', 'echo', '0.2.0', { replicaCount: 3 }),
    releaseSecret('echo', 3, 'deployed', 'echo', '0.1.0', { replicaCount: 1 }),
  ]);

  it('reads the latest revision, its chart and values', () => {
    expect(helmReleaseCheck.run(params({ name: 'echo', status: 'deployed', revision: { equals: 3 }, chart: 'echo-0.1.0', value: { path: '.replicaCount', equals: 1 } }), c))
      .toEqual({ passed: true, message: 'Helm release echo: revision 3 deployed, chart echo-0.1.0, .replicaCount 1' });
  });

  it('says what differs', () => {
    expect(helmReleaseCheck.run(params({ name: 'echo', chart: 'echo-0.2.0', revision: { gte: 4 } }), c))
      .toEqual({ passed: false, message: 'expected Helm release echo with revision to be at least 4, chart echo-0.2.0; found revision 3 deployed, chart echo-0.1.0' });
    expect(helmReleaseCheck.run(params({ name: 'nope' }), c)).toEqual({ passed: false, message: 'expected Helm release nope to exist, found no release Secrets' });
    expect(helmReleaseCheck.run(params({ name: 'nope', status: 'absent' }), c).passed).toBe(true);
  });
});
