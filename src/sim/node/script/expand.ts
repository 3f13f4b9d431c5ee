/**
 * Word expansion: quotes, `$VAR`, `${VAR:-default}`, `$?`, `$(...)` and backquotes, with
 * field splitting of unquoted expansions. Command substitution runs the inner script, so
 * expansion is a generator too (a `$(sleep 1; date)` takes a virtual second).
 */
import { closeDouble, closeParen } from './parse.js';
import type { Gen, ShellState } from './types.js';

export type Substitute = (src: string) => Gen<string>;

/** Expands one raw word into fields. */
export function* expandWord(raw: string, state: ShellState, sub: Substitute): Gen<string[]> {
  const fields: string[] = [];
  let cur = '';
  let has = false;
  const pushSplit = (text: string) => {
    const parts = text.split(/[ \t\n]+/);
    parts.forEach((p, i) => {
      if (i > 0) { if (has) fields.push(cur); cur = ''; has = false; }
      if (p) { cur += p; has = true; }
    });
  };
  let i = 0;
  while (i < raw.length) {
    const c = raw[i];
    if (c === "'") {
      const e = raw.indexOf("'", i + 1);
      cur += raw.slice(i + 1, e);
      has = true;
      i = e + 1;
    } else if (c === '"') {
      const e = closeDouble(raw, i + 1);
      cur += yield* expandDouble(raw.slice(i + 1, e), state, sub);
      has = true;
      i = e + 1;
    } else if (c === '\\') {
      cur += raw[i + 1] ?? '';
      has = true;
      i += 2;
    } else if (c === '$' || c === '`') {
      const r = yield* expandDollar(raw, i, state, sub);
      pushSplit(r.text);
      i = r.next;
    } else {
      cur += c;
      has = true;
      i++;
    }
  }
  if (has) fields.push(cur);
  return fields;
}

function* expandDouble(s: string, state: ShellState, sub: Substitute): Gen<string> {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '\\' && '"\\$`\n'.includes(s[i + 1] ?? '')) { out += s[i + 1]; i += 2; continue; }
    if (c === '$' || c === '`') {
      const r = yield* expandDollar(s, i, state, sub);
      out += r.text;
      i = r.next;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

function* expandDollar(s: string, i: number, state: ShellState, sub: Substitute): Gen<{ text: string; next: number }> {
  if (s[i] === '`') {
    const e = s.indexOf('`', i + 1);
    return { text: stripNl(yield* sub(s.slice(i + 1, e))), next: e + 1 };
  }
  const n = s[i + 1];
  if (n === '(' && s[i + 2] === '(') {
    const e = closeParen(s, i + 1);
    const expr = s.slice(i + 3, e - 1);
    return { text: String(arithmetic(expr, state)), next: e + 1 };
  }
  if (n === '(') {
    const e = closeParen(s, i + 1);
    return { text: stripNl(yield* sub(s.slice(i + 2, e))), next: e + 1 };
  }
  if (n === '{') {
    const e = closeParen(s, i + 1);
    const inner = s.slice(i + 2, e);
    const m = /^([A-Za-z_][A-Za-z0-9_]*|[?$#0-9])(?:(:?[-=+?])(.*))?$/s.exec(inner);
    if (!m) return { text: '', next: e + 1 };
    const v = lookup(m[1], state);
    let text = v ?? '';
    if (m[2]) {
      const empty = m[2].startsWith(':') ? !v : v === undefined;
      const op = m[2].replace(':', '');
      const word = m[3] ?? '';
      if (op === '-' || op === '=') text = empty ? word : text;
      if (op === '=' && empty) state.env.set(m[1], word);
      if (op === '+') text = empty ? '' : word;
    }
    return { text, next: e + 1 };
  }
  const m = /^([A-Za-z_][A-Za-z0-9_]*|[?$#0-9])/.exec(s.slice(i + 1));
  if (!m) return { text: '$', next: i + 1 };
  return { text: lookup(m[1], state) ?? '', next: i + 1 + m[1].length };
}

function lookup(name: string, state: ShellState): string | undefined {
  if (name === '?') return String(state.status);
  if (name === '$') return '1';
  if (name === '#') return '0';
  if (name === '0') return 'sh';
  return state.env.get(name);
}

function stripNl(s: string): string {
  return s.replace(/\n+$/, '');
}

/** `$(( ... ))`: integer arithmetic over variables, + - * / %, comparisons and parentheses. */
export function arithmetic(expr: string, state: ShellState): number {
  const tokens = expr.match(/\d+|[A-Za-z_][A-Za-z0-9_]*|==|!=|<=|>=|&&|\|\||[-+*/%()<>!]/g) ?? [];
  let pos = 0;
  const value = (t: string): number => (/^\d/.test(t) ? Number(t) : Number(state.env.get(t) ?? 0) || 0);
  const binary = (ops: Record<string, (a: number, b: number) => number>, next: () => number) => (): number => {
    let v = next();
    while (pos < tokens.length && ops[tokens[pos]]) { const op = ops[tokens[pos++]]; v = op(v, next()); }
    return v;
  };
  const primary = (): number => {
    const t = tokens[pos++];
    if (t === '(') { const v = or(); pos++; return v; }
    if (t === '-') return -primary();
    if (t === '+') return primary();
    if (t === '!') return primary() ? 0 : 1;
    return t === undefined ? 0 : value(t);
  };
  const mul = binary({ '*': (a, b) => a * b, '/': (a, b) => (b ? Math.trunc(a / b) : 0), '%': (a, b) => (b ? a % b : 0) }, primary);
  const add = binary({ '+': (a, b) => a + b, '-': (a, b) => a - b }, mul);
  const cmp = binary({ '<': (a, b) => +(a < b), '>': (a, b) => +(a > b), '<=': (a, b) => +(a <= b), '>=': (a, b) => +(a >= b) }, add);
  const eq = binary({ '==': (a, b) => +(a === b), '!=': (a, b) => +(a !== b) }, cmp);
  const and = binary({ '&&': (a, b) => +(!!a && !!b) }, eq);
  const or: () => number = binary({ '||': (a, b) => +(!!a || !!b) }, and);
  return or();
}
