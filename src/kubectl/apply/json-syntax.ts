/**
 * Describes the first syntax error in a JSON document the way Go's encoding/json scanner
 * does (`json: offset 68: invalid character '}' looking for beginning of object key string`,
 * or `unexpected EOF`), for kubectl's `error parsing x.json: ...` messages.
 */

class Stop {
  constructor(readonly message: string) {}
}

const quoteChar = (c: string) => (c === "'" ? "'\\''" : c === '"' ? "'\"'" : `'${c}'`);

/** Returns Go's description of the first syntax error, or undefined if `text` parses. */
export function jsonSyntaxError(text: string): string | undefined {
  let i = 0;
  const fail = (context: string): never => {
    if (i >= text.length) throw new Stop('unexpected EOF');
    throw new Stop(`json: offset ${i + 1}: invalid character ${quoteChar(text[i])} ${context}`);
  };
  const ws = () => {
    while (i < text.length && ' \t\r\n'.includes(text[i])) i++;
  };
  const literal = (word: string) => {
    for (let k = 1; k < word.length; k++) {
      i++;
      if (text[i] !== word[k]) fail(`in literal ${word} (expecting ${quoteChar(word[k])})`);
    }
    i++;
  };
  const string = () => {
    i++;
    while (text[i] !== '"') {
      if (i >= text.length) fail('in string literal');
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail('in string literal');
      i++;
    }
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (m && m[0] !== '-' && m[0]) {
      i += m[0].length;
      return;
    }
    fail('looking for beginning of value');
  };
  const object = () => {
    i++;
    ws();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      ws();
      if (text[i] !== '"') fail('looking for beginning of object key string');
      string();
      ws();
      if (text[i] !== ':') fail('after object key');
      i++;
      value();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail('after object key:value pair');
    }
  };
  const array = () => {
    i++;
    ws();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      value();
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail('after array element');
    }
  };
  try {
    value();
    return undefined;
  } catch (e) {
    if (e instanceof Stop) return e.message;
    throw e;
  }
}
