/**
 * One `kubectl exec` over an accepted WebSocket (v5.channel.k8s.io): collect stdin until the
 * client's CLOSE signal (when stdin was asked for), run the command through the pods/exec
 * subresource the node model serves (a simulated container, never a real process), then
 * write stdout and stderr, the Status on the error channel, and close — the order the API
 * server's stream translator uses (apiserver pkg/util/proxy/streamtranslator.go).
 */
import type { Duplex } from 'node:stream';
import type { Cluster, Status, UserInfo } from '../../sim/index.js';
import {
  CHANNEL, channelMessage, exitCodeStatus, failureStatus, internalErrorStatus, PROTOCOL_V5, successStatus, type StreamStatus,
} from './channels.js';
import { WsConnection } from './connection.js';
import type { StreamOptions, UpgradeTarget } from './target.js';

/** What the node model's pods/exec handler answers (src/sim/node/subresources.ts). */
interface ExecOutput {
  stdout?: string;
  stderr?: string;
  exitCode?: number;
}

export interface ExecSessionLimits {
  /** Largest single WebSocket message accepted. */
  maxMessageBytes: number;
  /** Most stdin collected before the session is ended with an error. */
  maxStdinBytes: number;
}

/** kubectl's own WebSocket buffers are 32 KiB; output is sent in pieces of that size. */
const CHUNK = 32 * 1024;

/**
 * Kubelet-side failures the node model words as the kubelet does: on a real 1.33 cluster
 * they happen after the client's upgrade, inside the translator, and reach kubectl as an
 * InternalError on the error channel (`error: Internal error occurred: unable to upgrade
 * connection: container not found ("app")`).
 */
const KUBELET_MESSAGE_PREFIXES = ['unable to upgrade connection:'];

export interface ExecSessionParams {
  cluster: Cluster;
  user: UserInfo;
  target: UpgradeTarget;
  options: StreamOptions;
  /** The container streamLocation resolved. */
  container: string;
  /** The verb the request was authorized with (passed on to the Api request). */
  verb: 'get' | 'create';
  protocol: string;
  limits: ExecSessionLimits;
}

/** Runs an exec session on an upgraded socket (the 101 answer has been written). */
export function runExecSession(socket: Duplex, head: Buffer, p: ExecSessionParams): void {
  const stdinChunks: Buffer[] = [];
  let stdinBytes = 0;
  let done = false;
  const conn = new WsConnection(socket, head, {
    onMessage(payload) {
      if (done || payload.length === 0) return;
      const channel = payload[0];
      if (channel === CHANNEL.stdin && p.options.stdin) {
        stdinBytes += payload.length - 1;
        if (stdinBytes > p.limits.maxStdinBytes) return finish(failureStatus(`stdin is larger than ${p.limits.maxStdinBytes} bytes`, 'RequestEntityTooLarge', 413));
        stdinChunks.push(payload.subarray(1));
      } else if (channel === CHANNEL.close && payload[1] === CHANNEL.stdin && p.options.stdin) {
        run(Buffer.concat(stdinChunks).toString('utf8'));
      }
      // Resize events (channel 4) and data for channels that were not opened are ignored.
    },
    onClose() {
      done = true;
    },
  }, { maxMessageBytes: p.limits.maxMessageBytes });

  const send = (channel: number, text: string): void => {
    const bytes = Buffer.from(text, 'utf8');
    for (let i = 0; i < bytes.length; i += CHUNK) conn.sendBinary(channelMessage(channel, bytes.subarray(i, i + CHUNK)));
  };

  function finish(status: StreamStatus): void {
    if (done) return;
    done = true;
    conn.sendBinary(channelMessage(CHANNEL.error, JSON.stringify(status)));
    conn.close();
  }

  function run(input: string | undefined): void {
    if (done) return;
    const res = p.cluster.api.handle({
      verb: p.verb, group: '', resource: 'pods', namespace: p.target.namespace, name: p.target.pod, subresource: 'exec',
      query: { container: p.container },
      body: { command: p.options.command, container: p.container, stdin: p.options.stdin, tty: p.options.tty, ...(input !== undefined ? { input } : {}) },
      user: p.user,
    });
    // The command may have acted on the cluster (an in-pod kubectl): let controllers react.
    p.cluster.settle();
    if (res.code >= 300) return finish(errorStatus(res.body as Status));
    const out = (res.body ?? {}) as ExecOutput;
    writeOutput(out);
    const code = out.exitCode ?? 0;
    finish(code === 0 ? successStatus() : exitCodeStatus(code));
  }

  function writeOutput(out: ExecOutput): void {
    if (p.options.tty) {
      // A terminal has one output stream, and its line discipline turns \n into \r\n.
      const text = `${out.stdout ?? ''}${out.stderr ?? ''}`.replace(/\r?\n/g, '\r\n');
      if (text && p.options.stdout) send(CHANNEL.stdout, text);
      return;
    }
    if (out.stdout && p.options.stdout) send(CHANNEL.stdout, out.stdout);
    if (out.stderr && p.options.stderr) send(CHANNEL.stderr, out.stderr);
  }

  // The translator's first message: an empty one on the lowest writable channel, so the
  // client knows the streams are up (apiserver pkg/util/proxy/websocket.go).
  const first = p.options.stdout ? CHANNEL.stdout : p.options.stderr ? CHANNEL.stderr : CHANNEL.error;
  conn.sendBinary(channelMessage(first));

  if (p.options.stdin && p.options.tty) {
    return finish(failureStatus(
      'the simulated cluster cannot run an interactive terminal session (-it); run one command at a time: kubectl exec POD -- COMMAND',
      'BadRequest', 400,
    ));
  }
  if (p.options.stdin && p.protocol !== PROTOCOL_V5) {
    return finish(failureStatus(`stdin needs the ${PROTOCOL_V5} protocol, which can signal the end of input`, 'BadRequest', 400));
  }
  if (!p.options.stdin) run(undefined);
}

function errorStatus(s: Status): StreamStatus {
  const message = s.message ?? '';
  if (KUBELET_MESSAGE_PREFIXES.some((prefix) => message.startsWith(prefix))) return internalErrorStatus(message);
  return failureStatus(message, s.reason, s.code);
}
