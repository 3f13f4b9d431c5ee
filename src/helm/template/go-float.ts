/**
 * Go's shortest float64 formatting (strconv.FormatFloat(f, 'g', -1, 64), which fmt's %v also
 * uses): exponent form when the decimal exponent is < -4 or >= 6 (Go fixes the switch point at
 * 6 for the shortest form): `1000000` → `1e+06`, `0.00001` → `1e-05`, `1.5` → `1.5`, `3.0` → `3`.
 * JavaScript's String(n) only switches at 1e21, so it cannot be used.
 */
export function formatFloatG(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  // toExponential() without argument gives the shortest round-tripping digits.
  const e = f.toExponential();
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(e)!;
  const sign = m[1]!;
  const digits = m[2]! + (m[3] ?? '');
  const exp = parseInt(m[4]!, 10);
  if (exp < -4 || exp >= 6) {
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const ae = Math.abs(exp);
    return `${sign}${mant}e${exp < 0 ? '-' : '+'}${ae < 10 ? '0' : ''}${ae}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  if (digits.length <= exp + 1) return sign + digits + '0'.repeat(exp + 1 - digits.length);
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}
