/** `kubectl config rename-context OLD NEW`. */
import { fail } from '../../context.js';
import { failUsage } from '../../context.js';
import { kubeconfigPath } from './view.js';
import type { FlagSpec } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';

function run(ctx: VerbContext): number {
  const cfg = ctx.session.kubeconfig;
  const [from, to] = ctx.parsed.args;
  if (ctx.parsed.args.length !== 2) return failUsage(ctx, 'Unexpected args: ' + `[${ctx.parsed.args.join(' ')}]`);
  const c = cfg.contexts.find((x) => x.name === from);
  if (!c) return fail(ctx, `cannot rename the context "${from}", it's not in ${kubeconfigPath(ctx)}`);
  if (cfg.contexts.some((x) => x.name === to)) return fail(ctx, `cannot rename the context "${from}", the context "${to}" already exists in ${kubeconfigPath(ctx)}`);
  c.name = to;
  if (cfg.currentContext === from) cfg.currentContext = to;
  ctx.io.out(`Context "${from}" renamed to "${to}".\n`);
  return 0;
}

const FLAGS: FlagSpec[] = [];

export const renameContextVerb: VerbDef = {
  name: 'rename-context',
  short: "Rename a context from the kubeconfig file",
  long: "Renames a context from the kubeconfig file.\n\n CONTEXT_NAME is the context name that you want to change.\n\n NEW_NAME is the new name you want to set.\n\n Note: If the context being renamed is the 'current-context', this field will also be updated.",
  examples: "  # Rename the context 'old-name' to 'new-name' in your kubeconfig file\n  kubectl config rename-context old-name new-name",
  usage: "kubectl config rename-context CONTEXT_NAME NEW_NAME [options]",
  flags: FLAGS,
  run,
};
