/** `break [N]` and `continue [N]`: leave or restart the Nth enclosing loop. */
import type { Builtin, CommandContext } from '../state.js';

function loopControl(kind: 'break' | 'continue'): Builtin {
  return (ctx: CommandContext) => {
    const n = ctx.args.length ? Number(ctx.args[0]) : 1;
    if (!Number.isInteger(n) || n < 1) {
      ctx.err(`bash: ${kind}: ${ctx.args[0]}: ${Number.isInteger(n) ? 'loop count out of range' : 'numeric argument required'}\n`);
      return 1;
    }
    if (ctx.shell.loopDepth === 0) {
      ctx.err(`bash: ${kind}: only meaningful in a \`for', \`while', or \`until' loop\n`);
      return 0;
    }
    ctx.shell.loopControl = { kind, levels: Math.min(n, ctx.shell.loopDepth) };
    return 0;
  };
}

export const breakBuiltin = loopControl('break');
export const continueBuiltin = loopControl('continue');
