/**
 * The parsed form of one shell input: a list of and-or chains of pipelines of simple
 * commands, as in POSIX sh. Words stay unexpanded (parts) until the command runs, because
 * `$?` and `$(...)` depend on what ran before.
 */

/** A piece of a word. `quoted` parts are never field-split (and never globbed). */
export type Part =
  | { k: 'lit'; text: string; quoted: boolean }
  | { k: 'param'; name: string; op?: ParamOp; arg?: Part[]; quoted: boolean }
  | { k: 'cmd'; list: AndOr[]; quoted: boolean }
  /** `$(( expr ))`: the expression text, parameters expanded when evaluated. */
  | { k: 'arith'; expr: string; quoted: boolean };

/** `${NAME:-word}` and friends; `len` is `${#NAME}`. */
export type ParamOp = ':-' | '-' | ':+' | '+' | ':=' | '=' | 'len';

export type Word = Part[];

export type RedirectOp = '>' | '>>' | '<' | '>&' | '<&' | '<<' | '<<-' | '&>' | '&>>';

export interface Redirect {
  fd: number;
  op: RedirectOp;
  /** File name, or fd number for `>&`/`<&`; for heredocs the delimiter as typed. */
  target: Word;
  /** Heredoc body (filled in when the lines after the command are read). */
  body?: Word;
}

export interface Assignment {
  name: string;
  value: Word;
}

export interface SimpleCommand {
  kind: 'simple';
  assigns: Assignment[];
  words: Word[];
  redirects: Redirect[];
}

/** `for NAME in WORDS; do BODY; done` (no `in`: the positional parameters, always empty here). */
export interface ForLoop {
  kind: 'for';
  name: string;
  words: Word[];
  body: AndOr[];
  redirects: Redirect[];
}

/** `while COND; do BODY; done` and `until COND; do BODY; done`. */
export interface WhileLoop {
  kind: 'while';
  until: boolean;
  cond: AndOr[];
  body: AndOr[];
  redirects: Redirect[];
}

/** `if C; then B; elif C; then B; else B; fi`. */
export interface IfClause {
  kind: 'if';
  branches: { cond: AndOr[]; body: AndOr[] }[];
  otherwise?: AndOr[];
  redirects: Redirect[];
}

export type Command = SimpleCommand | ForLoop | WhileLoop | IfClause;

export interface Pipeline {
  negate: boolean;
  commands: Command[];
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export type ParseResult =
  | { ok: true; list: AndOr[] }
  | { ok: false; incomplete: true; reason: string }
  | { ok: false; incomplete: false; error: string };

/** Concatenates literal text of a word, ignoring expansions (for heredoc delimiters). */
export function literalText(word: Word): string {
  return word.map((p) => (p.k === 'lit' ? p.text : '')).join('');
}
