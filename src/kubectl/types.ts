/** The shapes kubectl verbs are written against. */
import type { ApiClient, Cluster, UserInfo } from '../sim/index.js';
import type { FlagSpec, ParsedArgs } from './flags.js';
import type { Kubeconfig } from './kubeconfig.js';

/** Output of one command: stdout and stderr, kept in the order written. */
export interface KubectlIO {
  out(text: string): void;
  err(text: string): void;
  /** Standard input (for `-f -`), if any was piped in. */
  stdin?: string;
}

/**
 * The learner's files as kubectl sees them (the shell's workspace implements this;
 * paths are resolved and confined by it). Errors are values, worded for the learner.
 */
export interface KubectlFiles {
  read(path: string): { ok: true; data: string } | { ok: false; error: string };
  /** 'file', 'dir' or undefined when missing. */
  stat(path: string): 'file' | 'dir' | undefined;
  /** Entries of a directory, sorted (names only). */
  list(path: string): string[];
  write(path: string, data: string): { ok: true } | { ok: false; error: string };
  /** A path relative to the current directory, joined as the OS would (`dir/file.yaml`). */
  join(dir: string, name: string): string;
}

/** State that lives across commands in one learner session. */
export interface KubectlSession {
  cluster: Cluster;
  kubeconfig: Kubeconfig;
  files: KubectlFiles;
  env: Record<string, string>;
  /** A terminal is attached (prompts, $EDITOR, colour); false in scripts, grading and CI. */
  interactive: boolean;
  /** How much virtual time `get -w`, `logs -f` and similar unbounded commands may run. */
  watchWindowMs: number;
}

/** Everything a verb needs for one invocation. */
export interface VerbContext {
  session: KubectlSession;
  io: KubectlIO;
  parsed: ParsedArgs;
  /** `kubectl get`, `kubectl rollout status`: for help hints in errors. */
  commandPath: string;
  /** The namespace from -n, else the context's, else `default`. */
  namespace: string;
  /** Whether -n/--namespace was given explicitly. */
  namespaceExplicit: boolean;
  /** Who the request is made as (after --as impersonation). */
  user: UserInfo;
  /** API client acting as `user`. */
  client: ApiClient;
}

export interface VerbDef {
  name: string;
  aliases?: string[];
  /** Help group on `kubectl --help` (e.g. "Basic Commands (Beginner)"). */
  group?: string;
  /** One-line summary shown in command lists. */
  short: string;
  /** `kubectl get [(-o|--output=)json|yaml|...] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]` */
  usage?: string;
  long?: string;
  examples?: string;
  flags?: FlagSpec[];
  subcommands?: VerbDef[];
  hidden?: boolean;
  /** Where a command group run without a sub-command prints its help (kubectl rollout: stdout; most: stderr). */
  groupHelpStream?: 'out' | 'err';
  /** Returns the exit code. Absent for pure command groups (`rollout`, `set`, `config`). */
  run?(ctx: VerbContext): number;
}
