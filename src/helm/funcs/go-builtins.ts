/**
 * text/template's predefined functions (golang/go src/text/template/funcs.go): and, or, not,
 * len, index, slice, print*, eq/ne/lt/le/gt/ge, html, js, urlquery. Parameters typed
 * `reflect.Value` receive the raw value (NO_VALUE, IFACE_NIL or concrete).
 */
import { IFACE_NIL } from '../template/exec.js';
import { sprint, sprintf, sprintln } from '../template/go-fmt.js';
import { byteLen } from '../template/go-strings.js';
import { GoStruct, Int64, NO_VALUE, goTypeName, intOf, isMap, isTrue } from '../template/values.js';
import { fail, fixed, variadic, type FuncTable } from './func.js';

const R = 'reflect.Value';

function unwrap(v: unknown): unknown {
  return v === IFACE_NIL || v === null ? NO_VALUE : v;
}

type Kind = 'bool' | 'int' | 'float' | 'string' | 'invalid';
function basicKind(v: unknown): Kind {
  if (v instanceof Int64) return 'int';
  switch (typeof v) {
    case 'boolean': return 'bool';
    case 'bigint': return 'int';
    case 'number': return 'float';
    case 'string': return 'string';
  }
  return 'invalid';
}

function eq(a0: unknown, ...rest: unknown[]): boolean {
  const a = unwrap(a0);
  if (rest.length === 0) fail('missing argument for comparison');
  const k1 = basicKind(a);
  for (const b0 of rest) {
    const b = unwrap(b0);
    const k2 = basicKind(b);
    let truth = false;
    if (k1 !== k2) {
      if (a !== NO_VALUE && b !== NO_VALUE) fail('incompatible types for comparison');
    } else if (k1 === 'int') truth = intOf(a) === intOf(b);
    else if (k1 !== 'invalid') truth = a === b;
    else {
      // Both non-basic: nil compares equal to nil; maps and slices are not comparable.
      const an = a === NO_VALUE;
      const bn = b === NO_VALUE;
      if (an || bn) truth = an === bn;
      else if (Array.isArray(b) || isMap(b)) fail(sprintf('non-comparable type %s: %v', [b, goTypeName(b)]));
      else truth = a === b;
    }
    if (truth) return true;
  }
  return false;
}

function lt(a0: unknown, b0: unknown): boolean {
  const a = unwrap(a0);
  const b = unwrap(b0);
  const k1 = basicKind(a);
  if (k1 === 'invalid') fail('invalid type for comparison');
  const k2 = basicKind(b);
  if (k2 === 'invalid') fail('invalid type for comparison');
  if (k1 !== k2) fail('incompatible types for comparison');
  if (k1 === 'bool') fail('invalid type for comparison');
  if (k1 === 'string') return (a as string) < (b as string);
  if (k1 === 'int') return intOf(a)! < intOf(b)!;
  return (a as number) < (b as number);
}

function indexArg(idx: unknown, cap: number): number {
  const i = unwrap(idx);
  if (i === NO_VALUE) fail('cannot index slice/array with nil');
  const n = intOf(i);
  if (n === undefined) fail(`cannot index slice/array with type ${goTypeName(i)}`);
  if (n < 0n || n > BigInt(cap)) fail(`index out of range: ${n}`);
  return Number(n);
}

function index(item0: unknown, ...indexes: unknown[]): unknown {
  let item = unwrap(item0);
  if (item === NO_VALUE) fail('index of untyped nil');
  for (const idx0 of indexes) {
    if (item === NO_VALUE || item === IFACE_NIL) fail('index of nil pointer');
    if (Array.isArray(item) || typeof item === 'string') {
      const x = indexArg(idx0, item.length);
      if (x >= item.length) fail(`index out of range: ${x}`);
      item = typeof item === 'string' ? BigInt(new TextEncoder().encode(item)[x]!) : item[x];
      if (item === null) item = IFACE_NIL;
    } else if (isMap(item)) {
      const k = unwrap(idx0);
      if (k === NO_VALUE) fail('value is nil; should be of type string');
      if (typeof k !== 'string') fail(`value has type ${goTypeName(k)}; should be string`);
      const v = Object.prototype.hasOwnProperty.call(item, k) ? item[k] : null;
      item = v === null || v === undefined ? IFACE_NIL : v;
    } else fail(`can't index item of type ${goTypeName(item)}`);
  }
  return item;
}

