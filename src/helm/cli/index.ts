/**
 * `helm` against the simulated cluster: `runHelm(['install', 'web', './web'], session, io)`
 * prints what Helm v3.21 prints and returns its exit code. Commands are a table; flags are
 * parsed with pflag semantics; errors go to stderr as `Error: …` with exit code 1.
 */
import { parseFlags, type FlagSpec } from '../../kubectl/index.js';
import { actionEnv, driverOf } from '../release/index.js';
import { flushWarnings, GLOBAL_FLAGS } from './common.js';
import { FLAG_DATA } from './flag-data.js';
import { renderHelp } from './help.js';
import type { HelmCommand, HelmContext, HelmIO, HelmSession } from './types.js';
import { ROOT_COMMAND } from './commands/index.js';

export type { HelmCommand, HelmContext, HelmFiles, HelmIO, HelmSession } from './types.js';
export { COMMANDS } from './commands/index.js';

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length];
}

/** cobra's `unknown command "x" for "helm"` with its "Did you mean this?" suggestions. */
function unknownCommand(word: string, path: string, cmds: HelmCommand[]): string {
  const sugg = cmds.filter((c) => distance(word.toLowerCase(), c.name) <= 2 || c.name.startsWith(word.toLowerCase())).map((c) => c.name);
  let text = `Error: unknown command ${JSON.stringify(word)} for ${JSON.stringify(path)}\n`;
  if (sugg.length) text += `\nDid you mean this?\n${sugg.map((s) => `\t${s}\n`).join('')}\n`;
  return `${text}Run '${path} --help' for usage.\n`;
}

const VALUE_GLOBALS = new Set(GLOBAL_FLAGS.filter((f) => f.type !== 'bool').flatMap((f) => [`--${f.name}`, ...(f.shorthand ? [`-${f.shorthand}`] : [])]));

/** Index of the first word that is not a flag (or a global flag's value). */
function firstWord(argv: string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return -1;
    if (!a.startsWith('-') || a === '-') return i;
    if (VALUE_GLOBALS.has(a)) i++;
  }
  return -1;
}

const find = (list: HelmCommand[], w: string): HelmCommand | undefined => list.find((c) => c.name === w || c.aliases?.includes(w));

/** Runs one helm command line. */
export function runHelm(argv: string[], session: HelmSession, io: HelmIO): number {
  // cobra's `help [command]`: the named command's help.
  const w = firstWord(argv);
  if (w >= 0 && argv[w] === 'help') return runHelm([...argv.slice(0, w), ...argv.slice(w + 1), '--help'], session, io);
  let cmd: HelmCommand = ROOT_COMMAND;
  let path = 'helm';
  let args = [...argv];
  for (;;) {
    const subs = cmd.subcommands ?? [];
    if (!subs.length) break;
    const i = firstWord(args);
    if (i < 0) break;
    const next = find(subs, args[i]);
    if (!next) {
      // cobra (legacyArgs) rejects an unknown word only under the root; other groups show help.
      if (cmd === ROOT_COMMAND) {
        io.err(unknownCommand(args[i], path, subs));
        return 1;
      }
      break;
    }
    cmd = next;
    path += ` ${next.name}`;
    args = [...args.slice(0, i), ...args.slice(i + 1)];
  }
  // The command's own flags, plus every other flag helm defines for it (accepted, maybe ignored).
  const mine = new Set((cmd.flags ?? []).map((f) => f.name));
  cmd = { ...cmd, flags: [...(cmd.flags ?? []), ...(FLAG_DATA[path.slice('helm '.length)] ?? []).filter((f) => !mine.has(f.name))] };
  const own = new Set((cmd.flags ?? []).map((f) => f.name));
  const flags: FlagSpec[] = [...(cmd.flags ?? []), ...GLOBAL_FLAGS.filter((g) => !own.has(g.name))];
  const parsed = parseFlags(args, flags);
  if (!parsed.ok) {
    io.err(`Error: ${parsed.error}\n`);
    return 1;
  }
  const p = parsed.parsed;
  // -o is a pflag Value that rejects unknown formats while parsing (cmd/helm/flags.go outputValue).
  const format = p.values.get('output');
  if (own.has('output') && p.changed.has('output') && !['table', 'json', 'yaml'].includes(String(format))) {
    io.err(`Error: invalid argument ${JSON.stringify(String(format))} for "-o, --output" flag: invalid format type\n`);
    return 1;
  }
  if (p.values.get('help') === true || (!cmd.run && p.args.length === 0)) {
    io.out(renderHelp(cmd, path, GLOBAL_FLAGS.filter((f) => f.name !== 'help')));
    return 0;
  }
  if (!cmd.run) {
    // cobra: only the root rejects unknown words; other groups print their help.
    if (path !== 'helm') {
      io.out(renderHelp(cmd, path, GLOBAL_FLAGS.filter((f) => f.name !== 'help')));
      return 0;
    }
    io.err(unknownCommand(p.args[0], path, cmd.subcommands ?? []));
    return 1;
  }
  // helm.go's cobra.OnInitialize runs actionConfig.Init before any command (after help and
  // before argument checks); an unknown HELM_DRIVER ends it through log.Fatal (Lshortfile).
  const driver = driverOf(session.env.HELM_DRIVER);
  if (!driver) {
    io.err(`helm.go:83: unknown driver ${JSON.stringify(session.env.HELM_DRIVER)}\n`);
    return 1;
  }
  const parent = path.split(' ').slice(0, -1).join(' ');
  const useLine = `${parent} ${cmd.use}${cmd.use.includes('[flags]') || !flags.length ? '' : ' [flags]'}`;
  const argErr = cmd.args?.(p.args, path, useLine);
  if (argErr) {
    io.err(`Error: ${argErr}\n`);
    return 1;
  }
  const contextName = (p.values.get('kube-context') as string) || undefined;
  const namespace = (p.values.get('namespace') as string) || session.env.HELM_NAMESPACE || session.contextNamespace || 'default';
  const client = session.client(contextName, (p.values.get('kube-as-user') as string) || session.env.HELM_KUBEASUSER || '', p.values.get('kube-as-group') as string[]);
  const ctx: HelmContext = { session, io, parsed: p, args: p.args, path, namespace, actions: actionEnv(session.cluster, client, driver) };
  const code = cmd.run(ctx);
  session.cluster.settle();
  flushWarnings(ctx);
  return code;
}
