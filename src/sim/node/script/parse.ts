/**
 * A small POSIX-shell parser for container commands (`sh -c "..."`): lists with `;`, `&&`,
 * `||`, newlines and pipes, redirections, `while`/`until`/`for`/`if`, quoting and
 * substitutions. Words stay raw here; expansion happens when they run (run.ts).
 * Learner input is only ever interpreted, never evaluated.
 */

export type Redirect = { fd: 1 | 2; op: '>' | '>>' | '>&'; target: string } | { fd: 0; op: '<'; target: string };

export type Command =
  | { kind: 'simple'; words: string[]; redirects: Redirect[]; assigns: [string, string][] }
  | { kind: 'while'; until: boolean; cond: Script; body: Script }
  | { kind: 'for'; name: string; words: string[] | undefined; body: Script }
  | { kind: 'if'; branches: { cond: Script; body: Script }[]; otherwise?: Script }
  | { kind: 'group'; body: Script };

export interface Pipeline { commands: Command[]; negate: boolean }
export interface AndOr { items: { op: '&&' | '||' | null; pipeline: Pipeline }[]; background: boolean }
export type Script = AndOr[];

type Token = { t: 'word'; v: string } | { t: 'op'; v: string } | { t: 'redir'; v: string };

export type ParseResult = { ok: true; script: Script } | { ok: false; error: string };

/** Parses a script; errors read like busybox sh (`sh: syntax error: unexpected "done"`). */
export function parseScript(src: string): ParseResult {
  const tokens = tokenize(src);
  if (!Array.isArray(tokens)) return { ok: false, error: tokens.error };
  const p = new Parser(tokens);
  const script = p.seq(new Set());
  if (p.error) return { ok: false, error: p.error };
  if (p.pos < tokens.length) return { ok: false, error: `syntax error: unexpected "${tokens[p.pos].v}"` };
  return { ok: true, script };
}

function tokenize(src: string): Token[] | { error: string } {
  const out: Token[] = [];
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\r') { i++; continue; }
    if (c === '\\' && src[i + 1] === '\n') { i += 2; continue; }
    if (c === '#') { while (i < n && src[i] !== '\n') i++; continue; }
    if (c === '\n' || c === ';') { out.push({ t: 'op', v: c === '\n' ? '\n' : ';' }); i++; continue; }
    if (c === '&' && src[i + 1] === '&') { out.push({ t: 'op', v: '&&' }); i += 2; continue; }
    if (c === '|' && src[i + 1] === '|') { out.push({ t: 'op', v: '||' }); i += 2; continue; }
    if (c === '|') { out.push({ t: 'op', v: '|' }); i++; continue; }
    if (c === '&' && src[i + 1] === '>') { out.push({ t: 'redir', v: '&>' }); i += 2; continue; }
    if (c === '&') { out.push({ t: 'op', v: '&' }); i++; continue; }
    if (c === '(' || c === ')') { out.push({ t: 'op', v: c }); i++; continue; }
    const redir = /^(\d?)(>>|>&|>|<)(&?\d?)/.exec(src.slice(i, i + 5));
    if (redir && (redir[1] || c === '>' || c === '<')) {
      out.push({ t: 'redir', v: redir[0] });
      i += redir[0].length;
      continue;
    }
    // A word: up to unquoted whitespace or operator.
    let j = i;
    while (j < n) {
      const d = src[j];
      if (' \t\r\n;&|()<>'.includes(d)) break;
      if (d === '\\') { j += 2; continue; }
      if (d === "'") { const e = src.indexOf("'", j + 1); if (e < 0) return { error: 'syntax error: unterminated quoted string' }; j = e + 1; continue; }
      if (d === '"') { const e = closeDouble(src, j + 1); if (e < 0) return { error: 'syntax error: unterminated quoted string' }; j = e + 1; continue; }
      if (d === '`') { const e = src.indexOf('`', j + 1); if (e < 0) return { error: 'syntax error: unterminated quoted string' }; j = e + 1; continue; }
      if (d === '$' && (src[j + 1] === '(' || src[j + 1] === '{')) { const e = closeParen(src, j + 1); if (e < 0) return { error: 'syntax error: unexpected end of file' }; j = e + 1; continue; }
      j++;
    }
    out.push({ t: 'word', v: src.slice(i, j) });
    i = j;
  }
  return out;
}

