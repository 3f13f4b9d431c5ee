/**
 * Masterminds/semver v3 versions and constraints as Sprig's semverCompare/semver use them:
 * partial versions, `v` prefix, x-ranges, `~ ^ = != > < >= <=`, hyphen ranges, `,`/space = AND,
 * `||` = OR, and the rule that a pre-release version only satisfies a constraint that itself
 * carries a pre-release (hence the `>=1.19-0` idiom).
 */
import { GoStruct } from '../template/values.js';
import { fail, fixed, type FuncTable } from './func.js';

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  pre: string;
  meta: string;
  original: string;
}

const VERSION = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;
const CV = String.raw`v?([0-9|x|X|\*]+)(\.[0-9|x|X|\*]+)?(\.[0-9|x|X|\*]+)?(-([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?(\+([0-9A-Za-z\-]+(\.[0-9A-Za-z\-]+)*))?`;
const OPS = String.raw`=||!=|>|<|>=|=>|<=|=<|~|~>|\^`;
const CONSTRAINT = new RegExp(String.raw`^\s*(${OPS})\s*(${CV})\s*$`);
const RANGE = new RegExp(String.raw`\s*(${CV})\s+-\s+(${CV})\s*`, 'g');
const FIND = new RegExp(String.raw`(${OPS})\s*(${CV})`, 'g');
const VALID = new RegExp(String.raw`^(\s*(${OPS})\s*(${CV})\s*)((?:\s+|,\s*)(${OPS})\s*(${CV})\s*)*$`);

/** Parses a version like NewVersion; undefined when invalid. */
export function parseSemver(s: string): SemVer | undefined {
  const m = VERSION.exec(s);
  if (!m) return undefined;
  return {
    major: Number(m[1]),
    minor: m[2] ? Number(m[2].slice(1)) : 0,
    patch: m[3] ? Number(m[3].slice(1)) : 0,
    pre: m[5] ?? '',
    meta: m[8] ?? '',
    original: s,
  };
}

function comparePre(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const ap = a.split('.');
  const bp = b.split('.');
  for (let i = 0; i < Math.max(ap.length, bp.length); i++) {
    const x = ap[i];
    const y = bp[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    if (xn && yn) return Number(x) < Number(y) ? -1 : 1;
    if (xn) return -1;
    if (yn) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Version.Compare. */
export function compareSemver(a: SemVer, b: SemVer): number {
  for (const k of ['major', 'minor', 'patch'] as const) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  return comparePre(a.pre, b.pre);
}

interface Con {
  op: string;
  con: SemVer;
  dirty: boolean;
  minorDirty: boolean;
  patchDirty: boolean;
}

const isX = (s: string | undefined): boolean => s === 'x' || s === 'X' || s === '*';

function parseCon(c: string): Con | string {
  const m = CONSTRAINT.exec(c);
  if (!m) return `improper constraint: ${c}`;
  const op = m[1]!;
  const major = m[3]!;
  const minor = m[4];
  const patch = m[5];
  const pre = m[6] ?? '';
  let ver = m[2]!;
  let dirty = false;
  let minorDirty = false;
  let patchDirty = false;
  if (isX(major) || major === '') {
    ver = `0.0.0${pre}`;
    dirty = true;
  } else if (isX(minor?.slice(1)) || !minor) {
    minorDirty = dirty = true;
    ver = `${major}.0.0${pre}`;
  } else if (isX(patch?.slice(1)) || !patch) {
    patchDirty = dirty = true;
    ver = `${major}${minor}.0${pre}`;
  }
  const con = parseSemver(ver);
  if (!con) return 'constraint Parser Error';
  return { op, con, dirty, minorDirty, patchDirty };
}

function check(v: SemVer, c: Con): boolean {
  const k = c.con;
  if (v.pre !== '' && k.pre === '') return false;
  const cmp = compareSemver(v, k);
  const tilde = (): boolean => {
    if (cmp < 0) return false;
    if (k.major === 0 && k.minor === 0 && k.patch === 0 && !c.minorDirty && !c.patchDirty) return true;
    if (v.major !== k.major) return false;
    return !(v.minor !== k.minor && !c.minorDirty);
  };
  switch (c.op) {
    case '': case '=': return c.dirty ? tilde() : cmp === 0;
    case '!=':
      if (c.dirty) {
        if (k.major !== v.major) return true;
        if (c.minorDirty) return false;
        if (k.minor !== v.minor) return true;
        if (c.patchDirty) return comparePre(v.pre, k.pre) !== 0;
      }
      return cmp !== 0;
    case '>':
      if (!c.dirty) return cmp === 1;
      if (v.major !== k.major) return v.major > k.major;
      if (c.minorDirty) return false;
      if (c.patchDirty) return v.minor > k.minor;
      return cmp === 1;
    case '<': return cmp < 0;
    case '>=': case '=>': return cmp >= 0;
    case '<=': case '=<':
      if (!c.dirty) return cmp <= 0;
      if (v.major > k.major) return false;
      return !(v.major === k.major && v.minor > k.minor && !c.minorDirty);
    case '~': case '~>': return tilde();
    case '^':
      if (cmp < 0) return false;
      if (k.major > 0 || c.minorDirty) return v.major === k.major;
      if (v.major > 0) return false;
      if (k.minor > 0 || c.patchDirty) return v.minor === k.minor;
      if (v.minor > 0) return false;
      return k.patch === v.patch;
  }
  return false;
}

/** Parses a constraint string; returns an error text on failure. */
export function parseConstraint(s: string): Con[][] | string {
  const rewritten = s.replace(RANGE, (_m, ...g: string[]) => `>= ${g[0]}, <= ${g[10]}`);
  const out: Con[][] = [];
  for (const part of rewritten.split('||')) {
    if (!VALID.test(part)) return `improper constraint: ${part}`;
    const found = part.match(FIND) ?? [part];
    const cons: Con[] = [];
    for (const f of found) {
      const c = parseCon(f);
      if (typeof c === 'string') return c;
      cons.push(c);
    }
    out.push(cons);
  }
  return out;
}

/** Constraints.Check. */
export function satisfies(v: SemVer, cs: Con[][]): boolean {
  return cs.some((and) => and.every((c) => check(v, c)));
}

function semverStruct(v: SemVer): GoStruct {
  const str = `${v.major}.${v.minor}.${v.patch}${v.pre ? '-' + v.pre : ''}${v.meta ? '+' + v.meta : ''}`;
  return new GoStruct('*semver.Version', {}, {
    Major: fixed([], () => BigInt(v.major)),
    Minor: fixed([], () => BigInt(v.minor)),
    Patch: fixed([], () => BigInt(v.patch)),
    Prerelease: fixed([], () => v.pre),
    Metadata: fixed([], () => v.meta),
    Original: fixed([], () => v.original),
    String: fixed([], () => str),
  }, () => str, () => str);
}

/** Sprig's semver family. */
export const semverFuncs: FuncTable = {
  semverCompare: fixed(['string', 'string'], (constraint: string, version: string) => {
    const cs = parseConstraint(constraint);
    if (typeof cs === 'string') fail(cs);
    const v = parseSemver(version);
    if (!v) fail('Invalid Semantic Version');
    return satisfies(v, cs);
  }),
  semver: fixed(['string'], (version: string) => {
    const v = parseSemver(version);
    if (!v) fail('Invalid Semantic Version');
    return semverStruct(v);
  }),
};
