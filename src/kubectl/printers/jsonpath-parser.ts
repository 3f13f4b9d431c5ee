/**
 * Parser for kubectl's JSONPath dialect (k8s.io/client-go/util/jsonpath parser.go): text with
 * `{...}` actions holding fields, `[i]`/`[a:b:c]`/`[*]`, `['key']`, unions `[a,b]`, filters
 * `[?(@.x=="y")]`, `..`, `*`, quoted strings, numbers and the `range`/`end` identifiers.
 * Errors carry upstream's wording, e.g. `unclosed action`.
 */

export interface Param {
  value: number;
  known: boolean;
  derived: boolean;
}

export type JpNode =
  | { t: 'text'; text: string }
  | { t: 'list'; nodes: JpNode[] }
  | { t: 'field'; name: string }
  | { t: 'array'; params: [Param, Param, Param] }
  | { t: 'filter'; left: JpList; right: JpList; op: string }
  | { t: 'int'; value: number }
  | { t: 'float'; value: number }
  | { t: 'bool'; value: boolean }
  | { t: 'wildcard' }
  | { t: 'recursive' }
  | { t: 'union'; lists: JpList[] }
  | { t: 'identifier'; name: string };

export type JpList = { t: 'list'; nodes: JpNode[] };

/** A template that does not parse; the message is client-go jsonpath's. */
export class JsonPathParseError extends Error {}

const EOF = '';
const isSpace = (r: string) => r === ' ' || r === '\t';
const isEndOfLine = (r: string) => r === '\r' || r === '\n';
const isAlphaNumeric = (r: string) => r === '_' || /^[\p{L}\p{Nd}]$/u.test(r);
const isTerminator = (r: string) => isSpace(r) || isEndOfLine(r) || [EOF, '.', ',', '[', ']', '$', '@', '{', '}'].includes(r);
const dictKeyRex = /^'([^']*)'$/;
const sliceOperatorRex = /^(-?[\d]*)(:-?[\d]*)?(:-?[\d]*)?$/;
const filterRex = /^([^!<>=]+)([!<>=]+)(.+?)$/s;

/** strconv.Unquote, extended (as UnquoteExtend) to single-quoted strings. */
export function unquote(s: string): string {
  if (s.length < 2) throw new JsonPathParseError('invalid syntax');
  const q = s[0];
  if ((q !== '"' && q !== "'") || s[s.length - 1] !== q) throw new JsonPathParseError('invalid syntax');
  const body = s.slice(1, -1);
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', '"': '"', "'": "'" };
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = body[++i];
    if (n in simple) out += simple[n];
    else if (n === 'x') { out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16)); i += 2; }
    else if (n === 'u') { out += String.fromCodePoint(parseInt(body.slice(i + 1, i + 5), 16)); i += 4; }
    else if (n === 'U') { out += String.fromCodePoint(parseInt(body.slice(i + 1, i + 9), 16)); i += 8; }
    else if (n >= '0' && n <= '7') { out += String.fromCharCode(parseInt(body.slice(i, i + 3), 8)); i += 2; }
    else throw new JsonPathParseError('invalid syntax');
  }
  return out;
}

class Parser {
  readonly root: JpList = { t: 'list', nodes: [] };
  private pos = 0;
  private start = 0;
  private chars: string[];

  constructor(input: string) {
    this.chars = [...input];
  }

  private get rest(): string {
    return this.chars.slice(this.pos).join('');
  }
  private width = 0;

  private next(): string {
    if (this.pos >= this.chars.length) {
      this.width = 0; // at EOF, backup() is a no-op, as in Go
      return EOF;
    }
    this.width = 1;
    return this.chars[this.pos++];
  }
  private peek(): string {
    return this.pos < this.chars.length ? this.chars[this.pos] : EOF;
  }
  private backup(): void {
    this.pos -= this.width;
  }
  private consumeText(): string {
    const text = this.chars.slice(this.start, this.pos).join('');
    this.start = this.pos;
    return text;
  }

  parse(): void {
    this.parseText(this.root);
  }

  private parseText(cur: JpList): void {
    for (;;) {
      if (this.rest.startsWith('{')) {
        if (this.pos > this.start) cur.nodes.push({ t: 'text', text: this.consumeText() });
        this.parseLeftDelim(cur);
        return;
      }
      if (this.next() === EOF) break;
    }
    if (this.pos > this.start) cur.nodes.push({ t: 'text', text: this.consumeText() });
  }

  private parseLeftDelim(cur: JpList): void {
    this.pos += 1;
    this.consumeText();
    const node: JpList = { t: 'list', nodes: [] };
    cur.nodes.push(node);
    this.parseInsideAction(node);
  }

  private parseInsideAction(cur: JpList): void {
    for (;;) {
      const rest = this.rest;
      if (rest.startsWith('}')) {
        this.pos += 1;
        this.consumeText();
        this.parseText(this.root);
        return;
      }
      if (rest.startsWith('[?(')) return this.parseFilter(cur);
      if (rest.startsWith('..')) return this.parseRecursive(cur);
      const r = this.next();
      if (r === EOF || isEndOfLine(r)) throw new JsonPathParseError('unclosed action');
      if (r === ' ') this.consumeText();
      else if (r === '@' || r === '$') this.consumeText();
      else if (r === '[') return this.parseArray(cur);
      else if (r === '"' || r === "'") return this.parseQuote(cur, r);
      else if (r === '.') return this.parseField(cur);
      else if (r === '+' || r === '-' || /^\p{Nd}$/u.test(r)) {
        this.backup();
        return this.parseNumber(cur);
      } else if (isAlphaNumeric(r)) {
        this.backup();
        return this.parseIdentifier(cur);
      } else {
        const cp = r.codePointAt(0)!;
        throw new JsonPathParseError(`unrecognized character in action: U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${r}'`);
      }
    }
  }

