import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeRelease, encodeRelease } from './codec.js';
import type { Release } from './types.js';

const rel: Release = {
  name: 'web',
  info: { first_deployed: '2025-06-02T09:00:00Z', last_deployed: '2025-06-02T09:00:00Z', deleted: '', description: 'Install complete', status: 'deployed' },
  chart: { metadata: { apiVersion: 'v2', name: 'web', version: '0.1.0' }, lock: null, templates: [], values: {}, schema: null, files: [] },
  config: {},
  manifest: '',
  version: 1,
  namespace: 'default',
};

describe('release payload (helm/helm pkg/storage/driver/util.go encodeRelease)', () => {
  it('is base64 of gzip of the JSON, decodable the way the Helm docs read it by hand', () => {
    const text = encodeRelease(rel);
    const json = JSON.parse(gunzipSync(Buffer.from(text, 'base64')).toString('utf8'));
    expect(json.name).toBe('web');
    expect(json.info.status).toBe('deployed');
    expect(json.version).toBe(1);
  });

  it('omits an empty config, manifest and hooks (Go omitempty), so `get values` shows null', () => {
    const json = JSON.parse(gunzipSync(Buffer.from(encodeRelease(rel), 'base64')).toString('utf8'));
    expect('config' in json).toBe(false);
    expect('manifest' in json).toBe(false);
    expect(decodeRelease(encodeRelease(rel))?.config).toBeUndefined();
  });

  it('is deterministic: the gzip header carries mtime 0', () => {
    const a = Buffer.from(encodeRelease(rel), 'base64');
    expect(a.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(a.readUInt32LE(4)).toBe(0);
    expect(encodeRelease(rel)).toBe(encodeRelease(structuredClone(rel)));
  });

  it('stores --set integers (int64) as JSON numbers', () => {
    const withInt = { ...rel, config: { replicaCount: 2n } as Record<string, unknown> };
    expect(decodeRelease(encodeRelease(withInt))?.config).toEqual({ replicaCount: 2 });
  });
});

describe('release JSON (encoding/json)', () => {
  it('escapes <, > and & as Go does and sorts map keys', async () => {
    const { releaseJson } = await import('./codec.js');
    const json = releaseJson({ ...rel, config: { b: 1, a: { d: 2, c: '<x & y>' } } });
    expect(json).toContain('"config":{"a":{"c":"\\u003cx \\u0026 y\\u003e","d":2},"b":1}');
  });
});
