/**
 * Sprig functions that are random or read the clock (randAlphaNum, uuidv4, now, date, …).
 * In the simulator they draw from the injected seeded generator and virtual clock, so a
 * render is reproducible byte for byte.
 */
import { GoStruct } from '../template/values.js';
import { toInt64 } from './convert.js';
import { fail, fixed, variadic, type FuncTable } from './func.js';

/** Time and randomness a render may use. */
export interface FuncEnv {
  /** Current time in ms since the epoch (the virtual clock). */
  nowMs(): number;
  /** A uniform number in [0, 1) from the seeded generator. */
  random(): number;
}

const ALPHA = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';

function pick(env: FuncEnv, alphabet: string, n: bigint): string {
  let s = '';
  for (let i = 0n; i < n; i++) s += alphabet[Math.floor(env.random() * alphabet.length)];
  return s;
}

/** Go's time.Time as templates see it (prints like time.Time.String in UTC). */
export function goTime(ms: number): GoStruct {
  const d = new Date(ms);
  const iso = d.toISOString();
  const frac = iso.slice(20, 23).replace(/0+$/, '');
  const text = `${iso.slice(0, 10)} ${iso.slice(11, 19)}${frac ? '.' + frac : ''} +0000 UTC`;
  return new GoStruct('time.Time', {}, {
    Unix: fixed([], () => BigInt(Math.floor(ms / 1000))),
    UnixNano: fixed([], () => BigInt(ms) * 1000000n),
    Year: fixed([], () => BigInt(d.getUTCFullYear())),
    String: fixed([], () => text),
  }, () => iso.replace(/\.000Z$/, 'Z'), () => text);
}

function timeMs(v: unknown, env: FuncEnv): number {
  if (v instanceof GoStruct && v.typeName === 'time.Time') return Number((v.methods.UnixNano!.fn() as bigint) / 1000000n);
  if (typeof v === 'bigint' || typeof v === 'number') return Number(v) * 1000;
  return env.nowMs();
}

/** Go reference-time layout → formatted UTC date (the common layout tokens only). */
export function goDateFormat(layout: string, ms: number): string {
  const d = new Date(ms);
  const p2 = (n: number): string => String(n).padStart(2, '0');
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const table: [string, () => string][] = [
    ['2006', () => String(d.getUTCFullYear())],
    ['January', () => months[d.getUTCMonth()]!],
    ['Jan', () => months[d.getUTCMonth()]!.slice(0, 3)],
    ['Monday', () => days[d.getUTCDay()]!],
    ['Mon', () => days[d.getUTCDay()]!.slice(0, 3)],
    ['MST', () => 'UTC'],
    ['Z07:00', () => 'Z'],
    ['-07:00', () => '+00:00'],
    ['-0700', () => '+0000'],
    ['01', () => p2(d.getUTCMonth() + 1)],
    ['02', () => p2(d.getUTCDate())],
    ['_2', () => String(d.getUTCDate()).padStart(2, ' ')],
    ['15', () => p2(d.getUTCHours())],
    ['03', () => p2(d.getUTCHours() % 12 || 12)],
    ['04', () => p2(d.getUTCMinutes())],
    ['05', () => p2(d.getUTCSeconds())],
    ['06', () => p2(d.getUTCFullYear() % 100)],
    ['PM', () => (d.getUTCHours() >= 12 ? 'PM' : 'AM')],
    ['.000', () => '.' + String(d.getUTCMilliseconds()).padStart(3, '0')],
    ['1', () => String(d.getUTCMonth() + 1)],
    ['2', () => String(d.getUTCDate())],
    ['3', () => String(d.getUTCHours() % 12 || 12)],
    ['4', () => String(d.getUTCMinutes())],
    ['5', () => String(d.getUTCSeconds())],
  ];
  let out = '';
  let i = 0;
  outer: while (i < layout.length) {
    for (const [tok, f] of table) {
      if (layout.startsWith(tok, i)) {
        out += f();
        i += tok.length;
        continue outer;
      }
    }
    out += layout[i++];
  }
  return out;
}

function uuid(env: FuncEnv): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(env.random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 3) | 8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Sprig's random and date functions bound to an environment. */
export function randomFuncs(env: FuncEnv): FuncTable {
  const A = 'interface {}';
  return {
    randAlphaNum: fixed(['int'], (n: bigint) => pick(env, ALPHA + DIGITS, n)),
    randAlpha: fixed(['int'], (n: bigint) => pick(env, ALPHA, n)),
    randNumeric: fixed(['int'], (n: bigint) => pick(env, DIGITS, n)),
    randAscii: fixed(['int'], (n: bigint) => pick(env, Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).join(''), n)),
    randInt: fixed(['int', 'int'], (min: bigint, max: bigint) => {
      if (max <= min) fail('invalid argument to Intn');
      return min + BigInt(Math.floor(env.random() * Number(max - min)));
    }),
    shuffle: fixed(['string'], (s: string) => {
      const c = Array.from(s);
      for (let i = c.length - 1; i > 0; i--) {
        const j = Math.floor(env.random() * (i + 1));
        [c[i], c[j]] = [c[j]!, c[i]!];
      }
      return c.join('');
    }),
    uuidv4: fixed([], () => uuid(env)),
    now: fixed([], () => goTime(env.nowMs())),
    unixEpoch: fixed(['time.Time'], (t: unknown) => String(Math.floor(timeMs(t, env) / 1000))),
    date: fixed(['string', A], (fmt: string, t: unknown) => goDateFormat(fmt, timeMs(t, env))),
    dateInZone: fixed(['string', A, 'string'], (fmt: string, t: unknown) => goDateFormat(fmt, timeMs(t, env))),
    date_in_zone: fixed(['string', A, 'string'], (fmt: string, t: unknown) => goDateFormat(fmt, timeMs(t, env))),
    htmlDate: fixed([A], (t: unknown) => goDateFormat('2006-01-02', timeMs(t, env))),
    htmlDateInZone: fixed([A, 'string'], (t: unknown) => goDateFormat('2006-01-02', timeMs(t, env))),
    ago: fixed([A], () => '0s'),
    duration: fixed([A], (v: unknown) => `${toInt64(v)}s`),
    genPrivateKey: fixed(['string'], () => fail('genPrivateKey is not supported in the simulator')),
    genCA: fixed(['string', 'int'], () => fail('genCA is not supported in the simulator')),
    genSelfSignedCert: variadic(['string', '[]interface {}', '[]interface {}', 'int'], A, () => fail('genSelfSignedCert is not supported in the simulator')),
    genSignedCert: variadic(['string', '[]interface {}', '[]interface {}', 'int', A], A, () => fail('genSignedCert is not supported in the simulator')),
    htpasswd: fixed(['string', 'string'], () => fail('htpasswd is not supported in the simulator')),
    bcrypt: fixed(['string'], () => fail('bcrypt is not supported in the simulator')),
    derivePassword: fixed(['int', 'string', 'string', 'string', 'string'], () => fail('derivePassword is not supported in the simulator')),
    encryptAES: fixed(['string', 'string'], () => fail('encryptAES is not supported in the simulator')),
    decryptAES: fixed(['string', 'string'], () => fail('decryptAES is not supported in the simulator')),
  };
}
