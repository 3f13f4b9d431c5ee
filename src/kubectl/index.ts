/**
 * kubectl emulation: `runKubectl(['get', 'pods'], session, io)` prints what kubectl 1.33
 * prints against the simulated cluster and returns its exit code. Nothing here starts a
 * process; arguments are data.
 */
import { unauthorized, type Cluster, type UserInfo } from '../sim/index.js';
import { flagError, formatStatus, usageError } from './errors.js';
import { parseFlags } from './flags.js';
import { GLOBAL_FLAGS, GLOBAL_VALUE_FLAGS } from './global-flags.js';
import { currentContext, defaultKubeconfig, type Kubeconfig } from './kubeconfig.js';
import { clientFor, discoveryFailure, promptsForCredentials } from './identity.js';
import { installInPodKubectl } from './in-pod.js';
import { renderHelp, renderRootHelp } from './help.js';
import type { KubectlFiles, KubectlIO, KubectlSession, VerbContext, VerbDef } from './types.js';
import { VERBS } from './verbs/index.js';

export type { KubectlFiles, KubectlIO, KubectlSession, VerbContext, VerbDef } from './types.js';
export type { Kubeconfig } from './kubeconfig.js';
export { defaultKubeconfig } from './kubeconfig.js';
export { clientFor } from './identity.js';
export { VERBS } from './verbs/index.js';
// Shared with the helm CLI (same cobra/pflag conventions, same three-way apply patch).
export { flag, formatDuration, parseDuration, parseFlags } from './flags.js';
export type { FlagSpec, FlagType, FlagValue, ParsedArgs } from './flags.js';
export { threeWayMergePatch } from './apply/three-way.js';

/** A new session against `cluster` with a kind-style kubeconfig. */
export function newKubectlSession(cluster: Cluster, files: KubectlFiles, opts: { env?: Record<string, string>; interactive?: boolean; watchWindowMs?: number } = {}): KubectlSession {
  installInPodKubectl(cluster, runKubectl);
  return {
    cluster,
    kubeconfig: defaultKubeconfig(cluster.options.clusterName),
    files,
    env: opts.env ?? {},
    interactive: opts.interactive ?? false,
    watchWindowMs: opts.watchWindowMs ?? 60_000,
  };
}

/** Levenshtein distance, for cobra's "Did you mean this?" suggestions. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}

/**
 * cobra's unknown-command error as kubectl 1.33 prints it through checkErr (`error: `; the
 * suggestions end the message, no blank line after): suggestions within distance 2 or
 * sharing the typed prefix.
 */
function unknownCommand(word: string, verbs: VerbDef[]): string {
  const lower = word.toLowerCase();
  const suggestions = verbs
    .filter((v) => !v.hidden && (distance(lower, v.name) <= 2 || v.name.startsWith(lower)))
    .map((v) => v.name);
  const text = `error: unknown command "${word}" for "kubectl"\n`;
  if (!suggestions.length) return text;
  return `${text}\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join('')}`;
}

/** Finds the command word past any leading global flags (`kubectl -n dev get pods`). */
function splitCommand(argv: string[]): { leading: string[]; word?: string; rest: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('-')) return { leading: argv.slice(0, i), word: a, rest: argv.slice(i + 1) };
    if (GLOBAL_VALUE_FLAGS.has(a)) i++;
  }
  return { leading: argv, rest: [] };
}

function findVerb(list: VerbDef[], word: string): VerbDef | undefined {
  return list.find((v) => v.name === word || v.aliases?.includes(word));
}

/**
 * Who the current kubeconfig context's certificate identity is, after `--as` (no token
 * authentication or impersonation check: use clientFor from ./identity.js for requests).
 */
export function identityOf(cfg: Kubeconfig, contextName: string, as: string, asGroups: string[]): UserInfo | undefined {
  const ctx = currentContext(cfg, contextName);
  const user = cfg.users.find((u) => u.name === ctx?.user);
  const base = user?.identity;
  if (!as) return base;
  return { name: as, groups: [...asGroups, 'system:authenticated'] };
}

