/** `kubectl config get-users`: `NAME` then one user per line. */
import type { FlagSpec } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';

function run(ctx: VerbContext): number {
  ctx.io.out(`NAME\n${ctx.session.kubeconfig.users.map((u) => `${u.name}\n`).join('')}`);
  return 0;
}

const FLAGS: FlagSpec[] = [];

export const getUsersVerb: VerbDef = {
  name: 'get-users',
  short: "Display users defined in the kubeconfig",
  long: "Display users defined in the kubeconfig.",
  examples: "  # List the users that kubectl knows about\n  kubectl config get-users",
  usage: "kubectl config get-users [flags] [options]",
  flags: FLAGS,
  run,
};
