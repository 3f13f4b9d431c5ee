/**
 * An exec session over SPDY/3.1 with the v4.channel.k8s.io stream protocol: what kubectl
 * 1.27–1.29 use (and 1.30+ fall back to when a WebSocket upgrade fails). The client opens
 * one SPDY stream per channel, in client-go's order (tools/remotecommand v2.go/v3.go
 * `createStreams`): error, then stdin, stdout, stderr (not with a TTY), then resize (TTY
 * only); each gets a SYN_REPLY. Stdin ends with the stream's FIN. The Status is written on
 * the error stream (kubelet remotecommand v4 `writeStatus`), every server stream is
 * finished, and the client closes the connection.
 */
import type { Duplex } from 'node:stream';
import { CHANNEL } from './channels.js';
import { ExecSession, type ExecSessionParams } from './exec-session.js';
import { CONTROL, dataFrame, FLAG_FIN, controlFrame, SpdyParser, synReply, synStreamId } from './spdy-frames.js';
import type { StreamOptions } from './target.js';

type StreamKind = 'error' | 'stdin' | 'stdout' | 'stderr' | 'resize';

/** The streams client-go opens for these options, in the order it opens them. */
export function expectedStreams(o: StreamOptions): StreamKind[] {
  const kinds: StreamKind[] = ['error'];
  if (o.stdin) kinds.push('stdin');
  if (o.stdout) kinds.push('stdout');
  if (o.stderr && !o.tty) kinds.push('stderr');
  if (o.tty) kinds.push('resize');
  return kinds;
}

/** How long to wait for the client to hang up after the session ended (a real clock: the peer is a real process). */
const HANGUP_WAIT_MS = 5_000;

/** Runs an exec session on a socket whose `101 Switching Protocols` (SPDY/3.1) has been written. */
export function runSpdyExec(socket: Duplex, head: Buffer, params: ExecSessionParams, o: { maxFrameBytes: number }): void {
  const kinds = expectedStreams(params.options);
  const ids = new Map<StreamKind, number>();
  const kindOf = new Map<number, StreamKind>();
  const parser = new SpdyParser(o.maxFrameBytes);
  let repliesSent = 0;
  let ended = false;
  let hangup: NodeJS.Timeout | undefined;

  const write = (frame: Buffer): void => {
    if (!ended) socket.write(frame);
  };
  const end = (): void => {
    if (ended) return;
    ended = true;
    if (hangup) clearTimeout(hangup);
    session.closed();
    socket.end();
  };

  const session = new ExecSession(params, {
    write(channel, data) {
      const id = ids.get(channel === CHANNEL.stdout ? 'stdout' : 'stderr');
      if (id !== undefined) write(dataFrame(id, 0, data));
    },
    finish(status) {
      for (const kind of ['stdout', 'stderr'] as const) {
        const id = ids.get(kind);
        if (id !== undefined) write(dataFrame(id, FLAG_FIN));
      }
      write(dataFrame(ids.get('error')!, FLAG_FIN, Buffer.from(status, 'utf8')));
      hangup = setTimeout(end, HANGUP_WAIT_MS);
      hangup.unref?.();
    },
  });

  function control(type: number, payload: Buffer): void {
    switch (type) {
      case CONTROL.synStream: {
        const id = synStreamId(payload);
        const kind = kinds[kindOf.size];
        if (!kind) return write(rstStream(id));
        ids.set(kind, id);
        kindOf.set(id, kind);
        write(synReply(id, repliesSent++ === 0));
        if (kindOf.size === kinds.length) session.start();
        return;
      }
      case CONTROL.ping:
        return write(controlFrame(CONTROL.ping, 0, payload));
      case CONTROL.goAway:
        return end();
      default:
        // SETTINGS, WINDOW_UPDATE, HEADERS, RST_STREAM: nothing to do for these short sessions.
        return;
    }
  }

  function receive(chunk: Buffer): void {
    if (ended) return;
    const r = parser.push(chunk);
    if (!r.ok) return end();
    for (const f of r.frames) {
      if (f.control) control(f.type, f.payload);
      else if (kindOf.get(f.streamId) === 'stdin') {
        if (f.data.length) session.stdin(f.data);
        if (f.flags & FLAG_FIN) session.stdinEnd();
      }
    }
  }

  socket.on('data', receive);
  socket.on('end', end);
  socket.on('close', end);
  socket.on('error', end);
  if (head.length) queueMicrotask(() => receive(head));
}

/** RST_STREAM with REFUSED_STREAM (3) for a stream this session has no use for. */
function rstStream(id: number): Buffer {
  const payload = Buffer.alloc(8);
  payload.writeUInt32BE(id & 0x7fffffff, 0);
  payload.writeUInt32BE(3, 4);
  return controlFrame(CONTROL.rstStream, 0, payload);
}
