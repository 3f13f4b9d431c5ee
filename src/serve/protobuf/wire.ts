/**
 * A minimal protobuf wire-format reader for request bodies sent by untrusted clients.
 *
 * Errors are sticky: the first problem is recorded in `error` and every later read returns a
 * harmless value, so decoding loops only need to check `reader.error` once per field. The
 * wording follows gogo-protobuf's generated Unmarshal code (k8s.io/api generated.pb.go), so a
 * learner who reads the error sees what a real apiserver would have said.
 */

/** Protobuf wire types (encoding.md: "Message Structure"). */
export const WireType = {
  varint: 0,
  fixed64: 1,
  bytes: 2,
  startGroup: 3,
  endGroup: 4,
  fixed32: 5,
} as const;

export const ERR_EOF = 'unexpected EOF';
export const ERR_OVERFLOW = 'proto: integer overflow';
export const ERR_NEGATIVE_LENGTH = 'proto: negative length found during unmarshaling';

const utf8 = new TextDecoder('utf-8');
/** Groups never occur in Kubernetes messages; bound their nesting anyway when skipping. */
const MAX_GROUP_DEPTH = 64;

export interface Tag {
  field: number;
  wireType: number;
}

/** Reads one byte slice front to back. */
export class Reader {
  pos = 0;
  error: string | undefined;
  private readonly view: DataView;

  constructor(readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }

  get done(): boolean {
    return this.error !== undefined || this.pos >= this.buf.length;
  }

  fail(message: string): void {
    this.error ??= message;
  }

  /** An unsigned varint of up to 64 bits, as a bigint (exact). */
  varintBig(): bigint {
    let result = 0n;
    for (let shift = 0n; ; shift += 7n) {
      if (shift >= 64n) {
        this.fail(ERR_OVERFLOW);
        return 0n;
      }
      if (this.pos >= this.buf.length) {
        this.fail(ERR_EOF);
        return 0n;
      }
      const b = this.buf[this.pos++]!;
      result |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) return BigInt.asUintN(64, result);
    }
  }

  /**
   * Fast path for varints of up to four bytes (values below 2^28: nearly every tag, length
   * and number in a Kubernetes object); undefined leaves the position for varintBig.
   */
  private small(): number | undefined {
    let result = 0;
    for (let i = 0; i < 4; i++) {
      const b = this.buf[this.pos + i];
      if (b === undefined) return undefined;
      result |= (b & 0x7f) << (7 * i);
      if (b < 0x80) {
        this.pos += i + 1;
        return result;
      }
    }
    return undefined;
  }

  /** A varint read as Go's int32 field would: the low 32 bits, signed. */
  int32(): number {
    return this.small() ?? Number(BigInt.asIntN(32, this.varintBig()));
  }

  /** A varint read as Go's int64 field would (values past 2^53 lose precision in JS). */
  int64(): number {
    return this.small() ?? Number(BigInt.asIntN(64, this.varintBig()));
  }

  bool(): boolean {
    const v = this.small();
    return v === undefined ? this.varintBig() !== 0n : v !== 0;
  }

  double(): number {
    if (!this.need(8)) return 0;
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }

  float(): number {
    if (!this.need(4)) return 0;
    const v = this.view.getFloat32(this.pos, true);
    this.pos += 4;
    return v;
  }

  /** A length-delimited field's payload (a view, not a copy). */
  bytes(): Uint8Array {
    const small = this.small();
    const len = small === undefined ? this.varintBig() : BigInt(small);
    if (this.error) return new Uint8Array(0);
    // Go reads the length into an int and rejects negatives before checking bounds.
    if (BigInt.asIntN(64, len) < 0n) {
      this.fail(ERR_NEGATIVE_LENGTH);
      return new Uint8Array(0);
    }
    if (len > BigInt(this.buf.length - this.pos)) {
      this.fail(ERR_EOF);
      return new Uint8Array(0);
    }
    const n = Number(len);
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  string(): string {
    return utf8.decode(this.bytes());
  }

  /** The next field tag; `messageName` only words the errors. */
  tag(messageName: string): Tag {
    const small = this.small();
    const wire = small === undefined ? this.varintBig() : BigInt(small);
    const field = Number(BigInt.asIntN(32, wire >> 3n));
    const wireType = Number(wire & 7n);
    if (this.error) return { field: 0, wireType: 0 };
    if (wireType === WireType.endGroup) {
      this.fail(`proto: ${messageName}: wiretype end group for non-group`);
    } else if (field <= 0) {
      this.fail(`proto: ${messageName}: illegal tag ${field} (wire type ${wireType})`);
    }
    return { field, wireType };
  }

  /** Skips a field's value, as Go does for field numbers it does not know. */
  skip(wireType: number, depth = 0): void {
    switch (wireType) {
      case WireType.varint:
        this.varintBig();
        return;
      case WireType.fixed64:
        if (this.need(8)) this.pos += 8;
        return;
      case WireType.fixed32:
        if (this.need(4)) this.pos += 4;
        return;
      case WireType.bytes:
        this.bytes();
        return;
      case WireType.startGroup:
        this.skipGroup(depth);
        return;
      default:
        this.fail(`proto: illegal wireType ${wireType}`);
    }
  }

  private skipGroup(depth: number): void {
    if (depth >= MAX_GROUP_DEPTH) {
      this.fail('proto: groups nested too deeply');
      return;
    }
    for (;;) {
      if (this.pos >= this.buf.length) {
        this.fail(ERR_EOF);
        return;
      }
      const wire = this.varintBig();
      if (this.error) return;
      const wireType = Number(wire & 7n);
      if (wireType === WireType.endGroup) return;
      this.skip(wireType, depth + 1);
      if (this.error) return;
    }
  }

  private need(n: number): boolean {
    if (this.pos + n > this.buf.length) {
      this.fail(ERR_EOF);
      return false;
    }
    return true;
  }
}
