/** What builtins see: the shell's variables, files, cluster and kubectl session. */
import type { Cluster } from '../sim/index.js';
import type { KubectlSession } from '../kubectl/index.js';
import type { Workspace } from './workspace.js';

export interface ShellState {
  readonly cluster: Cluster;
  readonly workspace: Workspace;
  /** Shell variables; `exported` names are passed to commands as their environment. */
  readonly vars: Map<string, string>;
  readonly exported: Set<string>;
  /** `alias k=kubectl`. */
  readonly aliases: Map<string, string>;
  /** `$?`. */
  lastStatus: number;
  /** Set by `exit N`: the session (or script) ends with this status. */
  exitRequested?: number;
  /** Set by `break N` / `continue N` until the enclosing loops have handled it. */
  loopControl?: { kind: 'break' | 'continue'; levels: number };
  /** An expansion error (bad arithmetic) ended the input with this status, as bash abandons the line. */
  aborted?: number;
  /** How many loops are running (for `break` outside a loop). */
  loopDepth: number;
  /** A runaway loop was stopped (as if the learner pressed Ctrl-C): the rest of the input is skipped. */
  interrupted?: boolean;
  /** Virtual time a `while` loop may run before it is interrupted like a Ctrl-C. */
  readonly loopWindowMs: number;
  /** A terminal is attached (`clear`, prompts); false for scripts and grading. */
  readonly interactive: boolean;
  /** The kubectl session (kubeconfig, contexts) that lives as long as the shell. */
  kubectl(): KubectlSession;
}

/** One invocation of a builtin. */
export interface CommandContext {
  /** The command name as typed (`kubectl`). */
  name: string;
  args: string[];
  /** Piped or redirected standard input; undefined when nothing was connected. */
  stdin: string | undefined;
  out(text: string): void;
  err(text: string): void;
  /** Standard output goes straight to the terminal (not a pipe, file or `$(...)`). */
  isTerminal: boolean;
  /** Runs another builtin with the same output (for `xargs`); 127 when there is no such command. */
  invoke(args: string[]): number;
  /** The environment the command sees (exported variables plus `VAR=x cmd` prefixes). */
  env: Record<string, string>;
  shell: ShellState;
}

/** A builtin returns its exit status. Learner mistakes are printed, never thrown. */
export type Builtin = (ctx: CommandContext) => number;

/** The exported variables as an environment. */
export function environment(state: ShellState): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of state.exported) {
    const v = state.vars.get(name);
    if (v !== undefined) env[name] = v;
  }
  return env;
}
