/**
 * What a plain YAML scalar would resolve to under go-yaml v2's rules (YAML 1.1 booleans,
 * base-prefixed ints, base-60 floats, timestamps).
 */

export type ResolvedScalar =
  | { tag: 'str'; value: string }
  | { tag: 'bool'; value: boolean }
  | { tag: 'null'; value: null }
  | { tag: 'int'; value: number }
  | { tag: 'float'; value: number }
  | { tag: 'merge'; value: string }
  | { tag: 'timestamp'; value: string };

const FIXED: Record<string, ResolvedScalar> = {};
function fixed(words: string[], r: ResolvedScalar): void {
  for (const w of words) FIXED[w] = r;
}
fixed(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'], { tag: 'bool', value: true });
fixed(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'], { tag: 'bool', value: false });
fixed(['', '~', 'null', 'Null', 'NULL'], { tag: 'null', value: null });
fixed(['.nan', '.NaN', '.NAN'], { tag: 'float', value: NaN });
fixed(['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'], { tag: 'float', value: Infinity });
fixed(['-.inf', '-.Inf', '-.INF'], { tag: 'float', value: -Infinity });
fixed(['<<'], { tag: 'merge', value: '<<' });

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const TIMESTAMP = [
  /^\d{4}-\d{1,2}-\d{1,2}$/,
  /^\d{4}-\d{1,2}-\d{1,2}[Tt ]\d{1,2}:\d{1,2}:\d{1,2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})?$/,
];

/** Go's strconv.ParseInt(s, 0, 64) accepted forms (sign, 0x/0o/0b prefixes, leading-0 octal). */
function parseGoInt(s: string): number | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[1-9][0-9]*|0)$/.exec(s);
  if (!m) return undefined;
  const sign = m[1] === '-' ? -1 : 1;
  const body = m[2]!;
  let v: number;
  if (/^0[xX]/.test(body)) v = parseInt(body.slice(2), 16);
  else if (/^0[bB]/.test(body)) v = parseInt(body.slice(2), 2);
  else if (/^0[oO]/.test(body)) v = parseInt(body.slice(2), 8);
  else if (body.length > 1 && body[0] === '0') v = parseInt(body.slice(1), 8);
  else v = parseInt(body, 10);
  return sign * v;
}

/** Resolves a plain (unquoted) scalar the way go-yaml v2's `resolve("", s)` does. */
export function resolvePlain(s: string): ResolvedScalar {
  const f = FIXED[s];
  if (f) return f;
  const c = s.charCodeAt(0);
  const isDigit = c >= 48 && c <= 57;
  if (s[0] === '.') {
    const v = Number(s);
    if (YAML_STYLE_FLOAT.test(s) && !Number.isNaN(v)) return { tag: 'float', value: v };
    return { tag: 'str', value: s };
  }
  if (isDigit || s[0] === '+' || s[0] === '-') {
    if (TIMESTAMP.some((r) => r.test(s))) return { tag: 'timestamp', value: s };
    const plain = s.replace(/_/g, '');
    const i = parseGoInt(plain);
    if (i !== undefined) return { tag: 'int', value: i };
    if (YAML_STYLE_FLOAT.test(plain)) return { tag: 'float', value: Number(plain) };
    if (/^-0b[01]+$/.test(plain)) return { tag: 'int', value: -parseInt(plain.slice(3), 2) };
  }
  return { tag: 'str', value: s };
}
