/**
 * Decodes one protobuf message into the JSON object Go would marshal for the same value:
 * the struct Go's Unmarshal fills (unknown fields skipped, last value of a single field
 * wins), then encoding/json's rules (omitempty drops zero scalars and empty slices/maps,
 * never structs; nil pointers and nil slices without omitempty become null; map keys sorted).
 */
import { Reader, WireType } from './wire.js';
import type { FieldSpec, MessageSpec, ScalarType, WellKnownType } from './schema.js';
import { messages } from './registry.js';
import { convertWellKnown, wellKnownZero } from './well-known.js';

export type Decoded = { ok: true; value: Record<string, unknown> } | { ok: false; error: string };
type Value = { ok: true; value: unknown } | { ok: false; error: string };

/** Kubernetes objects nest about 15 deep; anything far past that is hostile input. */
export const MAX_DEPTH = 64;

const SCALAR_WIRE: Record<ScalarType, number> = {
  string: WireType.bytes,
  bytes: WireType.bytes,
  int32: WireType.varint,
  int64: WireType.varint,
  bool: WireType.varint,
  double: WireType.fixed64,
  float: WireType.fixed32,
};

const SCALAR_READ: Record<ScalarType, (r: Reader) => unknown> = {
  string: (r) => r.string(),
  bytes: (r) => Buffer.from(r.bytes()).toString('base64'),
  int32: (r) => r.int32(),
  int64: (r) => r.int64(),
  bool: (r) => r.bool(),
  double: (r) => r.double(),
  float: (r) => r.float(),
};

/** JSON of a Go zero value of the scalar type (a nil []byte is null). */
const SCALAR_ZERO: Record<ScalarType, unknown> = { string: '', bytes: null, int32: 0, int64: 0, bool: false, double: 0, float: 0 };

/** Go's name of the field, for wrong-wire-type errors worded like generated.pb.go's. */
function goName(f: FieldSpec): string {
  const name = f.json || f.type;
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function isEmptyScalar(v: unknown): boolean {
  return v === '' || v === 0 || v === false;
}

/** Reads one value of the field's element type from the current position. */
function readElement(r: Reader, f: FieldSpec, type: string, depth: number): Value {
  if (f.kind === 'scalar') return { ok: true, value: SCALAR_READ[type as ScalarType](r) };
  const payload = r.bytes();
  if (r.error) return { ok: false, error: r.error };
  if (f.kind === 'wellKnown') return convertWellKnown(type as WellKnownType, payload);
  return decodeMessage(payload, messages.get(type)!, depth + 1);
}

/** A map entry is a message {1: key, 2: value}; a missing value is the type's zero. */
function readMapEntry(r: Reader, f: FieldSpec, depth: number): { ok: true; key: string; value: unknown } | { ok: false; error: string } {
  const entry = new Reader(r.bytes());
  if (r.error) return { ok: false, error: r.error };
  let key = '';
  let value: Value | undefined;
  while (!entry.done) {
    const { field, wireType } = entry.tag(`${goName(f)}Entry`);
    if (entry.error) break;
    if (field === 1 && wireType === WireType.bytes) key = entry.string();
    else if (field === 2 && wireType === expectedWire(f)) value = readElement(entry, f, f.type, depth);
    else if (field === 1 || field === 2) return { ok: false, error: `proto: wrong wireType = ${wireType} for field ${goName(f)}` };
    else entry.skip(wireType);
    if (value && !value.ok) return value;
  }
  if (entry.error) return { ok: false, error: entry.error };
  return { ok: true, key, value: value?.ok ? value.value : zeroOf(f, depth) };
}

function expectedWire(f: FieldSpec): number {
  return f.kind === 'scalar' ? SCALAR_WIRE[f.type as ScalarType] : WireType.bytes;
}

/** JSON of the zero value of one element of the field's type. */
function zeroOf(f: FieldSpec, depth: number): unknown {
  if (f.kind === 'scalar') return f.type === 'bytes' && f.shape === 'map' ? '' : SCALAR_ZERO[f.type as ScalarType];
  if (f.kind === 'wellKnown') return wellKnownZero(f.type as WellKnownType);
  const empty = decodeMessage(new Uint8Array(0), messages.get(f.type)!, depth + 1);
  return empty.ok ? empty.value : {};
}

/** Go's encoding/json writes map keys sorted bytewise. */
function sortedObject(entries: Map<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) out[k] = entries.get(k);
  return out;
}

