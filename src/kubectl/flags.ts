/**
 * Command-line flags with pflag/cobra semantics, as kubectl parses them: long flags
 * (`--name=value`, `--name value`), shorthands (`-n value`, `-nvalue`, `-n=value`,
 * combined booleans `-it`), interspersed arguments, `--` ending the flags, and cobra's
 * error wording (`unknown flag: --foo`; kubectl prefixes `error: `).
 */

export type FlagType = 'string' | 'bool' | 'int' | 'duration' | 'stringArray' | 'stringSlice';

export interface FlagSpec {
  name: string;
  shorthand?: string;
  type: FlagType;
  /** Default value as shown in help (`""`, `false`, `0`, `[]`, `0s`). */
  default?: string | boolean | number | string[];
  usage: string;
  /** Value used when a non-bool flag is given without `=` and the next token is not a value (pflag NoOptDefVal). */
  noOptDefault?: string;
  hidden?: boolean;
}

export type FlagValue = string | boolean | number | string[];

export interface ParsedArgs {
  /** Positional arguments (before and after `--`). */
  args: string[];
  /** Index in `args` where arguments after `--` begin, or -1 (cobra ArgsLenAtDash). */
  argsLenAtDash: number;
  /** Values of flags given or defaulted, by long name. */
  values: Map<string, FlagValue>;
  /** Long names of flags given explicitly on the command line. */
  changed: Set<string>;
}

export type ParseResult = { ok: true; parsed: ParsedArgs } | { ok: false; error: string };

