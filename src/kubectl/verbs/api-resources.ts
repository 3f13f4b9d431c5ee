/**
 * `kubectl api-resources` (pkg/cmd/apiresources/apiresources.go): the simulated server's
 * discovery, from the resource registry, sorted by API group then name.
 */
import { groupVersion, preferredResourceTypes, type ResourceType } from '../../sim/index.js';
import { fail } from '../context.js';
import { flag, type FlagSpec } from '../flags.js';
import type { VerbContext, VerbDef } from '../types.js';
import { GET_TABWRITER, TabWriter } from './describe/tabwriter.js';

const LONG = "Print the supported API resources on the server.";
const EXAMPLES = "  # Print the supported API resources\n  kubectl api-resources\n  \n  # Print the supported API resources with more information\n  kubectl api-resources -o wide\n  \n  # Print the supported API resources sorted by a column\n  kubectl api-resources --sort-by=name\n  \n  # Print the supported namespaced resources\n  kubectl api-resources --namespaced=true\n  \n  # Print the supported non-namespaced resources\n  kubectl api-resources --namespaced=false\n  \n  # Print the supported API resources with a specific APIGroup\n  kubectl api-resources --api-group=rbac.authorization.k8s.io";
const USAGE = "kubectl api-resources [flags] [options]";
const FLAGS: FlagSpec[] = [
  { name: 'api-group', type: 'string', usage: "Limit to resources in the specified API group." },
  { name: 'cached', type: 'bool', usage: "Use the cached list of resources if available." },
  { name: 'categories', type: 'stringSlice', usage: "Limit to resources that belong to the specified categories." },
  { name: 'namespaced', type: 'bool', default: true, usage: "If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default." },
  { name: 'no-headers', type: 'bool', usage: "When using the default or custom-column output format, don't print headers (default print headers)." },
  { name: 'output', shorthand: 'o', type: 'string', usage: "Output format. One of: (wide, name)." },
  { name: 'sort-by', type: 'string', usage: "If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'." },
  { name: 'verbs', type: 'stringSlice', usage: "Limit to resources that support the specified verbs." },
];

function run(ctx: VerbContext): number {
  const p = ctx.parsed;
  const output = flag.str(p, 'output');
  if (!['', 'wide', 'name'].includes(output)) return fail(ctx, `--output ${output} is not available`);
  const sortBy = flag.str(p, 'sort-by');
  if (sortBy && !['name', 'kind'].includes(sortBy)) return fail(ctx, '--sort-by accepts only name or kind');
  const verbs = flag.list(p, 'verbs');
  const categories = flag.list(p, 'categories');
  const rows = preferredResourceTypes().filter((t) =>
    (!flag.given(p, 'api-group') || t.group === flag.str(p, 'api-group'))
    && (!flag.given(p, 'namespaced') || t.namespaced === flag.bool(p, 'namespaced'))
    && verbs.every((v) => t.verbs.includes(v))
    && categories.every((c) => t.categories?.includes(c)));
  const key = (t: ResourceType) => (sortBy === 'name' ? t.plural : sortBy === 'kind' ? t.kind : t.group);
  const sorted = rows.map((t, i) => ({ t, i })).sort((a, b) => {
    const ka = key(a.t);
    const kb = key(b.t);
    if (ka !== kb) return ka < kb ? -1 : 1;
    return a.t.plural < b.t.plural ? -1 : a.t.plural > b.t.plural ? 1 : a.i - b.i;
  }).map((x) => x.t);
  const w = new TabWriter(GET_TABWRITER);
  if (!flag.bool(p, 'no-headers') && output !== 'name') {
    w.write(`${['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND', ...(output === 'wide' ? ['VERBS', 'CATEGORIES'] : [])].join('\t')}\n`);
  }
  for (const t of sorted) {
    if (output === 'name') {
      w.write(`${t.plural}${t.group ? `.${t.group}` : ''}\n`);
      continue;
    }
    const cells = [t.plural, t.shortNames.join(','), groupVersion(t), String(t.namespaced), t.kind];
    if (output === 'wide') cells.push(t.verbs.join(','), (t.categories ?? []).join(','));
    w.write(`${cells.join('\t')}\n`);
  }
  ctx.io.out(w.flush());
  return 0;
}

export const apiResourcesVerb: VerbDef = {
  name: 'api-resources',
  group: 'Other Commands',
  short: 'Print the supported API resources on the server',
  long: LONG,
  examples: EXAMPLES,
  usage: USAGE,
  flags: FLAGS,
  run,
};
