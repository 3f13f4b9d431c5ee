/**
 * Lexer for Go text/template (golang/go src/text/template/parse/lex.go semantics):
 * `{{`/`}}` delimiters, trim markers `{{- ` / ` -}}`, comments, quoted/raw strings, chars,
 * numbers, fields, variables, keywords. Positions are string indexes into the template text.
 */

export type TokType =
  | 'text' | 'leftDelim' | 'rightDelim' | 'space' | 'identifier' | 'field' | 'variable'
  | 'string' | 'rawString' | 'char' | 'number' | 'bool' | 'nil' | 'dot' | 'leftParen'
  | 'rightParen' | 'pipe' | 'declare' | 'assign' | 'comma' | 'punct' | 'keyword' | 'comment' | 'eof' | 'error';

export interface Token {
  type: TokType;
  val: string;
  pos: number;
  line: number;
}

const KEYWORDS = new Set(['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'range', 'nil', 'template', 'with']);
const SPACE = /[ \t\r\n]/;
const ALNUM = /[\p{L}\p{Nd}_]/u;

function isSpace(c: string | undefined): boolean {
  return c !== undefined && SPACE.test(c);
}

/** Tokenises a whole template eagerly; the last token is `eof` or `error`. */
export function lex(input: string): Token[] {
  const toks: Token[] = [];
  let pos = 0;
  let line = 1;
  let parenDepth = 0;
  const emit = (type: TokType, start: number, val: string, startLine: number): void => {
    toks.push({ type, val, pos: start, line: startLine });
  };
  const countLines = (s: string): number => {
    let n = 0;
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
    return n;
  };
  const badChar = (at: number): Token[] => {
    pos = at;
    return fail(`bad character ${goQuoteRune(String.fromCodePoint(input.codePointAt(at)!))}`);
  };
  const fail = (msg: string): Token[] => {
    toks.push({ type: 'error', val: msg, pos, line });
    return toks;
  };

  for (;;) {
    // Text up to the next left delimiter.
    const next = input.indexOf('{{', pos);
    if (next < 0) {
      if (pos < input.length) emit('text', pos, input.slice(pos), line);
      line += countLines(input.slice(pos));
      toks.push({ type: 'eof', val: '', pos: input.length, line });
      return toks;
    }
    let textEnd = next;
    const trimLeft = input[next + 2] === '-' && isSpace(input[next + 3]);
    if (trimLeft) while (textEnd > pos && isSpace(input[textEnd - 1])) textEnd--;
    if (textEnd > pos) emit('text', pos, input.slice(pos, textEnd), line);
    line += countLines(input.slice(pos, next));
    pos = next;
    const delimPos = pos;
    pos += 2;
    if (trimLeft) pos += 2; // "- "
    // Comment? (Go emits no left delimiter for it.)
    if (input.startsWith('/*', pos)) {
      const end = input.indexOf('*/', pos + 2);
      if (end < 0) return fail('unclosed comment');
      const after = end + 2;
      let trimRight = false;
      let close = after;
      if (input.startsWith(' -}}', after) || input.startsWith('\t-}}', after) || input.startsWith('\n-}}', after) || input.startsWith('\r-}}', after)) {
        trimRight = true;
        close = after + 2;
      }
      if (!input.startsWith('}}', close)) return fail('comment ends before closing delimiter');
      emit('comment', pos, input.slice(pos, after), line);
      line += countLines(input.slice(pos, close));
      pos = close + 2;
      if (trimRight) while (pos < input.length && isSpace(input[pos])) {
        if (input[pos] === '\n') line++;
        pos++;
      }
      continue;
    }
    emit('leftDelim', delimPos, '{{', line);
    // Inside an action.
    parenDepth = 0;
    for (;;) {
      // Right delimiter with trim marker?
      if (isSpace(input[pos]) && input[pos + 1] === '-' && input.startsWith('}}', pos + 2)) {
        emit('space', pos, input[pos]!, line);
        if (input[pos] === '\n') line++;
        pos += 2;
        emit('rightDelim', pos, '}}', line);
        pos += 2;
        while (pos < input.length && isSpace(input[pos])) {
          if (input[pos] === '\n') line++;
          pos++;
        }
        break;
      }
      if (input.startsWith('}}', pos)) {
        if (parenDepth > 0) return fail('unclosed left paren');
        emit('rightDelim', pos, '}}', line);
        pos += 2;
        break;
      }
      const c = input[pos];
      if (c === undefined) {
        return fail(`unclosed action`);
      }
      const start = pos;
      if (isSpace(c)) {
        // Stop before a space that starts a " -}}" trim marker.
        while (isSpace(input[pos]) && !(input[pos + 1] === '-' && input.startsWith('}}', pos + 2))) {
          if (input[pos] === '\n') line++;
          pos++;
        }
        emit('space', start, input.slice(start, pos), line);
        continue;
      }
      if (c === '=') {
        emit('assign', start, '=', line);
        pos++;
        continue;
      }
      if (c === ':') {
        if (input[pos + 1] !== '=') return fail('expected :=');
        emit('declare', start, ':=', line);
        pos += 2;
        continue;
      }
      if (c === '|') {
        emit('pipe', start, '|', line);
        pos++;
        continue;
      }
      if (c === ',') {
        emit('comma', start, ',', line);
        pos++;
        continue;
      }
      if (c === '(') {
        parenDepth++;
        emit('leftParen', start, '(', line);
        pos++;
        continue;
      }
      if (c === ')') {
        parenDepth--;
        if (parenDepth < 0) return fail(`unexpected right paren`);
        emit('rightParen', start, ')', line);
        pos++;
        continue;
      }
      if (c === '"') {
        pos++;
        for (;;) {
          const d = input[pos];
          if (d === '\\') {
            pos += 2;
            continue;
          }
          if (d === undefined || d === '\n') return fail('unterminated quoted string');
          pos++;
          if (d === '"') break;
        }
        emit('string', start, input.slice(start, pos), line);
        continue;
      }
      if (c === '`') {
        const end = input.indexOf('`', pos + 1);
        if (end < 0) return fail('unterminated raw quoted string');
        emit('rawString', start, input.slice(start, end + 1), line);
        line += countLines(input.slice(start, end));
        pos = end + 1;
        continue;
      }
      if (c === "'") {
        pos++;
        for (;;) {
          const d = input[pos];
          if (d === '\\') {
            pos += 2;
            continue;
          }
          if (d === undefined || d === '\n') return fail('unterminated character constant');
          pos++;
          if (d === "'") break;
        }
        emit('char', start, input.slice(start, pos), line);
        continue;
      }
      if (c === '$') {
        pos++;
        while (pos < input.length && ALNUM.test(input[pos]!)) pos++;
        if (!atTerminator(input, pos)) return badChar(pos);
        emit('variable', start, input.slice(start, pos), line);
        continue;
      }
      if (c === '.') {
        const d = input[pos + 1];
        if (d !== undefined && d >= '0' && d <= '9') {
          pos = scanNumber(input, pos);
          emit('number', start, input.slice(start, pos), line);
          continue;
        }
        pos++;
        if (d !== undefined && ALNUM.test(d)) {
          while (pos < input.length && ALNUM.test(input[pos]!)) pos++;
          if (!atTerminator(input, pos)) return badChar(pos);
          emit('field', start, input.slice(start, pos), line);
        } else emit('dot', start, '.', line);
        continue;
      }
      if (c === '+' || c === '-' || (c >= '0' && c <= '9')) {
        pos = scanNumber(input, pos);
        const text = input.slice(start, pos);
        if (ALNUM.test(input[pos] ?? '') || text === '+' || text === '-') return fail(`bad number syntax: "${input.slice(start, pos + 1)}"`);
        emit('number', start, text, line);
        continue;
      }
      if (ALNUM.test(c)) {
        while (pos < input.length && ALNUM.test(input[pos]!)) pos++;
        if (!atTerminator(input, pos)) return badChar(pos);
        const word = input.slice(start, pos);
        if (word === 'true' || word === 'false') emit('bool', start, word, line);
        else if (word === 'nil') emit('nil', start, word, line);
        else if (KEYWORDS.has(word)) emit('keyword', start, word, line);
        else emit('identifier', start, word, line);
        continue;
      }
      if (c >= ' ' && c <= '~') {
        // Go emits other printable ASCII as a bare character item; the parser rejects it in context.
        emit('punct', start, c, line);
        pos++;
        continue;
      }
      return fail(`unrecognized character in action: ${goQuoteRune(c)}`);
    }
  }
}

/** Go's atTerminator: what may follow an identifier, field or variable. */
function atTerminator(s: string, pos: number): boolean {
  const c = s[pos];
  if (c === undefined || isSpace(c)) return true;
  if ('.,|:()'.includes(c)) return true;
  return s.startsWith('}}', pos);
}

function goQuoteRune(c: string): string {
  const cp = c.codePointAt(0)!;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${c}'`;
}

function scanNumber(s: string, pos: number): number {
  if (s[pos] === '+' || s[pos] === '-') pos++;
  let digits = '0123456789_';
  if (s[pos] === '0' && /[xXoObB]/.test(s[pos + 1] ?? '')) {
    const p = s[pos + 1]!.toLowerCase();
    pos += 2;
    digits = p === 'x' ? '0123456789abcdefABCDEF_' : p === 'o' ? '01234567_' : '01_';
  }
  while (pos < s.length && digits.includes(s[pos]!)) pos++;
  if (s[pos] === '.') {
    pos++;
    while (pos < s.length && digits.includes(s[pos]!)) pos++;
  }
  if (digits.length === 11 && /[eE]/.test(s[pos] ?? '')) {
    pos++;
    if (s[pos] === '+' || s[pos] === '-') pos++;
    while (pos < s.length && '0123456789_'.includes(s[pos]!)) pos++;
  }
  if (digits.length > 11 && /[pP]/.test(s[pos] ?? '')) {
    pos++;
    if (s[pos] === '+' || s[pos] === '-') pos++;
    while (pos < s.length && '0123456789_'.includes(s[pos]!)) pos++;
  }
  if (s[pos] === 'i') pos++;
  return pos;
}
