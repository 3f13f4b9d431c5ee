/**
 * The learner's shell: one input at a time (a line, or several when a heredoc or a trailing
 * `|` continues it), parsed and run against the simulated cluster with builtins only.
 *
 *   const sh = new Shell({ cluster, workspace, sink: (c) => write(c) });
 *   sh.run('POD=$(kubectl get pods -o name | head -1)');   // { kind: 'done', status: 0 }
 *   sh.run('cat <<EOF | kubectl apply -f -');              // { kind: 'incomplete' }
 */
import type { Cluster } from '../sim/index.js';
import { newKubectlSession, type KubectlSession } from '../kubectl/index.js';
import { BUILTINS } from './builtins/index.js';
import { runList, type Runtime, type ShellOutput } from './exec.js';
import { parse } from './parser.js';
import type { Builtin, ShellState } from './state.js';
import type { Workspace } from './workspace.js';

export interface ShellOptions {
  cluster: Cluster;
  workspace: Workspace;
  /** Exported environment at start (HOME, PATH... as the embedding chooses; never the host's by default). */
  env?: Record<string, string>;
  interactive?: boolean;
  /** Virtual time `kubectl get -w` and similar unbounded commands may run. */
  watchWindowMs?: number;
  /** Receives stdout and stderr chunks in the order they are written. */
  sink?: (chunk: ShellOutput) => void;
  /** Override or extend the builtin table (tests, scenarios that forbid a command). */
  builtins?: Record<string, Builtin>;
}

export type RunResult =
  | { kind: 'done'; status: number }
  /** More lines are needed (open quote, heredoc body, trailing `|`); nothing ran. */
  | { kind: 'incomplete' };

/** Default environment of a fresh shell: enough for `env`/`echo $HOME` to look familiar. */
export function defaultEnv(home: string): Record<string, string> {
  return { HOME: home, PATH: '/usr/local/bin:/usr/bin:/bin', SHELL: '/bin/bash', USER: 'learner', TERM: 'xterm-256color' };
}

export class Shell {
  readonly state: ShellState;
  private readonly runtime: Runtime;
  private session?: KubectlSession;

  constructor(private readonly opts: ShellOptions) {
    const env = opts.env ?? defaultEnv(opts.workspace.root);
    const shell = this;
    this.state = {
      cluster: opts.cluster,
      workspace: opts.workspace,
      vars: new Map(Object.entries(env)),
      exported: new Set(Object.keys(env)),
      aliases: new Map(),
      lastStatus: 0,
      loopDepth: 0,
      loopWindowMs: opts.watchWindowMs ?? 60_000,
      interactive: opts.interactive ?? false,
      kubectl: () => shell.kubectlSession(),
    };
    this.state.vars.set('PWD', opts.workspace.pwd());
    this.runtime = {
      state: this.state,
      builtins: { ...BUILTINS, ...(opts.builtins ?? {}) },
      sink: opts.sink ?? (() => {}),
    };
  }

  private kubectlSession(): KubectlSession {
    this.session ??= newKubectlSession(this.opts.cluster, this.opts.workspace, {
      interactive: this.state.interactive,
      watchWindowMs: this.opts.watchWindowMs,
    });
    return this.session;
  }

  /** `$?` after the last input. */
  get status(): number {
    return this.state.lastStatus;
  }

  /** The status `exit N` asked for, if the learner typed `exit`. */
  get exitRequested(): number | undefined {
    return this.state.exitRequested;
  }

  /** True when `input` needs more lines before it can run. */
  needsMore(input: string): boolean {
    const r = parse(input);
    return !r.ok && r.incomplete;
  }

  /**
   * Runs one input. Syntax errors print bash's message and give status 2. With
   * `atEof` (end of a script) an unfinished input is an error rather than "incomplete".
   */
  run(input: string, opts: { atEof?: boolean; line?: number } = {}): RunResult {
    const parsed = parse(input, { atEof: opts.atEof, firstLine: opts.line });
    const err = (text: string): void => this.runtime.sink({ stream: 'err', text: `bash: ${text}\n` });
    if (!parsed.ok) {
      if (parsed.incomplete && !opts.atEof) return { kind: 'incomplete' };
      err(parsed.incomplete ? parsed.reason : parsed.error);
      this.state.lastStatus = 2;
      return { kind: 'done', status: 2 };
    }
    for (const w of parsed.warnings ?? []) err(w);
    const start = this.opts.cluster.now();
    this.state.interrupted = false;
    this.state.aborted = undefined;
    this.state.loopControl = undefined;
    const fds = { 1: { kind: 'sink', stream: 'out' }, 2: { kind: 'sink', stream: 'err' } } as const;
    for (const chain of parsed.list) {
      runList([chain], this.runtime, { ...fds });
      if (this.state.exitRequested !== undefined || this.state.interrupted || this.state.aborted !== undefined) break;
    }
    if (this.state.interrupted) this.state.lastStatus = 130;
    else if (this.state.aborted !== undefined) this.state.lastStatus = this.state.aborted;
    const status = this.state.exitRequested ?? this.state.lastStatus;
    if (input.trim()) this.opts.cluster.timeline.add({ t: start, type: 'command', command: input, status, end: this.opts.cluster.now() });
    return { kind: 'done', status };
  }
}
