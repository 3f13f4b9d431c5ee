/** Go string literal helpers: strconv.Unquote for template literals and strconv.Quote for %q. */

const SIMPLE_ESC: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' };

/** strconv.Unquote for "…", `…` and '…' literals; undefined when the literal is malformed. */
export function goUnquote(lit: string): string | undefined {
  const q = lit[0];
  if (q === '`') return lit.slice(1, -1).replace(/\r/g, '');
  let out = '';
  const body = lit.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      if (c === q) return undefined;
      out += c;
      continue;
    }
    const e = body[++i];
    if (e === undefined) return undefined;
    if (e in SIMPLE_ESC) {
      if ((e === "'" && q === '"') || (e === '"' && q === "'")) return undefined;
      out += SIMPLE_ESC[e];
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
      const hex = body.slice(i + 1, i + 1 + n);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) return undefined;
      const cp = parseInt(hex, 16);
      if (e === 'x') out += String.fromCharCode(cp); // a byte; exact only for ASCII
      else out += String.fromCodePoint(cp);
      i += n;
    } else if (e >= '0' && e <= '7') {
      const oct = body.slice(i, i + 3);
      if (!/^[0-7]{3}$/.test(oct)) return undefined;
      out += String.fromCharCode(parseInt(oct, 8));
      i += 2;
    } else return undefined;
  }
  return out;
}

function isGoPrintable(cp: number): boolean {
  if (cp < 0x20 || cp === 0x7f) return false;
  if (cp >= 0x80 && cp < 0xa0) return false;
  if (cp === 0xad || cp === 0x2028 || cp === 0x2029 || cp === 0xfeff) return false;
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  return true;
}

/** strconv.Quote: Go-syntax double-quoted string (used by %q, quote, and error texts). */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case '"': out += '\\"'; continue;
      case '\\': out += '\\\\'; continue;
      case '\x07': out += '\\a'; continue;
      case '\b': out += '\\b'; continue;
      case '\f': out += '\\f'; continue;
      case '\n': out += '\\n'; continue;
      case '\r': out += '\\r'; continue;
      case '\t': out += '\\t'; continue;
      case '\v': out += '\\v'; continue;
    }
    if (isGoPrintable(cp)) out += ch;
    else if (cp < 0x80) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + '"';
}

/** strconv.QuoteRune: `'a'`, `'\x01'`, `'\''`. */
export function goQuoteRune(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (ch === "'") return "'\\''";
  if (ch === '"') return `'"'`;
  return "'" + goQuote(ch).slice(1, -1) + "'";
}

const enc = new TextEncoder();
/** Length of `s` in UTF-8 bytes (Go's len on strings, error columns). */
export function byteLen(s: string): number {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) { ascii = false; break; }
  return ascii ? s.length : enc.encode(s).length;
}
