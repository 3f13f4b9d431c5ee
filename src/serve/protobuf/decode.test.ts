/**
 * Hand-built bodies (test-encoder.ts) for what the captured fixtures cannot show: malformed
 * and hostile input, unknown fields, packed numbers, well-known types with set values.
 * Error wording: k8s.io/apimachinery pkg/runtime/serializer/protobuf/protobuf.go (Decode),
 * pkg/runtime/error.go (missing kind/version, not registered) and gogo generated.pb.go.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeProtobuf } from './index.js';
import { decodeMessage, MAX_DEPTH } from './decode.js';
import { messages } from './registry.js';
import { bytesField, concat, envelope, stringField, tag, varint, varintField } from './test-encoder.js';
import { WireType } from './wire.js';
import { convertWellKnown } from './well-known.js';

const meta = (name: string) => bytesField(1, stringField(1, name));
const ok = (object: Record<string, unknown>) => ({ ok: true, object });

describe('decodeProtobuf envelope errors', () => {
  it('rejects an empty body', () => {
    expect(decodeProtobuf(new Uint8Array(0))).toEqual({ ok: false, error: 'empty data' });
  });

  it('rejects a body without the k8s magic', () => {
    const json = new TextEncoder().encode('{"kind":"Secret"}');
    expect(decodeProtobuf(json)).toEqual({
      ok: false,
      error: 'provided data does not appear to be a protobuf message, expected prefix [107 56 115 0]',
    });
    expect(decodeProtobuf(Uint8Array.from([0x6b, 0x38]))).toMatchObject({ ok: false });
  });

  it('rejects the magic alone', () => {
    expect(decodeProtobuf(Uint8Array.from([0x6b, 0x38, 0x73, 0x00]))).toEqual({ ok: false, error: 'empty body' });
  });

  it('names an unknown kind the way the scheme does', () => {
    expect(decodeProtobuf(envelope('v1', 'Foo', new Uint8Array(0)))).toEqual({
      ok: false,
      error: 'no kind "Foo" is registered for version "v1" in scheme "k8s.io/kubernetes/pkg/api/legacyscheme/scheme.go:30"',
    });
    expect(decodeProtobuf(envelope('apps/v2', 'Deployment', new Uint8Array(0)))).toMatchObject({
      ok: false,
      error: expect.stringContaining('no kind "Deployment" is registered for version "apps/v2"'),
    });
  });

  it('reports a missing kind or apiVersion with the TypeMeta in Go syntax', () => {
    expect(decodeProtobuf(envelope('v1', '', new Uint8Array(0)))).toEqual({
      ok: false,
      error: `Object 'Kind' is missing in 'runtime.TypeMeta{APIVersion:"v1", Kind:""}'`,
    });
    expect(decodeProtobuf(envelope('', 'Secret', new Uint8Array(0)))).toEqual({
      ok: false,
      error: `Object 'apiVersion' is missing in 'runtime.TypeMeta{APIVersion:"", Kind:"Secret"}'`,
    });
  });

  it('reports a truncated envelope', () => {
    const body = envelope('v1', 'Secret', meta('s'));
    expect(decodeProtobuf(body.subarray(0, body.length - 2))).toEqual({ ok: false, error: 'unexpected EOF' });
  });
});

describe('decodeProtobuf message rules', () => {
  it('decodes an empty object to what JSON has for a zero Secret', () => {
    // A zero ObjectMeta still marshals creationTimestamp (a struct) as null.
    expect(decodeProtobuf(envelope('v1', 'Secret', new Uint8Array(0)))).toEqual(
      ok({ kind: 'Secret', apiVersion: 'v1', metadata: { creationTimestamp: null } }),
    );
  });

  it('skips unknown fields of every wire type', () => {
    const unknown = concat(
      varintField(90, 7),
      tag(91, WireType.fixed64), new Uint8Array(8),
      tag(92, WireType.fixed32), new Uint8Array(4),
      stringField(93, 'x'),
      tag(94, WireType.startGroup), varintField(1, 1), tag(94, WireType.endGroup),
    );
    const plain = decodeProtobuf(envelope('v1', 'Secret', concat(meta('s'), stringField(3, 'Opaque'))));
    const extra = decodeProtobuf(envelope('v1', 'Secret', concat(unknown, meta('s'), unknown, stringField(3, 'Opaque'))));
    expect(extra).toEqual(plain);
    expect(plain).toEqual(ok({ kind: 'Secret', apiVersion: 'v1', metadata: { name: 's', creationTimestamp: null }, type: 'Opaque' }));
  });

  it('keeps the last value of a repeated single field, as Go overwrites it', () => {
    const body = envelope('v1', 'Secret', concat(stringField(3, 'a'), stringField(3, 'b')));
    expect(decodeProtobuf(body)).toMatchObject({ ok: true, object: { type: 'b' } });
  });

  it('merges a message field sent twice, as Go unmarshals into the same struct', () => {
    const body = envelope('v1', 'Secret', concat(meta('s'), bytesField(1, stringField(3, 'team')), stringField(3, 'Opaque')));
    expect(decodeProtobuf(body)).toEqual(
      ok({ kind: 'Secret', apiVersion: 'v1', metadata: { name: 's', namespace: 'team', creationTimestamp: null }, type: 'Opaque' }),
    );
  });

  it('rejects a field sent with the wrong wire type', () => {
    expect(decodeProtobuf(envelope('v1', 'Secret', varintField(3, 1)))).toEqual({
      ok: false,
      error: 'proto: wrong wireType = 0 for field Type',
    });
  });

  it('reads packed repeated numbers like unpacked ones', () => {
    const spec = messages.get('PodFailurePolicyOnExitCodesRequirement')!;
    const unpacked = concat(stringField(2, 'In'), varintField(3, 42), varintField(3, 43));
    const packed = concat(stringField(2, 'In'), bytesField(3, concat(varint(42), varint(43))));
    const want = { ok: true, value: { operator: 'In', values: [42, 43] } };
    expect(decodeMessage(unpacked, spec)).toEqual(want);
    expect(decodeMessage(packed, spec)).toEqual(want);
  });

  it('keeps a set pointer field even when zero, and drops zero non-pointer omitempty fields', () => {
    // DeploymentSpec: replicas *int32 (omitempty), minReadySeconds int32 (omitempty).
    const spec = messages.get('DeploymentSpec')!;
    const decoded = decodeMessage(concat(varintField(1, 0), varintField(5, 0)), spec);
    expect(decoded).toMatchObject({ ok: true, value: { replicas: 0, selector: null } });
    expect(decoded.ok && 'minReadySeconds' in decoded.value).toBe(false);
  });

  it('sorts map keys like encoding/json and decodes bytes values as base64', () => {
    const entry = (k: string, v: string) => bytesField(2, concat(stringField(1, k), stringField(2, v)));
    const body = envelope('v1', 'Secret', concat(entry('zeta', 'z'), entry('alpha', ''), entry('mid', 'hi')));
    const res = decodeProtobuf(body);
    expect(res).toEqual(ok({ kind: 'Secret', apiVersion: 'v1', metadata: { creationTimestamp: null }, data: { alpha: '', mid: 'aGk=', zeta: 'eg==' } }));
    expect(res.ok && Object.keys(res.object['data'] as object)).toEqual(['alpha', 'mid', 'zeta']);
  });

  it('stops at the depth limit instead of recursing without bound', () => {
    expect(decodeMessage(new Uint8Array(0), messages.get('Secret')!, MAX_DEPTH + 1)).toEqual({
      ok: false,
      error: `proto: Secret: exceeded maximum nesting depth of ${MAX_DEPTH}`,
    });
  });
});

describe('well-known types', () => {
  const timeIn = (seconds: number | bigint, nanos = 0) => concat(varintField(1, seconds), nanos ? varintField(2, nanos) : new Uint8Array(0));
  const objectMeta = (field: number, payload: Uint8Array) => decodeMessage(bytesField(field, payload), messages.get('ObjectMeta')!);

  it('formats Time as RFC 3339 in UTC, dropping nanoseconds like Time.Unmarshal', () => {
    // 1735689600 s after the epoch is 2025-01-01T00:00:00Z.
    expect(objectMeta(8, timeIn(1735689600, 999))).toEqual({ ok: true, value: { creationTimestamp: '2025-01-01T00:00:00Z' } });
    expect(objectMeta(9, timeIn(0))).toMatchObject({ value: { deletionTimestamp: '1970-01-01T00:00:00Z' } });
  });

  it('maps Go\'s zero time to null', () => {
    expect(objectMeta(8, timeIn(-62135596800))).toEqual({ ok: true, value: { creationTimestamp: null } });
    expect(objectMeta(9, new Uint8Array(0))).toEqual({ ok: true, value: { creationTimestamp: null, deletionTimestamp: null } });
  });

  it('formats MicroTime with six fractional digits, truncating nanoseconds', () => {
    expect(convertWellKnown('MicroTime', timeIn(1735689600, 123456789))).toEqual({ ok: true, value: '2025-01-01T00:00:00.123456Z' });
    expect(convertWellKnown('MicroTime', timeIn(1735689600))).toEqual({ ok: true, value: '2025-01-01T00:00:00.000000Z' });
    expect(convertWellKnown('MicroTime', new Uint8Array(0))).toEqual({ ok: true, value: null });
  });

  it('formats Duration as Go prints it', () => {
    expect(convertWellKnown('Duration', varintField(1, 3_600_000_000_000))).toEqual({ ok: true, value: '1h0m0s' });
    expect(convertWellKnown('Duration', new Uint8Array(0))).toEqual({ ok: true, value: '0s' });
  });

  it('unwraps ExtraValue string lists', () => {
    const extra = concat(stringField(1, 'read'), stringField(1, 'write'));
    expect(convertWellKnown('Strings', extra)).toEqual({ ok: true, value: ['read', 'write'] });
    expect(convertWellKnown('Strings', new Uint8Array(0))).toEqual({ ok: true, value: [] });
  });

  it('decodes IntOrString by its type field', () => {
    const port = (payload: Uint8Array) => decodeMessage(bytesField(4, payload), messages.get('ServicePort')!);
    expect(port(concat(varintField(1, 1), stringField(3, 'http')))).toMatchObject({ value: { targetPort: 'http' } });
    expect(port(concat(varintField(1, 0), varintField(2, 8080)))).toMatchObject({ value: { targetPort: 8080 } });
    expect(port(varintField(1, 2))).toEqual({ ok: false, error: 'impossible IntOrString.Type' });
  });

  it('validates Quantity strings and maps an empty Quantity to "0"', () => {
    const limits = (q: Uint8Array) =>
      decodeMessage(bytesField(1, concat(stringField(1, 'cpu'), bytesField(2, q))), messages.get('ResourceRequirements')!);
    expect(limits(stringField(1, '250m'))).toEqual({ ok: true, value: { limits: { cpu: '250m' } } });
    expect(limits(new Uint8Array(0))).toEqual({ ok: true, value: { limits: { cpu: '0' } } });
    expect(limits(stringField(1, 'lots'))).toEqual({
      ok: false,
      error: "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    });
  });

  it('embeds RawExtension/FieldsV1 JSON and rejects invalid JSON', () => {
    const entry = (raw: string) => decodeMessage(bytesField(7, stringField(1, raw)), messages.get('ManagedFieldsEntry')!);
    expect(entry('{"f:metadata":{}}')).toEqual({ ok: true, value: { fieldsV1: { 'f:metadata': {} } } });
    expect(entry('{nope')).toMatchObject({ ok: false, error: expect.stringContaining('invalid JSON in embedded object') });
  });
});

describe('robustness on mutated real bodies', () => {
  const fixture = (slug: string) =>
    new Uint8Array(Buffer.from(readFileSync(new URL(`./testdata/${slug}.pb.b64`, import.meta.url), 'utf8'), 'base64'));

  it('never throws on any truncation or single-byte corruption', () => {
    for (const slug of ['deployment', 'ssar-get-pods', 'secret-tls', 'job-from-rich-cronjob']) {
      const body = fixture(slug);
      const step = body.length > 1000 ? 5 : 1;
      for (let i = 0; i < body.length; i += step) {
        const truncated = decodeProtobuf(body.subarray(0, i));
        expect(typeof truncated.ok).toBe('boolean');
        for (const b of [0x00, 0x7f, 0x80, 0xff]) {
          const mutated = body.slice();
          mutated[i] = b;
          const res = decodeProtobuf(mutated);
          expect(res.ok ? typeof res.object : typeof res.error).toMatch(/object|string/);
        }
      }
    }
  });

  it('reports truncation of a real body as an error, never a partial object', () => {
    const body = fixture('deployment');
    expect(decodeProtobuf(body.subarray(0, body.length - 1))).toEqual({ ok: false, error: 'unexpected EOF' });
  });
});
