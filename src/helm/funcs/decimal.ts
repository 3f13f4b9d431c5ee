/**
 * The slice of shopspring/decimal that Sprig's addf/subf/mulf/divf use: floats converted to
 * their shortest decimal form, exact add/sub/mul, division rounded (half away from zero) to
 * 16 fractional digits, then back to float64. This is why `divf 1 3` prints
 * 0.3333333333333333 and `mulf 1.1 3` prints 3.3.
 */

interface Dec {
  m: bigint;
  /** value = m × 10^-s */
  s: number;
}

const DIVISION_PRECISION = 16;

function fromFloat(f: number): Dec {
  const t = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(f));
  if (!t) return { m: 0n, s: 0 };
  const frac = t[3] ?? '';
  let m = BigInt(t[2]! + frac);
  let s = frac.length - Number(t[4] ?? 0);
  if (s < 0) {
    m *= 10n ** BigInt(-s);
    s = 0;
  }
  return { m: t[1] === '-' ? -m : m, s };
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const s = Math.max(a.s, b.s);
  return [a.m * 10n ** BigInt(s - a.s), b.m * 10n ** BigInt(s - b.s), s];
}

function toFloat(d: Dec): number {
  const neg = d.m < 0n;
  const digits = (neg ? -d.m : d.m).toString().padStart(d.s + 1, '0');
  const text = d.s > 0 ? `${digits.slice(0, digits.length - d.s)}.${digits.slice(digits.length - d.s)}` : digits;
  return Number((neg ? '-' : '') + text);
}

/** Applies a decimal operation over float operands the way Sprig's execDecimalOp does. */
export function decimalOp(op: 'add' | 'sub' | 'mul' | 'div', a: number, rest: number[]): number {
  let acc = fromFloat(a);
  for (const x of rest) {
    const b = fromFloat(x);
    if (op === 'mul') acc = { m: acc.m * b.m, s: acc.s + b.s };
    else if (op === 'div') {
      if (b.m === 0n) throw new Error('decimal division by 0');
      // (acc.m / 10^acc.s) / (b.m / 10^b.s) scaled to DIVISION_PRECISION digits.
      const num = acc.m * 10n ** BigInt(DIVISION_PRECISION + b.s);
      const den = b.m * 10n ** BigInt(acc.s);
      let q = num / den;
      const r = num % den;
      const absR2 = (r < 0n ? -r : r) * 2n;
      const absDen = den < 0n ? -den : den;
      if (absR2 >= absDen) q += (num < 0n) !== (den < 0n) ? -1n : 1n;
      acc = { m: q, s: DIVISION_PRECISION };
    } else {
      const [x1, y1, s] = align(acc, b);
      acc = { m: op === 'add' ? x1 + y1 : x1 - y1, s };
    }
  }
  return toFloat(acc);
}
