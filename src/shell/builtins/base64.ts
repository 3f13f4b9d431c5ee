/**
 * GNU coreutils `base64`: encode with lines wrapped at 76 characters (`-w N`, `-w 0`),
 * `-d` decodes (newlines ignored; anything else invalid prints what decoded so far and
 * `base64: invalid input`, status 1).
 */
import type { Builtin } from '../state.js';
import { badOption, readInputs } from './input.js';

const ALPHABET = /[A-Za-z0-9+/]/;

/** Encodes bytes, wrapped at `wrap` columns (0: no wrapping); ends with a newline when non-empty or wrapping. */
export function encodeBase64(data: Buffer, wrap: number): string {
  const flat = data.toString('base64');
  if (!flat) return '';
  if (!wrap) return flat;
  const chunks: string[] = [];
  for (let i = 0; i < flat.length; i += wrap) chunks.push(flat.slice(i, i + wrap));
  return `${chunks.join('\n')}\n`;
}

/** Decodes as GNU does: on bad input, the bytes decoded before it and ok=false. */
export function decodeBase64(text: string, ignoreGarbage: boolean): { data: Buffer; ok: boolean } {
  const s = text.replace(/\n/g, '');
  let clean = '';
  let ok = true;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (ALPHABET.test(c)) {
      clean += c;
      continue;
    }
    if (c === '=') {
      // Padding must complete the current group of four.
      const pad = s.slice(i).match(/^=+/)![0];
      const need = (4 - (clean.length % 4)) % 4;
      if (need > 0 && need <= 2 && pad.length >= need) {
        clean += '='.repeat(need);
        i += need - 1;
        continue;
      }
      if (ignoreGarbage) continue;
      ok = false;
      break;
    }
    if (ignoreGarbage) continue;
    ok = false;
    break;
  }
  const unpadded = clean.replace(/=+$/, '');
  if (unpadded.length % 4 === 1 || (!clean.endsWith('=') && clean.length % 4 !== 0)) ok = false;
  const usable = unpadded.length % 4 === 1 ? unpadded.slice(0, -1) : unpadded;
  return { data: Buffer.from(usable, 'base64'), ok };
}

export const base64: Builtin = (ctx) => {
  let decode = false;
  let ignore = false;
  let wrap = 76;
  const files: string[] = [];
  for (let i = 0; i < ctx.args.length; i++) {
    const a = ctx.args[i];
    if (a === '-d' || a === '--decode' || a === '-D') {
      if (a === '-D') return badOption(ctx, 'base64', a);
      decode = true;
    } else if (a === '-i' || a === '--ignore-garbage') ignore = true;
    else if (a === '-w' || a === '--wrap') wrap = Number(ctx.args[++i]);
    else if (a.startsWith('--wrap=')) wrap = Number(a.slice(7));
    else if (/^-w\d+$/.test(a)) wrap = Number(a.slice(2));
    else if (/^-[di]+$/.test(a)) {
      decode ||= a.includes('d');
      ignore ||= a.includes('i');
    } else if (a.startsWith('-') && a !== '-') return badOption(ctx, 'base64', a);
    else files.push(a);
    if (Number.isNaN(wrap) || wrap < 0) {
      ctx.err(`base64: invalid wrap size: ‘${ctx.args[i].replace(/^(-w|--wrap=?)/, '')}’\n`);
      return 1;
    }
  }
  if (files.length > 1) {
    ctx.err(`base64: extra operand ‘${files[1]}’\nTry 'base64 --help' for more information.\n`);
    return 1;
  }
  const [input] = readInputs(ctx, 'base64', files);
  if (input.failed) return 1;
  if (!decode) {
    const encoded = encodeBase64(Buffer.from(input.text, 'utf8'), wrap);
    ctx.out(encoded);
    return 0;
  }
  const r = decodeBase64(input.text, ignore);
  ctx.out(r.data.toString('utf8'));
  if (!r.ok) {
    ctx.err('base64: invalid input\n');
    return 1;
  }
  return 0;
};
