/** `alias NAME=VALUE`, `alias [NAME]` and `unalias NAME` (aliases expand at the start of a command, as in an interactive bash). */
import type { Builtin } from '../state.js';

/** bash quotes alias values in single quotes, with `'\''` for embedded quotes. */
function line(name: string, value: string): string {
  return `alias ${name}='${value.replace(/'/g, "'\\''")}'\n`;
}

export const alias: Builtin = (ctx) => {
  const { aliases } = ctx.shell;
  const args = ctx.args.filter((a) => a !== '-p');
  if (!args.length) {
    for (const name of [...aliases.keys()].sort()) ctx.out(line(name, aliases.get(name)!));
    return 0;
  }
  let status = 0;
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq > 0) {
      aliases.set(a.slice(0, eq), a.slice(eq + 1));
      continue;
    }
    const value = aliases.get(a);
    if (value === undefined) {
      ctx.err(`bash: alias: ${a}: not found\n`);
      status = 1;
    } else ctx.out(line(a, value));
  }
  return status;
};

export const unalias: Builtin = (ctx) => {
  let status = 0;
  for (const a of ctx.args) {
    if (a === '-a') ctx.shell.aliases.clear();
    else if (!ctx.shell.aliases.delete(a)) {
      ctx.err(`bash: unalias: ${a}: not found\n`);
      status = 1;
    }
  }
  return status;
};
