/**
 * Parser for the subset of Go text/template that `kubectl -o go-template` users write:
 * text, `{{pipeline}}`, `{{- trim -}}`, comments, `if/else if/else`, `range` (with `$i, $v :=`
 * and `else`), `with`, variables, parenthesised pipelines and function calls.
 */

export type Arg =
  | { t: 'dot' }
  | { t: 'field'; chain: string[]; base?: Arg }
  | { t: 'var'; name: string; chain: string[] }
  | { t: 'str'; v: string }
  | { t: 'num'; v: number }
  | { t: 'bool'; v: boolean }
  | { t: 'nil' }
  | { t: 'fn'; name: string }
  | { t: 'pipe'; pipe: Pipe; chain: string[] };

export interface Pipe {
  decl: string[];
  assign: boolean;
  cmds: Arg[][];
}

export type TNode =
  | { t: 'text'; text: string }
  | { t: 'action'; pipe: Pipe; src: string }
  | { t: 'if' | 'with'; pipe: Pipe; body: TNode[]; alt: TNode[] }
  | { t: 'range'; pipe: Pipe; body: TNode[]; alt: TNode[] };

/** A template that does not parse; the message is text/template's. */
export class TemplateParseError extends Error {}

interface Segment {
  kind: 'text' | 'action';
  text: string;
  line: number;
}

/** Splits the template into text and action segments, applying `{{-` and `-}}` trimming. */
function segments(src: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  let line = 1;
  while (i < src.length) {
    const open = src.indexOf('{{', i);
    if (open < 0) {
      out.push({ kind: 'text', text: src.slice(i), line });
      break;
    }
    out.push({ kind: 'text', text: src.slice(i, open), line });
    line += (src.slice(i, open).match(/\n/g) ?? []).length;
    let j = open + 2;
    let quote = '';
    for (; j < src.length; j++) {
      const c = src[j];
      if (quote) {
        if (c === '\\' && quote === '"') j++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === '`' || c === "'") quote = c;
      else if (c === '}' && src[j + 1] === '}') break;
      else if (c === '\n' && !src.slice(open + 2, j).trimStart().startsWith('/*')) throw new TemplateParseError(`template: output:${line}: unclosed action`);
    }
    if (j >= src.length) throw new TemplateParseError(`template: output:${line}: unclosed action`);
    let body = src.slice(open + 2, j);
    if (body.startsWith('- ') || body === '-') {
      body = body.slice(1);
      const prev = out[out.length - 1];
      prev.text = prev.text.replace(/[ \t\r\n]+$/, '');
    }
    let trimRight = false;
    if (body.endsWith(' -')) {
      body = body.slice(0, -1);
      trimRight = true;
    }
    out.push({ kind: 'action', text: body.trim(), line });
    i = j + 2;
    if (trimRight) while (i < src.length && ' \t\r\n'.includes(src[i])) i++;
  }
  return out.filter((s) => s.kind === 'action' || s.text !== '');
}

const TOKEN = /\s+|("(?:[^"\\]|\\.)*")|(`[^`]*`)|('(?:[^'\\]|\\.)')|(:=|=|\||\(|\)|,)|(\$[A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)|(\.[A-Za-z0-9_.]*)|([-+]?(?:0x[0-9a-fA-F]+|\d+\.?\d*(?:[eE][-+]?\d+)?))|([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)/y;

function tokenize(src: string, line: number): string[] {
  const toks: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m || TOKEN.lastIndex === start) throw new TemplateParseError(`template: output:${line}: unexpected "${src[start]}" in command`);
    if (m[0].trim()) toks.push(m[0]);
  }
  return toks;
}

function unquote(s: string): string {
  if (s.startsWith('`')) return s.slice(1, -1);
  const esc: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', "'": "'", a: '\x07', b: '\b', f: '\f', v: '\v' };
  return s.slice(1, -1).replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.)/g, (_, e: string) =>
    e.length > 1 ? String.fromCodePoint(parseInt(e.slice(1), 16)) : esc[e] ?? e);
}

class PipeParser {
  private pos = 0;
  constructor(private readonly toks: string[], private readonly line: number) {}

  parse(): Pipe {
    const pipe = this.pipe();
    if (this.pos < this.toks.length) throw new TemplateParseError(`template: output:${this.line}: unexpected "${this.toks[this.pos]}" in operand`);
    return pipe;
  }

