/** Sprig numeric.go: int64 integer math (operands cast and truncated), float math, conversions. */
import { Int64 } from '../template/values.js';
import { toFloat64, toInt64 } from './convert.js';
import { decimalOp } from './decimal.js';
import { fail, fixed, variadic, type FuncTable } from './func.js';

const A = 'interface {}';

function wrap64(n: bigint): Int64 {
  return new Int64(BigInt.asIntN(64, n));
}

function dec(op: 'add' | 'sub' | 'mul' | 'div', a: unknown, rest: unknown[]): number {
  try {
    return decimalOp(op, toFloat64(a), rest.map(toFloat64));
  } catch (e) {
    return fail((e as Error).message);
  }
}

/** Sprig's math family. */
export const mathFuncs: FuncTable = {
  atoi: fixed(['string'], (s: string) => (/^[+-]?\d+$/.test(s) ? BigInt(s) : 0n)),
  int: fixed([A], (v: unknown) => toInt64(v)),
  int64: fixed([A], (v: unknown) => new Int64(toInt64(v))),
  float64: fixed([A], (v: unknown) => toFloat64(v)),
  toDecimal: fixed([A], (v: unknown) => {
    const s = typeof v === 'string' ? v : String(v);
    return new Int64(/^[+-]?[0-7]+$/.test(s) ? BigInt('0o' + s.replace(/^[+-]/, '')) * (s.startsWith('-') ? -1n : 1n) : 0n);
  }),
  add1: fixed([A], (v: unknown) => wrap64(toInt64(v) + 1n)),
  add: variadic([], A, (...v: unknown[]) => wrap64(v.reduce<bigint>((a, b) => a + toInt64(b), 0n))),
  sub: fixed([A, A], (a: unknown, b: unknown) => wrap64(toInt64(a) - toInt64(b))),
  div: fixed([A, A], (a: unknown, b: unknown) => {
    const d = toInt64(b);
    if (d === 0n) fail('runtime error: integer divide by zero');
    return wrap64(toInt64(a) / d);
  }),
  mod: fixed([A, A], (a: unknown, b: unknown) => {
    const d = toInt64(b);
    if (d === 0n) fail('runtime error: integer divide by zero');
    return wrap64(toInt64(a) % d);
  }),
  mul: variadic([A], A, (a: unknown, ...v: unknown[]) => wrap64(v.reduce<bigint>((x, b) => x * toInt64(b), toInt64(a)))),
  max: variadic([A], A, (a: unknown, ...v: unknown[]) => wrap64(v.map(toInt64).reduce((x, y) => (y > x ? y : x), toInt64(a)))),
  biggest: variadic([A], A, (a: unknown, ...v: unknown[]) => wrap64(v.map(toInt64).reduce((x, y) => (y > x ? y : x), toInt64(a)))),
  min: variadic([A], A, (a: unknown, ...v: unknown[]) => wrap64(v.map(toInt64).reduce((x, y) => (y < x ? y : x), toInt64(a)))),
  maxf: variadic([A], A, (a: unknown, ...v: unknown[]) => Math.max(toFloat64(a), ...v.map(toFloat64))),
  minf: variadic([A], A, (a: unknown, ...v: unknown[]) => Math.min(toFloat64(a), ...v.map(toFloat64))),
  add1f: fixed([A], (v: unknown) => dec('add', v, [1])),
  addf: variadic([], A, (...v: unknown[]) => dec('add', 0, v)),
  subf: variadic([A], A, (a: unknown, ...v: unknown[]) => dec('sub', a, v)),
  mulf: variadic([A], A, (a: unknown, ...v: unknown[]) => dec('mul', a, v)),
  divf: variadic([A], A, (a: unknown, ...v: unknown[]) => dec('div', a, v)),
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
