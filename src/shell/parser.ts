/**
 * A POSIX-sh parser for one learner input (which may span lines: heredoc bodies, `\`
 * continuations, a trailing `|` or `&&`). It reports "incomplete" so the caller can ask
 * for another line, and bash's wording for syntax errors. Nothing here runs anything.
 */
import type { AndOr, Command, ParseResult, Pipeline, Redirect, RedirectOp, SimpleCommand, Word } from './ast.js';
import { literalText } from './ast.js';
import { COMPOUND } from './compound.js';
import { Lexer, META, Stop, syntax, type ListStop } from './lexer.js';

export { Stop, type ListStop } from './lexer.js';

const REDIRECT = /^(\d*)(&>>|&>|>>|>&|>\||>|<<<|<<-|<<|<&|<)/;

/** Compound commands the shell does not run, with what to say instead of bash's grammar. */
const RESERVED: Record<string, string> = {
  case: 'case blocks are not supported here; use if and [ ] instead',
  function: 'shell functions are not supported here',
  '{': 'command groups { ...; } are not supported here',
};
const UNEXPECTED = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}', 'in']);

interface PendingHeredoc {
  redirect: Redirect;
  delimiter: string;
  strip: boolean;
  expand: boolean;
  /** Line of the input where the heredoc was opened (for bash's end-of-file warning). */
  line: number;
}

export interface ParseOptions {
  /** The input ends here (end of a script): a heredoc may be closed by end of file, as bash allows with a warning. */
  atEof?: boolean;
  /** Line number of the input's first line within its script (default 1). */
  firstLine?: number;
}

/** Parses `src`; on success `warnings` holds bash's non-fatal complaints (heredoc ended by EOF). */
export function parse(src: string, opts: ParseOptions = {}): ParseResult & { warnings?: string[] } {
  const p = new Parser(src, opts.atEof ?? false, opts.firstLine ?? 1);
  try {
    const list = p.parseList();
    if (p.pendingCount() > 0) p.readHeredocs();
    return { ok: true, list, warnings: p.warnings };
  } catch (e) {
    if (e instanceof Stop) return e.incomplete ? { ok: false, incomplete: true, reason: e.message } : { ok: false, incomplete: false, error: e.message };
    throw e;
  }
}



export class Parser extends Lexer {
  private pending: PendingHeredoc[] = [];
  readonly warnings: string[] = [];

  constructor(src: string, private readonly atEof: boolean, private readonly firstLine = 1) {
    super(src);
  }

  protected parseNested(text: string): AndOr[] {
    const sub = parse(text);
    if (!sub.ok) throw new Stop(false, sub.incomplete ? sub.reason : sub.error);
    return sub.list;
  }

  pendingCount(): number {
    return this.pending.length;
  }


  private skipComment(): void {
    while (!this.eof() && this.peek() !== '\n') this.pos++;
  }

  /** Blanks, comments and newlines (reading heredoc bodies at each newline). */
  skipLinebreaks(): void {
    for (;;) {
      this.skipBlanks();
      const c = this.peek();
      if (c === '#') this.skipComment();
      else if (c === '\n') this.newline();
      else break;
    }
  }

  private newline(): void {
    this.pos++;
    this.readHeredocs();
  }

  /** A list up to end of input, a `)` (`paren`) or one of the reserved `words` at a command start. */
  parseList(stop: ListStop = {}): AndOr[] {
    const list: AndOr[] = [];
    for (;;) {
      this.skipLinebreaks();
      if (this.eof()) {
        if (stop.paren) throw new Stop(true, "unexpected EOF while looking for matching `)'");
        if (stop.words) throw new Stop(true, 'syntax error: unexpected end of file');
        return list;
      }
      if (stop.paren && this.peek() === ')') return list;
      const reserved = this.peekReserved();
      if (reserved && stop.words?.includes(reserved)) return list;
      list.push(this.parseAndOr());
      this.skipBlanks();
      if (this.eof()) continue;
      const c = this.peek()!;
      if (c === ';') {
        if (this.at(';;')) throw syntax(';;');
        this.pos++;
      } else if (c === '&') {
        throw new Stop(false, 'running commands in the background (&) is not supported here');
      } else if (c === '#') {
        this.skipComment();
      } else if (c !== '\n' && !(stop.paren && c === ')')) {
        throw syntax(c);
      }
    }
  }