  private pipe(): Pipe {
    const decl: string[] = [];
    let assign = false;
    const save = this.pos;
    while (this.toks[this.pos]?.startsWith('$') && !this.toks[this.pos].includes('.')) {
      decl.push(this.toks[this.pos++]);
      if (this.toks[this.pos] === ',') {
        this.pos++;
        continue;
      }
      break;
    }
    if (decl.length && (this.toks[this.pos] === ':=' || this.toks[this.pos] === '=')) {
      assign = this.toks[this.pos] === '=';
      this.pos++;
    } else {
      decl.length = 0;
      this.pos = save;
    }
    const cmds: Arg[][] = [];
    for (;;) {
      const cmd: Arg[] = [];
      while (this.pos < this.toks.length && this.toks[this.pos] !== '|' && this.toks[this.pos] !== ')') cmd.push(this.operand());
      if (!cmd.length) throw new TemplateParseError(`template: output:${this.line}: missing value for command`);
      cmds.push(cmd);
      if (this.toks[this.pos] !== '|') break;
      this.pos++;
    }
    return { decl, assign, cmds };
  }

  private operand(): Arg {
    const tok = this.toks[this.pos++];
    if (tok === '(') {
      const pipe = this.pipe();
      if (this.toks[this.pos++] !== ')') throw new TemplateParseError(`template: output:${this.line}: unclosed left paren`);
      const next = this.toks[this.pos];
      let chain: string[] = [];
      if (next?.startsWith('.') && next.length > 1) {
        chain = next.slice(1).split('.');
        this.pos++;
      }
      return { t: 'pipe', pipe, chain };
    }
    if (tok === '.') return { t: 'dot' };
    if (tok.startsWith('.')) return { t: 'field', chain: tok.slice(1).split('.') };
    if (tok.startsWith('$')) {
      const [name, ...chain] = tok.split('.');
      return { t: 'var', name, chain };
    }
    if (tok.startsWith('"') || tok.startsWith('`')) return { t: 'str', v: unquote(tok) };
    if (tok.startsWith("'")) return { t: 'num', v: unquote(tok).codePointAt(0)! };
    if (/^[-+]?\d|^0x/.test(tok)) return { t: 'num', v: Number(tok) };
    if (tok === 'true' || tok === 'false') return { t: 'bool', v: tok === 'true' };
    if (tok === 'nil') return { t: 'nil' };
    if (/^[A-Za-z_]/.test(tok)) return { t: 'fn', name: tok };
    throw new TemplateParseError(`template: output:${this.line}: unexpected "${tok}" in operand`);
  }
}

function parsePipe(src: string, line: number): Pipe {
  return new PipeParser(tokenize(src, line), line).parse();
}

/** Parses a template into a node tree. Throws TemplateParseError in text/template's words. */
export function parseGoTemplate(src: string): TNode[] {
  const segs = segments(src);
  let i = 0;
  const block = (terminators: string[]): { nodes: TNode[]; end: string } => {
    const nodes: TNode[] = [];
    while (i < segs.length) {
      const s = segs[i++];
      if (s.kind === 'text') {
        nodes.push({ t: 'text', text: s.text });
        continue;
      }
      const a = s.text;
      if (a.startsWith('/*')) continue;
      const word = /^[a-z]+/.exec(a)?.[0] ?? '';
      if (word === 'end' || word === 'else') {
        if (!terminators.length) throw new TemplateParseError(`template: output:${s.line}: unexpected {{${word}}}`);
        i--;
        return { nodes, end: word };
      }
      if (word === 'if' || word === 'with' || word === 'range') {
        nodes.push(control(word, a, s.line));
        continue;
      }
      nodes.push({ t: 'action', pipe: parsePipe(a, s.line), src: a });
    }
    if (terminators.length) throw new TemplateParseError(`template: output:${segs[segs.length - 1]?.line ?? 1}: unexpected EOF`);
    return { nodes, end: '' };
  };
  /** One if/with/range, consuming everything up to and including its {{end}}. */
  const control = (word: 'if' | 'with' | 'range', action: string, line: number): TNode => {
    const pipe = parsePipe(action.slice(word.length), line);
    const body = block(['end', 'else']);
    let alt: TNode[] = [];
    const seg = segs[i++];
    if (body.end === 'else') {
      const rest = seg.text.slice(4).trim();
      if (word === 'if' && rest.startsWith('if ')) {
        // `{{else if x}}`: an if nested in the else branch that shares the final {{end}}.
        alt = [control('if', rest, seg.line)];
        return { t: word, pipe, body: body.nodes, alt };
      }
      alt = block(['end']).nodes;
      const end = segs[i++];
      if (!end) throw new TemplateParseError(`template: output:${line}: unexpected EOF`);
    } else if (!seg) {
      throw new TemplateParseError(`template: output:${line}: unexpected EOF`);
    }
    return { t: word, pipe, body: body.nodes, alt };
  };
  return block([]).nodes;
}
