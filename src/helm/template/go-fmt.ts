/**
 * The parts of Go's fmt package templates reach: %v printing of template values (Print,
 * toString, interpolation), Sprint's spacing rule, and Sprintf with the common verbs, flags,
 * width and precision, including Go's `%!d(string=x)` / `%!s(MISSING)` complaints.
 */
import { formatFloatG } from './go-float.js';
import { goQuote, goQuoteRune } from './go-strings.js';
import { GoStruct, Int64, NO_VALUE, goTypeName, isMap, sortedKeys } from './values.js';

/** fmt's %v of one value (top level: nil prints `<nil>`). */
export function formatV(v: unknown): string {
  if (v === NO_VALUE) return '<no value>';
  if (v === null || v === undefined) return '<nil>';
  switch (typeof v) {
    case 'string': return v;
    case 'boolean': return v ? 'true' : 'false';
    case 'number': return formatFloatG(v);
    case 'bigint': return v.toString();
  }
  if (v instanceof Int64) return v.v.toString();
  if (Array.isArray(v)) return '[' + v.map(formatV).join(' ') + ']';
  if (v instanceof Uint8Array) return '[' + Array.from(v).join(' ') + ']';
  if (v instanceof GoStruct) {
    if (v.display) return v.display();
    const body = '{' + Object.values(v.fields).map(formatV).join(' ') + '}';
    return v.typeName.startsWith('*') ? '&' + body : body;
  }
  if (isMap(v)) return 'map[' + sortedKeys(v).map((k) => `${k}:${formatV(v[k])}`).join(' ') + ']';
  return String(v);
}

/** fmt.Sprint: operands joined, with a space between two operands when neither is a string. */
export function sprint(args: unknown[]): string {
  let out = '';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatV(a === NO_VALUE ? null : a);
  }
  return out;
}

/** fmt.Sprintln: always spaces, trailing newline. */
export function sprintln(args: unknown[]): string {
  return args.map((a) => formatV(a === NO_VALUE ? null : a)).join(' ') + '\n';
}

interface Spec {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  zero: boolean;
  space: boolean;
  width?: number;
  prec?: number;
}

function pad(s: string, sp: Spec): string {
  const w = sp.width ?? 0;
  const len = Array.from(s).length;
  if (len >= w) return s;
  if (sp.minus) return s + ' '.repeat(w - len);
  if (sp.zero) {
    const sign = /^[+-]/.test(s) ? s[0]! : '';
    return sign + '0'.repeat(w - len) + s.slice(sign.length);
  }
  return ' '.repeat(w - len) + s;
}

function bad(verb: string, v: unknown): string {
  if (v === null) return `%!${verb}(<nil>)`;
  return `%!${verb}(${goTypeName(v)}=${formatV(v)})`;
}

function fmtInt(n: bigint, verb: string, sp: Spec): string {
  const neg = n < 0n;
  const a = neg ? -n : n;
  let s: string;
  switch (verb) {
    case 'd': case 'v': s = a.toString(10); break;
    case 'x': s = a.toString(16); if (sp.sharp) s = '0x' + s; break;
    case 'X': s = a.toString(16).toUpperCase(); if (sp.sharp) s = '0X' + s; break;
    case 'o': s = a.toString(8); if (sp.sharp) s = '0' + s; break;
    case 'O': s = '0o' + a.toString(8); break;
    case 'b': s = a.toString(2); break;
    case 'c': return pad(String.fromCodePoint(Number(n)), sp);
    case 'q': return pad(goQuoteRune(Number(n)), sp);
    default: return bad(verb, n);
  }
  if (sp.prec !== undefined) s = s.padStart(sp.prec, '0');
  const sign = neg ? '-' : sp.plus ? '+' : sp.space ? ' ' : '';
  return pad(sign + s, { ...sp, zero: sp.zero && sp.prec === undefined && !sp.minus });
}

