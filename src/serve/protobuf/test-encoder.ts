/**
 * A tiny protobuf writer for tests only: builds hand-made and deliberately broken bodies
 * byte by byte, so the decoder's tests do not depend on the decoder's own tables.
 */
import { WireType } from './wire.js';

export type Bytes = Uint8Array;

export function concat(...parts: readonly Bytes[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Base-128 varint of an unsigned 64-bit value (negative numbers as two's complement, like Go's int32/int64). */
export function varint(value: number | bigint): Bytes {
  let v = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  do {
    const b = Number(v & 0x7fn);
    v >>= 7n;
    out.push(v ? b | 0x80 : b);
  } while (v);
  return Uint8Array.from(out);
}

export function tag(field: number, wireType: number): Bytes {
  return varint((BigInt(field) << 3n) | BigInt(wireType));
}

export function varintField(field: number, value: number | bigint): Bytes {
  return concat(tag(field, WireType.varint), varint(value));
}

export function bytesField(field: number, payload: Bytes): Bytes {
  return concat(tag(field, WireType.bytes), varint(payload.length), payload);
}

export function stringField(field: number, text: string): Bytes {
  return bytesField(field, new TextEncoder().encode(text));
}

/** A `k8s\0` + runtime.Unknown body around an encoded object. */
export function envelope(apiVersion: string, kind: string, raw: Bytes): Bytes {
  const typeMeta = concat(stringField(1, apiVersion), stringField(2, kind));
  return concat(Uint8Array.from([0x6b, 0x38, 0x73, 0x00]), bytesField(1, typeMeta), bytesField(2, raw));
}
