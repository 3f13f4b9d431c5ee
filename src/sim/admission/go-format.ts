/**
 * Go's fmt renderings that appear verbatim in API server messages: `%q` strings, `%+v`
 * of decoded JSON (map[string]interface{}), and `%#v` of the few typed values validation
 * errors print (≤1.33 renders complex bad values in Go syntax, apimachinery
 * pkg/util/validation/field/errors.go ErrorBody).
 */

/** Go's `%q` (strconv.Quote) of a string. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (c === 7) out += '\\a';
    else if (c === 8) out += '\\b';
    else if (c === 12) out += '\\f';
    else if (c === 11) out += '\\v';
    else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + '"';
}

/** `%v` of a float64/int64 decoded from JSON. */
function goNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  // Go's %v of float64 uses %g: shortest repr, exponent form for large/small magnitudes.
  const exp = Math.floor(Math.log10(Math.abs(n)));
  if (exp < -4 || exp >= 21) {
    const [m, e] = n.toExponential().split('e');
    const sign = e.startsWith('-') ? '-' : '+';
    const digits = e.replace(/^[-+]/, '').padStart(2, '0');
    return `${m}e${sign}${digits}`;
  }
  return String(n);
}

/**
 * `%+v` of a value decoded from JSON into interface{}: `map[a:1 b:[x y]]`, keys sorted
 * (fmt sorts map keys), strings bare, null as `<nil>`.
 */
export function goPlusV(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return goNumber(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(goPlusV).join(' ')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
  return `map[${keys.map((k) => `${k}:${goPlusV(o[k])}`).join(' ')}]`;
}

/** `%#v` of a map[string]string (labels, selectors): `map[string]string{"app":"web"}`. */
export function goStringMap(m: Record<string, string> | undefined | null): string {
  if (!m) return 'map[string]string(nil)';
  const keys = Object.keys(m).sort();
  return `map[string]string{${keys.map((k) => `${goQuote(k)}:${goQuote(String(m[k]))}`).join(', ')}}`;
}

function goStringSlice(s: string[] | undefined | null): string {
  if (!s) return '[]string(nil)';
  return `[]string{${s.map((x) => goQuote(String(x))).join(', ')}}`;
}

/** `%#v` of a metav1.LabelSelector (dereferenced pointer), as ≤1.33 validation prints it. */
export function goLabelSelector(sel: { matchLabels?: Record<string, string>; matchExpressions?: { key?: string; operator?: string; values?: string[] }[] } | undefined | null): string {
  if (!sel) return 'null';
  const exprs = sel.matchExpressions
    ? `[]v1.LabelSelectorRequirement{${sel.matchExpressions.map((e) => `v1.LabelSelectorRequirement{Key:${goQuote(e.key ?? '')}, Operator:${goQuote(e.operator ?? '')}, Values:${goStringSlice(e.values)}}`).join(', ')}}`
    : '[]v1.LabelSelectorRequirement(nil)';
  return `v1.LabelSelector{MatchLabels:${goStringMap(sel.matchLabels)}, MatchExpressions:${exprs}}`;
}

/** `%#v` of an intstr.IntOrString value (its String method has a pointer receiver, so %#v is used). */
export function goIntOrString(v: number | string | undefined | null): string {
  if (typeof v === 'string') return `intstr.IntOrString{Type:1, IntVal:0, StrVal:${goQuote(v)}}`;
  return `intstr.IntOrString{Type:0, IntVal:${typeof v === 'number' ? v : 0}, StrVal:""}`;
}

/** Renders a scalar bad value as field.Error does: strings %q, numbers and bools plain. */
export function goScalar(v: unknown): string {
  if (typeof v === 'string') return goQuote(v);
  if (v === null || v === undefined) return 'null';
  return String(v);
}
