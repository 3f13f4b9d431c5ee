/** Sprig string functions (Masterminds/sprig functions.go, strings.go): subject-last argument order. */
import { goQuote } from '../template/go-strings.js';
import { formatV } from '../template/go-fmt.js';
import { strslice, strval } from './convert.js';
import { fail, fixed, variadic, type FuncTable } from './func.js';

const S = 'string';
const I = 'int';
const A = 'interface {}';

const enc = new TextEncoder();
const dec = new TextDecoder();
/** Go slices strings by bytes; only non-ASCII strings need the UTF-8 detour. */
function byteSlice(s: string, start: number, end?: number): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s.slice(start, end);
  return dec.decode(enc.encode(s).slice(start, end));
}
function blen(s: string): number {
  return /^[\x00-\x7f]*$/.test(s) ? s.length : enc.encode(s).length;
}

function trunc(c: bigint, s: string): string {
  const n = Number(c);
  const len = blen(s);
  if (n < 0 && len + n > 0) return byteSlice(s, len + n);
  if (n >= 0 && len > n) return byteSlice(s, 0, n);
  return s;
}

function indent(spaces: bigint, v: string): string {
  if (spaces < 0n) fail('strings: negative Repeat count');
  const pad = ' '.repeat(Number(spaces));
  return pad + v.split('\n').join('\n' + pad);
}

function title(s: string): string {
  // strings.Title: upper-case the first letter of each word (words split on non-letters).
  return s.replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, pre: string, c: string) => pre + c.toUpperCase());
}

function goTrimSet(s: string, cut: string, left: boolean, right: boolean): string {
  const set = new Set(Array.from(cut));
  const ch = Array.from(s);
  let a = 0;
  let b = ch.length;
  if (left) while (a < b && set.has(ch[a]!)) a++;
  if (right) while (b > a && set.has(ch[b - 1]!)) b--;
  return ch.slice(a, b).join('');
}

function substr(start: bigint, end: bigint, s: string): string {
  const a = Number(start);
  const b = Number(end);
  if (a < 0) return byteSlice(s, 0, b);
  if (b < 0 || b > blen(s)) return byteSlice(s, a);
  return byteSlice(s, a, b);
}

function wrap(width: number, s: string, sep = '\n', wrapLong = false): string {
  // Apache commons WordUtils.wrap semantics as ported by goutils (used by Sprig's wrap).
  if (width < 1) width = 1;
  const out: string[] = [];
  let rest = s;
  while (rest.length > width) {
    if (rest[0] === ' ') {
      rest = rest.slice(1);
      continue;
    }
    let sp = rest.lastIndexOf(' ', width);
    if (sp > 0) {
      out.push(rest.slice(0, sp));
      rest = rest.slice(sp + 1);
    } else if (wrapLong) {
      out.push(rest.slice(0, width));
      rest = rest.slice(width);
    } else {
      sp = rest.indexOf(' ', width);
      if (sp < 0) break;
      out.push(rest.slice(0, sp));
      rest = rest.slice(sp + 1);
    }
  }
  out.push(rest);
  return out.join(sep);
}

function splitMap(parts: string[]): Record<string, unknown> {
  const m: Record<string, unknown> = {};
  parts.forEach((p, i) => (m['_' + i] = p));
  return m;
}

function goSplitN(s: string, sep: string, n: number): string[] {
  if (n === 0) return [];
  const all = sep === '' ? Array.from(s) : s.split(sep);
  if (n < 0 || all.length <= n) return all;
  return [...all.slice(0, n - 1), all.slice(n - 1).join(sep)];
}

