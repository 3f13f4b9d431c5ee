/**
 * Helm's own template functions that need no engine state (helm/helm pkg/engine/funcs.go):
 * toYaml/toYamlPretty/fromYaml/fromYamlArray/toJson/fromJson/fromJsonArray/toToml, plus
 * getHostByName (empty without --enable-dns).
 */
import { emitYaml } from '../yaml/emit.js';
import { parseYaml } from '../yaml/parse.js';
import { isMap } from '../template/values.js';
import { fixed, type FuncTable } from './func.js';
import { marshalJson, toJsonShape } from './json.js';

const A = 'interface {}';

/** Helm's toYamlPretty (yaml.v3 encoder, indent 2): like toYaml but sequences sit under their key. */
function toYamlPretty(v: unknown): string {
  try {
    const shape = toJsonShape(v);
    marshalJson(shape);
    return emitYaml(shape, { indentSequences: true }).replace(/\n$/, '');
  } catch {
    return '';
  }
}

/** Helm's toYaml: sigs.k8s.io/yaml.Marshal with the trailing newline trimmed; "" on error. */
export function toYaml(v: unknown): string {
  try {
    const shape = toJsonShape(v);
    marshalJson(shape); // rejects NaN/Inf like json.Marshal
    return emitYaml(shape).replace(/\n$/, '');
  } catch {
    return '';
  }
}

function toToml(v: unknown): string {
  // BurntSushi/toml encoding of a map: scalars first, then [tables]; enough for flat config.
  if (!isMap(v)) return '';
  const lines: string[] = [];
  const tables: string[] = [];
  const fmt = (x: unknown): string => (typeof x === 'string' ? JSON.stringify(x) : Array.isArray(x) ? `[${x.map(fmt).join(', ')}]` : String(x));
  for (const k of Object.keys(v).sort()) {
    const x = v[k];
    if (isMap(x)) tables.push(`\n[${k}]\n` + toToml(x));
    else lines.push(`${k} = ${fmt(x)}`);
  }
  return lines.map((l) => l + '\n').join('') + tables.join('');
}

/** Helm's data-format family. */
export const helmDataFuncs: FuncTable = {
  toYaml: fixed([A], toYaml),
  // go-yaml v3 with 2-space indent: sequences are indented under their key.
  toYamlPretty: fixed([A], toYamlPretty),
  fromYaml: fixed(['string'], (s: string) => {
    const r = parseYaml(s);
    if (!r.ok) return { Error: `error converting YAML to JSON: ${r.error}` };
    if (r.value === null) return {};
    if (!isMap(r.value)) return { Error: `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${Array.isArray(r.value) ? 'array' : typeof r.value} into Go value of type map[string]interface {}` };
    return r.value;
  }),
  fromYamlArray: fixed(['string'], (s: string) => {
    const r = parseYaml(s);
    if (!r.ok) return [`error converting YAML to JSON: ${r.error}`];
    if (r.value === null) return [];
    if (!Array.isArray(r.value)) return [`error unmarshaling JSON: while decoding JSON: json: cannot unmarshal object into Go value of type []interface {}`];
    return r.value;
  }),
  toJson: fixed([A], (v: unknown) => {
    try {
      return marshalJson(v);
    } catch {
      return '';
    }
  }),
  mustToJson: fixed([A], (v: unknown) => marshalJson(v)),
  fromJson: fixed(['string'], (s: string) => {
    try {
      const v = JSON.parse(s) as unknown;
      return isMap(v) ? v : { Error: `json: cannot unmarshal ${Array.isArray(v) ? 'array' : typeof v} into Go value of type map[string]interface {}` };
    } catch (e) {
      return { Error: (e as Error).message };
    }
  }),
  fromJsonArray: fixed(['string'], (s: string) => {
    try {
      const v = JSON.parse(s) as unknown;
      return Array.isArray(v) ? v : ['json: cannot unmarshal object into Go value of type []interface {}'];
    } catch (e) {
      return [(e as Error).message];
    }
  }),
  toToml: fixed([A], toToml),
  fromToml: fixed(['string'], () => ({ Error: 'fromToml is not supported in the simulator' })),
  getHostByName: fixed(['string'], () => ''),
};
