/** `kubectl`: the emulated kubectl 1.33 against the simulated cluster (k is not an alias unless the learner makes one). */
import { runKubectl } from '../../kubectl/index.js';
import type { Builtin } from '../state.js';

export const kubectl: Builtin = (ctx) => {
  const session = ctx.shell.kubectl();
  session.env = ctx.env;
  return runKubectl(ctx.args, session, { out: ctx.out, err: ctx.err, stdin: ctx.stdin });
};