/** Sprig's string family. */
export const stringFuncs: FuncTable = {
  trunc: fixed([I, S], trunc),
  trim: fixed([S], (s: string) => s.replace(/^[\s\u0085\u00a0]+|[\s\u0085\u00a0]+$/g, '')),
  upper: fixed([S], (s: string) => s.toUpperCase()),
  lower: fixed([S], (s: string) => s.toLowerCase()),
  title: fixed([S], title),
  untitle: fixed([S], (s: string) => (s ? s[0]!.toLowerCase() + s.slice(1) : s)),
  substr: fixed([I, I, S], substr),
  repeat: fixed([I, S], (n: bigint, s: string) => (n < 0n ? fail('strings: negative Repeat count') : s.repeat(Number(n)))),
  trimall: fixed([S, S], (a: string, b: string) => goTrimSet(b, a, true, true)),
  trimAll: fixed([S, S], (a: string, b: string) => goTrimSet(b, a, true, true)),
  trimSuffix: fixed([S, S], (a: string, b: string) => (a !== '' && b.endsWith(a) ? b.slice(0, b.length - a.length) : b)),
  trimPrefix: fixed([S, S], (a: string, b: string) => (b.startsWith(a) ? b.slice(a.length) : b)),
  nospace: fixed([S], (s: string) => s.replace(/\s/g, '')),
  initials: fixed([S], (s: string) => s.split(/\s+/).filter(Boolean).map((w) => Array.from(w)[0]).join('')),
  swapcase: fixed([S], (s: string) => Array.from(s).map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('')),
  snakecase: fixed([S], (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[-\s]+/g, '_').toLowerCase()),
  camelcase: fixed([S], (s: string) => s.split(/[_\s-]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('')),
  kebabcase: fixed([S], (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/[_\s]+/g, '-').toLowerCase()),
  wrap: fixed([I, S], (l: bigint, s: string) => wrap(Number(l), s)),
  wrapWith: fixed([I, S, S], (l: bigint, sep: string, s: string) => wrap(Number(l), s, sep, true)),
  contains: fixed([S, S], (sub: string, s: string) => s.includes(sub)),
  hasPrefix: fixed([S, S], (p: string, s: string) => s.startsWith(p)),
  hasSuffix: fixed([S, S], (p: string, s: string) => s.endsWith(p)),
  quote: variadic([], A, (...a: unknown[]) => a.filter((x) => x !== null).map((x) => goQuote(strval(x))).join(' ')),
  squote: variadic([], A, (...a: unknown[]) => a.filter((x) => x !== null).map((x) => `'${formatV(x)}'`).join(' ')),
  cat: variadic([], A, (...a: unknown[]) => a.filter((x) => x !== null).map((x) => formatV(x)).join(' ')),
  indent: fixed([I, S], indent),
  nindent: fixed([I, S], (n: bigint, s: string) => '\n' + indent(n, s)),
  replace: fixed([S, S, S], (o: string, n: string, s: string) => (o === '' ? Array.from(s).map((c) => n + c).join('') + n : s.split(o).join(n))),
  plural: fixed([S, S, I], (one: string, many: string, n: bigint) => (n === 1n ? one : many)),
  toString: fixed([A], (v: unknown) => strval(v)),
  split: fixed([S, S], (sep: string, s: string) => splitMap(goSplitN(s, sep, -1))),
  splitn: fixed([S, I, S], (sep: string, n: bigint, s: string) => splitMap(goSplitN(s, sep, Number(n)))),
  splitList: fixed([S, S], (sep: string, s: string) => goSplitN(s, sep, -1)),
  toStrings: fixed([A], (v: unknown) => strslice(v)),
  join: fixed([S, A], (sep: string, v: unknown) => strslice(v).join(sep)),
  abbrev: fixed([I, S], (w: bigint, s: string) => (Number(w) < 4 || s.length <= Number(w) ? s : s.slice(0, Number(w) - 3) + '...')),
  base: fixed([S], (p: string) => pathBase(p)),
  dir: fixed([S], (p: string) => pathDir(p)),
  ext: fixed([S], (p: string) => {
    const b = p.slice(p.lastIndexOf('/') + 1);
    const i = b.lastIndexOf('.');
    return i < 0 ? '' : b.slice(i);
  }),
  clean: fixed([S], (p: string) => pathClean(p)),
  isAbs: fixed([S], (p: string) => p.startsWith('/')),
};

function pathClean(p: string): string {
  if (p === '') return '.';
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length && out[out.length - 1] !== '..') out.pop();
      else if (!abs) out.push('..');
    } else out.push(part);
  }
  const s = (abs ? '/' : '') + out.join('/');
  return s === '' ? '.' : s;
}
function pathBase(p: string): string {
  if (p === '') return '.';
  p = p.replace(/\/+$/, '');
  if (p === '') return '/';
  return p.slice(p.lastIndexOf('/') + 1);
}
function pathDir(p: string): string {
  const i = p.lastIndexOf('/');
  return pathClean(p.slice(0, i + 1));
}