function fmtFloat(f: number, verb: string, sp: Spec): string {
  let s: string;
  const neg = f < 0 || Object.is(f, -0);
  const a = Math.abs(f);
  if (!Number.isFinite(f)) s = Number.isNaN(f) ? 'NaN' : 'Inf';
  else switch (verb) {
    case 'v': case 'g': s = sp.prec === undefined ? formatFloatG(a) : a.toPrecision(sp.prec).replace(/\.?0+(e|$)/, '$1'); break;
    case 'f': case 'F': s = a.toFixed(sp.prec ?? 6); break;
    case 'e': case 'E': {
      s = a.toExponential(sp.prec ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
      if (verb === 'E') s = s.toUpperCase();
      break;
    }
    default: return bad(verb, f);
  }
  if (Number.isNaN(f)) return pad(sp.plus ? '+NaN' : 'NaN', { ...sp, zero: false });
  const sign = neg ? '-' : sp.plus ? '+' : sp.space ? ' ' : '';
  return pad(sign + s, { ...sp, zero: sp.zero && !sp.minus && Number.isFinite(f) });
}

function fmtString(s: string, verb: string, sp: Spec): string {
  switch (verb) {
    case 's': case 'v': return pad(sp.prec !== undefined ? Array.from(s).slice(0, sp.prec).join('') : s, sp);
    case 'q': return pad(goQuote(s), sp);
    case 'x': return pad(Array.from(new TextEncoder().encode(s)).map((b) => b.toString(16).padStart(2, '0')).join(''), sp);
    case 'X': return pad(Array.from(new TextEncoder().encode(s)).map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(''), sp);
  }
  return bad(verb, s);
}

function fmtOne(v: unknown, verb: string, sp: Spec): string {
  if (verb === 'T') return pad(v === null ? '<nil>' : goTypeName(v), sp);
  if (v === NO_VALUE) v = null;
  if (v === null || v === undefined) return verb === 'v' || verb === 's' ? pad(verb === 'v' ? '<nil>' : '%!s(<nil>)', sp) : `%!${verb}(<nil>)`;
  if (typeof v === 'string') return fmtString(v, verb, sp);
  if (typeof v === 'bigint') return fmtInt(v, verb, sp);
  if (v instanceof Int64) return fmtInt(v.v, verb, sp);
  if (typeof v === 'number') return fmtFloat(v, verb, sp);
  if (typeof v === 'boolean') return verb === 'v' || verb === 't' ? pad(String(v), sp) : bad(verb, v);
  if (Array.isArray(v) && verb !== 'v') return '[' + v.map((e) => fmtOne(e, verb, sp)).join(' ') + ']';
  if (isMap(v) && verb !== 'v') return 'map[' + sortedKeys(v).map((k) => `${fmtOne(k, verb, sp)}:${fmtOne(v[k], verb, sp)}`).join(' ') + ']';
  return pad(formatV(v), sp);
}

/** fmt.Sprintf over template values. */
export function sprintf(format: string, args: unknown[]): string {
  let out = '';
  let argi = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c !== '%') {
      out += c;
      continue;
    }
    const sp: Spec = { minus: false, plus: false, sharp: false, zero: false, space: false };
    i++;
    for (; i < format.length; i++) {
      const f = format[i];
      if (f === '-') sp.minus = true;
      else if (f === '+') sp.plus = true;
      else if (f === '#') sp.sharp = true;
      else if (f === '0') sp.zero = true;
      else if (f === ' ') sp.space = true;
      else break;
    }
    let num = '';
    while (i < format.length && /[0-9]/.test(format[i]!)) num += format[i++];
    if (num) sp.width = parseInt(num, 10);
    if (format[i] === '.') {
      i++;
      let p = '';
      while (i < format.length && /[0-9]/.test(format[i]!)) p += format[i++];
      sp.prec = p ? parseInt(p, 10) : 0;
    }
    const verb = format[i];
    if (verb === undefined) {
      out += '%!(NOVERB)';
      break;
    }
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += fmtOne(args[argi++], verb, sp);
  }
  if (argi < args.length) {
    out += '%!(EXTRA ' + args.slice(argi).map((a) => (a === null || a === NO_VALUE ? '<nil>' : `${goTypeName(a)}=${formatV(a)}`)).join(', ') + ')';
  }
  return out;
}