/** Index of the `"` closing a double-quoted string that starts at `from`. */
export function closeDouble(src: string, from: number): number {
  for (let j = from; j < src.length; j++) {
    if (src[j] === '\\') { j++; continue; }
    if (src[j] === '"') return j;
    if (src[j] === '$' && (src[j + 1] === '(' || src[j + 1] === '{')) { const e = closeParen(src, j + 1); if (e < 0) return -1; j = e; }
  }
  return -1;
}

/** Index of the bracket closing the `(` or `{` at `open`, honouring quotes. */
export function closeParen(src: string, open: number): number {
  const o = src[open];
  const c = o === '(' ? ')' : '}';
  let depth = 0;
  for (let j = open; j < src.length; j++) {
    const d = src[j];
    if (d === '\\') { j++; continue; }
    if (d === "'") { const e = src.indexOf("'", j + 1); if (e < 0) return -1; j = e; continue; }
    if (d === '"') { const e = closeDouble(src, j + 1); if (e < 0) return -1; j = e; continue; }
    if (d === o) depth++;
    else if (d === c && --depth === 0) return j;
  }
  return -1;
}

const RESERVED = new Set(['do', 'done', 'then', 'else', 'elif', 'fi', 'in', '}']);

class Parser {
  pos = 0;
  error?: string;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined { return this.tokens[this.pos]; }
  private isWord(v: string): boolean { const t = this.peek(); return !!t && t.t === 'word' && t.v === v; }
  private skipNewlines(): void { while (this.peek()?.t === 'op' && (this.peek()!.v === '\n' || this.peek()!.v === ';')) this.pos++; }
  private fail(msg: string): void { if (!this.error) this.error = msg; this.pos = this.tokens.length; }
  private expect(word: string): void {
    this.skipNewlines();
    if (this.isWord(word)) this.pos++;
    else this.fail(this.peek() ? `syntax error: unexpected "${this.peek()!.v}"` : `syntax error: unexpected end of file (expecting "${word}")`);
  }

  seq(stop: Set<string>): Script {
    const list: AndOr[] = [];
    for (;;) {
      this.skipNewlines();
      const t = this.peek();
      if (!t || this.error) break;
      if (t.t === 'word' && stop.has(t.v)) break;
      if (t.t === 'op' && t.v === ')') break;
      const ao = this.andOr();
      if (!ao) break;
      list.push(ao);
    }
    return list;
  }

  private andOr(): AndOr | undefined {
    const items: AndOr['items'] = [];
    let op: '&&' | '||' | null = null;
    for (;;) {
      const pl = this.pipeline();
      if (!pl) { this.fail(this.peek() ? `syntax error: unexpected "${this.peek()!.v}"` : 'syntax error: unexpected end of file'); return undefined; }
      items.push({ op, pipeline: pl });
      const t = this.peek();
      if (t?.t === 'op' && (t.v === '&&' || t.v === '||')) {
        op = t.v;
        this.pos++;
        while (this.peek()?.t === 'op' && this.peek()!.v === '\n') this.pos++;
        continue;
      }
      let background = false;
      if (t?.t === 'op' && t.v === '&') { background = true; this.pos++; }
      return { items, background };
    }
  }

  private pipeline(): Pipeline | undefined {
    let negate = false;
    if (this.isWord('!')) { negate = true; this.pos++; }
    const commands: Command[] = [];
    for (;;) {
      const c = this.command();
      if (!c) return undefined;
      commands.push(c);
      if (this.peek()?.t === 'op' && this.peek()!.v === '|') { this.pos++; continue; }
      return { commands, negate };
    }
  }

