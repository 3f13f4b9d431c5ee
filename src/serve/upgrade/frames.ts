/**
 * WebSocket framing (RFC 6455 §5), server side: a push parser for the frames a client sends
 * and an encoder for the frames a server sends. Client frames must be masked (§5.1), server
 * frames never are. Messages are reassembled from fragments here; control frames (close,
 * ping, pong) may arrive between fragments (§5.4) and are passed through at once.
 *
 * Errors are values carrying the close code the server must answer with (§7.4.1): 1002
 * protocol error, 1009 message too big.
 */

export const OPCODE = { continuation: 0x0, text: 0x1, binary: 0x2, close: 0x8, ping: 0x9, pong: 0xa } as const;

export const CLOSE_CODE = { normal: 1000, protocolError: 1002, tooBig: 1009 } as const;

/** A complete message (data, reassembled) or a control frame. */
export interface WsMessage {
  opcode: number;
  payload: Buffer;
}

export type ParseResult = { ok: true; messages: WsMessage[] } | { ok: false; closeCode: number; reason: string };

const DATA_OPCODES = new Set<number>([OPCODE.text, OPCODE.binary]);
const CONTROL_OPCODES = new Set<number>([OPCODE.close, OPCODE.ping, OPCODE.pong]);

/**
 * Parses the byte stream of one connection. `push` takes whatever the socket delivered and
 * returns the messages completed by it; after an error the parser is dead (the connection
 * must be failed).
 */
export class FrameParser {
  private buffered: Buffer = Buffer.alloc(0);
  /** Chunks received since the last parse, and how many bytes the incomplete frame needs. */
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private need = 2;
  private fragments: Buffer[] = [];
  private fragmentOpcode = -1;
  private fragmentBytes = 0;
  private failed = false;

  /** @param maxMessageBytes the largest message (after reassembly) this side accepts. */
  constructor(private readonly maxMessageBytes: number) {}

  push(chunk: Buffer): ParseResult {
    if (this.failed) return { ok: false, closeCode: CLOSE_CODE.protocolError, reason: 'connection already failed' };
    // Joining is deferred until the frame in progress can be complete, so a large frame that
    // arrives in many small reads is copied once, not once per read.
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.buffered.length + this.pendingBytes < this.need) return { ok: true, messages: [] };
    this.buffered = Buffer.concat([this.buffered, ...this.pending]);
    this.pending = [];
    this.pendingBytes = 0;
    this.need = 2;
    const messages: WsMessage[] = [];
    for (;;) {
      const r = this.next();
      if (r === undefined) break;
      if (!r.ok) {
        this.failed = true;
        this.buffered = Buffer.alloc(0);
        return r;
      }
      if (r.message) messages.push(r.message);
    }
    return { ok: true, messages };
  }

  /** One frame off the buffer: undefined when incomplete, a message when one completed. */
  private next(): { ok: true; message?: WsMessage } | { ok: false; closeCode: number; reason: string } | undefined {
    const b = this.buffered;
    this.need = 2;
    if (b.length < 2) return undefined;
    const fin = (b[0] & 0x80) !== 0;
    const rsv = b[0] & 0x70;
    const opcode = b[0] & 0x0f;
    const masked = (b[1] & 0x80) !== 0;
    let len = b[1] & 0x7f;
    let offset = 2;
    // No extension is negotiated, so any reserved bit is a protocol error (§5.2).
    if (rsv) return protocolError('reserved bits set');
    if (!masked) return protocolError('client frames must be masked');
    const control = CONTROL_OPCODES.has(opcode);
    if (!control && !DATA_OPCODES.has(opcode) && opcode !== OPCODE.continuation) return protocolError(`reserved opcode ${opcode}`);
    if (control && (!fin || len > 125)) return protocolError('control frames must be final and at most 125 bytes');
    if (len === 126) {
      this.need = 4;
      if (b.length < 4) return undefined;
      len = b.readUInt16BE(2);
      offset = 4;
    } else if (len === 127) {
      this.need = 10;
      if (b.length < 10) return undefined;
      const high = b.readUInt32BE(2);
      const low = b.readUInt32BE(6);
      // Anything past 2^32 is far beyond any limit we accept; checked before allocating.
      if (high !== 0) return tooBig();
      len = low;
      offset = 10;
    }
    const pending = control ? len : this.fragmentBytes + len;
    if (pending > this.maxMessageBytes) return tooBig();
    this.need = offset + 4 + len;
    if (b.length < this.need) return undefined;
    const mask = b.subarray(offset, offset + 4);
    const payload = Buffer.from(b.subarray(offset + 4, offset + 4 + len));
    for (let i = 0; i < payload.length; i++) payload[i] ^= mask[i & 3];
    this.buffered = b.subarray(offset + 4 + len);
    if (control) return { ok: true, message: { opcode, payload } };
    if (opcode === OPCODE.continuation) {
      if (this.fragmentOpcode < 0) return protocolError('continuation frame without a message to continue');
    } else if (this.fragmentOpcode >= 0) {
      return protocolError('new data frame inside a fragmented message');
    } else {
      this.fragmentOpcode = opcode;
    }
    this.fragments.push(payload);
    this.fragmentBytes += payload.length;
    if (!fin) return { ok: true };
    const message = { opcode: this.fragmentOpcode, payload: this.fragments.length === 1 ? this.fragments[0] : Buffer.concat(this.fragments) };
    this.fragments = [];
    this.fragmentOpcode = -1;
    this.fragmentBytes = 0;
    return { ok: true, message };
  }
}

function protocolError(reason: string): { ok: false; closeCode: number; reason: string } {
  return { ok: false, closeCode: CLOSE_CODE.protocolError, reason };
}

function tooBig(): { ok: false; closeCode: number; reason: string } {
  return { ok: false, closeCode: CLOSE_CODE.tooBig, reason: 'message too big' };
}

/** One unfragmented, unmasked server frame. */
export function encodeFrame(opcode: number, payload: Uint8Array = new Uint8Array(0)): Buffer {
  const len = payload.length;
  const headerLen = len < 126 ? 2 : len <= 0xffff ? 4 : 10;
  const out = Buffer.alloc(headerLen + len);
  out[0] = 0x80 | opcode;
  if (len < 126) out[1] = len;
  else if (len <= 0xffff) {
    out[1] = 126;
    out.writeUInt16BE(len, 2);
  } else {
    out[1] = 127;
    out.writeUInt32BE(Math.floor(len / 2 ** 32), 2);
    out.writeUInt32BE(len >>> 0, 6);
  }
  out.set(payload, headerLen);
  return out;
}

/** A close frame's payload: the status code, then an optional UTF-8 reason (§5.5.1). */
export function closePayload(code: number, reason = ''): Buffer {
  const text = Buffer.from(reason, 'utf8').subarray(0, 123);
  const out = Buffer.alloc(2 + text.length);
  out.writeUInt16BE(code, 0);
  out.set(text, 2);
  return out;
}
