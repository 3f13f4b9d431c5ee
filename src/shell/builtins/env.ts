/** Variables: export, unset, env, and `exit`. */
import type { Builtin } from '../state.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** bash's `declare -x` listing quotes values with double quotes, escaping `"`, `\`, `$` and backquote. */
function declareLine(name: string, value: string | undefined): string {
  return value === undefined ? `declare -x ${name}\n` : `declare -x ${name}="${value.replace(/["\\$`]/g, '\\$&')}"\n`;
}

export const exportBuiltin: Builtin = (ctx) => {
  const { vars, exported } = ctx.shell;
  const args = ctx.args.filter((a) => a !== '-p');
  const unexport = args[0] === '-n';
  if (unexport) args.shift();
  if (!args.length) {
    for (const name of [...exported].sort()) ctx.out(declareLine(name, vars.get(name)));
    return 0;
  }
  let status = 0;
  for (const a of args) {
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    if (!NAME.test(name)) {
      ctx.err(`bash: export: \`${a}': not a valid identifier\n`);
      status = 1;
      continue;
    }
    if (eq >= 0) vars.set(name, a.slice(eq + 1));
    if (unexport) exported.delete(name);
    else exported.add(name);
  }
  return status;
};

export const unset: Builtin = (ctx) => {
  for (const name of ctx.args.filter((a) => !/^-[vf]$/.test(a))) {
    ctx.shell.vars.delete(name);
    ctx.shell.exported.delete(name);
  }
  return 0;
};

export const env: Builtin = (ctx) => {
  if (ctx.args.length) {
    ctx.err('env: running commands through env is not supported here; use VAR=value command\n');
    return 125;
  }
  ctx.out(Object.entries(ctx.env).map(([k, v]) => `${k}=${v}\n`).join(''));
  return 0;
};

export const exit: Builtin = (ctx) => {
  const code = ctx.args.length ? Number(ctx.args[0]) : ctx.shell.lastStatus;
  if (Number.isNaN(code)) {
    ctx.err(`bash: exit: ${ctx.args[0]}: numeric argument required\n`);
    ctx.shell.exitRequested = 2;
    return 2;
  }
  ctx.shell.exitRequested = ((code % 256) + 256) % 256;
  return ctx.shell.exitRequested;
};
