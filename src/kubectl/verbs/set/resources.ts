/**
 * `kubectl set resources (-f FILENAME | TYPE NAME) [--limits=...] [--requests=...]`
 * (pkg/cmd/set/set_resources.go): sets the given requests/limits on every selected container
 * (`-c`, wildcards; init containers too) of a pod template and sends the strategic patch.
 * Prints `deployment.apps/web resource requirements updated`.
 */
import { canonicalQuantity, type Container } from '../../../sim/index.js';
import { NO_RESOURCES } from '../../apply/common.js';
import { helpOf } from '../../apply/flag-specs.js';
import { matchContainer } from '../../apply/pod-template.js';
import { fail } from '../../context.js';
import { flag } from '../../flags.js';
import { parseQuantity } from '../../printers/sort.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { runTemplateChange } from './apply-template-change.js';

type ResourceList = Record<string, string | number>;

/** generateversioned.HandleResourceRequirementsV1: `cpu=100m,memory=256Mi` into a ResourceList. */
function parseList(spec: string): { ok: true; value: ResourceList } | { ok: false; error: string } {
  const out: ResourceList = {};
  if (!spec) return { ok: true, value: out };
  for (const pair of spec.split(',')) {
    const [name, value, ...rest] = pair.split('=');
    if (!name || value === undefined || rest.length) return { ok: false, error: `Invalid argument syntax ${pair}, expected <resource>=<value>` };
    if (parseQuantity(value) === undefined) return { ok: false, error: 'quantities must match the regular expression \'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$\'' };
    out[name] = canonicalQuantity(value);
  }
  return { ok: true, value: out };
}

function run(ctx: VerbContext): number {
  const p = ctx.parsed;
  if (!p.args.length && !flag.list(p, 'filename').length) return fail(ctx, NO_RESOURCES);
  if (flag.bool(p, 'all') && flag.str(p, 'selector')) return fail(ctx, 'cannot set --all and --selector at the same time');
  const limitsFlag = flag.str(p, 'limits');
  const requestsFlag = flag.str(p, 'requests');
  if (!limitsFlag && !requestsFlag) return fail(ctx, 'you must specify an update to requests or limits (in the form of --requests/--limits)');
  const limits = parseList(limitsFlag);
  if (!limits.ok) return fail(ctx, limits.error);
  const requests = parseList(requestsFlag);
  if (!requests.ok) return fail(ctx, requests.error);
  const pattern = flag.str(p, 'containers') || '*';
  return runTemplateChange(ctx, p.args, {
    operation: 'resource requirements updated',
    fieldManager: 'kubectl-set',
    failurePrefix: 'failed to patch resources update to pod template',
    change(spec) {
      const pick = (cs: Container[] | undefined) => (cs ?? []).filter((c) => matchContainer(pattern, c.name));
      const containers = [...pick(spec.containers), ...pick(spec.initContainers)];
      if (!containers.length) return [`error: unable to find container named ${pattern}`];
      for (const c of containers) {
        const res = (c.resources ??= {}) as { limits?: ResourceList; requests?: ResourceList };
        if (limitsFlag) res.limits = { ...(res.limits ?? {}), ...limits.value };
        if (requestsFlag) res.requests = { ...(res.requests ?? {}), ...requests.value };
      }
      return [];
    },
  });
}

export const setResourcesVerb: VerbDef = { name: 'resources', ...helpOf('set resources'), short: 'Update resource requests/limits on objects with pod templates', run };
