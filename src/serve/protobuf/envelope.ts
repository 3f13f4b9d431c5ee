/**
 * The envelope of `application/vnd.kubernetes.protobuf` bodies: the magic prefix `k8s\0`,
 * then a runtime.Unknown {1: typeMeta {1: apiVersion, 2: kind}, 2: raw, 3: contentEncoding,
 * 4: contentType} whose `raw` is the object itself
 * (k8s.io/apimachinery pkg/runtime/serializer/protobuf/protobuf.go, pkg/runtime/generated.proto).
 */
import { Reader, WireType } from './wire.js';

export const MAGIC = Uint8Array.from([0x6b, 0x38, 0x73, 0x00]);

export interface Envelope {
  apiVersion: string;
  kind: string;
  raw: Uint8Array;
  contentEncoding: string;
  contentType: string;
}

type Field = { wireType: number; name: string; read: (r: Reader, e: Envelope) => void };

function readTypeMeta(payload: Uint8Array, e: Envelope): string | undefined {
  const fields: Record<number, Field> = {
    1: { wireType: WireType.bytes, name: 'APIVersion', read: (r) => (e.apiVersion = r.string()) },
    2: { wireType: WireType.bytes, name: 'Kind', read: (r) => (e.kind = r.string()) },
  };
  return readFields(new Reader(payload), 'TypeMeta', fields, e);
}

const UNKNOWN_FIELDS: Record<number, Field> = {
  1: {
    wireType: WireType.bytes,
    name: 'TypeMeta',
    read: (r, e) => {
      const payload = r.bytes();
      if (!r.error) {
        const err = readTypeMeta(payload, e);
        if (err) r.fail(err);
      }
    },
  },
  // Go's Unmarshal keeps a present-but-empty raw as an empty slice; the copy detaches it from the request buffer.
  2: { wireType: WireType.bytes, name: 'Raw', read: (r, e) => (e.raw = r.bytes().slice()) },
  3: { wireType: WireType.bytes, name: 'ContentEncoding', read: (r, e) => (e.contentEncoding = r.string()) },
  4: { wireType: WireType.bytes, name: 'ContentType', read: (r, e) => (e.contentType = r.string()) },
};

function readFields(r: Reader, messageName: string, fields: Record<number, Field>, e: Envelope): string | undefined {
  while (!r.done) {
    const { field, wireType } = r.tag(messageName);
    if (r.error) break;
    const f = fields[field];
    if (!f) r.skip(wireType);
    else if (wireType !== f.wireType) return `proto: wrong wireType = ${wireType} for field ${f.name}`;
    else f.read(r, e);
  }
  return r.error;
}

/** Checks the prefix and reads the Unknown wrapper; errors are worded as the apiserver's serializer words them. */
export function readEnvelope(body: Uint8Array): { ok: true; envelope: Envelope } | { ok: false; error: string } {
  if (body.length === 0) return { ok: false, error: 'empty data' };
  if (body.length < MAGIC.length || MAGIC.some((b, i) => body[i] !== b)) {
    return { ok: false, error: `provided data does not appear to be a protobuf message, expected prefix [${[...MAGIC].join(' ')}]` };
  }
  if (body.length === MAGIC.length) return { ok: false, error: 'empty body' };
  const e: Envelope = { apiVersion: '', kind: '', raw: new Uint8Array(0), contentEncoding: '', contentType: '' };
  const error = readFields(new Reader(body.subarray(MAGIC.length)), 'Unknown', UNKNOWN_FIELDS, e);
  return error ? { ok: false, error } : { ok: true, envelope: e };
}