function slice(item0: unknown, ...idx: unknown[]): unknown {
  const item = unwrap(item0);
  if (item === NO_VALUE) fail('slice of untyped nil');
  if (idx.length > 3) fail(`too many slice indexes: ${idx.length}`);
  if (typeof item !== 'string' && !Array.isArray(item)) fail(`can't slice item of type ${goTypeName(item)}`);
  if (typeof item === 'string' && idx.length === 3) fail('cannot 3-index slice a string');
  const len = typeof item === 'string' ? byteLen(item) : item.length;
  const x = [0, len];
  idx.forEach((v, i) => (x[i] = indexArg(v, len)));
  if (x[0]! > x[1]!) fail(`invalid slice index: ${x[0]} > ${x[1]}`);
  if (idx.length === 3) {
    const c = indexArg(idx[2], len);
    if (x[1]! > c) fail(`invalid slice index: ${x[1]} > ${c}`);
  }
  if (typeof item === 'string') return new TextDecoder().decode(new TextEncoder().encode(item).slice(x[0], x[1]));
  return item.slice(x[0], x[1]);
}

function length(v0: unknown): bigint {
  if (v0 === IFACE_NIL || v0 === null) fail('len of nil pointer');
  if (v0 === NO_VALUE) fail('reflect: call of reflect.Value.Type on zero Value');
  if (typeof v0 === 'string') return BigInt(byteLen(v0));
  if (Array.isArray(v0)) return BigInt(v0.length);
  if (v0 instanceof Uint8Array) return BigInt(v0.length);
  if (isMap(v0)) return BigInt(Object.keys(v0).length);
  fail(`len of type ${goTypeName(v0)}`);
}

function evalArgs(args: unknown[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(args.map((a) => (a === null ? null : a)));
}

function htmlEscape(s: string): string {
  return s.replace(/[\0"'&<>]/g, (c) => ({ '\0': '\uFFFD', '"': '&#34;', "'": '&#39;', '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
}

function jsEscape(s: string): string {
  let out = '';
  for (const c of s) {
    const cp = c.codePointAt(0)!;
    if (c === '\\') out += '\\\\';
    else if (c === "'") out += "\\'";
    else if (c === '"') out += '\\"';
    else if (c === '<') out += '\\u003C';
    else if (c === '>') out += '\\u003E';
    else if (c === '&') out += '\\u0026';
    else if (c === '=') out += '\\u003D';
    else if (cp < 0x20) out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
    else out += c;
  }
  return out;
}

function queryEscape(s: string): string {
  return encodeURIComponent(s).replace(/%20/g, '+').replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** Go's builtin template functions. */
export const goBuiltins: FuncTable = {
  and: variadic([R], R, () => NO_VALUE),
  or: variadic([R], R, () => NO_VALUE),
  not: fixed([R], (v: unknown) => !isTrue(unwrap(v) === NO_VALUE ? null : v)),
  len: fixed([R], length),
  index: variadic([R], R, index),
  slice: variadic([R], R, slice),
  print: variadic([], 'interface {}', (...a: unknown[]) => sprint(a)),
  printf: variadic(['string'], 'interface {}', (f: string, ...a: unknown[]) => sprintf(f, a)),
  println: variadic([], 'interface {}', (...a: unknown[]) => sprintln(a)),
  eq: variadic([R], R, eq),
  ne: fixed([R, R], (a: unknown, b: unknown) => !eq(a, b)),
  lt: fixed([R, R], lt),
  le: fixed([R, R], (a: unknown, b: unknown) => lt(a, b) || eq(a, b)),
  gt: fixed([R, R], (a: unknown, b: unknown) => !lt(a, b) && !eq(a, b)),
  ge: fixed([R, R], (a: unknown, b: unknown) => !lt(a, b)),
  html: variadic([], 'interface {}', (...a: unknown[]) => htmlEscape(evalArgs(a))),
  js: variadic([], 'interface {}', (...a: unknown[]) => jsEscape(evalArgs(a))),
  urlquery: variadic([], 'interface {}', (...a: unknown[]) => queryEscape(evalArgs(a))),
  call: variadic([R], R, (f: unknown) => fail(`non-function of type ${goTypeName(unwrap(f))}`)),
};

void GoStruct;