/** Decodes `payload` as message `spec`. */
export function decodeMessage(payload: Uint8Array, spec: MessageSpec, depth = 0): Decoded {
  if (depth > MAX_DEPTH) return { ok: false, error: `proto: ${spec.name}: exceeded maximum nesting depth of ${MAX_DEPTH}` };
  const r = new Reader(payload);
  const single = new Map<number, unknown>();
  const lists = new Map<number, unknown[]>();
  const maps = new Map<number, Map<string, unknown>>();
  const pending = new Map<number, Uint8Array[]>();
  while (!r.done) {
    const { field, wireType } = r.tag(spec.name);
    if (r.error) break;
    const f = spec.byNumber.get(field);
    if (!f) {
      r.skip(wireType);
      continue;
    }
    const wanted = expectedWire(f);
    if (f.shape === 'map') {
      if (wireType !== WireType.bytes) return { ok: false, error: `proto: wrong wireType = ${wireType} for field ${goName(f)}` };
      const e = readMapEntry(r, f, depth);
      if (!e.ok) return e;
      let m = maps.get(field);
      if (!m) maps.set(field, (m = new Map()));
      m.set(e.key, e.value);
      continue;
    }
    if (f.shape === 'repeated' && f.kind === 'scalar' && wanted !== WireType.bytes && wireType === WireType.bytes) {
      // Packed encoding: Go's Unmarshal accepts it for repeated numbers even though k8s writes them unpacked.
      const packed = new Reader(r.bytes());
      const list = lists.get(field) ?? [];
      while (!packed.done) list.push(SCALAR_READ[f.type as ScalarType](packed));
      if (packed.error ?? r.error) return { ok: false, error: (packed.error ?? r.error)! };
      lists.set(field, list);
      continue;
    }
    if (wireType !== wanted) return { ok: false, error: `proto: wrong wireType = ${wireType} for field ${goName(f)}` };
    if (f.shape === 'single' && f.kind === 'message') {
      // A message field seen twice is merged, as Go's Unmarshal into the existing struct does;
      // decoding the concatenated payloads is that merge (protobuf encoding guide).
      const payload = r.bytes();
      if (r.error) break;
      const parts = pending.get(field);
      if (parts) parts.push(payload);
      else pending.set(field, [payload]);
      continue;
    }
    const v = readElement(r, f, f.type, depth);
    if (!v.ok) return v;
    if (r.error) break;
    if (f.shape === 'repeated') {
      let list = lists.get(field);
      if (!list) lists.set(field, (list = []));
      list.push(v.value);
    } else {
      single.set(field, v.value);
    }
  }
  if (r.error) return { ok: false, error: r.error };
  for (const [field, parts] of pending) {
    const merged = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    const v = decodeMessage(merged, messages.get(spec.byNumber.get(field)!.type)!, depth + 1);
    if (!v.ok) return v;
    single.set(field, v.value);
  }

  const out: Record<string, unknown> = {};
  for (const f of spec.fields) {
    if (f.shape !== 'single') {
      const present = f.shape === 'map' ? maps.get(f.num) : lists.get(f.num);
      const size = present instanceof Map ? present.size : (present?.length ?? 0);
      if (size > 0) out[f.json] = present instanceof Map ? sortedObject(present) : present;
      else if (f.always) out[f.json] = null;
      continue;
    }
    const has = single.has(f.num);
    let value = single.get(f.num);
    if (!has) {
      if (f.pointer) {
        if (f.always) out[f.json] = null;
        continue;
      }
      if (f.kind === 'scalar' && !f.always) continue;
      value = zeroOf(f, depth);
    } else if (f.kind === 'scalar' && !f.pointer && !f.always && isEmptyScalar(value)) {
      continue;
    }
    if (f.json === '') Object.assign(out, value as Record<string, unknown>);
    else out[f.json] = value;
  }
  return { ok: true, value: out };
}
