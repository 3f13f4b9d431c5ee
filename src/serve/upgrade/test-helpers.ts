/**
 * Test helpers (not shipped behaviour): a masked client-frame encoder and a tiny WebSocket
 * client that speaks the channel protocol the way client-go does, for the session tests.
 */
import { connect, type Socket } from 'node:net';
import { OPCODE } from './frames.js';
import { CONTROL, controlFrame, emptyHeaderBlock, SpdyParser, type SpdyFrame } from './spdy-frames.js';

/** A client frame: FIN as given, masked with `mask` (RFC 6455 §5.3). */
export function clientFrame(opcode: number, payload: Uint8Array, opts: { fin?: boolean; mask?: number[]; rsv?: number } = {}): Buffer {
  const mask = Buffer.from(opts.mask ?? [0x37, 0xfa, 0x21, 0x3d]);
  const len = payload.length;
  const ext = len < 126 ? 0 : len <= 0xffff ? 2 : 8;
  const out = Buffer.alloc(2 + ext + 4 + len);
  out[0] = (opts.fin === false ? 0 : 0x80) | (opts.rsv ?? 0) | opcode;
  if (ext === 0) out[1] = 0x80 | len;
  else if (ext === 2) {
    out[1] = 0x80 | 126;
    out.writeUInt16BE(len, 2);
  } else {
    out[1] = 0x80 | 127;
    out.writeUInt32BE(0, 2);
    out.writeUInt32BE(len, 6);
  }
  mask.copy(out, 2 + ext);
  for (let i = 0; i < len; i++) out[2 + ext + 4 + i] = payload[i] ^ mask[i & 3];
  return out;
}

/** One frame the server sent (servers never mask). */
export interface ServerFrame {
  fin: boolean;
  opcode: number;
  payload: Buffer;
}

/** Splits unmasked server frames off a byte buffer; returns the frames and the unparsed rest. */
export function parseServerFrames(buf: Buffer): { frames: ServerFrame[]; rest: Buffer } {
  const frames: ServerFrame[] = [];
  let b = buf;
  for (;;) {
    if (b.length < 2) break;
    let len = b[1] & 0x7f;
    let off = 2;
    if (len === 126) {
      if (b.length < 4) break;
      len = b.readUInt16BE(2);
      off = 4;
    } else if (len === 127) {
      if (b.length < 10) break;
      len = b.readUInt32BE(6);
      off = 10;
    }
    if (b.length < off + len) break;
    frames.push({ fin: (b[0] & 0x80) !== 0, opcode: b[0] & 0x0f, payload: Buffer.from(b.subarray(off, off + len)) });
    b = b.subarray(off + len);
  }
  return { frames, rest: b };
}

export interface RawExchange {
  /** The HTTP status line and headers of the answer. */
  head: string;
  /** Body of a refused upgrade. */
  body: string;
  /** Frames after a 101. */
  frames: ServerFrame[];
}

/**
 * Sends a raw upgrade request, then `send` frames once upgraded, and collects everything
 * until the server closes the connection (answering the server's close frame as a client would).
 */
export function rawUpgrade(port: number, requestHead: string, send: Buffer[] = []): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const sock: Socket = connect(port, '127.0.0.1');
    let buf: Buffer = Buffer.alloc(0);
    let head: string | undefined;
    const frames: ServerFrame[] = [];
    sock.on('error', reject);
    sock.write(requestHead);
    sock.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      if (head === undefined) {
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        head = buf.subarray(0, end).toString('latin1');
        buf = buf.subarray(end + 4);
        if (head.startsWith('HTTP/1.1 101')) for (const f of send) sock.write(f);
      }
      if (!head.startsWith('HTTP/1.1 101')) return;
      const parsed = parseServerFrames(buf);
      buf = parsed.rest;
      for (const f of parsed.frames) {
        frames.push(f);
        if (f.opcode === OPCODE.close) sock.end(clientFrame(OPCODE.close, f.payload.subarray(0, 2)));
      }
    });
    sock.on('close', () => resolve({ head: head ?? '', body: head?.startsWith('HTTP/1.1 101') ? '' : buf.toString('utf8'), frames }));
  });
}

