/** Small builtins: true, false, clear, watch, kubectl's companions that need explaining. */
import type { Builtin } from '../state.js';

export const trueBuiltin: Builtin = () => 0;
export const falseBuiltin: Builtin = () => 1;
/** `:` does nothing, successfully. */
export const colon: Builtin = () => 0;

/** Clears the screen (ESC[H ESC[2J ESC[3J, as ncurses' clear does) when a terminal is attached. */
export const clear: Builtin = (ctx) => {
  if (ctx.shell.interactive && ctx.isTerminal) ctx.out('\x1b[H\x1b[2J\x1b[3J');
  return 0;
};

/** `watch` repaints a screen forever; here time only moves when asked, so point to what works. */
export const watch: Builtin = (ctx) => {
  const cmd = ctx.args.filter((a) => !a.startsWith('-')).join(' ') || 'kubectl get pods';
  ctx.err(`watch: not available in kubedojo's shell; run \`${cmd}\` again after \`sleep 10\`, or use \`kubectl get ... -w\` to follow changes\n`);
  return 1;
};
