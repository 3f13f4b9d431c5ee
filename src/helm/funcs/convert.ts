/**
 * Value conversions shared by Sprig families: strval (fmt %v with Stringer/[]byte rules),
 * strslice, and spf13/cast's ToInt64/ToFloat64 (what Sprig's int/int64/float64/add use).
 */
import { formatV } from '../template/go-fmt.js';
import { Int64, NO_VALUE } from '../template/values.js';

/** Sprig strval: strings as is, everything else through fmt %v. */
export function strval(v: unknown): string {
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return new TextDecoder().decode(v);
  return formatV(v === NO_VALUE || v === undefined ? null : v);
}

/** Sprig strslice: a list's non-nil elements as strings; a scalar becomes a one-element list. */
export function strslice(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((e) => e !== null && e !== undefined).map(strval);
  if (v === null || v === undefined) return [];
  return [strval(v)];
}

/** spf13/cast ToInt64: truncates floats, parses strings (base prefixes allowed), else 0. */
export function toInt64(v: unknown): bigint {
  if (v instanceof Int64) return v.v;
  switch (typeof v) {
    case 'bigint': return v;
    case 'number': return Number.isFinite(v) ? BigInt(Math.trunc(v)) : 0n;
    case 'boolean': return v ? 1n : 0n;
    case 'string': {
      let s = v.trim();
      if (/^[+-]?\d+\.0*$/.test(s)) s = s.replace(/\.0*$/, '');
      const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO]?[0-7_]*|[1-9][0-9_]*)$/.exec(s);
      if (!m) return 0n;
      let body = m[2]!.replace(/_/g, '');
      if (/^0[0-7]+$/.test(body)) body = '0o' + body.slice(1);
      else if (/^0[oO]/.test(body)) body = '0o' + body.slice(2);
      try {
        const n = BigInt(body);
        return m[1] === '-' ? -n : n;
      } catch {
        return 0n;
      }
    }
  }
  return 0n;
}

/** spf13/cast ToFloat64. */
export function toFloat64(v: unknown): number {
  if (v instanceof Int64) return Number(v.v);
  switch (typeof v) {
    case 'number': return v;
    case 'bigint': return Number(v);
    case 'boolean': return v ? 1 : 0;
    case 'string': {
      const s = v.trim();
      if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s) && !/^[+-]?(inf|infinity|nan)$/i.test(s)) return 0;
      return Number(s.replace(/^([+-]?)inf(inity)?$/i, '$1Infinity'));
    }
  }
  return 0;
}
