/** `kubectl config get-clusters`: `NAME` then one cluster per line. */
import type { FlagSpec } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';

function run(ctx: VerbContext): number {
  ctx.io.out(`NAME\n${ctx.session.kubeconfig.clusters.map((c) => `${c.name}\n`).join('')}`);
  return 0;
}

const FLAGS: FlagSpec[] = [];

export const getClustersVerb: VerbDef = {
  name: 'get-clusters',
  short: "Display clusters defined in the kubeconfig",
  long: "Display clusters defined in the kubeconfig.",
  examples: "  # List the clusters that kubectl knows about\n  kubectl config get-clusters",
  usage: "kubectl config get-clusters [flags] [options]",
  flags: FLAGS,
  run,
};
