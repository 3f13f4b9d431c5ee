/** `kubectl config delete-user NAME`. */
import { fail } from '../../context.js';
import { kubeconfigPath } from './view.js';
import type { FlagSpec } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';

function run(ctx: VerbContext): number {
  const cfg = ctx.session.kubeconfig;
  const name = ctx.parsed.args[0] ?? '';
  const i = cfg.users.findIndex((u) => u.name === name);
  if (i < 0) return fail(ctx, `cannot delete user ${name}, not in ${kubeconfigPath(ctx)}`);
  cfg.users.splice(i, 1);
  ctx.io.out(`deleted user ${name} from ${kubeconfigPath(ctx)}\n`);
  return 0;
}

const FLAGS: FlagSpec[] = [];

export const deleteUserVerb: VerbDef = {
  name: 'delete-user',
  short: "Delete the specified user from the kubeconfig",
  long: "Delete the specified user from the kubeconfig.",
  examples: "  # Delete the minikube user\n  kubectl config delete-user minikube",
  usage: "kubectl config delete-user NAME [options]",
  flags: FLAGS,
  run,
};