export function runKubectl(argv: string[], session: KubectlSession, io: KubectlIO): number {
  const { leading, word, rest } = splitCommand(argv);
  if (!word) {
    io.out(renderRootHelp(VERBS));
    return 0;
  }
  const top = findVerb(VERBS, word);
  if (!top) {
    io.err(unknownCommand(word, VERBS));
    return 1;
  }
  let verb: VerbDef = top;
  let path = `kubectl ${verb.name}`;
  let args = [...leading, ...rest];
  // Descend into subcommands (`rollout status`, `create deployment`, `config view`).
  while (verb.subcommands?.length) {
    const split = splitCommand(args);
    const sub: VerbDef | undefined = split.word ? findVerb(verb.subcommands, split.word) : undefined;
    if (!sub) break;
    verb = sub;
    path += ` ${sub.name}`;
    args = [...split.leading, ...split.rest];
  }
  // A command's own flag shadows a global one of the same name (`create rolebinding --user`).
  const own = new Set((verb.flags ?? []).map((f) => f.name));
  const parsed = parseFlags(args, [...(verb.flags ?? []), ...GLOBAL_FLAGS.filter((g) => !own.has(g.name))]);
  if (!parsed.ok) {
    io.err(`${flagError(path, parsed.error)}\n`);
    return 1;
  }
  const p = parsed.parsed;
  if (p.values.get('help') === true) {
    io.out(renderHelp(verb, path));
    return 0;
  }
  if (!verb.run) {
    // cobra's DefaultSubCommandRun: a group alone prints its help and fails; an unknown
    // sub-command is a usage error.
    if (p.args.length) {
      io.err(`${usageError(path, `unknown command ${JSON.stringify(p.args.join(' '))}`)}\n`);
      return 1;
    }
    const help = renderHelp(verb, path);
    if (verb.groupHelpStream === 'out') io.out(help);
    else io.err(help);
    return 1;
  }
  const contextName = p.values.get('context') as string;
  const kctx = currentContext(session.kubeconfig, contextName);
  // Only commands that build a client validate the context; `config ...` works on the file itself.
  if (contextName && !kctx && !path.startsWith('kubectl config')) {
    // clientcmd's validation error for a --context the kubeconfig lacks (observed with kubectl.1.33).
    io.err(`Error in configuration: context was not found for specified context: ${contextName}\n`);
    return 1;
  }
  const nsFlag = p.values.get('namespace') as string;
  const namespace = nsFlag || kctx?.namespace || 'default';
  const who = clientFor(session.cluster, session.kubeconfig, contextName, p.values.get('as') as string, p.values.get('as-group') as string[], own.has('user') ? '' : (p.values.get('user') as string), own.has('token') ? '' : (p.values.get('token') as string));
  const ctx: VerbContext = {
    session,
    io,
    parsed: p,
    commandPath: path,
    namespace,
    namespaceExplicit: p.changed.has('namespace'),
    user: who.user,
    client: who.client,
  };
  const unreachable = discoveryFailure(path, who.client, session.kubeconfig, contextName, own.has('cluster') ? '' : (p.values.get('cluster') as string), own.has('user') ? '' : (p.values.get('user') as string));
  if (unreachable) {
    io.err(`${unreachable}\n`);
    return 1;
  }
  const userOverride = own.has('user') ? '' : (p.values.get('user') as string);
  const tokenOverride = own.has('token') ? '' : (p.values.get('token') as string);
  if (promptsForCredentials(path, p, session.kubeconfig, contextName, userOverride, tokenOverride)) return credentialsPrompt(io);
  const code = verb.run(ctx);
  session.cluster.settle();
  return code;
}

/**
 * The username and password prompts, answered from stdin (a script's input; nothing when
 * none was given: EOF). The simulated API server, like kind's, has no basic auth, so
 * answered credentials end as the server's 401.
 */
function credentialsPrompt(io: KubectlIO): number {
  const lines = (io.stdin ?? '').split('\n');
  const answers = io.stdin ? lines.slice(0, io.stdin.endsWith('\n') ? lines.length - 1 : lines.length) : [];
  for (const [i, prompt] of ['Please enter Username: ', 'Please enter Password: '].entries()) {
    io.out(prompt);
    if (answers[i] === undefined) {
      io.err('error: EOF\n');
      return 1;
    }
  }
  io.err(`${formatStatus(unauthorized())}\n`);
  return 1;
}

