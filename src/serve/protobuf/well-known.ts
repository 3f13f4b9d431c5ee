/**
 * apimachinery types whose JSON form is not their protobuf shape: meta/v1 Time, MicroTime
 * and Duration, resource.Quantity, intstr.IntOrString, runtime.RawExtension / FieldsV1 and
 * the ExtraValue string lists. Each turns a length-delimited payload into the JSON value Go's
 * MarshalJSON would produce for the value Go's Unmarshal reads from it.
 */
import { Reader, WireType } from './wire.js';
import type { WellKnownType } from './schema.js';
import { formatGoDuration } from './go-duration.js';

export type Converted = { ok: true; value: unknown } | { ok: false; error: string };

/** Seconds of Go's zero time.Time (0001-01-01T00:00:00Z) since the Unix epoch. */
const GO_ZERO_TIME_SECONDS = -62135596800;
/** Quantity's accepted syntax (k8s.io/apimachinery pkg/api/resource/quantity.go, ErrFormatWrong). */
const QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
const ERR_QUANTITY = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

/** Reads the fields of a small message with a fixed reader per field number. */
function readFields(
  payload: Uint8Array,
  messageName: string,
  read: Record<number, { wireType: number; name: string; read: (r: Reader) => void }>,
): string | undefined {
  const r = new Reader(payload);
  while (!r.done) {
    const { field, wireType } = r.tag(messageName);
    if (r.error) break;
    const f = read[field];
    if (!f) {
      r.skip(wireType);
      continue;
    }
    if (wireType !== f.wireType) return `proto: wrong wireType = ${wireType} for field ${f.name}`;
    f.read(r);
  }
  return r.error;
}

function timestamp(payload: Uint8Array): { seconds: number; nanos: number } | string {
  let seconds = 0;
  let nanos = 0;
  const error = readFields(payload, 'Timestamp', {
    1: { wireType: WireType.varint, name: 'Seconds', read: (r) => (seconds = r.int64()) },
    2: { wireType: WireType.varint, name: 'Nanos', read: (r) => (nanos = r.int32()) },
  });
  return error ?? { seconds, nanos };
}

/** Go's RFC 3339 layout in UTC; `micros` adds the `.000000` of RFC3339Micro. */
function formatTime(seconds: number, micros: number | undefined): Converted {
  const date = new Date(seconds * 1000);
  if (Number.isNaN(date.getTime())) return { ok: false, error: `Time.MarshalJSON: time ${seconds}s out of range` };
  const y = date.getUTCFullYear();
  const year = (y < 0 ? '-' : '') + String(Math.abs(y)).padStart(4, '0');
  const two = (n: number): string => String(n).padStart(2, '0');
  const frac = micros === undefined ? '' : '.' + String(micros).padStart(6, '0');
  const text = `${year}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}T${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}${frac}Z`;
  return { ok: true, value: text };
}

const converters: Record<WellKnownType, (payload: Uint8Array) => Converted> = {
  // metav1.Time: an empty payload is the zero time (JSON null); nanos are dropped on read.
  Time(payload) {
    if (payload.length === 0) return { ok: true, value: null };
    const ts = timestamp(payload);
    if (typeof ts === 'string') return { ok: false, error: ts };
    if (ts.seconds === GO_ZERO_TIME_SECONDS) return { ok: true, value: null };
    return formatTime(ts.seconds, undefined);
  },
  // metav1.MicroTime: nanos truncated to microseconds (micro_time_proto.go).
  MicroTime(payload) {
    if (payload.length === 0) return { ok: true, value: null };
    const ts = timestamp(payload);
    if (typeof ts === 'string') return { ok: false, error: ts };
    const seconds = ts.seconds + Math.floor(ts.nanos / 1e9);
    const micros = Math.floor((((ts.nanos % 1e9) + 1e9) % 1e9) / 1000);
    if (seconds === GO_ZERO_TIME_SECONDS && micros === 0) return { ok: true, value: null };
    return formatTime(seconds, micros);
  },
  Duration(payload) {
    let ns = 0n;
    const error = readFields(payload, 'Duration', {
      1: { wireType: WireType.varint, name: 'Duration', read: (r) => (ns = BigInt.asIntN(64, r.varintBig())) },
    });
    return error ? { ok: false, error } : { ok: true, value: formatGoDuration(ns) };
  },
  // The zero Quantity marshals as "0"; kubectl sends canonical strings, kept as they are.
  Quantity(payload) {
    let text: string | undefined;
    const error = readFields(payload, 'Quantity', {
      1: { wireType: WireType.bytes, name: 'String_', read: (r) => (text = r.string()) },
    });
    if (error) return { ok: false, error };
    if (text === undefined) return { ok: true, value: '0' };
    if (!QUANTITY.test(text)) return { ok: false, error: ERR_QUANTITY };
    return { ok: true, value: text };
  },
  IntOrString(payload) {
    let type = 0;
    let intVal = 0;
    let strVal = '';
    const error = readFields(payload, 'IntOrString', {
      1: { wireType: WireType.varint, name: 'Type', read: (r) => (type = r.int64()) },
      2: { wireType: WireType.varint, name: 'IntVal', read: (r) => (intVal = r.int32()) },
      3: { wireType: WireType.bytes, name: 'StrVal', read: (r) => (strVal = r.string()) },
    });
    if (error) return { ok: false, error };
    if (type === 0) return { ok: true, value: intVal };
    if (type === 1) return { ok: true, value: strVal };
    return { ok: false, error: 'impossible IntOrString.Type' };
  },
  // RawExtension and FieldsV1 carry JSON bytes in field 1; nil marshals as null.
  Raw(payload) {
    let raw: Uint8Array | undefined;
    const error = readFields(payload, 'RawExtension', {
      1: { wireType: WireType.bytes, name: 'Raw', read: (r) => (raw = r.bytes()) },
    });
    if (error) return { ok: false, error };
    if (raw === undefined || raw.length === 0) return { ok: true, value: null };
    try {
      return { ok: true, value: JSON.parse(new TextDecoder().decode(raw)) as unknown };
    } catch (e) {
      return { ok: false, error: `invalid JSON in embedded object: ${(e as Error).message}` };
    }
  },
  // ExtraValue is a Go []string; protobuf wraps it in a message with `repeated string items = 1`.
  // It only occurs as a map value, which Go's Unmarshal starts as a non-nil `ExtraValue{}`: JSON [].
  Strings(payload) {
    const items: string[] = [];
    const error = readFields(payload, 'ExtraValue', {
      1: { wireType: WireType.bytes, name: 'Items', read: (r) => items.push(r.string()) },
    });
    if (error) return { ok: false, error };
    return { ok: true, value: items };
  },
};

/** Converts the payload of a well-known type to its JSON value. */
export function convertWellKnown(type: WellKnownType, payload: Uint8Array): Converted {
  return converters[type](payload);
}

/** The JSON a zero Go value of the type marshals to (for fields absent from the wire). */
export function wellKnownZero(type: WellKnownType): unknown {
  return { Time: null, MicroTime: null, Duration: '0s', Quantity: '0', IntOrString: 0, Raw: null, Strings: [] }[type];
}
