/**
 * One `kubectl exec`, whatever carries it (WebSocket or SPDY): collect stdin until the
 * client ends it (when stdin was asked for), run the command through the pods/exec
 * subresource the node model serves (a simulated container, never a real process), then
 * write stdout and stderr, the Status on the error stream, and end — the order the API
 * server's stream translator uses (apiserver pkg/util/proxy/streamtranslator.go).
 * With `-it` on a shell, the session is an interactive terminal instead (terminal-shell.ts).
 */
import { IMAGES, parseImageRef, type Cluster, type KObject, type Status, type UserInfo } from '../../sim/index.js';
import { CHANNEL, exitCodeStatus, failureStatus, internalErrorStatus, successStatus, type StreamStatus } from './channels.js';
import { LineDiscipline } from './line-discipline.js';
import { INTERACTIVE_SHELLS, TerminalShell } from './terminal-shell.js';
import type { StreamOptions, UpgradeTarget } from './target.js';

/** What the node model's pods/exec handler answers (src/sim/node/subresources.ts). */
interface ExecOutput {
  stdout?: string;
  stderr?: string;
  exitCode?: number;
}

/**
 * One run of a command: its output, or the Status the client gets after an upgrade; a
 * failure the kubelet reports before upgrading also carries the kubelet's own text.
 */
export type ExecRun = { ok: true; out: Required<ExecOutput> } | { ok: false; status: StreamStatus; kubeletError?: string };

/** kubectl's own stream buffers are 32 KiB; output is sent in pieces of that size. */
const CHUNK = 32 * 1024;

/**
 * How the node model words a kubelet that refused to start the stream (`unable to upgrade
 * connection: container not found ("app")`). On a real 1.33 cluster a WebSocket client gets
 * it after its upgrade, from the stream translator, as an InternalError on the error channel
 * (`error: Internal error occurred: unable to upgrade connection: …`); a SPDY client gets the
 * kubelet's refusal itself, `container not found ("app")`, as the HTTP answer to its upgrade.
 */
const KUBELET_UPGRADE_FAILURE = 'unable to upgrade connection: ';

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
  /** Most stdin collected before the session is ended with an error. */
  maxStdinBytes: number;
  /** The command's run, made before the upgrade was answered (SPDY without stdin). */
  precomputed?: ExecRun;
}

/** How a session reaches the client: stdout/stderr data, then the Status that ends it. */
export interface ExecTransport {
  write(channel: typeof CHANNEL.stdout | typeof CHANNEL.stderr, data: Buffer): void;
  /** Writes `status` (a JSON metav1.Status) on the error stream and ends the session. */
  finish(status: string): void;
}

/**
 * The session's state machine: the transport adapters (ws-exec.ts, spdy-exec.ts) feed it
 * stdin and the end of stdin, and it writes output and the final Status through them.
 */
export class ExecSession {
  private readonly stdinChunks: Buffer[] = [];
  private stdinBytes = 0;
  private done = false;
  private keys: LineDiscipline | undefined;

  constructor(private readonly p: ExecSessionParams, private readonly transport: ExecTransport) {}

  /** Starts: runs at once without stdin, waits for it otherwise, or opens the terminal. */
  start(): void {
    const { options } = this.p;
    if (options.stdin && options.tty) return this.startTerminal();
    if (!options.stdin) this.run(undefined);
  }

  /** Bytes the client sent on stdin. */
  stdin(bytes: Buffer): void {
    if (this.done || !this.p.options.stdin) return;
    if (this.keys) return this.keys.feed(bytes);
    this.stdinBytes += bytes.length;
    if (this.stdinBytes > this.p.maxStdinBytes) {
      return this.finish(failureStatus(`stdin is larger than ${this.p.maxStdinBytes} bytes`, 'RequestEntityTooLarge', 413));
    }
    this.stdinChunks.push(Buffer.from(bytes));
  }

