/** `kubectl config delete-context NAME`. */
import { fail } from '../../context.js';
import { kubeconfigPath } from './view.js';
import type { FlagSpec } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';

function run(ctx: VerbContext): number {
  const cfg = ctx.session.kubeconfig;
  const name = ctx.parsed.args[0];
  const path = kubeconfigPath(ctx);
  if (!name) return fail(ctx, 'empty context names are not allowed');
  const i = cfg.contexts.findIndex((c) => c.name === name);
  if (i < 0) return fail(ctx, `cannot delete context ${name}, not in ${path}`);
  if (cfg.currentContext === name) ctx.io.err('warning: this removed your active context, use "kubectl config use-context" to select a different one\n');
  cfg.contexts.splice(i, 1);
  ctx.io.out(`deleted context ${name} from ${path}\n`);
  return 0;
}

const FLAGS: FlagSpec[] = [];

export const deleteContextVerb: VerbDef = {
  name: 'delete-context',
  short: "Delete the specified context from the kubeconfig",
  long: "Delete the specified context from the kubeconfig.",
  examples: "  # Delete the context for the minikube cluster\n  kubectl config delete-context minikube",
  usage: "kubectl config delete-context NAME [options]",
  flags: FLAGS,
  run,
};
