/** The shapes helm commands are written against. */
import type { ApiClient, Cluster } from '../../sim/index.js';
import type { FlagSpec, ParsedArgs } from '../../kubectl/index.js';
import type { KubectlFiles, KubectlIO } from '../../kubectl/types.js';
import type { ActionEnv } from '../release/index.js';
import type { RepoState } from '../repo/state.js';

/** The learner's files as helm needs them: text, bytes (chart archives) and directories. */
export interface HelmFiles extends KubectlFiles {
  readBytes(path: string): { ok: true; data: Uint8Array } | { ok: false; error: string };
  writeBytes(path: string, data: Uint8Array): { ok: true } | { ok: false; error: string };
  mkdir(path: string): { ok: true } | { ok: false; error: string };
  /** The current directory, absolute (for `Successfully packaged chart and saved it to: …`). */
  cwd(): string;
}

/** What lives across helm commands in one shell session. */
export interface HelmSession {
  cluster: Cluster;
  files: HelmFiles;
  env: Record<string, string>;
  /** Namespace of the current kubeconfig context ('' when none). */
  contextNamespace: string;
  /** The API client for a kubeconfig context (default: current), impersonating `as`/`asGroups` if given. */
  client(context?: string, as?: string, asGroups?: string[]): ApiClient;
  /** Repositories (repositories.yaml and the index cache). */
  repos: RepoState;
}

export type HelmIO = KubectlIO;

export interface HelmContext {
  session: HelmSession;
  io: HelmIO;
  parsed: ParsedArgs;
  args: string[];
  /** `helm install` — for error hints. */
  path: string;
  namespace: string;
  /** Release actions acting as the learner. */
  actions: ActionEnv;
}

/** Positional argument rule (cobra's Args validators), returning the error text. */
export type ArgsRule = (args: string[], path: string, useLine: string) => string | undefined;

export interface HelmCommand {
  name: string;
  aliases?: string[];
  short: string;
  long?: string;
  /** cobra Use: `install [NAME] [CHART]`. */
  use: string;
  example?: string;
  flags?: FlagSpec[];
  subcommands?: HelmCommand[];
  args?: ArgsRule;
  run?(ctx: HelmContext): number;
}
