/**
 * How Go prints values that kubectl's printers pass through: fmt's %v for floats,
 * encoding/json's compact and indented output (sorted map keys, HTML-safe escapes), and
 * %#v of decoded JSON (used in jsonpath error messages).
 */

/**
 * strconv.FormatFloat(f, 'g', -1, 64), also fmt's %v of a float64: shortest digits,
 * exponent form when the decimal exponent is < -4 or >= 6 (`1.2345675e+06`, `1e-05`).
 */
export function goFloatG(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (!Number.isFinite(f)) return f > 0 ? '+Inf' : '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const [mant, expStr] = f.toExponential().split('e');
  const exp = Number(expStr);
  if (exp < -4 || exp >= 6) return `${mant}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return String(f);
}

/** A number as Go prints a decoded JSON value: int64 when integral, else float64 %v. */
export function goNumber(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? String(n) : goFloatG(n);
}

/** encoding/json's string escaping (HTMLEscape on: <, >, & and U+2028/2029 as \u00XX). */
export function goJsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

/** encoding/json number output: 'f' format unless the exponent is < -6 or >= 21. */
function goJsonNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const abs = Math.abs(n);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) return n.toExponential().replace(/e([+-])(\d)$/, 'e$1$2');
  return String(n);
}

const sortedKeys = (o: object) => Object.keys(o).sort();

/** json.Marshal (compact) of decoded JSON: map keys sorted. */
export function goJsonCompact(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return goJsonString(v);
  if (typeof v === 'number') return goJsonNumber(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(goJsonCompact).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${sortedKeys(o).map((k) => `${goJsonString(k)}:${goJsonCompact(o[k])}`).join(',')}}`;
}

/** json.MarshalIndent(v, prefix, indent): empty maps/slices print as {} and []. */
export function goJsonIndent(v: unknown, indent = '    ', level = 0): string {
  if (v === null || typeof v !== 'object') return goJsonCompact(v);
  const pad = indent.repeat(level + 1);
  const end = indent.repeat(level);
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    return `[\n${v.map((x) => pad + goJsonIndent(x, indent, level + 1)).join(',\n')}\n${end}]`;
  }
  const o = v as Record<string, unknown>;
  const keys = sortedKeys(o);
  if (!keys.length) return '{}';
  return `{\n${keys.map((k) => `${pad}${goJsonString(k)}: ${goJsonIndent(o[k], indent, level + 1)}`).join(',\n')}\n${end}}`;
}

/** strconv.Quote: Go double-quoted string literal. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const esc: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\v': '\\v' };
    if (esc[ch]) out += esc[ch];
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + '"';
}

/** fmt's %#v of a value decoded from JSON into interface{} (int64 for integers). */
export function goSyntax(v: unknown): string {
  if (v === null || v === undefined) return 'interface {}(nil)';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number') return goNumber(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[]interface {}{${v.map((x) => goSyntax(x)).join(', ')}}`;
  const o = v as Record<string, unknown>;
  return `map[string]interface {}{${sortedKeys(o).map((k) => `${goQuote(k)}:${goSyntax(o[k])}`).join(', ')}}`;
}
