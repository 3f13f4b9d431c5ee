/**
 * Word-level scanning shared by the parser and heredoc bodies: quoting (single, double,
 * backslash, `$'...'`), parameter expansions, `$(...)` and backquotes. Words come out as
 * parts, unexpanded.
 */
import type { AndOr, Part, ParamOp, Word } from './ast.js';
import { ansiCString } from './ansi-c.js';

/** Internal unwinding signal, turned into a ParseResult value at the boundary. */
export class Stop {
  constructor(readonly incomplete: boolean, readonly message: string) {}
}

export function syntax(token: string): Stop {
  return new Stop(false, `syntax error near unexpected token \`${token}'`);
}

export const META = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const PARAM_OPS: ParamOp[] = [':-', ':+', ':=', '-', '+', '='];

export function pushLit(parts: Part[], text: string, quoted: boolean): void {
  const last = parts[parts.length - 1];
  if (last && last.k === 'lit' && last.quoted === quoted) last.text += text;
  else parts.push({ k: 'lit', text, quoted });
}

/** Where a nested list ends: a `)` or one of these reserved words. */
export interface ListStop {
  paren?: boolean;
  words?: readonly string[];
}

export abstract class Lexer {
  protected pos = 0;

  constructor(protected readonly src: string) {}

  /** A command list (for `$(...)`), ending where `stop` says. */
  abstract parseList(stop?: ListStop): AndOr[];

  /** The command list inside backquotes, parsed on its own. */
  protected abstract parseNested(text: string): AndOr[];

  peek(n = 0): string | undefined {
    return this.src[this.pos + n];
  }

  at(s: string): boolean {
    return this.src.startsWith(s, this.pos);
  }

  eof(): boolean {
    return this.pos >= this.src.length;
  }

