/** `kubectl config delete-cluster NAME`. */
import { fail } from '../../context.js';
import { kubeconfigPath } from './view.js';
import type { FlagSpec } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';

function run(ctx: VerbContext): number {
  const cfg = ctx.session.kubeconfig;
  const name = ctx.parsed.args[0] ?? '';
  const i = cfg.clusters.findIndex((c) => c.name === name);
  if (i < 0) return fail(ctx, `cannot delete cluster ${name}, not in ${kubeconfigPath(ctx)}`);
  cfg.clusters.splice(i, 1);
  ctx.io.out(`deleted cluster ${name} from ${kubeconfigPath(ctx)}\n`);
  return 0;
}

const FLAGS: FlagSpec[] = [];

export const deleteClusterVerb: VerbDef = {
  name: 'delete-cluster',
  short: "Delete the specified cluster from the kubeconfig",
  long: "Delete the specified cluster from the kubeconfig.",
  examples: "  # Delete the minikube cluster\n  kubectl config delete-cluster minikube",
  usage: "kubectl config delete-cluster NAME [options]",
  flags: FLAGS,
  run,
};
