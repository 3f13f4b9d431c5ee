/**
 * resource.Quantity's canonical form, which the API server writes back
 * (k8s.io/apimachinery pkg/api/resource/quantity.go CanonicalizeBytes): `0.5` → `500m`,
 * `1024Mi` → `1Gi`, `1.5Gi` → `1536Mi`, `2000` → `2k`. The suffix family (decimal SI,
 * binary SI, exponent) is kept; values are exact (BigInt), rounded up to nano precision.
 */

const DEC_SUFFIX: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const DEC_BY_EXP: Record<number, string> = { [-9]: 'n', [-6]: 'u', [-3]: 'm', 0: '', 3: 'k', 6: 'M', 9: 'G', 12: 'T', 15: 'P', 18: 'E' };
const BIN_SUFFIX: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const BIN_BY_POW = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** Value as numerator / 10^scale, with 0 ≤ scale ≤ 9 (rounded up, away from zero for positives). */
interface Exact { num: bigint; scale: number }

function decimalForm(v: Exact, exponentStyle: boolean): string {
  if (v.num === 0n) return '0';
  for (let e = 18; e >= -9; e -= 3) {
    const t = e + v.scale;
    let m: bigint;
    if (t >= 0) {
      const div = pow10(t);
      if (v.num % div !== 0n) continue;
      m = v.num / div;
    } else {
      m = v.num * pow10(-t);
    }
    if (exponentStyle) return e === 0 ? `${m}` : `${m}e${e}`;
    return `${m}${DEC_BY_EXP[e]}`;
  }
  return `${v.num}`;
}

/** Canonical text of a quantity, or the input unchanged when it does not parse. */
export function canonicalQuantity(q: string | number): string | number {
  const text = String(q).trim();
  const m = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][-+]?[0-9]+)?$/.exec(text);
  if (!m || (m[2] === '' && !m[3])) return q;
  const sign = m[1] === '-' ? -1n : 1n;
  const frac = m[3] ?? '';
  const mant = BigInt((m[2] || '0') + frac) * sign;
  const suffix = m[4] ?? '';
  let num: bigint;
  let scale: number;
  let style: 'dec' | 'bin' | 'exp' = 'dec';
  if (suffix in BIN_SUFFIX) {
    style = 'bin';
    num = mant * 1024n ** BigInt(BIN_SUFFIX[suffix]);
    scale = frac.length;
  } else {
    let exp: number;
    if (/^[eE]/.test(suffix)) { style = 'exp'; exp = Number(suffix.slice(1)); } else exp = DEC_SUFFIX[suffix];
    const e = exp - frac.length;
    if (e >= 0) { num = mant * pow10(e); scale = 0; } else { num = mant; scale = -e; }
  }
  if (scale > 9) {
    // Round up to nano precision (Quantity keeps at most 9 fractional digits).
    const div = pow10(scale - 9);
    const q0 = num / div;
    num = num % div === 0n ? q0 : q0 + (num > 0n ? 1n : 0n);
    scale = 9;
  }
  // Normalise away trailing zeros of the scale.
  while (scale > 0 && num % 10n === 0n) { num /= 10n; scale--; }
  if (style === 'bin') {
    const whole = scale === 0;
    if (!whole || (num > -1024n && num < 1024n)) return decimalForm({ num, scale }, false);
    let pow = 0;
    let v = num;
    while (pow < 6 && v % 1024n === 0n && v !== 0n) { v /= 1024n; pow++; }
    return `${v}${BIN_BY_POW[pow]}`;
  }
  return decimalForm({ num, scale }, style === 'exp');
}
