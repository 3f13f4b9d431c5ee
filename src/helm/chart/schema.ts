/**
 * values.schema.json validation for the keywords charts commonly use (type, required,
 * properties, additionalProperties, items, enum, const, minimum/maximum, minLength/maxLength,
 * pattern, minItems/maxItems). Helm v3.21 validates with santhosh-tekuri/jsonschema v6
 * (helm/helm v3.21.4 pkg/chartutil/jsonschema.go), whose report Helm trims to lines like
 * `- at '/replicaCount': got string, want integer`; several errors under one subschema nest
 * as `- at '/image': validation failed` with indented causes.
 */
import { Int64, isMap } from '../template/values.js';

type Schema = Record<string, unknown>;

interface VErr {
  loc: string[];
  msg: string;
  causes?: VErr[];
}

/** JSON type as jsonschema v6 names the value (every number is "number"). */
function jsonType(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (v instanceof Int64 || typeof v === 'bigint' || typeof v === 'number') return 'number';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') return 'object';
  return typeof v === 'boolean' ? 'boolean' : 'string';
}

function num(v: unknown): number | undefined {
  return v instanceof Int64 ? Number(v.v) : typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : undefined;
}

function typeMatches(v: unknown, want: string): boolean {
  const t = jsonType(v);
  if (want === 'integer') return t === 'number' && Number.isInteger(num(v));
  return t === want;
}

/** kind.quote: Go %q with `"` unescaped and `'` escaped, in single quotes. */
function quote(s: string): string {
  return "'" + JSON.stringify(s).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'") + "'";
}

/** x/text/message's English %v of a number (digit grouping). */
function localNum(n: number): string {
  const s = String(n);
  return /^-?\d+$/.test(s) ? s.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : s;
}

function display(v: unknown): string {
  if (typeof v === 'string') return quote(v);
  if (Array.isArray(v) || isMap(v)) return 'value';
  return v === null ? '<nil>' : String(v);
}

function sameJson(a: unknown, b: unknown): boolean {
  const plain = (x: unknown): unknown => (num(x) !== undefined ? num(x) : x);
  return JSON.stringify(plain(a)) === JSON.stringify(plain(b));
}

function validate(v: unknown, s: Schema, loc: string[]): VErr | undefined {
  const err = (msg: string, at = loc): VErr => ({ loc: at, msg });
  if (s.type !== undefined) {
    const want = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!want.some((w) => typeMatches(v, w))) return err(`got ${jsonType(v)}, want ${want.join(' or ')}`);
  }
  if (s.const !== undefined && !sameJson(v, s.const)) return err(Array.isArray(s.const) || isMap(s.const) ? 'const failed' : `value must be ${display(s.const)}`);
  if (Array.isArray(s.enum) && !s.enum.some((e) => sameJson(v, e))) {
    const prim = s.enum.every((e) => !Array.isArray(e) && !isMap(e));
    return err(!prim ? 'enum failed' : s.enum.length === 1 ? `value must be ${display(s.enum[0])}` : `value must be one of ${s.enum.map(display).join(', ')}`);
  }
  const errs: VErr[] = [];
  const n = num(v);
  if (n !== undefined) {
    if (typeof s.minimum === 'number' && n < s.minimum) errs.push(err(`minimum: got ${localNum(n)}, want ${localNum(s.minimum)}`));
    if (typeof s.maximum === 'number' && n > s.maximum) errs.push(err(`maximum: got ${localNum(n)}, want ${localNum(s.maximum)}`));
  }
  if (typeof v === 'string') {
    const len = Array.from(v).length;
    if (typeof s.minLength === 'number' && len < s.minLength) errs.push(err(`minLength: got ${len}, want ${s.minLength}`));
    if (typeof s.maxLength === 'number' && len > s.maxLength) errs.push(err(`maxLength: got ${len}, want ${s.maxLength}`));
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v)) errs.push(err(`${quote(v)} does not match pattern ${quote(s.pattern)}`));
  }
  if (Array.isArray(v)) {
    if (typeof s.minItems === 'number' && v.length < s.minItems) errs.push(err(`minItems: got ${v.length}, want ${s.minItems}`));
    if (typeof s.maxItems === 'number' && v.length > s.maxItems) errs.push(err(`maxItems: got ${v.length}, want ${s.maxItems}`));
    if (isMap(s.items)) v.forEach((e, i) => {
      const r = validate(e, s.items as Schema, [...loc, String(i)]);
      if (r) errs.push(r);
    });
  }
  if (isMap(v)) {
    const missing = (Array.isArray(s.required) ? (s.required as string[]) : []).filter((k) => !(k in v));
    if (missing.length === 1) errs.push(err(`missing property ${quote(missing[0]!)}`));
    else if (missing.length > 1) errs.push(err(`missing properties ${missing.map(quote).join(', ')}`));
    const props = isMap(s.properties) ? (s.properties as Record<string, Schema>) : {};
    const additional: string[] = [];
    // jsonschema walks the object in Go map order; sorting keeps our output deterministic.
    for (const k of Object.keys(v).sort()) {
      if (props[k]) {
        const r = validate(v[k], props[k]!, [...loc, k]);
        if (r) errs.push(r);
      } else if (s.additionalProperties === false) additional.push(k);
      else if (isMap(s.additionalProperties)) {
        const r = validate(v[k], s.additionalProperties as Schema, [...loc, k]);
        if (r) errs.push(r);
      }
    }
    if (additional.length) errs.push(err(`additional properties ${additional.map(quote).join(', ')} not allowed`));
  }
  if (errs.length === 0) return undefined;
  if (errs.length === 1) return errs[0];
  return { loc, msg: 'validation failed', causes: errs };
}

function ptr(loc: string[]): string {
  return loc.map((p) => '/' + p.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function show(e: VErr, indent: number, out: string[]): void {
  out.push(`${'  '.repeat(indent - 1)}- at ${quote(ptr(e.loc))}: ${e.msg}`);
  for (const c of e.causes ?? []) show(c, indent + 1, out);
}

/** Validates values against a schema text; returns Helm's error text for this chart, or '' when valid. */
export function validateSchema(values: unknown, schemaText: string): string {
  let schema: Schema;
  try {
    schema = JSON.parse(schemaText) as Schema;
  } catch (e) {
    return `${(e as Error).message}`;
  }
  const root = validate(values, schema, []);
  if (!root) return '';
  const causes = root.causes && root.loc.length === 0 && root.msg === 'validation failed' ? root.causes : [root];
  const lines: string[] = [];
  for (const c of causes) show(c, 1, lines);
  return lines.join('\n') + '\n';
}