  /** The client ended stdin: the command runs with everything it sent. */
  stdinEnd(): void {
    if (this.done || !this.p.options.stdin || this.keys) return;
    this.run(Buffer.concat(this.stdinChunks).toString('utf8'));
  }

  /** The connection is gone: nothing more is written. */
  closed(): void {
    this.done = true;
  }

  /** Ends the session with `status` on the error stream. */
  finish(status: StreamStatus): void {
    if (this.done) return;
    this.done = true;
    this.transport.finish(JSON.stringify(status));
  }

  private send(channel: typeof CHANNEL.stdout | typeof CHANNEL.stderr, text: string): void {
    if (this.done) return;
    const bytes = Buffer.from(text, 'utf8');
    for (let i = 0; i < bytes.length; i += CHUNK) this.transport.write(channel, bytes.subarray(i, i + CHUNK));
  }

  private exec(command: string[], input: string | undefined): ExecRun {
    return execOnce(this.p, command, input);
  }

  private run(input: string | undefined): void {
    if (this.done) return;
    const r = input === undefined && this.p.precomputed ? this.p.precomputed : this.exec(this.p.options.command, input);
    if (!r.ok) return this.finish(r.status);
    this.writeOutput(r.out);
    this.finish(r.out.exitCode === 0 ? successStatus() : exitCodeStatus(r.out.exitCode));
  }

  private writeOutput(out: Required<ExecOutput>): void {
    const { options } = this.p;
    if (options.tty) {
      // A terminal has one output stream, and its line discipline turns \n into \r\n.
      const text = `${out.stdout}${out.stderr}`.replace(/\r?\n/g, '\r\n');
      if (text && options.stdout) this.send(CHANNEL.stdout, text);
      return;
    }
    if (out.stdout && options.stdout) this.send(CHANNEL.stdout, out.stdout);
    if (out.stderr && options.stderr) this.send(CHANNEL.stderr, out.stderr);
  }

  private startTerminal(): void {
    const { options, pod, container } = this.p;
    if (!isInteractiveShell(options.command)) return this.run(undefined);
    const shell = new TerminalShell({
      shell: options.command[0], userland: userlandOf(pod, container), hostname: pod.spec?.hostname ?? pod.metadata.name ?? '',
      run: (argv) => this.exec(argv, undefined),
      write: (text) => this.send(CHANNEL.stdout, text),
      finish: (status) => this.finish(status),
    });
    this.keys = new LineDiscipline({
      echo: (text) => this.send(CHANNEL.stdout, text),
      line: (text) => shell.line(text),
      interrupt: () => shell.interrupt(),
      eof: () => shell.eof(),
    });
    shell.start();
  }
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

/** One pods/exec call as the session's user. */
export function execOnce(p: ExecSessionParams, command: string[], input: string | undefined): ExecRun {
  const res = p.cluster.api.handle({
    verb: p.verb, group: '', resource: 'pods', namespace: p.target.namespace, name: p.target.pod, subresource: 'exec',
    query: { container: p.container },
    body: { command, container: p.container, stdin: p.options.stdin, tty: p.options.tty, ...(input !== undefined ? { input } : {}) },
    user: p.user,
  });
  // The command may have acted on the cluster (an in-pod kubectl): let controllers react.
  p.cluster.settle();
  if (res.code < 300) {
    const out = (res.body ?? {}) as ExecOutput;
    return { ok: true, out: { stdout: out.stdout ?? '', stderr: out.stderr ?? '', exitCode: out.exitCode ?? 0 } };
  }
  const s = res.body as Status;
  const message = s.message ?? '';
  if (message.startsWith(KUBELET_UPGRADE_FAILURE)) {
    return { ok: false, status: internalErrorStatus(message), kubeletError: message.slice(KUBELET_UPGRADE_FAILURE.length) };
  }
  return { ok: false, status: failureStatus(message, s.reason, s.code) };
}
