/** Sprig encoding and hashing: b64enc/b64dec, b32enc/b32dec, sha1sum, sha256sum, sha512sum, adler32sum. */
import { createHash } from 'node:crypto';
import { fixed, type FuncTable } from './func.js';

const S = 'string';

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function b32enc(s: string): string {
  const bytes = Buffer.from(s, 'utf8');
  let bits = 0;
  let val = 0;
  let out = '';
  for (const b of bytes) {
    val = (val << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += B32[(val >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(val << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += '=';
  return out;
}
function b32dec(s: string): string {
  const clean = s.replace(/=+$/, '');
  if (!/^[A-Z2-7]*$/.test(clean)) return 'illegal base32 data at input byte 0';
  let bits = 0;
  let val = 0;
  const out: number[] = [];
  for (const c of clean) {
    val = (val << 5) | B32.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      out.push((val >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out).toString('utf8');
}

function b64dec(s: string): string {
  // Go's StdEncoding is strict; Sprig returns the error text instead of failing.
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) {
    const bad = s.search(/[^A-Za-z0-9+/=]/);
    return `illegal base64 data at input byte ${bad >= 0 ? bad : Math.floor(s.length / 4) * 4}`;
  }
  return Buffer.from(s, 'base64').toString('utf8');
}

function adler32(s: string): string {
  let a = 1;
  let b = 0;
  for (const byte of Buffer.from(s, 'utf8')) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return String(((b << 16) | a) >>> 0);
}

/** Sprig's encoding family. */
export const encodingFuncs: FuncTable = {
  b64enc: fixed([S], (s: string) => Buffer.from(s, 'utf8').toString('base64')),
  b64dec: fixed([S], b64dec),
  b32enc: fixed([S], b32enc),
  b32dec: fixed([S], b32dec),
  sha1sum: fixed([S], (s: string) => createHash('sha1').update(s, 'utf8').digest('hex')),
  sha256sum: fixed([S], (s: string) => createHash('sha256').update(s, 'utf8').digest('hex')),
  // Added in Sprig 3.3.0, which Helm v3.21 uses.
  sha512sum: fixed([S], (s: string) => createHash('sha512').update(s, 'utf8').digest('hex')),
  adler32sum: fixed([S], adler32),
};
