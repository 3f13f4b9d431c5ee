/**
 * Go encoding/json for template values: Marshal (sorted keys, HTML-safe escapes, Go float
 * formatting) and Unmarshal into interface{} (all numbers float64), as toJson/fromJson use.
 */
import { GoStruct, Int64, NO_VALUE, isMap } from '../template/values.js';

function quoteJson(s: string, escapeHtml: boolean): string {
  let out = '"';
  for (const c of s) {
    const cp = c.codePointAt(0)!;
    if (c === '"') out += '\\"';
    else if (c === '\\') out += '\\\\';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (cp < 0x20) out += '\\u' + cp.toString(16).padStart(4, '0');
    else if (escapeHtml && (c === '<' || c === '>' || c === '&')) out += '\\u' + cp.toString(16).padStart(4, '0');
    else if (cp === 0x2028 || cp === 0x2029) out += '\\u' + cp.toString(16);
    else out += c;
  }
  return out + '"';
}

/** encoding/json's float64 text: %f-like between 1e-6 and 1e21, else exponent without padding. */
export function jsonFloat(f: number): string {
  if (!Number.isFinite(f)) throw new Error(`json: unsupported value: ${f}`);
  const a = Math.abs(f);
  if (a !== 0 && (a < 1e-6 || a >= 1e21)) {
    return f.toExponential().replace(/e([+-])(\d)$/, 'e$1$2');
  }
  return String(f).includes('e') ? f.toFixed(20).replace(/\.?0+$/, '') : String(f);
}

/** Converts a value to what json.Marshal would see (GoStruct → its JSON form). */
export function toJsonShape(v: unknown): unknown {
  if (v === NO_VALUE || v === undefined) return null;
  if (v instanceof GoStruct) return v.json ? v.json() : {};
  if (v instanceof Int64) return v.v;
  if (Array.isArray(v)) return v.map(toJsonShape);
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (isMap(v)) {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v)) o[k] = toJsonShape(v[k]);
    return o;
  }
  return v;
}

/** json.Marshal / MarshalIndent; throws on NaN/Inf like Go. */
export function marshalJson(v: unknown, indent = '', escapeHtml = true): string {
  const enc = (x: unknown, pre: string): string => {
    x = toJsonShape(x);
    if (x === null) return 'null';
    switch (typeof x) {
      case 'boolean': return x ? 'true' : 'false';
      case 'bigint': return x.toString();
      case 'number': return jsonFloat(x);
      case 'string': return quoteJson(x, escapeHtml);
    }
    const nl = indent ? '\n' + pre + indent : '';
    const end = indent ? '\n' + pre : '';
    const sep = indent ? ': ' : ':';
    if (Array.isArray(x)) {
      if (x.length === 0) return '[]';
      return '[' + x.map((e) => nl + enc(e, pre + indent)).join(',') + end + ']';
    }
    const m = x as Record<string, unknown>;
    const keys = Object.keys(m).sort();
    if (keys.length === 0) return '{}';
    return '{' + keys.map((k) => nl + quoteJson(k, escapeHtml) + sep + enc(m[k], pre + indent)).join(',') + end + '}';
  };
  return enc(v, '');
}

/** json.Unmarshal into interface{}: numbers become float64; throws SyntaxError-like messages. */
export function unmarshalJson(s: string): unknown {
  return JSON.parse(s) as unknown;
}
