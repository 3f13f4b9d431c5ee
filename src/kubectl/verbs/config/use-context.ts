/** `kubectl config use-context NAME`: `Switched to context "NAME".` */
import { fail } from '../../context.js';
import { failUsage } from '../../context.js';
import type { FlagSpec } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';

function run(ctx: VerbContext): number {
  const name = ctx.parsed.args[0];
  if (!name || ctx.parsed.args.length > 1) return failUsage(ctx, 'Unexpected args: ' + JSON.stringify(ctx.parsed.args).replace(/"/g, '').replace(/,/g, ' '));
  const cfg = ctx.session.kubeconfig;
  if (!cfg.contexts.some((c) => c.name === name)) return fail(ctx, `no context exists with the name: "${name}"`);
  cfg.currentContext = name;
  ctx.io.out(`Switched to context "${name}".\n`);
  return 0;
}

const FLAGS: FlagSpec[] = [];

export const useContextVerb: VerbDef = {
  name: 'use-context',
  aliases: ["use"],
  short: "Set the current-context in a kubeconfig file",
  long: "Set the current-context in a kubeconfig file.\n\nAliases:\nuse-context, use",
  examples: "  # Use the context for the minikube cluster\n  kubectl config use-context minikube",
  usage: "kubectl config use-context CONTEXT_NAME [options]",
  flags: FLAGS,
  run,
};
