/**
 * Word expansion as bash does it: parameters and command substitutions, then field
 * splitting of unquoted results on blanks and newlines, then pathname globbing (`*.yaml`)
 * against the workspace. Quoted text is never split or globbed.
 */
import type { AndOr, Part, Word } from './ast.js';
import type { ShellState } from './state.js';
import { evalArith } from './arith.js';
import { globFields } from './glob.js';

export interface Expander {
  state: ShellState;
  /** Runs `$(...)` and returns its standard output. */
  substitute(list: AndOr[]): string;
  /** Reports an expansion error (`bash: MESSAGE`) and abandons the input. */
  fail(message: string): void;
}

interface Field {
  text: string;
  /** The field as a glob pattern: quoted characters escaped with a backslash. */
  pattern: string;
  glob: boolean;
  started: boolean;
}

const SPLIT = /[ \t\n]+/;

function emptyField(): Field {
  return { text: '', pattern: '', glob: false, started: false };
}

function escapeGlob(s: string): string {
  return s.replace(/[\\*?[\]]/g, (c) => `\\${c}`);
}

/** Special parameters: `$?`, `$$`, `$#`, `$0`... (positional parameters are always empty here). */
function special(name: string, state: ShellState): string | undefined {
  switch (name) {
    case '?':
      return String(state.lastStatus);
    case '$':
      return '4242';
    case '#':
      return '0';
    case '0':
      return 'bash';
    case '-':
      return 'hB';
    default:
      return /^[1-9@*!]$/.test(name) ? '' : undefined;
  }
}

function lookup(name: string, state: ShellState): string | undefined {
  return special(name, state) ?? state.vars.get(name);
}

/** The value of a `${...}` or `$NAME` part (no splitting yet). */
function paramValue(part: Extract<Part, { k: 'param' }>, ex: Expander): string {
  const value = lookup(part.name, ex.state);
  const argText = (): string => joinWord(part.arg ?? [], ex);
  switch (part.op) {
    case undefined:
      return value ?? '';
    case 'len':
      return String([...(value ?? '')].length);
    case ':-':
      return value ? value : argText();
    case '-':
      return value !== undefined ? value : argText();
    case ':+':
      return value ? argText() : '';
    case '+':
      return value !== undefined ? argText() : '';
    case ':=':
    case '=': {
      if (part.op === ':=' ? value : value !== undefined) return value!;
      const v = argText();
      ex.state.vars.set(part.name, v);
      return v;
    }
  }
}

/** `$(( ))`: `$NAME` and `${NAME}` expand first, then the expression is evaluated. */
function arithValue(expr: string, ex: Expander): string {
  const text = expr.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*|[?#$])\}?/g, (_m, name: string) => lookup(name, ex.state) ?? '');
  const r = evalArith(text, { get: (n) => lookup(n, ex.state), set: (n, v) => ex.state.vars.set(n, v) });
  if (r.ok) return String(r.value);
  ex.fail(r.error);
  return '';
}

function partValue(part: Part, ex: Expander): string {
  if (part.k === 'lit') return part.text;
  if (part.k === 'param') return paramValue(part, ex);
  if (part.k === 'arith') return arithValue(part.expr, ex);
  return ex.substitute(part.list).replace(/\n+$/, '');
}

/** Expands a word to one string without splitting (assignments, redirect targets, heredocs). */
export function joinWord(word: Word, ex: Expander): string {
  return word.map((p) => partValue(p, ex)).join('');
}

/** `~` and `~/...` at the start of an unquoted word mean $HOME (other `~user` forms stay as typed). */
function tilde(word: Word, state: ShellState): Word {
  const first = word[0];
  if (!first || first.k !== 'lit' || first.quoted || !/^~(\/|$)/.test(first.text)) return word;
  if (first.text === '~' && word.length > 1 && !(word[1].k === 'lit' && word[1].text.startsWith('/'))) return word;
  const home = state.vars.get('HOME');
  if (home === undefined) return word;
  return [{ k: 'lit', text: home, quoted: true }, { k: 'lit', text: first.text.slice(1), quoted: false }, ...word.slice(1)];
}

/** Expands a word into fields (before globbing). */
function fieldsOf(original: Word, ex: Expander): Field[] {
  const word = tilde(original, ex.state);
  const out: Field[] = [];
  let cur = emptyField();
  const finish = (): void => {
    if (cur.started) out.push(cur);
    cur = emptyField();
  };
  for (const part of word) {
    const value = partValue(part, ex);
    if (part.quoted) {
      cur.text += value;
      cur.pattern += escapeGlob(value);
      cur.started = true;
      continue;
    }
    if (part.k === 'lit') {
      cur.text += value;
      cur.pattern += value;
      cur.glob ||= /[*?[]/.test(value);
      cur.started = true;
      continue;
    }
    if (!value) continue;
    const pieces = value.split(SPLIT);
    pieces.forEach((piece, i) => {
      if (i > 0) finish();
      if (!piece) return;
      cur.text += piece;
      cur.pattern += piece;
      cur.glob ||= /[*?[]/.test(piece);
      cur.started = true;
    });
  }
  finish();
  return out;
}

/** Expands command words into argument strings (split and globbed). */
export function expandWords(words: Word[], ex: Expander, opts: { assignmentArgs?: boolean } = {}): string[] {
  const args: string[] = [];
  for (const word of words) {
    if (opts.assignmentArgs && args.length > 0 && isAssignmentWord(word)) {
      args.push(joinWord(word, ex));
      continue;
    }
    for (const f of fieldsOf(word, ex)) {
      if (f.glob) args.push(...globFields(f.pattern, f.text, ex.state.workspace));
      else args.push(f.text);
    }
  }
  return args;
}

/** `NAME=value` as an argument of `export`/`declare`: bash expands it without splitting. */
function isAssignmentWord(word: Word): boolean {
  const first = word[0];
  return !!first && first.k === 'lit' && !first.quoted && /^[A-Za-z_][A-Za-z0-9_]*=/.test(first.text);
}
