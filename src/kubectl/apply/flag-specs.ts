/**
 * Turns the help data of a write verb into FlagSpecs and the help fields of a VerbDef.
 * The type of each flag follows from its default as kubectl prints it (`false` → bool,
 * `[]` → list, `0s` → duration, a number → int); lists are string slices (comma-split)
 * unless kubectl declares them as string arrays, listed below.
 */
import { parseDuration, type FlagSpec, type FlagType } from '../flags.js';
import type { VerbDef } from '../types.js';
import { HELP } from './help-data.js';
import { RECORD_FLAG } from './record.js';

/** Commands that still accept the deprecated, hidden --record flag. */
const RECORDING = new Set(['create', 'apply', 'scale', 'set image', 'set env', 'patch', 'label', 'annotate', 'replace', 'expose', 'run']);

/** Flags declared with StringArrayVar upstream (values are not split on commas). */
const STRING_ARRAYS = new Set(['from-literal', 'from-file', 'from-env-file', 'env', 'annotations', 'overrides', 'override-type']);

/** pflag NoOptDefVal: flags that may be given without a value. */
const NO_OPT_DEFAULTS: Record<string, string> = { 'dry-run': 'unchanged', 'validate': 'strict', 'cascade': 'background' };

function typeOf(name: string, def: string): FlagType {
  if (def === 'true' || def === 'false') return 'bool';
  if (def.startsWith('[')) return STRING_ARRAYS.has(name) ? 'stringArray' : 'stringSlice';
  if (/^-?\d+$/.test(def)) return 'int';
  if (/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(def)) return 'duration';
  return 'string';
}

function defaultOf(type: FlagType, def: string): FlagSpec['default'] {
  switch (type) {
    case 'bool': return def === 'true';
    case 'int': return parseInt(def, 10);
    case 'stringArray':
    case 'stringSlice': {
      const inner = def.slice(1, -1);
      return inner ? inner.split(',') : [];
    }
    // Zero stays undefined so help prints `0s`; others are milliseconds, as parseFlags stores them.
    case 'duration': return parseDuration(def) || undefined;
    default: return def.replace(/^'|'$/g, '');
  }
}

/** FlagSpecs of `command` (e.g. `create deployment`) as kubectl 1.33 declares them. */
export function flagsOf(command: string): FlagSpec[] {
  const data = HELP[command];
  if (!data) throw new Error(`no help data for ${command}`);
  const specs = data.flags.map((f) => {
    const type = typeOf(f.n, f.d);
    const spec: FlagSpec = { name: f.n, type, default: defaultOf(type, f.d), usage: f.u };
    if (f.s) spec.shorthand = f.s;
    if (NO_OPT_DEFAULTS[f.n] !== undefined && type === 'string') spec.noOptDefault = NO_OPT_DEFAULTS[f.n];
    return spec;
  });
  return RECORDING.has(command) ? [...specs, RECORD_FLAG] : specs;
}

/** The help fields of a VerbDef (short, long, examples, usage, flags). */
export function helpOf(command: string): Pick<VerbDef, 'short' | 'long' | 'examples' | 'usage' | 'flags'> {
  const data = HELP[command];
  if (!data) throw new Error(`no help data for ${command}`);
  // cobra's Short is the Long's first sentence without its full stop.
  // Command groups: the help's command list is rendered from subcommands, not kept in the long text.
  const long = data.long.split('\n\nAvailable Commands:')[0];
  const examples = data.examples?.split('\n\nAvailable Commands:')[0];
  return { short: data.short.replace(/\.$/, ''), long, examples, usage: data.usage, flags: flagsOf(command) };
}
