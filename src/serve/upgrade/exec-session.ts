/**
 * One `kubectl exec` over an accepted WebSocket (v5.channel.k8s.io): collect stdin until the
 * client's CLOSE signal (when stdin was asked for), run the command through the pods/exec
 * subresource the node model serves (a simulated container, never a real process), then
 * write stdout and stderr, the Status on the error channel, and close — the order the API
 * server's stream translator uses (apiserver pkg/util/proxy/streamtranslator.go).
 */
import type { Duplex } from 'node:stream';
import { IMAGES, parseImageRef, type Cluster, type KObject, type Status, type UserInfo } from '../../sim/index.js';
import {
  CHANNEL, channelMessage, exitCodeStatus, failureStatus, internalErrorStatus, PROTOCOL_V5, successStatus, type StreamStatus,
} from './channels.js';
import { WsConnection } from './connection.js';
import { LineDiscipline } from './line-discipline.js';
import { INTERACTIVE_SHELLS, TerminalShell } from './terminal-shell.js';
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
  pod: KObject;
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
  let keys: LineDiscipline | undefined;
  const conn = new WsConnection(socket, head, {
    onMessage(payload) {
      if (done || payload.length === 0) return;
      const channel = payload[0];
      if (channel === CHANNEL.stdin && keys) {
        keys.feed(payload.subarray(1));
      } else if (channel === CHANNEL.stdin && p.options.stdin) {
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

  /** One pods/exec call as the session's user; its errors as they reach the client after an upgrade. */
  function exec(command: string[], input: string | undefined): { ok: true; out: Required<ExecOutput> } | { ok: false; status: StreamStatus } {
    const res = p.cluster.api.handle({
      verb: p.verb, group: '', resource: 'pods', namespace: p.target.namespace, name: p.target.pod, subresource: 'exec',
      query: { container: p.container },
      body: { command, container: p.container, stdin: p.options.stdin, tty: p.options.tty, ...(input !== undefined ? { input } : {}) },
      user: p.user,
    });
    // The command may have acted on the cluster (an in-pod kubectl): let controllers react.
    p.cluster.settle();
    if (res.code >= 300) return { ok: false, status: errorStatus(res.body as Status) };
    const out = (res.body ?? {}) as ExecOutput;
    return { ok: true, out: { stdout: out.stdout ?? '', stderr: out.stderr ?? '', exitCode: out.exitCode ?? 0 } };
  }

  function run(input: string | undefined): void {
    if (done) return;
    const r = exec(p.options.command, input);
    if (!r.ok) return finish(r.status);
    writeOutput(r.out);
    finish(r.out.exitCode === 0 ? successStatus() : exitCodeStatus(r.out.exitCode));
  }

  function writeOutput(out: Required<ExecOutput>): void {
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
    if (!isInteractiveShell(p.options.command)) return run(undefined);
    const shell = new TerminalShell({
      shell: p.options.command[0], userland: userlandOf(p.pod, p.container), hostname: p.pod.spec?.hostname ?? p.pod.metadata.name ?? '',
      run: (argv) => exec(argv, undefined),
      write: (text) => send(CHANNEL.stdout, text),
      finish,
    });
    keys = new LineDiscipline({
      echo: (text) => send(CHANNEL.stdout, text),
      line: (text) => shell.line(text),
      interrupt: () => shell.interrupt(),
      eof: () => shell.eof(),
    });
    return shell.start();
  }
  if (p.options.stdin && p.protocol !== PROTOCOL_V5) {
    return finish(failureStatus(`stdin needs the ${PROTOCOL_V5} protocol, which can signal the end of input`, 'BadRequest', 400));
  }
  if (!p.options.stdin) run(undefined);
}

/** `sh`, `/bin/bash -il`...: a shell started to read commands from the terminal (no `-c`). */
function isInteractiveShell(command: string[]): boolean {
  const name = command[0]?.split('/').pop() ?? '';
  return INTERACTIVE_SHELLS.has(name) && command.slice(1).every((a) => a.startsWith('-') && !/^-[a-z]*c/.test(a));
}

/** Which shell's wording and prompt the container's image has (busybox ash or a GNU userland). */
function userlandOf(pod: KObject, container: string): 'busybox' | 'gnu' {
  const all = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? []), ...(pod.spec?.ephemeralContainers ?? [])] as { name: string; image?: string }[];
  const ref = parseImageRef(all.find((c) => c.name === container)?.image ?? '');
  return IMAGES.find((i) => i.repository === ref?.repository)?.userland ?? 'gnu';
}

function errorStatus(s: Status): StreamStatus {
  const message = s.message ?? '';
  if (KUBELET_MESSAGE_PREFIXES.some((prefix) => message.startsWith(prefix))) return internalErrorStatus(message);
  return failureStatus(message, s.reason, s.code);
}
