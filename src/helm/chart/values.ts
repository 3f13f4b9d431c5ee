/**
 * Value precedence and coalescing (helm/helm pkg/cli/values/options.go MergeValues and
 * pkg/chartutil/coalesce.go): -f files merged in order, then --set-json, --set, --set-string,
 * --set-file, --set-literal (grouped by flag kind); the result coalesced over the chart's
 * values.yaml and each subchart's, with `global` pushed down and a user `null` deleting a key.
 */
import { sprintf } from '../template/go-fmt.js';
import { deepCopy, isMap } from '../template/values.js';
import { parseYamlMap } from '../yaml/parse.js';
import { parseSetInto, setReader, setStringReader, type ValueReader } from './strvals.js';
import type { Chart } from './types.js';

type Dict = Record<string, unknown>;

/** What the user passed on the command line (file contents already read by the caller). */
export interface ValueOptions {
  /** -f/--values files in command-line order: display name and YAML text. */
  valuesFiles?: { name: string; text: string }[];
  /** --set-json arguments. */
  setJson?: string[];
  /** --set arguments. */
  set?: string[];
  /** --set-string arguments. */
  setString?: string[];
  /** --set-file arguments with the referenced files' contents resolved by `readFile`. */
  setFile?: string[];
  /** --set-literal arguments. */
  setLiteral?: string[];
  /** Reads a file named by --set-file (relative to the current directory). */
  readFile?: (path: string) => { ok: true; data: string } | { ok: false; error: string };
}

export type MergeResult = { ok: true; values: Dict } | { ok: false; error: string };

/** mergeMaps from options.go: maps merge recursively, anything else replaces. */
export function mergeMaps(a: Dict, b: Dict): Dict {
  const out: Dict = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    if (isMap(v) && isMap(cur)) out[k] = mergeMaps(cur, v);
    else out[k] = v;
  }
  return out;
}

/** Builds the user-supplied values (the release "config") from the flags, in Helm's order. */
export function mergeUserValues(opts: ValueOptions): MergeResult {
  let base: Dict = {};
  for (const f of opts.valuesFiles ?? []) {
    const r = parseYamlMap(f.text);
    if (!r.ok) return { ok: false, error: `failed to parse ${f.name}: ${r.error}` };
    base = mergeMaps(base, r.value);
  }
  for (const s of opts.setJson ?? []) {
    const e = parseSetJson(s, base);
    if (e) return { ok: false, error: `failed parsing --set-json data ${s}` };
  }
  const groups: [string[] | undefined, string, ValueReader][] = [
    [opts.set, '--set', setReader],
    [opts.setString, '--set-string', setStringReader],
    [opts.setFile, '--set-file', (raw) => {
      const r = opts.readFile ? opts.readFile(raw) : { ok: false as const, error: `open ${raw}: no such file or directory` };
      return r.ok ? { ok: true, value: r.data } : { ok: false, error: r.error };
    }],
    [opts.setLiteral, '--set-literal', setStringReader],
  ];
  for (const [args, flag, reader] of groups) {
    for (const s of args ?? []) {
      if (flag === '--set-literal') {
        const eq = s.indexOf('=');
        const e = eq < 0 ? `key ${JSON.stringify(s)} has no value` : parseSetInto(`${s.slice(0, eq).replace(/([,\\{}[\]])/g, '\\$1')}=${s.slice(eq + 1).replace(/([,\\{])/g, '\\$1')}`, base, reader);
        if (e) return { ok: false, error: `failed parsing ${flag} data: ${e}` };
        continue;
      }
      const e = parseSetInto(s, base, reader);
      if (e) return { ok: false, error: `failed parsing ${flag} data: ${e}` };
    }
  }
  return { ok: true, values: base };
}

/** --set-json `a.b={"x":1},c=[1,2]` (JSON numbers stay float64, as json.Unmarshal gives them). */
function parseSetJson(s: string, base: Dict): string | undefined {
  return parseSetInto(s, base, setStringReader, true);
}

/**
 * coalesceTablesFullKey: fill `dst` (higher priority) from `src`. A nil in dst deletes the key
 * when the chart had a non-nil default for it (unless merging); nested tables recurse.
 */
function coalesceTables(dst: Dict, src: Dict, merge: boolean): Dict {
  const srcNonNil = new Set(Object.keys(src).filter((k) => src[k] !== null && src[k] !== undefined));
  for (const [key, val] of Object.entries(src)) {
    if (key in dst) {
      const dv = dst[key];
      if (!merge && dv === null && srcNonNil.has(key)) delete dst[key];
      else if (isMap(val) && isMap(dv)) coalesceTables(dv, val, merge);
    } else dst[key] = val;
  }
  return dst;
}

function coalesceGlobals(dest: Dict, src: Dict): void {
  if ('global' in dest && !isMap(dest.global)) return;
  if ('global' in src && !isMap(src.global)) return;
  const dg: Dict = isMap(dest.global) ? dest.global : {};
  const sg: Dict = isMap(src.global) ? src.global : {};
  for (const [key, val] of Object.entries(sg)) {
    if (isMap(val)) {
      const vv = { ...val };
      const destv = dg[key];
      if (destv === undefined) dg[key] = vv;
      else if (isMap(destv)) dg[key] = coalesceTables(vv, destv, true);
    } else if (!(key in dg && isMap(dg[key]))) dg[key] = val;
  }
  dest.global = dg;
}

/** coalesce(): the chart's defaults under `dest`, then each subchart under its key; error text on a type mismatch. */
function coalesceChart(chart: Chart, dest: Dict, merge: boolean): string | undefined {
  const defaults = deepCopy(chart.values);
  const subNames = new Set(chart.dependencies.map((d) => d.metadata.name));
  for (const [key, val] of Object.entries(defaults)) {
    if (key in dest) {
      const v = dest[key];
      if (v === null && !merge) delete dest[key];
      else if (isMap(v) && isMap(val)) coalesceTables(v, val, merge || subNames.has(key));
    } else dest[key] = val;
  }
  for (const sub of chart.dependencies) {
    const name = sub.metadata.name;
    if (!(name in dest)) dest[name] = {};
    const dv = dest[name];
    if (!isMap(dv)) return `type mismatch on ${name}: ${sprintf('%t', [dv])}`;
    coalesceGlobals(dv, dest);
    const e = coalesceChart(sub, dv, merge);
    if (e) return e;
  }
  return undefined;
}

/** chartutil.CoalesceValues: user values over chart defaults (including subcharts), on a copy. */
export function coalesceValuesChecked(chart: Chart, user: Dict): { ok: true; values: Dict } | { ok: false; error: string } {
  const dest = deepCopy(user);
  const e = coalesceChart(chart, dest, false);
  return e ? { ok: false, error: e } : { ok: true, values: dest };
}

/** chartutil.CoalesceValues ignoring the (rare) subchart type-mismatch error. */
export function coalesceValues(chart: Chart, user: Dict): Dict {
  const dest = deepCopy(user);
  coalesceChart(chart, dest, false);
  return dest;
}

/** One call for CLI layers: user values from flags, then coalesced with the chart's defaults. */
export function mergeValues(chart: Chart, opts: ValueOptions): { ok: true; config: Dict; values: Dict } | { ok: false; error: string } {
  const u = mergeUserValues(opts);
  if (!u.ok) return u;
  const c = coalesceValuesChecked(chart, u.values);
  return c.ok ? { ok: true, config: u.values, values: c.values } : c;
}
