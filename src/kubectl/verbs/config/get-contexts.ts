/** `kubectl config get-contexts [NAME...]`: CURRENT NAME CLUSTER AUTHINFO NAMESPACE, `*` on the current one. */
import { fail } from '../../context.js';
import { flag } from '../../flags.js';
import { GET_TABWRITER, TabWriter } from '../describe/tabwriter.js';
import type { FlagSpec } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';

function run(ctx: VerbContext): number {
  const p = ctx.parsed;
  const cfg = ctx.session.kubeconfig;
  const output = flag.str(p, 'output');
  if (output !== '' && output !== 'name') return fail(ctx, `output must be one of '' or 'name': ${output}`);
  const sorted = [...cfg.contexts].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const wanted = p.args.length ? p.args : sorted.map((c) => c.name);
  const errors: string[] = [];
  const w = new TabWriter(GET_TABWRITER);
  if (output !== 'name' && !flag.bool(p, 'no-headers')) w.write('CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n');
  for (const name of wanted) {
    const c = sorted.find((x) => x.name === name);
    if (!c) {
      errors.push(`context ${name} not found`);
      continue;
    }
    if (output === 'name') w.write(`${c.name}\n`);
    else w.write(`${c.name === cfg.currentContext ? '*' : ''}\t${c.name}\t${c.cluster}\t${c.user}\t${c.namespace ?? ''}\n`);
  }
  ctx.io.out(w.flush());
  for (const e of errors) ctx.io.err(`error: ${e}\n`);
  return errors.length ? 1 : 0;
}

const FLAGS: FlagSpec[] = [
  { name: 'no-headers', type: 'bool', usage: "When using the default or custom-column output format, don't print headers (default print headers)." },
  { name: 'output', shorthand: 'o', type: 'string', usage: "Output format. One of: (name)." },
];

export const getContextsVerb: VerbDef = {
  name: 'get-contexts',
  short: "Describe one or many contexts",
  long: "Display one or many contexts from the kubeconfig file.",
  examples: "  # List all the contexts in your kubeconfig file\n  kubectl config get-contexts\n  \n  # Describe one context in your kubeconfig file\n  kubectl config get-contexts my-context",
  usage: "kubectl config get-contexts [(-o|--output=)name)] [options]",
  flags: FLAGS,
  run,
};
