/**
 * Parser for Go text/template, following golang/go src/text/template/parse/parse.go: builds
 * trees for the file and every {{define}}/{{block}}, checks functions and variables at parse
 * time, and reports errors as `template: NAME:LINE: MESSAGE` like Go does.
 */
import type {
  ArgNode, CommandNode, ListNode, Node, NumberNode, PipeNode, TemplateNode, VariableNode,
} from './ast.js';
import { nodeString } from './ast.js';
import { goUnquote } from './go-strings.js';
import { lex, type Token } from './lexer.js';
import { parseGoNumber } from './go-number.js';

/** One named template: the file itself or a {{define}}. `text` is the source it came from. */
export interface Tree {
  name: string;
  parseName: string;
  text: string;
  root: ListNode;
}

export class ParseError extends Error {}

type Elem = { kind: 'end'; pos: number } | { kind: 'else'; pos: number; line: number };

function tokString(t: Token): string {
  if (t.type === 'eof') return 'EOF';
  if (t.type === 'error') return t.val;
  if (t.type === 'keyword' || t.type === 'nil' || t.type === 'bool') {
    if (t.type === 'keyword') return `<${t.val}>`;
  }
  if (t.type === 'leftDelim' || t.type === 'rightDelim') return `"${t.val}"`;
  const q = JSON.stringify(t.val);
  return t.val.length > 10 ? `${JSON.stringify(t.val.slice(0, 10)).slice(0, -1)}"...` : q;
}

/** Parses one template file; returns its tree plus all trees it defines, in definition order. */
export function parseTemplate(name: string, text: string, hasFunc: (n: string) => boolean): Tree[] {
  const p = new Parser(name, text, hasFunc);
  return p.parseFile();
}

class Parser {
  private toks: Token[];
  private i = 0;
  private vars: string[] = ['$'];
  private rangeDepth = 0;
  private line = 1;
  private actionLine = 0;
  private out: Tree[] = [];

  constructor(private parseName: string, private text: string, private hasFunc: (n: string) => boolean) {
    this.toks = lex(text);
  }

