/**
 * The HTTP side of an upgrade: the WebSocket opening handshake (RFC 6455 §4.2) and plain
 * HTTP answers written straight to the socket when the upgrade is refused. Node hands
 * upgrade requests over as a raw socket, so the status line and headers are written here.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Status } from '../../sim/index.js';

/** The GUID every server appends to the client's key (RFC 6455 §1.3). */
const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** `Sec-WebSocket-Accept` for a client's `Sec-WebSocket-Key`. */
export function acceptKey(key: string): string {
  return createHash('sha1').update(key + WS_GUID).digest('base64');
}

/** The request is a WebSocket opening handshake (as opposed to SPDY/3.1, which kubectl falls back to). */
export function isWebSocketRequest(req: IncomingMessage): boolean {
  return req.method === 'GET' && String(req.headers.upgrade ?? '').toLowerCase() === 'websocket';
}

/** kubectl's SPDY/3.1 upgrade (a POST), its fallback when a WebSocket upgrade fails and its only way before 1.30. */
export function isSpdyRequest(req: IncomingMessage): boolean {
  return String(req.headers.upgrade ?? '').toLowerCase() === 'spdy/3.1';
}

/** Writes `101 Switching Protocols` for SPDY/3.1 with the stream protocol chosen (httpstream/spdy upgrade.go). */
export function acceptSpdyUpgrade(socket: Duplex, protocol: string): void {
  socket.write(`HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: SPDY/3.1\r\nX-Stream-Protocol-Version: ${protocol}\r\n\r\n`);
}

/** Subprotocols the client offered, in its order (the header may repeat or hold a comma list). */
export function offeredProtocols(req: IncomingMessage, header: 'sec-websocket-protocol' | 'x-stream-protocol-version' = 'sec-websocket-protocol'): string[] {
  const raw = req.headers[header];
  const joined = Array.isArray(raw) ? raw.join(',') : raw ?? '';
  return joined.split(',').map((p) => p.trim()).filter(Boolean);
}

/** What is wrong with the handshake headers, or undefined when they are acceptable. */
export function handshakeProblem(req: IncomingMessage): { status: number; message: string; headers?: Record<string, string> } | undefined {
  if (req.headers['sec-websocket-version'] !== '13') {
    return { status: 426, message: 'unsupported WebSocket version (13 is required)', headers: { 'Sec-WebSocket-Version': '13' } };
  }
  const key = String(req.headers['sec-websocket-key'] ?? '');
  if (Buffer.from(key, 'base64').length !== 16) return { status: 400, message: 'missing or malformed Sec-WebSocket-Key' };
  return undefined;
}

/** Writes `101 Switching Protocols` with the negotiated subprotocol. */
export function acceptUpgrade(socket: Duplex, req: IncomingMessage, protocol: string): void {
  const lines = [
    'HTTP/1.1 101 Switching Protocols',
    'Upgrade: websocket',
    'Connection: Upgrade',
    `Sec-WebSocket-Accept: ${acceptKey(String(req.headers['sec-websocket-key']))}`,
    `Sec-WebSocket-Protocol: ${protocol}`,
  ];
  socket.write(`${lines.join('\r\n')}\r\n\r\n`);
}

/**
 * Refuses the upgrade with an HTTP answer and closes the socket. A Status body is what
 * client-go decodes into `Error from server (Reason): message` on both of kubectl's paths
 * (the WebSocket attempt and its SPDY fallback).
 */
export function refuse(socket: Duplex, status: Status | { code: number; body: string }, headers: Record<string, string> = {}): void {
  const code = status.code;
  const isStatus = 'kind' in status;
  const body = isStatus ? JSON.stringify(status) : status.body;
  const all: Record<string, string> = {
    'Cache-Control': 'no-cache, private',
    'Content-Type': isStatus ? 'application/json' : 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    Connection: 'close',
    ...headers,
  };
  const head = [`HTTP/1.1 ${code} ${STATUS_CODES[code] ?? ''}`, ...Object.entries(all).map(([k, v]) => `${k}: ${v}`)];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}
