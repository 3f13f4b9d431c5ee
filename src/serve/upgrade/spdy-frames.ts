/**
 * SPDY/3.1 framing (draft-mbelshe-httpbis-spdy-00 §2.2), enough for the remote-command
 * streams that kubectl before 1.30 opens: control frames (SYN_STREAM, SYN_REPLY, RST_STREAM,
 * SETTINGS, PING, GOAWAY, HEADERS, WINDOW_UPDATE) and data frames.
 *
 * Header blocks are zlib streams shared by all frames of one direction. The client's blocks
 * are not decoded here (the exec streams are told apart by the order client-go opens them);
 * ours are written as stored (uncompressed) deflate blocks, which any zlib reader accepts
 * without the SPDY dictionary, since no block refers to it (no FDICT in the zlib header).
 */

export const SPDY_VERSION = 3;

export const CONTROL = { synStream: 1, synReply: 2, rstStream: 3, settings: 4, ping: 6, goAway: 7, headers: 8, windowUpdate: 9 } as const;

export const FLAG_FIN = 0x01;

export type SpdyFrame =
  | { control: true; type: number; flags: number; payload: Buffer }
  | { control: false; streamId: number; flags: number; data: Buffer };

export type SpdyParseResult = { ok: true; frames: SpdyFrame[] } | { ok: false; reason: string };

/** Parses the client's byte stream into frames; `maxFrameBytes` bounds one frame's payload. */
export class SpdyParser {
  private buffered: Buffer = Buffer.alloc(0);
  private failed = false;

  constructor(private readonly maxFrameBytes: number) {}

  push(chunk: Buffer): SpdyParseResult {
    if (this.failed) return { ok: false, reason: 'connection already failed' };
    this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
    const frames: SpdyFrame[] = [];
    while (this.buffered.length >= 8) {
      const b = this.buffered;
      const length = b.readUInt32BE(4) & 0xffffff;
      if (length > this.maxFrameBytes) {
        this.failed = true;
        return { ok: false, reason: `frame of ${length} bytes is over the limit` };
      }
      if (b.length < 8 + length) break;
      const flags = b[4];
      const payload = Buffer.from(b.subarray(8, 8 + length));
      if (b[0] & 0x80) {
        const version = b.readUInt16BE(0) & 0x7fff;
        if (version !== SPDY_VERSION) {
          this.failed = true;
          return { ok: false, reason: `unsupported SPDY version ${version}` };
        }
        frames.push({ control: true, type: b.readUInt16BE(2), flags, payload });
      } else {
        frames.push({ control: false, streamId: b.readUInt32BE(0) & 0x7fffffff, flags, data: payload });
      }
      this.buffered = b.subarray(8 + length);
    }
    return { ok: true, frames };
  }
}

export function controlFrame(type: number, flags: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt16BE(0x8000 | SPDY_VERSION, 0);
  head.writeUInt16BE(type, 2);
  head.writeUInt32BE(((flags & 0xff) << 24) | payload.length, 4);
  return Buffer.concat([head, payload]);
}

export function dataFrame(streamId: number, flags: number, data: Uint8Array = new Uint8Array(0)): Buffer {
  const out = Buffer.alloc(8 + data.length);
  out.writeUInt32BE(streamId & 0x7fffffff, 0);
  out.writeUInt32BE(((flags & 0xff) << 24) | data.length, 4);
  out.set(data, 8);
  return out;
}

/** A header block with no headers, as a stored deflate block; the first one carries the zlib header. */
export function emptyHeaderBlock(first: boolean): Buffer {
  // zlib header 0x78 0x01: deflate, 32K window, no preset dictionary ((0x78 << 8 | 0x01) % 31 === 0).
  const zlibHeader = first ? [0x78, 0x01] : [];
  // Stored block, not final: BFINAL=0 BTYPE=00, LEN=4, NLEN=~4, then the block: 0 headers.
  // An empty stored block follows, as a zlib sync flush writes: Go's inflater hands out a
  // block's data only when the next block starts, and that must not need the next frame.
  return Buffer.from([...zlibHeader, 0x00, 0x04, 0x00, 0xfb, 0xff, 0, 0, 0, 0, 0x00, 0x00, 0x00, 0xff, 0xff]);
}

/** SYN_REPLY for a stream the client opened. */
export function synReply(streamId: number, first: boolean): Buffer {
  const id = Buffer.alloc(4);
  id.writeUInt32BE(streamId & 0x7fffffff, 0);
  return controlFrame(CONTROL.synReply, 0, Buffer.concat([id, emptyHeaderBlock(first)]));
}

/** The stream id a SYN_STREAM opens. */
export function synStreamId(payload: Buffer): number {
  return payload.readUInt32BE(0) & 0x7fffffff;
}