  /** The reserved word at the cursor, if one stands there as a whole word. */
  peekReserved(): string | undefined {
    return /^(for|while|until|if|then|elif|else|fi|do|done|in|case|esac|function|\{|\})(?=[ \t\n;&|()<>]|$)/.exec(this.src.slice(this.pos, this.pos + 9))?.[1];
  }

  /** Skips line breaks and requires reserved `word` next. */
  expectReserved(word: string): void {
    this.skipLinebreaks();
    if (this.eof()) throw new Stop(true, 'syntax error: unexpected end of file');
    const found = this.peekReserved();
    if (found !== word) throw this.unexpectedHere();
    this.pos += word.length;
  }

  /** Consumes reserved `word` if it is next on this line. */
  takeReserved(word: string): boolean {
    this.skipBlanks();
    if (this.peekReserved() !== word) return false;
    this.pos += word.length;
    return true;
  }

  /** The syntax error for whatever token stands at the cursor. */
  unexpectedHere(): Stop {
    if (this.eof()) return new Stop(true, 'syntax error: unexpected end of file');
    const c = this.peek()!;
    if (c === '\n') return syntax('newline');
    const two = this.src.slice(this.pos, this.pos + 2);
    if (['&&', '||', ';;'].includes(two)) return syntax(two);
    const word = this.peekReserved() ?? /^[^ \t\n;&|()<>]+/.exec(this.src.slice(this.pos))?.[0];
    return syntax(word ?? c);
  }

  /** Trailing redirections of a compound command (`done > out.txt`). */
  parseRedirects(): Redirect[] {
    const out: Redirect[] = [];
    for (;;) {
      this.skipBlanks();
      const r = this.tryRedirect();
      if (!r) return out;
      out.push(r);
    }
  }

  invalid(message: string): Stop {
    return new Stop(false, message);
  }

  /** Consumes one `;` or newline (with its heredocs) if present. */
  takeSeparator(): void {
    this.skipBlanks();
    if (this.peek() === ';' && !this.at(';;')) this.pos++;
    else if (this.peek() === '\n') this.newline();
  }

  atLineEnd(): boolean {
    this.skipBlanks();
    const c = this.peek();
    return c === undefined || c === ';' || c === '\n' || c === '&' || c === '|' || c === ')';
  }

  private parseAndOr(): AndOr {
    const chain: AndOr = { first: this.parsePipeline(), rest: [] };
    for (;;) {
      this.skipBlanks();
      const op = this.at('&&') ? '&&' : this.at('||') ? '||' : undefined;
      if (!op) return chain;
      this.pos += 2;
      this.continuation();
      chain.rest.push({ op, pipeline: this.parsePipeline() });
    }
  }

  /** After `|`, `&&` or `||` the command may continue on the next line. */
  private continuation(): void {
    this.skipLinebreaks();
    if (this.eof()) throw new Stop(true, 'syntax error: unexpected end of file');
  }

  private parsePipeline(): Pipeline {
    this.skipBlanks();
    let negate = false;
    if (this.peek() === '!' && (this.peek(1) === ' ' || this.peek(1) === '\t')) {
      negate = true;
      this.pos++;
    }
    const commands = [this.parseCommand()];
    for (;;) {
      this.skipBlanks();
      if (this.peek() !== '|' || this.at('||')) return { negate, commands };
      this.pos++;
      if (this.peek() === '&') {
        // `a |& b` is `a 2>&1 | b`.
        this.pos++;
        commands[commands.length - 1].redirects.push({ fd: 2, op: '>&', target: [{ k: 'lit', text: '1', quoted: false }] });
      }
      this.continuation();
      commands.push(this.parseCommand());
    }
  }