  private command(): Command | undefined {
    const t = this.peek();
    if (!t) return undefined;
    if (t.t === 'word' && (t.v === 'while' || t.v === 'until')) {
      this.pos++;
      const cond = this.seq(new Set(['do']));
      this.expect('do');
      const body = this.seq(new Set(['done']));
      this.expect('done');
      return { kind: 'while', until: t.v === 'until', cond, body };
    }
    if (t.t === 'word' && t.v === 'for') {
      this.pos++;
      const name = this.peek()?.v ?? '';
      this.pos++;
      let words: string[] | undefined;
      if (this.isWord('in')) {
        this.pos++;
        words = [];
        while (this.peek()?.t === 'word') words.push(this.tokens[this.pos++].v);
      }
      this.expect('do');
      const body = this.seq(new Set(['done']));
      this.expect('done');
      return { kind: 'for', name, words, body };
    }
    if (t.t === 'word' && t.v === 'if') {
      this.pos++;
      const branches: { cond: Script; body: Script }[] = [];
      let otherwise: Script | undefined;
      for (;;) {
        const cond = this.seq(new Set(['then']));
        this.expect('then');
        const body = this.seq(new Set(['elif', 'else', 'fi']));
        branches.push({ cond, body });
        this.skipNewlines();
        if (this.isWord('elif')) { this.pos++; continue; }
        if (this.isWord('else')) { this.pos++; otherwise = this.seq(new Set(['fi'])); }
        this.expect('fi');
        return { kind: 'if', branches, otherwise };
      }
    }
    if (t.t === 'word' && t.v === '{') {
      this.pos++;
      const body = this.seq(new Set(['}']));
      this.expect('}');
      return { kind: 'group', body };
    }
    if (t.t === 'op' && t.v === '(') {
      this.pos++;
      const body = this.seq(new Set());
      if (this.peek()?.t === 'op' && this.peek()!.v === ')') this.pos++;
      else this.fail('syntax error: unexpected end of file (expecting ")")');
      return { kind: 'group', body };
    }
    if (t.t === 'word' && RESERVED.has(t.v)) return undefined;
    const words: string[] = [];
    const redirects: Redirect[] = [];
    const assigns: [string, string][] = [];
    for (;;) {
      const x = this.peek();
      if (!x || x.t === 'op') break;
      if (x.t === 'redir') {
        this.pos++;
        const r = parseRedirect(x.v, this.peek()?.t === 'word' ? this.peek()!.v : undefined);
        if (!r) { this.fail(`syntax error: unexpected "${this.peek()?.v ?? 'newline'}"`); return undefined; }
        if (r.consumed) this.pos++;
        redirects.push(...r.redirects);
        continue;
      }
      const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(x.v);
      if (m && words.length === 0) assigns.push([m[1], m[2]]);
      else words.push(x.v);
      this.pos++;
    }
    if (!words.length && !redirects.length && !assigns.length) return undefined;
    return { kind: 'simple', words, redirects, assigns };
  }
}

function parseRedirect(op: string, next: string | undefined): { redirects: Redirect[]; consumed: boolean } | undefined {
  if (op === '&>') return next ? { redirects: [{ fd: 1, op: '>', target: next }, { fd: 2, op: '>&', target: '1' }], consumed: true } : undefined;
  const m = /^(\d?)(>>|>&|>|<)(&?\d?)$/.exec(op)!;
  const fd = m[1] ? Number(m[1]) : m[2] === '<' ? 0 : 1;
  if (m[2] === '>&' || m[3].startsWith('&')) {
    const target = m[3].replace('&', '') || next;
    if (!target) return undefined;
    return { redirects: [{ fd: fd === 2 ? 2 : 1, op: '>&', target }], consumed: !m[3].replace('&', '') };
  }
  if (!next) return undefined;
  if (m[2] === '<') return { redirects: [{ fd: 0, op: '<', target: next }], consumed: true };
  return { redirects: [{ fd: fd === 2 ? 2 : 1, op: m[2] as '>' | '>>', target: next }], consumed: true };
}