  private errorf(msg: string): never {
    throw new ParseError(`template: ${this.parseName}:${this.line}: ${msg}`);
  }
  private next(): Token {
    const t = this.toks[this.i]!;
    if (this.i < this.toks.length - 1) this.i++;
    this.line = t.line;
    if (t.type === 'error') this.unexpected(t, '');
    return t;
  }
  private backup(n = 1): void {
    this.i -= n;
  }
  private peek(): Token {
    return this.toks[this.i]!;
  }
  private nextNonSpace(): Token {
    let t = this.next();
    while (t.type === 'space') t = this.next();
    return t;
  }
  /** Like Go's peekNonSpace: consumes spaces, returns the next token without consuming it. */
  private peekNonSpace(): Token {
    while (this.toks[this.i]!.type === 'space') this.next();
    const t = this.toks[this.i]!;
    if (t.type === 'error') this.next();
    return t;
  }
  private skipSpaces(): void {
    while (this.toks[this.i]!.type === 'space') this.next();
  }
  private expect(type: Token['type'], context: string): Token {
    const t = this.nextNonSpace();
    if (t.type !== type) this.unexpected(t, context);
    return t;
  }
  private unexpected(t: Token, context: string): never {
    if (t.type === 'error') {
      let extra = '';
      if (this.actionLine !== 0 && this.actionLine !== t.line) {
        extra = ` in action started at ${this.parseName}:${this.actionLine}`;
        if (t.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      this.line = t.line;
      this.errorf(t.val + extra);
    }
    this.errorf(`unexpected ${tokString(t)} in ${context}`);
  }

  parseFile(): Tree[] {
    const root: ListNode = { kind: 'list', pos: 0, nodes: [] };
    while (this.peek().type !== 'eof') {
      if (this.peek().type === 'leftDelim') {
        const save = this.i;
        const delim = this.next();
        const kw = this.nextNonSpace();
        if (kw.type === 'keyword' && kw.val === 'define') {
          this.actionLine = delim.line;
          this.parseDefinition();
          this.actionLine = 0;
          continue;
        }
        this.i = save;
      }
      const n = this.textOrAction();
      if (n.kind === 'end' || n.kind === 'else') this.errorf(`unexpected {{${n.kind}}}`);
      root.nodes.push(n as Node);
    }
    this.out.unshift({ name: this.parseName, parseName: this.parseName, text: this.text, root });
    return this.out;
  }

  private parseDefinition(): void {
    const context = 'define clause';
    const t = this.nextNonSpace();
    if (t.type !== 'string' && t.type !== 'rawString') this.unexpected(t, context);
    const name = goUnquote(t.val);
    if (name === undefined) this.errorf('invalid syntax');
    this.expect('rightDelim', context);
    const savedVars = this.vars;
    this.vars = ['$'];
    const [list, end] = this.itemList();
    if (end.kind !== 'end') this.errorf(`unexpected {{${end.kind}}} in ${context}`);
    this.vars = savedVars;
    this.out.push({ name, parseName: this.parseName, text: this.text, root: list });
  }

  private itemList(): [ListNode, Elem] {
    const list: ListNode = { kind: 'list', pos: this.peekNonSpace().pos, nodes: [] };
    while (this.peekNonSpace().type !== 'eof') {
      const n = this.textOrAction();
      if (n.kind === 'end' || n.kind === 'else') return [list, n as Elem];
      list.nodes.push(n as Node);
    }
    this.errorf('unexpected EOF');
  }

  private textOrAction(): Node | Elem {
    const t = this.nextNonSpace();
    switch (t.type) {
      case 'text':
        return { kind: 'text', pos: t.pos, text: t.val };
      case 'leftDelim': {
        this.actionLine = t.line;
        const n = this.action();
        this.actionLine = 0;
        return n;
      }
      case 'comment':
        return { kind: 'comment', pos: t.pos, text: t.val };
      default:
        this.unexpected(t, 'input');
    }
  }

  private action(): Node | Elem {
    const t = this.nextNonSpace();
    if (t.type === 'keyword') {
      switch (t.val) {
        case 'block': return this.blockControl();
        case 'break': return this.breakControl(t, 'break');
        case 'continue': return this.breakControl(t, 'continue');
        case 'else': return this.elseControl();
        case 'end': return { kind: 'end', pos: this.expect('rightDelim', 'end').pos };
        case 'if': return this.branch('if');
        case 'range': return this.branch('range');
        case 'template': return this.templateControl();
        case 'with': return this.branch('with');
        case 'define': this.errorf('unexpected <define> in command');
      }
    }
    this.backup();
    const p = this.peekNonSpace();
    return { kind: 'action', pos: p.pos, line: p.line, pipe: this.pipeline('command', 'rightDelim') };
  }

  private breakControl(t: Token, kind: 'break' | 'continue'): Node {
    const tok = this.nextNonSpace();
    if (tok.type !== 'rightDelim') this.unexpected(tok, `{{${kind}}}`);
    if (this.rangeDepth === 0) this.errorf(`{{${kind}}} outside {{range}}`);
    return { kind, pos: t.pos, line: t.line };
  }

  private elseControl(): Elem {
    const p = this.peekNonSpace();
    if (p.type === 'keyword' && (p.val === 'if' || p.val === 'with')) return { kind: 'else', pos: p.pos, line: p.line };
    const t = this.expect('rightDelim', 'else');
    return { kind: 'else', pos: t.pos, line: t.line };
  }

  private branch(kind: 'if' | 'with' | 'range'): Node {
    const mark = this.vars.length;
    const pipe = this.pipeline(kind, 'rightDelim');
    if (kind === 'range') this.rangeDepth++;
    let [list, next] = this.itemList();
    if (kind === 'range') this.rangeDepth--;
    let elseList: ListNode | null = null;
    if (next.kind === 'else') {
      const p = this.peek();
      if (kind !== 'range' && p.type === 'keyword' && p.val === kind) {
        // {{else if x}} / {{else with x}} nest a branch that shares our {{end}}.
        this.next();
        elseList = { kind: 'list', pos: next.pos, nodes: [this.branch(kind)] };
      } else {
        [elseList, next] = this.itemList();
        if (next.kind !== 'end') this.errorf(`expected end; found {{else}}`);
      }
    }
    this.vars.length = mark;
    return { kind, pos: pipe.pos, line: pipe.line, pipe, list, elseList } as Node;
  }

  private templateControl(): TemplateNode {
    const context = 'template clause';
    const t = this.nextNonSpace();
    if (t.type !== 'string' && t.type !== 'rawString') this.unexpected(t, context);
    const name = goUnquote(t.val);
    if (name === undefined) this.errorf('invalid syntax');
    let pipe: PipeNode | null = null;
    if (this.nextNonSpace().type !== 'rightDelim') {
      this.backup();
      pipe = this.pipeline(context, 'rightDelim');
    }
    return { kind: 'template', pos: t.pos, line: t.line, name, pipe };
  }

  private blockControl(): TemplateNode {
    const context = 'block clause';
    const t = this.nextNonSpace();
    if (t.type !== 'string' && t.type !== 'rawString') this.unexpected(t, context);
    const name = goUnquote(t.val)!;
    const pipe = this.pipeline(context, 'rightDelim');
    const savedVars = this.vars;
    this.vars = ['$'];
    const [list, end] = this.itemList();
    if (end.kind !== 'end') this.errorf(`unexpected {{else}} in ${context}`);
    this.vars = savedVars;
    this.out.push({ name, parseName: this.parseName, text: this.text, root: list });
    return { kind: 'template', pos: t.pos, line: t.line, name, pipe };
  }

  private pipeline(context: string, end: 'rightDelim' | 'rightParen'): PipeNode {
    const start = this.peekNonSpace();
    const pipe: PipeNode = { kind: 'pipe', pos: start.pos, line: start.line, isAssign: false, decl: [], cmds: [] };
    // Declarations: $x := / $x = / range $i, $e :=
    for (;;) {
      const v = this.peekNonSpace();
      if (v.type !== 'variable') break;
      const save = this.i;
      this.nextNonSpace();
      const n = this.peekNonSpace();
      if (n.type === 'assign' || n.type === 'declare') {
        pipe.isAssign = n.type === 'assign';
        this.nextNonSpace();
        pipe.decl.push({ kind: 'variable', pos: v.pos, ident: [v.val] });
        this.vars.push(v.val);
        break;
      }
      if (n.type === 'comma') {
        this.nextNonSpace();
        pipe.decl.push({ kind: 'variable', pos: v.pos, ident: [v.val] });
        this.vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const k = this.peekNonSpace().type;
          if (k === 'variable' || k === 'rightDelim' || k === 'rightParen') continue;
          this.errorf('range can only initialize variables');
        }
        this.errorf(`too many declarations in ${context}`);
      }
      this.i = save;
      break;
    }
    for (;;) {
      const t = this.nextNonSpace();
      if (t.type === end) {
        if (pipe.cmds.length === 0) this.errorf(`missing value for ${context}`);
        pipe.cmds.slice(1).forEach((c, i) => {
          const k = c.args[0]!.kind;
          if (k === 'bool' || k === 'dot' || k === 'nil' || k === 'number' || k === 'string') {
            this.errorf(`non executable command in pipeline stage ${i + 2}`);
          }
        });
        return pipe;
      }
      switch (t.type) {
        case 'bool': case 'char': case 'dot': case 'field': case 'identifier': case 'number':
        case 'nil': case 'rawString': case 'string': case 'variable': case 'leftParen':
          this.backup();
          pipe.cmds.push(this.command());
          continue;
        default:
          this.unexpected(t, context);
      }
    }
  }

  private command(): CommandNode {
    const cmd: CommandNode = { kind: 'command', pos: this.peekNonSpace().pos, args: [] };
    for (;;) {
      this.skipSpaces();
      const op = this.operand();
      if (op) cmd.args.push(op);
      const t = this.next();
      if (t.type === 'space') continue;
      if (t.type === 'rightDelim' || t.type === 'rightParen') this.backup();
      else if (t.type !== 'pipe') this.unexpected(t, 'operand');
      break;
    }
    if (cmd.args.length === 0) this.errorf('empty command');
    return cmd;
  }

  private operand(): ArgNode | null {
    let node = this.term();
    if (!node) return null;
    if (this.peek().type === 'field') {
      const pos = this.peek().pos;
      const fields: string[] = [];
      while (this.peek().type === 'field') fields.push(this.next().val.slice(1));
      switch (node.kind) {
        case 'field': node = { kind: 'field', pos, ident: [...node.ident, ...fields] }; break;
        case 'variable': node = { kind: 'variable', pos, ident: [...node.ident, ...fields] }; break;
        case 'bool': case 'string': case 'number': case 'nil': case 'dot':
          this.errorf(`unexpected . after term ${JSON.stringify(nodeString(node))}`);
        default: node = { kind: 'chain', pos, node, field: fields };
      }
    }
    return node;
  }

  private term(): ArgNode | null {
    const t = this.nextNonSpace();
    switch (t.type) {
      case 'identifier':
        if (!this.hasFunc(t.val)) this.errorf(`function ${JSON.stringify(t.val)} not defined`);
        return { kind: 'identifier', pos: t.pos, ident: t.val };
      case 'dot': return { kind: 'dot', pos: t.pos };
      case 'nil': return { kind: 'nil', pos: t.pos };
      case 'variable': {
        const v: VariableNode = { kind: 'variable', pos: t.pos, ident: [t.val] };
        if (!this.vars.includes(t.val)) this.errorf(`undefined variable ${JSON.stringify(t.val)}`);
        return v;
      }
      case 'field': return { kind: 'field', pos: t.pos, ident: [t.val.slice(1)] };
      case 'bool': return { kind: 'bool', pos: t.pos, value: t.val === 'true' };
      case 'char': case 'number': return this.number(t);
      case 'leftParen': return this.pipeline('parenthesized pipeline', 'rightParen');
      case 'string': case 'rawString': {
        const s = goUnquote(t.val);
        if (s === undefined) this.errorf('invalid syntax');
        return { kind: 'string', pos: t.pos, quoted: t.val, text: s };
      }
    }
    this.backup();
    return null;
  }

  private number(t: Token): NumberNode {
    const n: NumberNode = { kind: 'number', pos: t.pos, text: t.val, isInt: false, isFloat: false, int: 0n, float: 0 };
    if (t.type === 'char') {
      const s = goUnquote(t.val);
      if (s === undefined || Array.from(s).length !== 1) this.errorf(`malformed character constant: ${t.val}`);
      const cp = s.codePointAt(0)!;
      return { ...n, isInt: true, isFloat: true, int: BigInt(cp), float: cp };
    }
    const parsed = parseGoNumber(t.val);
    if (!parsed) this.errorf(`illegal number syntax: ${JSON.stringify(t.val)}`);
    return { ...n, ...parsed };
  }
}