  /** Spaces, tabs and backslash-newline continuations. */
  skipBlanks(): void {
    for (;;) {
      const c = this.peek();
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && this.peek(1) === '\n') this.pos += 2;
      else break;
    }
  }

  /** One word: everything up to an unquoted metacharacter. */
  parseWord(terminator?: string): Word {
    const parts: Part[] = [];
    while (!this.eof()) {
      const c = this.peek()!;
      if (terminator !== undefined ? c === terminator : META.has(c)) break;
      if (c === '\\') {
        const next = this.peek(1);
        if (next === undefined) throw new Stop(true, 'line continuation');
        this.pos += 2;
        if (next !== '\n') pushLit(parts, next, true);
      } else if (c === "'") {
        const close = this.src.indexOf("'", this.pos + 1);
        if (close === -1) throw new Stop(true, "unexpected EOF while looking for matching `''");
        pushLit(parts, this.src.slice(this.pos + 1, close), true);
        this.pos = close + 1;
      } else if (c === '"') {
        this.parseDouble(parts);
      } else if (c === '$') {
        this.parseDollar(parts, false);
      } else if (c === '`') {
        this.parseBacktick(parts, false);
      } else {
        pushLit(parts, c, false);
        this.pos++;
      }
    }
    return parts;
  }

  private parseDouble(parts: Part[]): void {
    this.pos++;
    pushLit(parts, '', true);
    for (;;) {
      if (this.eof()) throw new Stop(true, 'unexpected EOF while looking for matching `"\'');
      const c = this.peek()!;
      if (c === '"') {
        this.pos++;
        return;
      }
      if (c === '\\') {
        const next = this.peek(1);
        if (next !== undefined && '$`"\\\n'.includes(next)) {
          this.pos += 2;
          if (next !== '\n') pushLit(parts, next, true);
          continue;
        }
        pushLit(parts, '\\', true);
        this.pos++;
      } else if (c === '$') {
        this.parseDollar(parts, true);
      } else if (c === '`') {
        this.parseBacktick(parts, true);
      } else {
        pushLit(parts, c, true);
        this.pos++;
      }
    }
  }

  /** `$NAME`, `${...}`, `$(...)`, `$'...'`, `$?`; a lone `$` is literal. */
  parseDollar(parts: Part[], quoted: boolean): void {
    const next = this.peek(1);
    if (next === '(') {
      if (this.peek(2) === '(') {
        parts.push({ k: 'arith', expr: this.arithmetic(), quoted });
        return;
      }
      this.pos += 2;
      const list = this.parseList({ paren: true });
      this.pos++;
      parts.push({ k: 'cmd', list, quoted });
      return;
    }
    if (next === '{') {
      this.pos += 2;
      parts.push(this.parseBrace(quoted));
      return;
    }
    if (next === "'" && !quoted) {
      const { text, end } = ansiCString(this.src, this.pos + 2);
      if (end < 0) throw new Stop(true, "unexpected EOF while looking for matching `''");
      pushLit(parts, text, true);
      this.pos = end;
      return;
    }
    const rest = this.src.slice(this.pos + 1);
    const name = NAME.exec(rest)?.[0] ?? (next !== undefined && /[?$#@*!0-9-]/.test(next) ? next : undefined);
    if (name === undefined) {
      pushLit(parts, '$', quoted);
      this.pos++;
      return;
    }
    this.pos += 1 + name.length;
    parts.push({ k: 'param', name, quoted });
  }

  /** The text of `$(( ... ))` (cursor on `$`), up to the `))` that balances it. */
  private arithmetic(): string {
    let depth = 0;
    for (let i = this.pos + 3; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0 && this.src[i + 1] === ')') {
          const expr = this.src.slice(this.pos + 3, i);
          this.pos = i + 2;
          return expr;
        }
        depth--;
      }
    }
    throw new Stop(true, "unexpected EOF while looking for matching `)'");
  }

  private parseBrace(quoted: boolean): Part {
    const start = this.pos;
    const close = (): Stop => new Stop(true, "unexpected EOF while looking for matching `}'");
    const bad = (): Stop => {
      const end = this.src.indexOf('}', start);
      return new Stop(false, `\${${this.src.slice(start, end < 0 ? undefined : end)}}: bad substitution`);
    };
    if (this.peek() === '#' && this.peek(1) !== '}') {
      this.pos++;
      const name = NAME.exec(this.src.slice(this.pos))?.[0];
      if (!name || this.src[this.pos + name.length] !== '}') throw this.eof() ? close() : bad();
      this.pos += name.length + 1;
      return { k: 'param', name, op: 'len', quoted };
    }
    const rest = this.src.slice(this.pos);
    const name = NAME.exec(rest)?.[0] ?? (/^[?$#@*!0-9]/.test(rest) ? rest[0] : undefined);
    if (!name) throw this.eof() ? close() : bad();
    this.pos += name.length;
    if (this.peek() === '}') {
      this.pos++;
      return { k: 'param', name, quoted };
    }
    const op = PARAM_OPS.find((o) => this.at(o));
    if (!op) throw this.eof() ? close() : bad();
    this.pos += op.length;
    const arg = this.parseWord('}');
    if (this.eof()) throw close();
    this.pos++;
    return { k: 'param', name, op, arg, quoted };
  }

  private parseBacktick(parts: Part[], quoted: boolean): void {
    let inner = '';
    let i = this.pos + 1;
    for (;;) {
      const c = this.src[i];
      if (c === undefined) throw new Stop(true, 'unexpected EOF while looking for matching ``\'');
      if (c === '`') break;
      if (c === '\\' && i + 1 < this.src.length && '\\`$'.includes(this.src[i + 1])) {
        inner += this.src[i + 1];
        i += 2;
        continue;
      }
      inner += c;
      i++;
    }
    this.pos = i + 1;
    parts.push({ k: 'cmd', list: this.parseNested(inner), quoted });
  }

  /** Heredoc bodies: `$` and backquotes expand; a backslash only escapes `$`, `` ` ``, `\` and newline. */
  parseHeredocText(): Word {
    const parts: Part[] = [{ k: 'lit', text: '', quoted: true }];
    while (!this.eof()) {
      const c = this.peek()!;
      if (c === '\\' && this.peek(1) !== undefined && '$`\\\n'.includes(this.peek(1)!)) {
        if (this.peek(1) !== '\n') pushLit(parts, this.peek(1)!, true);
        this.pos += 2;
      } else if (c === '$') {
        this.parseDollar(parts, true);
      } else if (c === '`') {
        this.parseBacktick(parts, true);
      } else {
        pushLit(parts, c, true);
        this.pos++;
      }
    }
    return parts;
  }
}
