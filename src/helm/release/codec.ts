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
  // Go's omitempty: an empty config, manifest or hook list is left out of the JSON.
  const shaped: Partial<Release> = { ...rel };
  if (!rel.config || Object.keys(rel.config).length === 0) delete shaped.config;
  if (!rel.manifest) delete shaped.manifest;
  if (!rel.hooks || rel.hooks.length === 0) delete shaped.hooks;
  const json = Buffer.from(JSON.stringify(shaped, (_k, v: unknown) => (v instanceof Int64 ? Number(v.v) : typeof v === "bigint" ? Number(v) : v)), "utf8");
  return gzipSync(json, { level: constants.Z_BEST_COMPRESSION }).toString('base64');
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
