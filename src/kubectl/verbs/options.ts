/**
 * `kubectl options`: every global flag in kubectl's option layout (the persistent flags of
 * the root command, hidden ones included, `--help` excluded), `$HOME` expanded as the real
 * binary shows it.
 */
import { GLOBAL_FLAGS } from '../global-flags.js';
import { flagLines } from '../help.js';
import type { VerbContext, VerbDef } from '../types.js';

const UNQUOTED = new Set(['v', 'vmodule']);

function run(ctx: VerbContext): number {
  const home = ctx.session.env.HOME || '/root';
  const flags = GLOBAL_FLAGS.filter((f) => f.name !== 'help')
    .map((f) => (typeof f.default === 'string' ? { ...f, default: f.default.replace('$HOME', home) } : f))
    // klog's -v (Level) and --vmodule (moduleSpec) are custom flag types: pflag shows their defaults unquoted.
    .map((f) => (UNQUOTED.has(f.name) ? { ...f, type: 'int' as const, default: f.default ?? '' } : f))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  ctx.io.out(['The following options can be passed to any command:', '', ...flags.flatMap(flagLines), ''].join('\n'));
  return 0;
}

export const optionsVerb: VerbDef = {
  name: 'options',
  short: 'Print the list of flags inherited by all commands',
  long: 'Print the list of flags inherited by all commands',
  examples: '  # Print flags inherited by all commands\n  kubectl options',
  usage: 'kubectl options [flags] [options]',
  hidden: true,
  flags: [],
  run,
};
