/**
 * Backslash escapes shared by `$'...'` quoting and `echo -e` (bash's ansicstr): \n \t \r
 * \a \b \e \f \v \\ \' \" \0NNN / \NNN octal, \xHH hex.
 */

const SIMPLE: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

/** Decodes one escape at `src[i]` (just after the backslash); returns the text and the next index. */
export function decodeEscape(src: string, i: number, octalNeedsZero: boolean): { text: string; next: number } | undefined {
  const c = src[i];
  if (c === undefined) return undefined;
  if (SIMPLE[c] !== undefined) return { text: SIMPLE[c], next: i + 1 };
  if (c === 'x') {
    const m = /^[0-9a-fA-F]{1,2}/.exec(src.slice(i + 1, i + 3));
    if (!m) return undefined;
    return { text: String.fromCharCode(parseInt(m[0], 16)), next: i + 1 + m[0].length };
  }
  if (octalNeedsZero ? c === '0' : /[0-7]/.test(c)) {
    const start = octalNeedsZero ? i + 1 : i;
    const m = /^[0-7]{0,3}/.exec(src.slice(start, start + 3))!;
    return { text: String.fromCharCode(parseInt(m[0] || '0', 8) & 0xff), next: start + m[0].length };
  }
  return undefined;
}

/** `$'...'` starting at `start` (just after the quote); `end` is past the closing quote, -1 if none. */
export function ansiCString(src: string, start: number): { text: string; end: number } {
  let text = '';
  let i = start;
  while (i < src.length) {
    const c = src[i];
    if (c === "'") return { text, end: i + 1 };
    if (c === '\\') {
      const d = decodeEscape(src, i + 1, false);
      if (d) {
        text += d.text;
        i = d.next;
        continue;
      }
      text += c;
      i++;
      continue;
    }
    text += c;
    i++;
  }
  return { text, end: -1 };
}