/** A WebSocket upgrade request for `path` offering `protocols`. */
export function wsRequest(path: string, protocols = 'v5.channel.k8s.io', method = 'GET'): string {
  return [
    `${method} ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: Upgrade', 'Upgrade: websocket',
    'Sec-WebSocket-Version: 13', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==', `Sec-WebSocket-Protocol: ${protocols}`,
  ].join('\r\n') + '\r\n\r\n';
}

/** kubectl's SPDY fallback request for `path`. */
export function spdyRequest(path: string): string {
  return [`POST ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Content-Length: 0', 'Connection: Upgrade', 'Upgrade: SPDY/3.1', 'X-Stream-Protocol-Version: v5.channel.k8s.io'].join('\r\n') + '\r\n\r\n';
}

/** Channel payloads in order: [channel, text] for every binary frame. */
export function channelTexts(frames: ServerFrame[]): [number, string][] {
  return frames.filter((f) => f.opcode === OPCODE.binary).map((f) => [f.payload[0], f.payload.subarray(1).toString('utf8')]);
}

/** A client SYN_STREAM (its header block is not read by the server, so any block will do). */
export function spdySynStream(id: number, first: boolean): Buffer {
  const head = Buffer.alloc(10);
  head.writeUInt32BE(id, 0);
  return controlFrame(CONTROL.synStream, 0, Buffer.concat([head, emptyHeaderBlock(first)]));
}

/**
 * Sends a SPDY/3.1 upgrade, then `send` once upgraded, and collects the server's frames
 * until it has finished every stream it writes (`finStreams`) or closes the connection.
 */
export function spdyUpgrade(port: number, requestHead: string, send: Buffer[], finStreams: number[]): Promise<{ head: string; body: string; frames: SpdyFrame[] }> {
  return new Promise((resolve, reject) => {
    const sock: Socket = connect(port, '127.0.0.1');
    let buf: Buffer = Buffer.alloc(0);
    let head: string | undefined;
    const frames: SpdyFrame[] = [];
    const parser = new SpdyParser(1 << 24);
    const open = new Set(finStreams);
    const done = () => resolve({ head: head ?? '', body: head?.startsWith('HTTP/1.1 101') ? '' : buf.toString('utf8'), frames });
    sock.on('error', reject);
    sock.write(requestHead);
    sock.on('data', (chunk: Buffer) => {
      if (head === undefined) {
        buf = Buffer.concat([buf, chunk]);
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        head = buf.subarray(0, end).toString('latin1');
        chunk = buf.subarray(end + 4);
        buf = Buffer.alloc(0);
        if (!head.startsWith('HTTP/1.1 101')) {
          buf = chunk;
          return;
        }
        for (const f of send) sock.write(f);
      }
      if (!head.startsWith('HTTP/1.1 101')) {
        buf = Buffer.concat([buf, chunk]);
        return;
      }
      const r = parser.push(chunk);
      if (!r.ok) return reject(new Error(r.reason));
      for (const f of r.frames) {
        frames.push(f);
        if (!f.control && f.flags & 1) open.delete(f.streamId);
      }
      if (!open.size) sock.end();
    });
    sock.on('close', done);
  });
}

/** The request kubectl 1.27–1.29 send for exec (and 1.30+ as their fallback). */
export function spdyExecRequest(path: string, protocols = 'v4.channel.k8s.io, v3.channel.k8s.io, v2.channel.k8s.io, channel.k8s.io'): string {
  return [`POST ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Content-Length: 0', 'Connection: Upgrade', 'Upgrade: SPDY/3.1', `X-Stream-Protocol-Version: ${protocols}`].join('\r\n') + '\r\n\r\n';
}
