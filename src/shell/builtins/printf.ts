/** `printf FORMAT [ARGS...]`: %s %b %d %i %u %x %X %o %c %f %e %g %% with flags and widths; the format is reused while arguments remain. */
import { echoEscapes } from './echo.js';
import type { Builtin } from '../state.js';

const SPEC = /%([-+ #0]*)(\d+|\*)?(?:\.(\d+|\*))?([sbdiuxXocfeEgG%])/g;

function pad(s: string, flags: string, width: number | undefined): string {
  if (width === undefined || s.length >= width) return s;
  if (flags.includes('-')) return s.padEnd(width);
  if (flags.includes('0') && /^[+-]?\d/.test(s)) {
    const sign = /^[+-]/.test(s) ? s[0] : '';
    return sign + s.slice(sign.length).padStart(width - sign.length, '0');
  }
  return s.padStart(width);
}

function toNumber(arg: string, err: (t: string) => void): number {
  if (arg === '') return 0;
  if (/^['"]/.test(arg)) return arg.codePointAt(1) ?? 0;
  const n = Number(arg);
  if (Number.isNaN(n)) {
    err(`bash: printf: ${arg}: invalid number\n`);
    return 0;
  }
  return n;
}

export const printf: Builtin = (ctx) => {
  if (!ctx.args.length) {
    ctx.err('printf: usage: printf [-v var] format [arguments]\n');
    return 2;
  }
  const [format, ...args] = ctx.args;
  let status = 0;
  const err = (t: string): void => {
    status = 1;
    ctx.err(t);
  };
  let next = 0;
  let out = '';
  do {
    let consumed = false;
    let stop = false;
    const convert = (flags: string, w?: string, p?: string, conv?: string): string => {
      if (conv === '%') return '%';
      const take = (): string => {
        consumed = true;
        return next < args.length ? args[next++] : '';
      };
      const width = w === '*' ? Number(take()) : w !== undefined ? Number(w) : undefined;
      const prec = p === '*' ? Number(take()) : p !== undefined ? Number(p) : undefined;
      const arg = take();
      let s: string;
      switch (conv) {
        case 's':
          s = prec !== undefined ? arg.slice(0, prec) : arg;
          break;
        case 'b': {
          const r = echoEscapes(arg);
          if (r.stop) stop = true;
          s = r.text;
          break;
        }
        case 'c':
          s = arg.slice(0, 1);
          break;
        case 'x':
        case 'X':
        case 'o': {
          const n = Math.trunc(toNumber(arg, err));
          s = n.toString(conv === 'o' ? 8 : 16);
          if (conv === 'X') s = s.toUpperCase();
          break;
        }
        case 'f':
          s = toNumber(arg, err).toFixed(prec ?? 6);
          break;
        case 'e':
        case 'E':
          s = toNumber(arg, err).toExponential(prec ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
          if (conv === 'E') s = s.toUpperCase();
          break;
        case 'g':
        case 'G':
          s = String(Number(toNumber(arg, err).toPrecision(prec || 6)));
          break;
        default: {
          const n = Math.trunc(toNumber(arg, err));
          s = String(n);
          if (flags.includes('+') && n >= 0) s = `+${s}`;
        }
      }
      return pad(s, flags, width);
    };
    let last = 0;
    for (const m of format.matchAll(SPEC)) {
      out += echoEscapes(format.slice(last, m.index)).text;
      out += convert(m[1], m[2], m[3], m[4]);
      last = m.index + m[0].length;
      if (stop) break;
    }
    if (!stop) out += echoEscapes(format.slice(last)).text;
    if (stop || !consumed) break;
  } while (next < args.length);
  ctx.out(out);
  return status;
};
