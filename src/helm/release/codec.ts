/**
 * The release payload (helm/helm pkg/storage/driver/util.go encodeRelease/decodeRelease):
 * JSON, gzipped at best compression, base64. Node's gzip header carries mtime 0 and no
 * file name, so the same release always encodes to the same bytes.
 */
import { gunzipSync, gzipSync, constants } from 'node:zlib';
import { Int64 } from '../template/values.js';
import type { Release } from './types.js';

/** base64(gzip(JSON(release))) — the string stored as the Secret's `release` data. */
export function encodeRelease(rel: Release): string {
  return gzipSync(Buffer.from(releaseJson(rel), 'utf8'), { level: constants.Z_BEST_COMPRESSION }).toString('base64');
}

/** The release as encoding/json writes it (what `helm status -o json` prints). */
export function releaseJson(rel: Release): string {
  // Go's omitempty: an empty config, manifest or hook list is left out of the JSON.
  const shaped: Partial<Release> = { ...rel, config: sortedMap(rel.config), chart: { ...rel.chart, values: sortedMap(rel.chart.values) ?? {} } };
  if (!rel.config || Object.keys(rel.config).length === 0) delete shaped.config;
  if (!rel.manifest) delete shaped.manifest;
  if (!rel.hooks || rel.hooks.length === 0) delete shaped.hooks;
  const json = JSON.stringify(shaped, (_k, v: unknown) => (v instanceof Int64 ? Number(v.v) : typeof v === 'bigint' ? Number(v) : v));
  // encoding/json escapes HTML characters and the JS line separators inside strings.
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Go marshals map[string]interface{} with sorted keys (values and config are such maps). */
function sortedMap<T>(v: T): T {
  if (Array.isArray(v)) return v.map(sortedMap) as T;
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, sortedMap(o[k])])) as T;
  }
  return v;
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** Inverse of encodeRelease; also accepts uncompressed JSON, as Helm does. */
export function decodeRelease(text: string): Release | undefined {
  try {
    let b = Buffer.from(text, 'base64');
    if (b.length > 2 && b[0] === GZIP_MAGIC[0] && b[1] === GZIP_MAGIC[1]) b = gunzipSync(b);
    return JSON.parse(b.toString('utf8')) as Release;
  } catch {
    return undefined;
  }
}
