/**
 * Ground truth: kubectl 1.33 sends these requests as protobuf, kubectl 1.31 as JSON (see
 * testdata/README.md). Decoding the 1.33 body must give exactly the 1.31 JSON.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeProtobuf } from './index.js';

const dir = new URL('./testdata/', import.meta.url);
const cases = readFileSync(new URL('cases.txt', dir), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split('\t') as [string, string]);

describe('decodeProtobuf on bodies captured from kubectl 1.33', () => {
  it('has the captured cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(37);
  });

  it.each(cases)('%s (%s)', (slug) => {
    const body = Buffer.from(readFileSync(new URL(`${slug}.pb.b64`, dir), 'utf8'), 'base64');
    const json = JSON.parse(readFileSync(new URL(`${slug}.json`, dir), 'utf8')) as unknown;
    const decoded = decodeProtobuf(new Uint8Array(body));
    expect(decoded).toStrictEqual({ ok: true, object: json });
  });
});
