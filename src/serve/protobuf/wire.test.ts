/**
 * Wire-format facts from https://protobuf.dev/programming-guides/encoding/ ("150" is
 * 0x96 0x01; negative int32 values are ten-byte varints); error wording from the gogo
 * generated Unmarshal code in k8s.io/api (e.g. core/v1/generated.pb.go, skipGenerated).
 */
import { describe, expect, it } from 'vitest';
import { ERR_EOF, ERR_NEGATIVE_LENGTH, ERR_OVERFLOW, Reader, WireType } from './wire.js';
import { concat, tag, varint } from './test-encoder.js';

const reader = (...bytes: number[]): Reader => new Reader(Uint8Array.from(bytes));

describe('Reader varints', () => {
  it('reads the encoding guide examples', () => {
    expect(reader(0x01).int32()).toBe(1);
    expect(reader(0x96, 0x01).int32()).toBe(150);
    expect(reader(0xac, 0x02).int64()).toBe(300);
  });

  it('reads negative int32 and int64 from ten-byte two\'s complement varints', () => {
    const minusOne = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01];
    expect(reader(...minusOne).int32()).toBe(-1);
    expect(reader(...minusOne).int64()).toBe(-1);
    expect(new Reader(varint(-62135596800)).int64()).toBe(-62135596800);
  });

  it('keeps the low 32 bits for int32, as Go\'s int32 conversion does', () => {
    expect(new Reader(varint(2n ** 32n + 7n)).int32()).toBe(7);
  });

  it('reads bools as non-zero varints', () => {
    expect(reader(0x00).bool()).toBe(false);
    expect(reader(0x01).bool()).toBe(true);
    expect(reader(0x80, 0x01).bool()).toBe(true);
  });

  it('reports a truncated varint as unexpected EOF', () => {
    const r = reader(0x96);
    expect(r.int32()).toBe(0);
    expect(r.error).toBe(ERR_EOF);
    expect(ERR_EOF).toBe('unexpected EOF');
  });

  it('reports a varint longer than 64 bits as an integer overflow', () => {
    const r = reader(...Array<number>(10).fill(0x80), 0x01);
    r.int64();
    expect(r.error).toBe(ERR_OVERFLOW);
    expect(ERR_OVERFLOW).toBe('proto: integer overflow');
  });

  it('keeps the first error and returns harmless values afterwards', () => {
    const r = reader(0x96);
    r.int32();
    expect(r.string()).toBe('');
    expect(r.done).toBe(true);
    expect(r.error).toBe(ERR_EOF);
  });
});

describe('Reader length-delimited fields', () => {
  it('reads a string', () => {
    expect(reader(0x07, 0x74, 0x65, 0x73, 0x74, 0x69, 0x6e, 0x67).string()).toBe('testing');
  });

  it('replaces invalid UTF-8 with U+FFFD, as encoding/json writes Go strings', () => {
    expect(reader(0x02, 0x61, 0xff).string()).toBe('a\ufffd');
  });

  it('rejects a length past the end', () => {
    const r = reader(0x05, 0x61, 0x62);
    expect(r.bytes()).toHaveLength(0);
    expect(r.error).toBe(ERR_EOF);
  });

  it('rejects a length that is negative as a Go int', () => {
    const r = new Reader(concat(varint(-3), Uint8Array.from([1, 2, 3])));
    r.bytes();
    expect(r.error).toBe(ERR_NEGATIVE_LENGTH);
    expect(ERR_NEGATIVE_LENGTH).toBe('proto: negative length found during unmarshaling');
  });

  it('rejects a huge length without allocating', () => {
    const r = new Reader(concat(varint(2n ** 62n), Uint8Array.from([1])));
    r.bytes();
    expect(r.error).toBe(ERR_EOF);
  });
});

describe('Reader tags and skipping', () => {
  it('splits a tag into field number and wire type', () => {
    expect(new Reader(tag(2, WireType.bytes)).tag('Secret')).toEqual({ field: 2, wireType: 2 });
    expect(new Reader(tag(536870911, WireType.fixed32)).tag('Secret')).toEqual({ field: 536870911, wireType: 5 });
  });

  it('rejects field number 0 like generated code', () => {
    const r = new Reader(tag(0, WireType.varint));
    r.tag('Secret');
    expect(r.error).toBe('proto: Secret: illegal tag 0 (wire type 0)');
  });

  it('rejects a stray end-group tag', () => {
    const r = new Reader(tag(3, WireType.endGroup));
    r.tag('Secret');
    expect(r.error).toBe('proto: Secret: wiretype end group for non-group');
  });

  it('skips every wire type', () => {
    const body = concat(
      varint(300),
      Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]),
      Uint8Array.from([1, 2, 3, 4]),
      Uint8Array.from([2, 0x61, 0x62]),
      concat(tag(1, WireType.varint), varint(5), tag(1, WireType.endGroup)),
      Uint8Array.from([0x2a]),
    );
    const r = new Reader(body);
    for (const wt of [WireType.varint, WireType.fixed64, WireType.fixed32, WireType.bytes, WireType.startGroup]) r.skip(wt);
    expect(r.error).toBeUndefined();
    expect(r.int32()).toBe(42);
  });

  it('rejects wire types 6 and 7', () => {
    const r = reader(0x00);
    r.skip(6);
    expect(r.error).toBe('proto: illegal wireType 6');
  });

  it('reports truncated fixed-width values and unterminated groups', () => {
    const a = reader(1, 2, 3);
    a.skip(WireType.fixed32);
    expect(a.error).toBe(ERR_EOF);
    const b = new Reader(concat(tag(1, WireType.varint), varint(5)));
    b.skip(WireType.startGroup);
    expect(b.error).toBe(ERR_EOF);
  });

  it('bounds nested groups', () => {
    const deep = concat(...Array.from({ length: 200 }, () => tag(1, WireType.startGroup)));
    const r = new Reader(deep);
    r.skip(WireType.startGroup);
    expect(r.error).toBe('proto: groups nested too deeply');
  });

  it('reads little-endian doubles and floats', () => {
    const d = new Uint8Array(8);
    new DataView(d.buffer).setFloat64(0, 1.5, true);
    expect(new Reader(d).double()).toBe(1.5);
    const f = new Uint8Array(4);
    new DataView(f.buffer).setFloat32(0, 0.25, true);
    expect(new Reader(f).float()).toBe(0.25);
  });
});
