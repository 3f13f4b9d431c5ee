/**
 * Sprig regex.go over Go RE2 syntax. JavaScript's engine covers the RE2 subset charts use;
 * Go's `$1`/`${name}` expansion in replacements maps onto JS `$1`/`$<name>`.
 */
import { fail, fixed, type FuncTable } from './func.js';

const S = 'string';

function compile(re: string, flags = ''): RegExp | string {
  try {
    // RE2 named groups are (?P<name>…); JS spells them (?<name>…).
    return new RegExp(re.replace(/\(\?P</g, '(?<'), flags + 'u');
  } catch (e) {
    return `error parsing regexp: ${(e as Error).message}`;
  }
}
function must(re: string, flags = ''): RegExp {
  const r = compile(re, flags);
  if (typeof r === 'string') fail(r);
  return r;
}
function goExpand(repl: string): string {
  return repl.replace(/\$\{(\w+)\}/g, (_m, n: string) => (/^\d+$/.test(n) ? `$${n}` : `$<${n}>`)).replace(/\$(?!\d|<|\$)/g, '$$$$');
}

function findAll(re: RegExp, s: string, n: bigint): string[] {
  const all = s.match(re) ?? [];
  return n < 0n ? all : all.slice(0, Number(n));
}

/** Sprig's regex family (non-must variants swallow compile errors like Sprig does with panics → errors). */
export const regexFuncs: FuncTable = {
  regexMatch: fixed([S, S], (re: string, s: string) => must(re).test(s)),
  mustRegexMatch: fixed([S, S], (re: string, s: string) => must(re).test(s)),
  regexFind: fixed([S, S], (re: string, s: string) => must(re).exec(s)?.[0] ?? ''),
  mustRegexFind: fixed([S, S], (re: string, s: string) => must(re).exec(s)?.[0] ?? ''),
  regexFindAll: fixed([S, S, 'int'], (re: string, s: string, n: bigint) => findAll(must(re, 'g'), s, n)),
  mustRegexFindAll: fixed([S, S, 'int'], (re: string, s: string, n: bigint) => findAll(must(re, 'g'), s, n)),
  regexReplaceAll: fixed([S, S, S], (re: string, s: string, repl: string) => s.replace(must(re, 'g'), goExpand(repl))),
  mustRegexReplaceAll: fixed([S, S, S], (re: string, s: string, repl: string) => s.replace(must(re, 'g'), goExpand(repl))),
  regexReplaceAllLiteral: fixed([S, S, S], (re: string, s: string, repl: string) => s.replace(must(re, 'g'), () => repl)),
  mustRegexReplaceAllLiteral: fixed([S, S, S], (re: string, s: string, repl: string) => s.replace(must(re, 'g'), () => repl)),
  regexSplit: fixed([S, S, 'int'], (re: string, s: string, n: bigint) => {
    const parts = s.split(must(re, 'g'));
    if (n < 0n) return parts;
    if (n === 0n) return [];
    return parts.length <= Number(n) ? parts : [...parts.slice(0, Number(n) - 1), s.split(must(re, 'g')).slice(Number(n) - 1).join('')];
  }),
  mustRegexSplit: fixed([S, S, 'int'], (re: string, s: string, n: bigint) => (n < 0n ? s.split(must(re, 'g')) : s.split(must(re, 'g')).slice(0, Number(n)))),
  regexQuoteMeta: fixed([S], (s: string) => s.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&')),
};