/** Parses a Go duration (`30s`, `5m0s`, `1h30m`, `500ms`) into milliseconds. */
export function parseDuration(text: string): number | undefined {
  if (text === '0') return 0;
  const re = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/y;
  const unit: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let neg = false;
  let s = text;
  if (s.startsWith('-') || s.startsWith('+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (!s) return undefined;
  let total = 0;
  re.lastIndex = 0;
  while (re.lastIndex < s.length) {
    const m = re.exec(s);
    if (!m) return undefined;
    total += parseFloat(m[1]) * unit[m[2]];
  }
  return neg ? -total : total;
}

/** Formats milliseconds as Go's time.Duration String(): `5m0s`, `1h0m0s`, `30s`, `500ms`. */
export function formatDuration(ms: number): string {
  if (ms === 0) return '0s';
  const neg = ms < 0;
  let rest = Math.abs(ms);
  if (rest < 1000) return `${neg ? '-' : ''}${rest}ms`;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = rest / 1000;
  const sec = Number.isInteger(s) ? `${s}s` : `${s}s`;
  if (h) return `${neg ? '-' : ''}${h}h${m}m${sec}`;
  if (m) return `${neg ? '-' : ''}${m}m${sec}`;
  return `${neg ? '-' : ''}${sec}`;
}

function defaultOf(f: FlagSpec): FlagValue {
  if (f.default !== undefined) return Array.isArray(f.default) ? [...f.default] : f.default;
  switch (f.type) {
    case 'bool': return false;
    case 'int': return 0;
    case 'duration': return 0;
    case 'stringArray':
    case 'stringSlice': return [];
    default: return '';
  }
}

function convert(f: FlagSpec, raw: string, flagName: string, current: FlagValue, explicit: boolean): FlagValue | { error: string } {
  const bad = (detail: string) => ({ error: `invalid argument "${raw}" for "${flagName}" flag: ${detail}` });
  switch (f.type) {
    case 'bool': {
      const v = ({ '1': true, t: true, T: true, true: true, TRUE: true, True: true, '0': false, f: false, F: false, false: false, FALSE: false, False: false } as Record<string, boolean>)[raw];
      if (v === undefined) return bad(`strconv.ParseBool: parsing ${JSON.stringify(raw)}: invalid syntax`);
      return v;
    }
    case 'int': {
      if (!/^[+-]?\d+$/.test(raw)) return bad(`strconv.ParseInt: parsing ${JSON.stringify(raw)}: invalid syntax`);
      return parseInt(raw, 10);
    }
    case 'duration': {
      const ms = parseDuration(raw);
      if (ms === undefined) return bad(`time: invalid duration ${JSON.stringify(raw)}`);
      return ms;
    }
    case 'stringArray':
      return explicit ? [...(current as string[]), raw] : [raw];
    case 'stringSlice': {
      const parts = raw === '' ? [] : raw.split(',');
      return explicit ? [...(current as string[]), ...parts] : parts;
    }
    default:
      return raw;
  }
}

/**
 * Parses `argv` against `flags`. Errors are cobra's messages without the `Error: ` prefix
 * and usage hint (the caller adds `See 'kubectl get --help' for usage.`).
 */
export function parseFlags(argv: string[], flags: FlagSpec[]): ParseResult {
  const byName = new Map(flags.map((f) => [f.name, f]));
  const byShort = new Map(flags.filter((f) => f.shorthand).map((f) => [f.shorthand!, f]));
  const values = new Map<string, FlagValue>();
  const changed = new Set<string>();
  for (const f of flags) values.set(f.name, defaultOf(f));
  const args: string[] = [];
  let argsLenAtDash = -1;

  const set = (f: FlagSpec, raw: string, display: string): string | undefined => {
    const v = convert(f, raw, display, values.get(f.name)!, changed.has(f.name));
    if (typeof v === 'object' && !Array.isArray(v)) return v.error;
    values.set(f.name, v as FlagValue);
    changed.add(f.name);
    return undefined;
  };

  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      argsLenAtDash = args.length;
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const f = byName.get(name);
      if (!f) return { ok: false, error: `unknown flag: --${name}` };
      let raw: string;
      if (eq >= 0) raw = a.slice(eq + 1);
      else if (f.type === 'bool') raw = 'true';
      else if (f.noOptDefault !== undefined) raw = f.noOptDefault;
      else if (i + 1 < argv.length) raw = argv[++i];
      else return { ok: false, error: `flag needs an argument: --${name}` };
      const err = set(f, raw, `--${name}`);
      if (err) return { ok: false, error: err };
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      // A run of shorthands: booleans may be combined; a value-taking one consumes the rest.
      let j = 1;
      while (j < a.length) {
        const c = a[j];
        const f = byShort.get(c);
        if (!f) return { ok: false, error: `unknown shorthand flag: '${c}' in ${a}` };
        if (f.type === 'bool') {
          if (a[j + 1] === '=') {
            const err = set(f, a.slice(j + 2), `-${c}, --${f.name}`);
            if (err) return { ok: false, error: err };
            j = a.length;
          } else {
            set(f, 'true', `-${c}`);
            j++;
          }
          continue;
        }
        let raw: string;
        if (j + 1 < a.length) raw = a[j + 1] === '=' ? a.slice(j + 2) : a.slice(j + 1);
        else if (f.noOptDefault !== undefined) raw = f.noOptDefault;
        else if (i + 1 < argv.length) raw = argv[++i];
        else return { ok: false, error: `flag needs an argument: '${c}' in -${c}` };
        const err = set(f, raw, `-${c}, --${f.name}`);
        if (err) return { ok: false, error: err };
        j = a.length;
      }
      continue;
    }
    args.push(a);
  }
  return { ok: true, parsed: { args, argsLenAtDash, values, changed } };
}

/** Typed accessors over ParsedArgs.values. */
export const flag = {
  str: (p: ParsedArgs, name: string): string => (p.values.get(name) as string | undefined) ?? '',
  bool: (p: ParsedArgs, name: string): boolean => p.values.get(name) === true,
  int: (p: ParsedArgs, name: string): number => (p.values.get(name) as number | undefined) ?? 0,
  list: (p: ParsedArgs, name: string): string[] => (p.values.get(name) as string[] | undefined) ?? [],
  ms: (p: ParsedArgs, name: string): number => (p.values.get(name) as number | undefined) ?? 0,
  given: (p: ParsedArgs, name: string): boolean => p.changed.has(name),
};
