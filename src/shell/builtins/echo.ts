/** `echo` and `printf`, as bash's builtins behave. */
import { decodeEscape } from '../ansi-c.js';
import type { Builtin } from '../state.js';

/** Expands `echo -e` escapes; `\c` ends the output (and the trailing newline). */
export function echoEscapes(s: string): { text: string; stop: boolean } {
  let text = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      text += c;
      continue;
    }
    if (s[i + 1] === 'c') return { text, stop: true };
    const d = decodeEscape(s, i + 1, true);
    if (!d) {
      text += c;
      continue;
    }
    text += d.text;
    i = d.next - 1;
  }
  return { text, stop: false };
}

/** bash's echo: leading words made only of n, e, E after a dash are options. */
export const echo: Builtin = (ctx) => {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < ctx.args.length; i++) {
    const a = ctx.args[i];
    if (!/^-[neE]+$/.test(a)) break;
    for (const f of a.slice(1)) {
      if (f === 'n') newline = false;
      else escapes = f === 'e';
    }
  }
  let text = ctx.args.slice(i).join(' ');
  if (escapes) {
    const r = echoEscapes(text);
    text = r.text;
    if (r.stop) newline = false;
  }
  ctx.out(newline ? `${text}\n` : text);
  return 0;
};
