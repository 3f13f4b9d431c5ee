/** `kubectl config set-context [NAME | --current]`: creates or merges a context (`Context "x" created.` / `modified.`). */
import { fail } from '../../context.js';
import { flag } from '../../flags.js';
import type { FlagSpec } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';

function run(ctx: VerbContext): number {
  const p = ctx.parsed;
  const cfg = ctx.session.kubeconfig;
  let name = p.args[0] ?? '';
  if (flag.bool(p, 'current')) {
    if (p.args.length) return fail(ctx, 'you cannot specify a context name and --current');
    if (!cfg.currentContext) return fail(ctx, 'no current context is set');
    name = cfg.currentContext;
  }
  if (!name) return fail(ctx, 'you must specify a non-empty context name or --current');
  let c = cfg.contexts.find((x) => x.name === name);
  const created = !c;
  if (!c) {
    c = { name, cluster: '', user: '' };
    cfg.contexts.push(c);
  }
  if (flag.given(p, 'cluster')) c.cluster = flag.str(p, 'cluster');
  if (flag.given(p, 'user')) c.user = flag.str(p, 'user');
  if (flag.given(p, 'namespace')) {
    const ns = flag.str(p, 'namespace');
    if (ns) c.namespace = ns;
    else delete c.namespace;
  }
  ctx.io.out(`Context "${name}" ${created ? 'created' : 'modified'}.\n`);
  return 0;
}

const FLAGS: FlagSpec[] = [
  { name: 'cluster', type: 'string', usage: "cluster for the context entry in kubeconfig" },
  { name: 'current', type: 'bool', usage: "Modify the current context" },
  { name: 'namespace', type: 'string', usage: "namespace for the context entry in kubeconfig" },
  { name: 'user', type: 'string', usage: "user for the context entry in kubeconfig" },
];

export const setContextVerb: VerbDef = {
  name: 'set-context',
  short: "Set a context entry in kubeconfig",
  long: "Set a context entry in kubeconfig.\n\n Specifying a name that already exists will merge new fields on top of existing values for those fields.",
  examples: "  # Set the user field on the gce context entry without touching other values\n  kubectl config set-context gce --user=cluster-admin",
  usage: "kubectl config set-context [NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace] [options]",
  flags: FLAGS,
  run,
};
