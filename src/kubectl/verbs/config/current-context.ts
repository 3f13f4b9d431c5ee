/** `kubectl config current-context`: the current context name, or an error when unset. */
import { fail } from '../../context.js';
import type { FlagSpec } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';

function run(ctx: VerbContext): number {
  const cur = ctx.session.kubeconfig.currentContext;
  if (!cur) return fail(ctx, 'current-context is not set');
  ctx.io.out(`${cur}\n`);
  return 0;
}

const FLAGS: FlagSpec[] = [];

export const currentContextVerb: VerbDef = {
  name: 'current-context',
  short: "Display the current-context",
  long: "Display the current-context.",
  examples: "  # Display the current-context\n  kubectl config current-context",
  usage: "kubectl config current-context [flags] [options]",
  flags: FLAGS,
  run,
};
