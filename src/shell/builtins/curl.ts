/** `curl` (placeholder until the traffic model lands). */
import type { Builtin } from '../state.js';

export const curl: Builtin = (ctx) => {
  ctx.err('curl: (7) Failed to connect\n');
  return 7;
};
