/**
 * Compound commands — `for`, `while`/`until`, `if` — parsed after their opening reserved
 * word (a table keyed by that word). Their bodies are ordinary lists ending at the next
 * reserved word, so they may span lines like anything else.
 */
import type { AndOr, Command, ForLoop, IfClause, Word, WhileLoop } from './ast.js';
import { literalText } from './ast.js';
import type { ListStop, Stop } from './lexer.js';

/** What compound parsing needs from the parser. */
export interface CompoundParser {
  parseList(stop: ListStop): AndOr[];
  expectReserved(word: string): void;
  takeReserved(word: string): boolean;
  peekReserved(): string | undefined;
  parseWord(): Word;
  parseRedirects(): Command['redirects'];
  takeSeparator(): void;
  atLineEnd(): boolean;
  skipBlanks(): void;
  skipLinebreaks(): void;
  eof(): boolean;
  unexpectedHere(): Stop;
  invalid(message: string): Stop;
}

/** A list that must not be empty (bash: `syntax error near unexpected token `done'`). */
function body(p: CompoundParser, until: readonly string[]): AndOr[] {
  const list = p.parseList({ words: until });
  if (!list.length) throw p.unexpectedHere();
  return list;
}

function parseFor(p: CompoundParser): ForLoop {
  p.skipBlanks();
  const nameWord = p.parseWord();
  const name = literalText(nameWord);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || nameWord.some((x) => x.k !== 'lit')) throw p.invalid(`\`${name}': not a valid identifier`);
  const words: Word[] = [];
  p.skipBlanks();
  if (!p.atLineEnd()) {
    if (!p.takeReserved('in')) throw p.unexpectedHere();
    while (!p.atLineEnd()) words.push(p.parseWord());
  } else {
    p.takeSeparator();
    p.skipLinebreaks();
    if (p.takeReserved('in')) while (!p.atLineEnd()) words.push(p.parseWord());
  }
  p.takeSeparator();
  p.expectReserved('do');
  const loop = body(p, ['done']);
  p.expectReserved('done');
  return { kind: 'for', name, words, body: loop, redirects: p.parseRedirects() };
}

function parseWhile(until: boolean) {
  return (p: CompoundParser): WhileLoop => {
    const cond = body(p, ['do']);
    p.expectReserved('do');
    const loop = body(p, ['done']);
    p.expectReserved('done');
    return { kind: 'while', until, cond, body: loop, redirects: p.parseRedirects() };
  };
}

function parseIf(p: CompoundParser): IfClause {
  const branches: IfClause['branches'] = [];
  let otherwise: AndOr[] | undefined;
  for (;;) {
    const cond = body(p, ['then']);
    p.expectReserved('then');
    const then = body(p, ['elif', 'else', 'fi']);
    branches.push({ cond, body: then });
    p.skipLinebreaks();
    if (p.takeReserved('elif')) continue;
    if (p.takeReserved('else')) otherwise = body(p, ['fi']);
    p.expectReserved('fi');
    return { kind: 'if', branches, otherwise, redirects: p.parseRedirects() };
  }
}

export const COMPOUND: Record<string, (p: CompoundParser) => Command> = {
  for: parseFor,
  while: parseWhile(false),
  until: parseWhile(true),
  if: parseIf,
};
