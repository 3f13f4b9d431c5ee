/** Sprig numeric.go: int64 integer math (operands cast and truncated), float math, conversions. */
import { toFloat64, toInt64 } from './convert.js';
import { fail, fixed, variadic, type FuncTable } from './func.js';

const A = 'interface {}';

function wrap64(n: bigint): bigint {
  return BigInt.asIntN(64, n);
}

function decimalOp(a: unknown, rest: unknown[], f: (x: number, y: number) => number): number {
  // Sprig uses shopspring/decimal; rounding the result to 15 significant digits hides binary noise the same way.
  let acc = toFloat64(a);
  for (const b of rest) acc = f(acc, toFloat64(b));
  return Number(acc.toPrecision(15));
}

/** Sprig's math family. */
export const mathFuncs: FuncTable = {
  atoi: fixed(['string'], (s: string) => (/^[+-]?\d+$/.test(s) ? BigInt(s) : 0n)),
  int: fixed([A], (v: unknown) => toInt64(v)),
  int64: fixed([A], (v: unknown) => toInt64(v)),
  float64: fixed([A], (v: unknown) => toFloat64(v)),
  toDecimal: fixed([A], (v: unknown) => {
    const s = typeof v === 'string' ? v : String(v);
    return /^[+-]?[0-7]+$/.test(s) ? BigInt('0o' + s.replace(/^[+-]/, '')) * (s.startsWith('-') ? -1n : 1n) : 0n;
  }),
  add1: fixed([A], (v: unknown) => wrap64(toInt64(v) + 1n)),
  add: variadic([], A, (...v: unknown[]) => wrap64(v.reduce<bigint>((a, b) => a + toInt64(b), 0n))),
  sub: fixed([A, A], (a: unknown, b: unknown) => wrap64(toInt64(a) - toInt64(b))),
  div: fixed([A, A], (a: unknown, b: unknown) => {
    const d = toInt64(b);
    if (d === 0n) fail('runtime error: integer divide by zero');
    return toInt64(a) / d;
  }),
  mod: fixed([A, A], (a: unknown, b: unknown) => {
    const d = toInt64(b);
    if (d === 0n) fail('runtime error: integer divide by zero');
    return toInt64(a) % d;
  }),
  mul: variadic([A], A, (a: unknown, ...v: unknown[]) => wrap64(v.reduce<bigint>((x, b) => x * toInt64(b), toInt64(a)))),
  max: variadic([A], A, (a: unknown, ...v: unknown[]) => v.map(toInt64).reduce((x, y) => (y > x ? y : x), toInt64(a))),
  biggest: variadic([A], A, (a: unknown, ...v: unknown[]) => v.map(toInt64).reduce((x, y) => (y > x ? y : x), toInt64(a))),
  min: variadic([A], A, (a: unknown, ...v: unknown[]) => v.map(toInt64).reduce((x, y) => (y < x ? y : x), toInt64(a))),
  maxf: variadic([A], A, (a: unknown, ...v: unknown[]) => Math.max(toFloat64(a), ...v.map(toFloat64))),
  minf: variadic([A], A, (a: unknown, ...v: unknown[]) => Math.min(toFloat64(a), ...v.map(toFloat64))),
  add1f: fixed([A], (v: unknown) => decimalOp(v, [1], (x, y) => x + y)),
  addf: variadic([], A, (...v: unknown[]) => decimalOp(0, v, (x, y) => x + y)),
  subf: variadic([A], A, (a: unknown, ...v: unknown[]) => decimalOp(a, v, (x, y) => x - y)),
  mulf: variadic([A], A, (a: unknown, ...v: unknown[]) => decimalOp(a, v, (x, y) => x * y)),
  divf: variadic([A], A, (a: unknown, ...v: unknown[]) => decimalOp(a, v, (x, y) => x / y)),
  ceil: fixed([A], (v: unknown) => Math.ceil(toFloat64(v))),
  floor: fixed([A], (v: unknown) => Math.floor(toFloat64(v))),
  round: variadic([A, 'int'], 'float64', (a: unknown, p: bigint, ...r: number[]) => {
    const on = r.length ? r[0]! : 0.5;
    const pow = Math.pow(10, Number(p));
    const d = pow * toFloat64(a);
    const frac = d - Math.trunc(d);
    return (frac >= on ? Math.ceil(d) : Math.floor(d)) / pow;
  }),
};
