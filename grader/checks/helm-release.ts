/**
 * `type: helm-release` — a Helm 3 release as Helm stores it: Secrets named
 * `sh.helm.release.v1.<release>.v<revision>` with labels owner=helm, name, status and version,
 * whose `release` data is base64(gzip(JSON)) inside the Secret's own base64.
 *   { type: helm-release, name: echo, status: deployed, revision: { gte: 3 }, chart: echo-0.1.0 }
 */
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import type { KObject } from '../../src/sim/index.js';
import type { CheckType } from '../types.js';
import { compare, comparisonFields, hasComparison, shown } from './compare.js';
import { valueAt } from './field.js';

const schema = z.object({
  name: z.string(),
  namespace: z.string().default('default'),
  /** Status of the latest revision (deployed, failed, superseded, uninstalled…); `absent` means no release. */
  status: z.string().optional(),
  revision: z.object(comparisonFields).strict().refine(hasComparison, { message: 'needs a comparison' }).optional(),
  /** `<chart name>-<chart version>` of the latest revision. */
  chart: z.string().optional(),
  /** A value the release was installed with (JSONPath into its user-supplied values). */
  value: z.object({ path: z.string(), ...comparisonFields }).strict().refine(hasComparison, { message: 'needs a comparison' }).optional(),
}).strict();

interface Release { chart?: { metadata?: { name?: string; version?: string } }; config?: unknown; info?: { status?: string } }

/** Decodes a release Secret's payload; undefined when it is not one Helm wrote. */
export function decodeRelease(secret: KObject): Release | undefined {
  try {
    const outer = Buffer.from(String((secret as { data?: Record<string, string> }).data?.release ?? ''), 'base64').toString('utf8');
    const raw = Buffer.from(outer, 'base64');
    const json = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw, { maxOutputLength: 8 * 1024 * 1024 }).toString('utf8') : raw.toString('utf8');
    return JSON.parse(json) as Release;
  } catch {
    return undefined;
  }
}

export const helmReleaseCheck: CheckType<z.infer<typeof schema>> = {
  schema,
  run(p, ctx) {
    const revisions = ctx.cluster.store.list('secrets', p.namespace)
      .filter((s) => s.metadata.labels?.owner === 'helm' && s.metadata.labels?.name === p.name && (s as { type?: string }).type === 'helm.sh/release.v1')
      .sort((a, b) => Number(a.metadata.labels?.version) - Number(b.metadata.labels?.version));
    const latest = revisions[revisions.length - 1];
    const rel = `Helm release ${p.name}${p.namespace !== 'default' ? ` in namespace ${p.namespace}` : ''}`;
    if (!latest) return p.status === 'absent' ? { passed: true, message: `no ${rel}` } : { passed: false, message: `expected ${rel} to exist, found no release Secrets` };
    const problems: string[] = [];
    const found: string[] = [];
    const status = latest.metadata.labels?.status;
    const revision = Number(latest.metadata.labels?.version);
    found.push(`revision ${revision} ${status}`);
    if (p.status !== undefined && status !== p.status) problems.push(`status ${p.status}`);
    if (p.revision) {
      const c = compare(p.revision, revision);
      if (!c.ok) problems.push(`revision ${c.expected}`);
    }
    if (p.chart !== undefined || p.value) {
      const decoded = decodeRelease(latest);
      const chart = decoded?.chart?.metadata ? `${decoded.chart.metadata.name}-${decoded.chart.metadata.version}` : undefined;
      if (p.chart !== undefined) {
        found.push(`chart ${chart ?? 'unreadable'}`);
        if (chart !== p.chart) problems.push(`chart ${p.chart}`);
      }
      if (p.value) {
        const v = valueAt(decoded?.config ?? {}, p.value.path);
        found.push(`${p.value.path} ${shown(v)}`);
        const c = compare(p.value, v);
        if (!c.ok) problems.push(`${p.value.path} ${c.expected}`);
      }
    }
    return problems.length
      ? { passed: false, message: `expected ${rel} with ${problems.join(', ')}; found ${found.join(', ')}` }
      : { passed: true, message: `${rel}: ${found.join(', ')}` };
  },
};
