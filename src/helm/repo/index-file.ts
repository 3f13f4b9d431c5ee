/**
 * Repository index files (helm/helm pkg/repo/index.go): `apiVersion: v1`, `entries` per chart
 * name with versions newest first (each the chart metadata plus created, digest, urls), and
 * `generated`. Written with sorted keys as sigs.k8s.io/yaml does.
 */
import { createHash } from 'node:crypto';
import type { ChartMetadata } from '../chart/types.js';
import { parseSemver } from '../funcs/semver.js';
import { emitYaml } from '../yaml/emit.js';
import { parseYaml } from '../yaml/parse.js';

export interface ChartVersionEntry extends ChartMetadata {
  created: string;
  digest: string;
  urls: string[];
}

export interface RepoIndex {
  apiVersion: string;
  entries: Record<string, ChartVersionEntry[]>;
  generated: string;
}

/** Semver comparison for sorting (newest first); invalid versions sort last. */
export function compareVersions(a: string, b: string): number {
  const pa = parseSemver(a);
  const pb = parseSemver(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : 0;
  for (const k of ['major', 'minor', 'patch'] as const) {
    const d = Number(pb[k]) - Number(pa[k]);
    if (d) return d;
  }
  const prA = pa.pre;
  const prB = pb.pre;
  if (prA === prB) return 0;
  if (!prA) return -1;
  if (!prB) return 1;
  return prA < prB ? 1 : -1;
}

export function newIndex(generated: string): RepoIndex {
  return { apiVersion: 'v1', entries: {}, generated };
}

/** Adds one packaged chart (IndexFile.MustAdd). */
export function addToIndex(idx: RepoIndex, md: ChartMetadata, fileName: string, baseUrl: string, archive: Uint8Array, created: string): void {
  const digest = createHash('sha256').update(archive).digest('hex');
  const url = baseUrl ? `${baseUrl.replace(/\/+$/, '')}/${fileName}` : fileName;
  const entry: ChartVersionEntry = { ...md, apiVersion: md.apiVersion || 'v2', created, digest, urls: [url] };
  const list = (idx.entries[md.name] ??= []);
  list.push(entry);
  list.sort((a, b) => compareVersions(a.version, b.version));
}

export function indexYaml(idx: RepoIndex): string {
  return emitYaml(JSON.parse(JSON.stringify(idx)) as Record<string, unknown>);
}

export function parseIndex(text: string): { ok: true; index: RepoIndex } | { ok: false; error: string } {
  const r = parseYaml(text);
  if (!r.ok) return { ok: false, error: `error unmarshaling JSON: ${r.error}` };
  const v = r.value as Partial<RepoIndex> | null;
  if (!v || typeof v !== 'object' || !v.apiVersion) return { ok: false, error: 'no API version specified' };
  return { ok: true, index: { apiVersion: v.apiVersion, entries: v.entries ?? {}, generated: String(v.generated ?? '') } };
}
