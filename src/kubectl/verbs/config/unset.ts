/** `kubectl config unset PROPERTY` (`Property "X" unset.`). */
import { fail } from '../../context.js';
import { setProperty } from './property.js';
import type { FlagSpec } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';

function run(ctx: VerbContext): number {
  const [name] = ctx.parsed.args;
  if (ctx.parsed.args.length !== 1) return fail(ctx, `Unexpected args: [${ctx.parsed.args.join(' ')}]`);
  const err = setProperty(ctx.session.kubeconfig, name, undefined);
  if (err) return fail(ctx, err);
  ctx.io.out(`Property "${name}" unset.\n`);
  return 0;
}

const FLAGS: FlagSpec[] = [];

export const unsetVerb: VerbDef = {
  name: 'unset',
  short: "Unset an individual value in a kubeconfig file",
  long: "Unset an individual value in a kubeconfig file.\n\n PROPERTY_NAME is a dot delimited name where each token represents either an attribute name or a map key.  Map keys may not contain dots.",
  examples: "  # Unset the current-context\n  kubectl config unset current-context\n  \n  # Unset namespace in foo context\n  kubectl config unset contexts.foo.namespace",
  usage: "kubectl config unset PROPERTY_NAME [options]",
  flags: FLAGS,
  run,
};
