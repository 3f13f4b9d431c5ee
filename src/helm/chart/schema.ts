/**
 * values.schema.json validation for the keywords charts commonly use (type, required,
 * properties, additionalProperties, items, enum, const, minimum/maximum, minLength/maxLength,
 * pattern, minItems/maxItems). Helm v3 validates with xeipuuv/gojsonschema
 * (helm/helm pkg/chartutil/jsonschema.go), so lines read `- replicaCount: Invalid type.
 * Expected: integer, given: string` with `(root)` for the top level.
 */
import { Int64, isMap } from '../template/values.js';

type Schema = Record<string, unknown>;

/** JSON type as gojsonschema names it (values pass through YAML→JSON, so whole floats are integers). */
function jsonType(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (v instanceof Int64 || typeof v === 'bigint') return 'integer';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  if (typeof v === 'object') return 'object';
  return typeof v === 'boolean' ? 'boolean' : 'string';
}

function typeMatches(actual: string, want: string): boolean {
  return actual === want || (want === 'number' && actual === 'integer');
}

function plain(v: unknown): unknown {
  return v instanceof Int64 ? Number(v.v) : typeof v === 'bigint' ? Number(v) : v;
}

function field(path: string[]): string {
  return path.length ? path.join('.') : '(root)';
}

function validate(v: unknown, s: Schema, path: string[], errs: string[]): void {
  const at = field(path);
  const t = jsonType(v);
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((w) => typeMatches(t, w))) {
      errs.push(`- ${at}: Invalid type. Expected: ${types.join(', ')}, given: ${t}`);
      return;
    }
  }
  if (Array.isArray(s.enum) && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(plain(v)))) {
    errs.push(`- ${at}: ${at} must be one of the following: ${s.enum.map((e) => JSON.stringify(e)).join(', ')}`);
  }
  if (s.const !== undefined && JSON.stringify(s.const) !== JSON.stringify(plain(v))) {
    errs.push(`- ${at}: ${at} does not match: ${JSON.stringify(s.const)}`);
  }
  if (typeof plain(v) === 'number') {
    const n = plain(v) as number;
    if (typeof s.minimum === 'number' && n < s.minimum) errs.push(`- ${at}: Must be greater than or equal to ${s.minimum}`);
    if (typeof s.maximum === 'number' && n > s.maximum) errs.push(`- ${at}: Must be less than or equal to ${s.maximum}`);
  }
  if (typeof v === 'string') {
    const len = Array.from(v).length;
    if (typeof s.minLength === 'number' && len < s.minLength) errs.push(`- ${at}: String length must be greater than or equal to ${s.minLength}`);
    if (typeof s.maxLength === 'number' && len > s.maxLength) errs.push(`- ${at}: String length must be less than or equal to ${s.maxLength}`);
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v)) errs.push(`- ${at}: Does not match pattern '${s.pattern}'`);
  }
  if (Array.isArray(v)) {
    if (typeof s.minItems === 'number' && v.length < s.minItems) errs.push(`- ${at}: Array must have at least ${s.minItems} items`);
    if (typeof s.maxItems === 'number' && v.length > s.maxItems) errs.push(`- ${at}: Array must have at most ${s.maxItems} items`);
    if (isMap(s.items)) v.forEach((e, i) => validate(e, s.items as Schema, [...path, String(i)], errs));
  }
  if (isMap(v)) {
    for (const k of Array.isArray(s.required) ? (s.required as string[]) : []) {
      if (!(k in v)) errs.push(`- ${at}: ${k} is required`);
    }
    const props = isMap(s.properties) ? (s.properties as Record<string, Schema>) : {};
    for (const k of Object.keys(props)) if (k in v) validate(v[k], props[k]!, [...path, k], errs);
    for (const k of Object.keys(v).sort()) {
      if (k in props) continue;
      if (s.additionalProperties === false) errs.push(`- ${at}: Additional property ${k} is not allowed`);
      else if (isMap(s.additionalProperties)) validate(v[k], s.additionalProperties as Schema, [...path, k], errs);
    }
  }
}

/** Validates values against a schema text; returns the `- field: message` lines (empty when valid). */
export function validateSchema(values: unknown, schemaText: string): string[] {
  let schema: Schema;
  try {
    schema = JSON.parse(schemaText) as Schema;
  } catch (e) {
    return [`- unable to compile schema: ${(e as Error).message}`];
  }
  const errs: string[] = [];
  validate(values, schema, [], errs);
  return errs;
}
