/**
 * An exec session over WebSocket (v5.channel.k8s.io, or v4 without stdin): channel bytes in
 * and out, the v5 CLOSE signal ending stdin, and the translator's framing of a session
 * (apiserver pkg/util/proxy/websocket.go): an empty first message on the lowest writable
 * channel, the Status on channel 3, then a normal close.
 */
import type { Duplex } from 'node:stream';
import { CHANNEL, channelMessage, failureStatus, PROTOCOL_V5 } from './channels.js';
import { WsConnection } from './connection.js';
import { ExecSession, type ExecSessionParams } from './exec-session.js';

export interface WsExecOptions {
  protocol: string;
  /** Largest single WebSocket message accepted. */
  maxMessageBytes: number;
}

/** Runs an exec session on a socket whose 101 answer has been written. */
export function runWebSocketExec(socket: Duplex, head: Buffer, params: ExecSessionParams, o: WsExecOptions): void {
  let session: ExecSession | undefined;
  const conn = new WsConnection(socket, head, {
    onMessage(payload) {
      if (!session || payload.length === 0) return;
      const channel = payload[0];
      if (channel === CHANNEL.stdin) session.stdin(payload.subarray(1));
      else if (channel === CHANNEL.close && payload[1] === CHANNEL.stdin) session.stdinEnd();
      // Resize events (channel 4) and data for channels that were not opened are ignored.
    },
    onClose() {
      session?.closed();
    },
  }, { maxMessageBytes: o.maxMessageBytes });
  session = new ExecSession(params, {
    write: (channel, data) => conn.sendBinary(channelMessage(channel, data)),
    finish(status) {
      conn.sendBinary(channelMessage(CHANNEL.error, status));
      conn.close();
    },
  });
  const { options } = params;
  const first = options.stdout ? CHANNEL.stdout : options.stderr ? CHANNEL.stderr : CHANNEL.error;
  conn.sendBinary(channelMessage(first));
  if (options.stdin && !options.tty && o.protocol !== PROTOCOL_V5) {
    return session.finish(failureStatus(`stdin needs the ${PROTOCOL_V5} protocol, which can signal the end of input`, 'BadRequest', 400));
  }
  session.start();
}
