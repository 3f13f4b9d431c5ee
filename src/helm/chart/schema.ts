/**
 * values.schema.json validation for the keywords charts commonly use (type, required,
 * properties, additionalProperties, items, enum, const, minimum/maximum, minLength/maxLength,
 * pattern, minItems/maxItems). Messages follow santhosh-tekuri/jsonschema v6 (Helm ≥ 3.18):
 * `- at '/replicaCount': got string, want integer`.
 */
import { Int64, isMap } from '../template/values.js';

type Schema = Record<string, unknown>;

function jsonType(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (v instanceof Int64) return 'integer';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'bigint') return 'integer';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  if (typeof v === 'object') return 'object';
  return typeof v === 'boolean' ? 'boolean' : 'string';
}

function typeMatches(actual: string, want: string): boolean {
  return actual === want || (want === 'number' && actual === 'integer');
}

function ptr(path: string[]): string {
  return '/' + path.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

function validate(v: unknown, s: Schema, path: string[], errs: string[]): void {
  const at = `at '${path.length ? ptr(path) : ''}'`;
  const t = jsonType(v);
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((w) => typeMatches(t, w))) {
      errs.push(`- ${at}: got ${t}, want ${types.join(' or ')}`);
      return;
    }
  }
  if (Array.isArray(s.enum) && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(typeof v === 'bigint' ? Number(v) : v))) {
    errs.push(`- ${at}: value must be one of ${s.enum.map((e) => JSON.stringify(e)).join(', ')}`);
  }
  if (s.const !== undefined && JSON.stringify(s.const) !== JSON.stringify(typeof v === 'bigint' ? Number(v) : v)) {
    errs.push(`- ${at}: value must be ${JSON.stringify(s.const)}`);
  }
  if (typeof v === 'number' || typeof v === 'bigint') {
    const n = Number(v);
    if (typeof s.minimum === 'number' && n < s.minimum) errs.push(`- ${at}: minimum: got ${n}, want ${s.minimum}`);
    if (typeof s.maximum === 'number' && n > s.maximum) errs.push(`- ${at}: maximum: got ${n}, want ${s.maximum}`);
  }
  if (typeof v === 'string') {
    const len = Array.from(v).length;
    if (typeof s.minLength === 'number' && len < s.minLength) errs.push(`- ${at}: minLength: got ${len}, want ${s.minLength}`);
    if (typeof s.maxLength === 'number' && len > s.maxLength) errs.push(`- ${at}: maxLength: got ${len}, want ${s.maxLength}`);
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v)) errs.push(`- ${at}: '${v}' does not match pattern '${s.pattern}'`);
  }
  if (Array.isArray(v)) {
    if (typeof s.minItems === 'number' && v.length < s.minItems) errs.push(`- ${at}: minItems: got ${v.length}, want ${s.minItems}`);
    if (typeof s.maxItems === 'number' && v.length > s.maxItems) errs.push(`- ${at}: maxItems: got ${v.length}, want ${s.maxItems}`);
    if (isMap(s.items)) v.forEach((e, i) => validate(e, s.items as Schema, [...path, String(i)], errs));
  }
  if (isMap(v)) {
    if (Array.isArray(s.required)) {
      const missing = (s.required as string[]).filter((k) => !(k in v));
      if (missing.length) errs.push(`- ${at}: missing property${missing.length > 1 ? 'ies' : ''} ${missing.map((k) => `'${k}'`).join(', ')}`.replace('propertyies', 'properties'));
    }
    const props = isMap(s.properties) ? (s.properties as Record<string, Schema>) : {};
    for (const k of Object.keys(v).sort()) {
      if (props[k]) validate(v[k], props[k]!, [...path, k], errs);
      else if (s.additionalProperties === false) errs.push(`- ${at}: additional properties '${k}' not allowed`);
      else if (isMap(s.additionalProperties)) validate(v[k], s.additionalProperties as Schema, [...path, k], errs);
    }
  }
}

/** Validates values against a schema text; returns the error lines (empty when valid). */
export function validateSchema(values: unknown, schemaText: string): string[] {
  let schema: Schema;
  try {
    schema = JSON.parse(schemaText) as Schema;
  } catch (e) {
    return [`- invalid schema: ${(e as Error).message}`];
  }
  const errs: string[] = [];
  validate(values, schema, [], errs);
  return errs;
}
