/**
 * YAML loading with Helm's typing (sigs.k8s.io/yaml → go-yaml v2 → JSON → interface{}):
 * YAML 1.1 booleans (yes/no/on/off/y/n), base-prefixed and octal ints, `~` null, timestamps kept
 * as strings, and every number a float64 (JS number). Keys become strings (`n:` → "false").
 */
import jsyaml from 'js-yaml';
import { goYamlMessage } from './go-errors.js';
import { resolvePlain } from './resolve.js';

function scalarType(tag: string, want: (t: string) => boolean): jsyaml.Type {
  return new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (data: unknown) => typeof data === 'string' && want(resolvePlain(data).tag),
    construct: (data: string) => resolvePlain(data).value,
  });
}

const nullType = new jsyaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: unknown) => data === null || (typeof data === 'string' && resolvePlain(data).tag === 'null'),
  construct: () => null,
});

/** A js-yaml schema that reads plain scalars the way go-yaml v2 does. */
export const HELM_YAML_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    nullType,
    scalarType('bool', (t) => t === 'bool'),
    scalarType('int', (t) => t === 'int'),
    scalarType('float', (t) => t === 'float'),
    (jsyaml as unknown as { types: { merge: jsyaml.Type } }).types.merge,
  ],
});

export type YamlResult = { ok: true; value: unknown } | { ok: false; error: string };

function goYamlError(e: unknown, text: string): string {
  if (e instanceof jsyaml.YAMLException) return goYamlMessage(text, e.reason, e.mark?.line ?? 0, e.mark?.position ?? 0);
  return String((e as Error).message ?? e);
}

/** Parses one YAML document into Go-typed data (numbers float64). Empty input → null. */
export function parseYaml(text: string): YamlResult {
  // `key: {{ x }}` is a flow mapping used as a key: go-yaml refuses it, js-yaml would stringify it.
  const braces = /^\s*(?:-\s+)*(?:[^\s#'"[{][^:#]*:\s+|-\s+)\{\{\s*([^:,{}"']*?)\s*\}\}\s*(#.*)?$/m.exec(text);
  if (braces) return { ok: false, error: `yaml: invalid map key: map[interface {}]interface {}{"${braces[1]}":interface {}(nil)}` };
  try {
    const v = jsyaml.load(text, { schema: HELM_YAML_SCHEMA, json: true });
    return { ok: true, value: v === undefined ? null : normalize(v) };
  } catch (e) {
    return { ok: false, error: goYamlError(e, text) };
  }
}

/** Parses all documents of a YAML stream. */
export function parseYamlAll(text: string): YamlResult {
  try {
    return { ok: true, value: jsyaml.loadAll(text, null, { schema: HELM_YAML_SCHEMA, json: true }).map(normalize) };
  } catch (e) {
    return { ok: false, error: goYamlError(e, text) };
  }
}

/** Parses YAML that must be a mapping (values files), like yaml.Unmarshal into map[string]interface{}. */
export function parseYamlMap(text: string): { ok: true; value: Record<string, unknown> } | { ok: false; error: string } {
  const r = parseYaml(text);
  if (!r.ok) return { ok: false, error: `error converting YAML to JSON: ${r.error}` };
  if (r.value === null) return { ok: true, value: {} };
  if (typeof r.value !== 'object' || Array.isArray(r.value)) {
    const kind = Array.isArray(r.value) ? 'array' : typeof r.value === 'string' ? 'string' : typeof r.value === 'boolean' ? 'bool' : 'number';
    return { ok: false, error: `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${kind} into Go value of type map[string]interface {}` };
  }
  return { ok: true, value: r.value as Record<string, unknown> };
}

/** Plain prototype-free copies; non-finite floats stay numbers. */
function normalize(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normalize);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object' && v !== null) {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v)) o[k] = normalize((v as Record<string, unknown>)[k]);
    return o;
  }
  return v;
}
