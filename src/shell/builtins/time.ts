/**
 * `sleep` moves the simulated cluster's virtual time forward (controllers and kubelets act
 * as time passes); `date` prints virtual time, GNU style, always in UTC.
 */
import type { Builtin } from '../state.js';

const UNIT_MS: Record<string, number> = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** GNU sleep operands: `30`, `30s`, `1.5m`, `2h`, `1d`; undefined when invalid. */
export function parseSleep(arg: string): number | undefined {
  const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(arg);
  if (!m) return undefined;
  return Math.round(Number(m[1]) * UNIT_MS[m[2]]);
}

export const sleep: Builtin = (ctx) => {
  if (!ctx.args.length) {
    ctx.err("sleep: missing operand\nTry 'sleep --help' for more information.\n");
    return 1;
  }
  let total = 0;
  for (const a of ctx.args) {
    const ms = parseSleep(a);
    if (ms === undefined) {
      ctx.err(`sleep: invalid time interval ‘${a}’\nTry 'sleep --help' for more information.\n`);
      return 1;
    }
    total += ms;
  }
  ctx.shell.cluster.advance(total);
  return 0;
};

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const p2 = (n: number): string => String(n).padStart(2, '0');

/** strftime conversions GNU date supports, for a UTC instant. */
const CONVERSIONS: Record<string, (d: Date) => string> = {
  a: (d) => DAYS[d.getUTCDay()].slice(0, 3),
  A: (d) => DAYS[d.getUTCDay()],
  b: (d) => MONTHS[d.getUTCMonth()].slice(0, 3),
  h: (d) => MONTHS[d.getUTCMonth()].slice(0, 3),
  B: (d) => MONTHS[d.getUTCMonth()],
  d: (d) => p2(d.getUTCDate()),
  e: (d) => String(d.getUTCDate()).padStart(2),
  H: (d) => p2(d.getUTCHours()),
  I: (d) => p2(d.getUTCHours() % 12 || 12),
  M: (d) => p2(d.getUTCMinutes()),
  S: (d) => p2(d.getUTCSeconds()),
  N: (d) => String(d.getUTCMilliseconds() * 1_000_000).padStart(9, '0'),
  m: (d) => p2(d.getUTCMonth() + 1),
  Y: (d) => String(d.getUTCFullYear()),
  y: (d) => p2(d.getUTCFullYear() % 100),
  j: (d) => String(Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1).padStart(3, '0'),
  p: (d) => (d.getUTCHours() < 12 ? 'AM' : 'PM'),
  s: (d) => String(Math.floor(d.getTime() / 1000)),
  u: (d) => String(d.getUTCDay() || 7),
  w: (d) => String(d.getUTCDay()),
  Z: () => 'UTC',
  z: () => '+0000',
  F: (d) => strftime('%Y-%m-%d', d),
  T: (d) => strftime('%H:%M:%S', d),
  D: (d) => strftime('%m/%d/%y', d),
  R: (d) => strftime('%H:%M', d),
  c: (d) => strftime('%a %b %e %H:%M:%S %Y', d),
  n: () => '\n',
  t: () => '\t',
  '%': () => '%',
};

/** Formats `d` with a GNU date format (`%a %b %e %H:%M:%S %Z %Y` is the default). */
export function strftime(format: string, d: Date): string {
  return format.replace(/%([a-zA-Z%])/g, (m, c: string) => (CONVERSIONS[c] ? CONVERSIONS[c](d) : m));
}

const ISO: Record<string, string> = { date: '%Y-%m-%d', hours: '%Y-%m-%dT%H+00:00', minutes: '%Y-%m-%dT%H:%M+00:00', seconds: '%Y-%m-%dT%H:%M:%S+00:00' };

export const date: Builtin = (ctx) => {
  let format = '%a %b %e %H:%M:%S %Z %Y';
  for (const a of ctx.args) {
    if (a === '-u' || a === '--utc' || a === '--universal') continue;
    if (a.startsWith('+')) format = a.slice(1);
    else if (a === '-R' || a === '--rfc-2822' || a === '--rfc-email') format = '%a, %d %b %Y %H:%M:%S +0000';
    else if (a === '-I' || a === '--iso-8601') format = ISO.date;
    else if (/^(-I|--iso-8601=)(date|hours|minutes|seconds)$/.test(a)) format = ISO[a.replace(/^(-I|--iso-8601=)/, '')];
    else {
      ctx.err(`date: invalid date ‘${a}’\n`);
      return 1;
    }
  }
  ctx.out(`${strftime(format, new Date(ctx.shell.cluster.now()))}\n`);
  return 0;
};
