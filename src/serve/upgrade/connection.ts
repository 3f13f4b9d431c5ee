/**
 * One server-side WebSocket connection over the raw socket Node hands to an `upgrade`
 * listener: answers pings, reassembles messages, and runs the closing handshake (§7):
 * whoever closes first sends a close frame, the other echoes it, then the TCP connection ends.
 */
import type { Duplex } from 'node:stream';
import { CLOSE_CODE, closePayload, encodeFrame, FrameParser, OPCODE } from './frames.js';

export interface ConnectionHandlers {
  /** A complete data message (binary or text). */
  onMessage(payload: Buffer, opcode: number): void;
  /** The connection is gone (closed cleanly, failed, or the socket died). Called once. */
  onClose(): void;
}

export interface ConnectionOptions {
  /** Largest message accepted from the client; bigger ones fail the connection with 1009. */
  maxMessageBytes: number;
  /** How long to wait for the client's close frame after ours before dropping the socket. */
  closeWaitMs?: number;
}

/** Default for ConnectionOptions.closeWaitMs (a real clock: the peer is a real process). */
const CLOSE_WAIT_MS = 5_000;

export class WsConnection {
  private readonly parser: FrameParser;
  private closeSent = false;
  private ended = false;
  private closeTimer: NodeJS.Timeout | undefined;

  constructor(private readonly socket: Duplex, head: Buffer, private readonly handlers: ConnectionHandlers, private readonly opts: ConnectionOptions) {
    this.parser = new FrameParser(opts.maxMessageBytes);
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', () => this.finish());
    socket.on('close', () => this.finish());
    socket.on('end', () => this.finish());
    if (head.length) queueMicrotask(() => this.receive(head));
  }

  /** True once a close frame was sent or the socket ended: nothing more may be written. */
  get closing(): boolean {
    return this.closeSent || this.ended;
  }

  sendBinary(data: Uint8Array): void {
    if (this.closing) return;
    this.socket.write(encodeFrame(OPCODE.binary, data));
  }

  /** Starts the closing handshake; the socket ends when the client answers (or after a while). */
  close(code: number = CLOSE_CODE.normal, reason = ''): void {
    if (this.closing) return;
    this.closeSent = true;
    this.socket.write(encodeFrame(OPCODE.close, closePayload(code, reason)));
    this.closeTimer = setTimeout(() => this.finish(), this.opts.closeWaitMs ?? CLOSE_WAIT_MS);
    this.closeTimer.unref?.();
  }

  private receive(chunk: Buffer): void {
    if (this.ended) return;
    const r = this.parser.push(chunk);
    if (!r.ok) {
      // Failing the connection (§7.1.7): say why, then drop it without waiting.
      if (!this.closeSent) {
        this.closeSent = true;
        this.socket.write(encodeFrame(OPCODE.close, closePayload(r.closeCode, r.reason)));
      }
      this.finish();
      return;
    }
    for (const m of r.messages) {
      if (this.ended) return;
      this.dispatch(m.opcode, m.payload);
    }
  }

  private dispatch(opcode: number, payload: Buffer): void {
    switch (opcode) {
      case OPCODE.ping:
        if (!this.closeSent) this.socket.write(encodeFrame(OPCODE.pong, payload));
        return;
      case OPCODE.pong:
        return;
      case OPCODE.close:
        // The client's close: echo it (with its code) unless ours went first, then end.
        if (!this.closeSent) {
          this.closeSent = true;
          const code = payload.length >= 2 ? payload.readUInt16BE(0) : CLOSE_CODE.normal;
          this.socket.write(encodeFrame(OPCODE.close, closePayload(code)));
        }
        this.finish();
        return;
      default:
        if (!this.closeSent) this.handlers.onMessage(payload, opcode);
    }
  }

  private finish(): void {
    if (this.ended) return;
    this.ended = true;
    if (this.closeTimer) clearTimeout(this.closeTimer);
    this.socket.end();
    this.handlers.onClose();
  }
}