  private parseCommand(): Command {
    this.skipBlanks();
    const reserved = this.peekReserved();
    if (reserved && COMPOUND[reserved]) {
      this.pos += reserved.length;
      return COMPOUND[reserved](this);
    }
    if (reserved && RESERVED[reserved]) throw new Stop(false, RESERVED[reserved]);
    if (reserved && UNEXPECTED.has(reserved)) throw syntax(reserved);
    const cmd: SimpleCommand = { kind: 'simple', assigns: [], words: [], redirects: [] };
    for (;;) {
      this.skipBlanks();
      if (this.eof()) break;
      const c = this.peek()!;
      if (c === '#') {
        this.skipComment();
        break;
      }
      const redirect = this.tryRedirect();
      if (redirect) {
        cmd.redirects.push(redirect);
        continue;
      }
      if (c === '(') {
        if (cmd.words.length === 0 && cmd.assigns.length === 0) throw new Stop(false, 'subshells ( ... ) are not supported here');
        throw syntax('(');
      }
      if (META.has(c)) break;
      const word = this.parseWord();
      if (cmd.words.length === 0) {
        const assignment = asAssignment(word);
        if (assignment) {
          cmd.assigns.push(assignment);
          continue;
        }
      }
      cmd.words.push(word);
    }
    if (!cmd.words.length && !cmd.assigns.length && !cmd.redirects.length) throw this.unexpectedHere();
    return cmd;
  }

  tryRedirect(): Redirect | undefined {
    const m = REDIRECT.exec(this.src.slice(this.pos, this.pos + 12));
    if (!m) return undefined;
    if (m[1] && (m[2] === '&>' || m[2] === '&>>')) return undefined;
    this.pos += m[0].length;
    const op = (m[2] === '>|' ? '>' : m[2]) as RedirectOp | '<<<';
    const fd = m[1] ? Number(m[1]) : op.startsWith('<') ? 0 : 1;
    this.skipBlanks();
    const c = this.peek();
    if (c === undefined || c === '\n') throw syntax('newline');
    if (META.has(c)) throw syntax(this.at('>>') ? '>>' : c);
    const target = this.parseWord();
    if (op === '<<<') {
      // A here-string is a heredoc whose body is the word plus a newline.
      return { fd, op: '<<', target: [{ k: 'lit', text: '', quoted: true }], body: [...target, { k: 'lit', text: '\n', quoted: true }] };
    }
    const redirect: Redirect = { fd, op, target };
    if (op === '<<' || op === '<<-') {
      const expand = target.every((p) => p.k === 'lit' && !p.quoted);
      const line = this.firstLine + (this.src.slice(0, this.pos).match(/\n/g)?.length ?? 0);
      this.pending.push({ redirect, delimiter: literalText(target), strip: op === '<<-', expand, line });
    }
    return redirect;
  }

  /** Reads the bodies of heredocs opened on the line just ended. */
  readHeredocs(): void {
    const todo = this.pending;
    this.pending = [];
    for (const h of todo) {
      let body = '';
      for (;;) {
        if (this.eof()) {
          if (!this.atEof) throw new Stop(true, `here-document delimited by end-of-file (wanted \`${h.delimiter}')`);
          this.warnings.push(`warning: here-document at line ${h.line} delimited by end-of-file (wanted \`${h.delimiter}')`);
          break;
        }
        const nl = this.src.indexOf('\n', this.pos);
        const end = nl === -1 ? this.src.length : nl;
        let line = this.src.slice(this.pos, end);
        this.pos = nl === -1 ? end : end + 1;
        if (h.strip) line = line.replace(/^\t+/, '');
        if (line === h.delimiter) break;
        body += `${line}\n`;
      }
      h.redirect.body = h.expand ? parseHeredocBody(body) : [{ k: 'lit', text: body, quoted: true }];
    }
  }

}

function parseHeredocBody(body: string): Word {
  return new Parser(body, true).parseHeredocText();
}

/** `NAME=value` at the start of a command (the name part unquoted, as bash requires). */
function asAssignment(word: Word): { name: string; value: Word } | undefined {
  const first = word[0];
  if (!first || first.k !== 'lit' || first.quoted) return undefined;
  const m = /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text);
  if (!m) return undefined;
  const rest = first.text.slice(m[0].length);
  const value: Word = rest ? [{ k: 'lit', text: rest, quoted: false }, ...word.slice(1)] : word.slice(1);
  return { name: m[1], value };
}
