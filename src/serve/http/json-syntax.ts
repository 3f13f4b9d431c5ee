/**
 * The message Go's encoding/json gives for malformed input (scanner.go), which the API
 * server puts after `couldn't get version/kind; json parse error: `. A small scanner that
 * follows Go's states closely enough to name the same character and context.
 */

/** Go's quoteChar: `'x'`, `'\''`, `'"'`, `'\n'`. */
function quoteChar(c: string): string {
  if (c === "'") return `'\\''`;
  if (c === '"') return `'"'`;
  const q = JSON.stringify(c);
  return `'${q.slice(1, -1)}'`;
}

class SyntaxErr {
  constructor(readonly message: string) {}
}

const WS = new Set([' ', '\t', '\n', '\r']);

/** Returns Go's error text for `text`, assuming JSON.parse rejected it. */
export function goJsonSyntaxError(text: string): string {
  let i = 0;
  const err = (c: string, ctx: string): never => {
    throw new SyntaxErr(`invalid character ${quoteChar(c)} ${ctx}`);
  };
  const eof = (): never => {
    throw new SyntaxErr('unexpected end of JSON input');
  };
  const skip = () => {
    while (i < text.length && WS.has(text[i])) i++;
  };
  const peek = (): string => (i < text.length ? text[i] : eof());

  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++) {
      const c = peek();
      if (c !== word[k]) err(c, `in literal ${word} (expecting ${quoteChar(word[k])})`);
      i++;
    }
  };
  const str = () => {
    i++; // opening quote
    for (;;) {
      const c = peek();
      i++;
      if (c === '"') return;
      if (c === '\\') {
        const e = peek();
        i++;
        if (e === 'u') {
          for (let k = 0; k < 4; k++) {
            const h = peek();
            if (!/[0-9a-fA-F]/.test(h)) err(h, 'in \\u hexadecimal character escape');
            i++;
          }
        } else if (!'"\\/bfnrt'.includes(e)) err(e, 'in string escape code');
      } else if (c < ' ') err(c, 'in string literal');
    }
  };
  const digits = (ctx: string, required: boolean) => {
    if (required) {
      const c = peek();
      if (c < '0' || c > '9') err(c, ctx);
    }
    while (i < text.length && text[i] >= '0' && text[i] <= '9') i++;
  };
  const num = () => {
    if (text[i] === '-') {
      i++;
      const c = peek();
      if (c < '0' || c > '9') err(c, 'in numeric literal');
    }
    if (text[i] === '0') i++;
    else digits('in numeric literal', false);
    if (text[i] === '.') {
      i++;
      digits('after decimal point in numeric literal', true);
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits('in exponent of numeric literal', true);
    }
  };
  const value = (): void => {
    skip();
    const c = peek();
    if (c === '{') return obj();
    if (c === '[') return arr();
    if (c === '"') return str();
    if (c === '-' || (c >= '0' && c <= '9')) return num();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    err(c, 'looking for beginning of value');
  };
  const obj = () => {
    i++;
    skip();
    if (peek() === '}') { i++; return; }
    for (;;) {
      skip();
      const k = peek();
      if (k !== '"') err(k, 'looking for beginning of object key string');
      str();
      skip();
      const colon = peek();
      if (colon !== ':') err(colon, 'after object key');
      i++;
      value();
      skip();
      const sep = peek();
      i++;
      if (sep === '}') return;
      if (sep !== ',') err(sep, 'after object key:value pair');
    }
  };
  const arr = () => {
    i++;
    skip();
    if (peek() === ']') { i++; return; }
    for (;;) {
      value();
      skip();
      const sep = peek();
      i++;
      if (sep === ']') return;
      if (sep !== ',') err(sep, 'after array element');
    }
  };
  try {
    value();
    skip();
    if (i < text.length) err(text[i], 'after top-level value');
    return 'unexpected end of JSON input';
  } catch (e) {
    if (e instanceof SyntaxErr) return e.message;
    throw e;
  }
}