  private parseIdentifier(cur: JpList): void {
    for (;;) {
      const r = this.next();
      if (isTerminator(r)) {
        this.backup();
        break;
      }
    }
    const value = this.consumeText();
    if (value === 'true' || value === 'false') cur.nodes.push({ t: 'bool', value: value === 'true' });
    else cur.nodes.push({ t: 'identifier', name: value });
    this.parseInsideAction(cur);
  }

  private parseRecursive(cur: JpList): void {
    this.pos += 2;
    this.consumeText();
    cur.nodes.push({ t: 'recursive' });
    if (isAlphaNumeric(this.peek())) return this.parseField(cur);
    this.parseInsideAction(cur);
  }

  private parseNumber(cur: JpList): void {
    const r = this.peek();
    if (r === '+' || r === '-') this.next();
    for (;;) {
      const c = this.next();
      if (c !== '.' && !/^\p{Nd}$/u.test(c)) {
        this.backup();
        break;
      }
    }
    const value = this.consumeText();
    if (/^[+-]?\d+$/.test(value)) cur.nodes.push({ t: 'int', value: Number(value) });
    else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(value)) cur.nodes.push({ t: 'float', value: Number(value) });
    else throw new JsonPathParseError(`cannot parse number ${value}`);
    this.parseInsideAction(cur);
  }

  private parseArray(cur: JpList): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || r === '\n') throw new JsonPathParseError('unterminated array');
      if (r === ']') break;
    }
    let text = this.consumeText();
    text = text.slice(1, -1);
    if (text === '*') text = ':';
    const strs = text.split(',');
    if (strs.length > 1) {
      const lists = strs.map((s) => parseAction(`[${s.trim()}]`));
      cur.nodes.push({ t: 'union', lists });
      return this.parseInsideAction(cur);
    }
    const dict = dictKeyRex.exec(text);
    if (dict) {
      for (const n of parseAction(`.${dict[1]}`).nodes) cur.nodes.push(n);
      return this.parseInsideAction(cur);
    }
    const m = sliceOperatorRex.exec(text);
    if (!m) throw new JsonPathParseError(`invalid array index ${text}`);
    const values = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
    const params: Param[] = [];
    for (let i = 0; i < 3; i++) {
      let v = values[i];
      if (v !== '') {
        if (i > 0) v = v.slice(1);
        if (i > 0 && v === '') params.push({ value: 0, known: false, derived: false });
        else params.push({ value: parseInt(v, 10), known: true, derived: false });
      } else if (i === 1) {
        params.push({ value: params[0].value + 1, known: true, derived: true });
      } else {
        params.push({ value: 0, known: false, derived: false });
      }
    }
    cur.nodes.push({ t: 'array', params: params as [Param, Param, Param] });
    this.parseInsideAction(cur);
  }

  private parseFilter(cur: JpList): void {
    this.pos += 3;
    this.consumeText();
    let begin = false;
    let end = false;
    let pair = '';
    for (;;) {
      const r = this.next();
      if (r === EOF || r === '\n') throw new JsonPathParseError('unterminated filter');
      if (r === '"' || r === "'") {
        if (!begin) {
          begin = true;
          pair = r;
          continue;
        }
        if (this.chars[this.pos - 2] !== '\\' && r === pair) end = true;
      } else if (r === ')') {
        if (begin === end) break;
      }
    }
    if (this.next() !== ']') throw new JsonPathParseError('unclosed array expect ]');
    let text = this.consumeText();
    text = text.slice(0, -2);
    const m = filterRex.exec(text);
    if (!m) cur.nodes.push({ t: 'filter', left: parseAction(text), right: { t: 'list', nodes: [] }, op: 'exists' });
    else cur.nodes.push({ t: 'filter', left: parseAction(m[1]), right: parseAction(m[3]), op: m[2] });
    this.parseInsideAction(cur);
  }

  private parseQuote(cur: JpList, end: string): void {
    for (;;) {
      const r = this.next();
      if (r === EOF || r === '\n') throw new JsonPathParseError('unterminated quoted string');
      if (r === '\\') {
        const n = this.next();
        if (n !== EOF && n !== '\n') continue;
        break;
      }
      if (r === end) break;
    }
    const value = this.consumeText();
    let s: string;
    try {
      s = unquote(value);
    } catch {
      throw new JsonPathParseError(`unquote string ${value} error invalid syntax`);
    }
    cur.nodes.push({ t: 'text', text: s });
    this.parseInsideAction(cur);
  }

  private parseField(cur: JpList): void {
    this.consumeText();
    for (;;) {
      const r = this.next();
      if (r === '\\') this.next();
      else if (isTerminator(r)) {
        this.backup();
        break;
      }
    }
    const value = this.consumeText();
    if (value === '*') cur.nodes.push({ t: 'wildcard' });
    else cur.nodes.push({ t: 'field', name: value.replace(/\\/g, '') });
    this.parseInsideAction(cur);
  }
}

/** Parses a sub-expression the way parseAction does: wrapped in `{...}`, first list returned. */
function parseAction(action: string): JpList {
  const root = parseJsonPath(`{${action}}`);
  return root.nodes[0] as JpList;
}

/** Parses a whole template. Throws JsonPathParseError with upstream's message. */
export function parseJsonPath(template: string): JpList {
  const p = new Parser(template);
  p.parse();
  return p.root;
}
