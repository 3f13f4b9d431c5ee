/**
 * `kubectl apply view-last-applied TYPE NAME [-o yaml|json]`
 * (kubernetes/kubectl pkg/cmd/apply/apply_view_last_applied.go): prints the
 * last-applied-configuration annotation as YAML (default) or indented JSON. An object
 * without the annotation contributes nothing (upstream's AddSourceToErr returns the nil error).
 */
import { LAST_APPLIED } from './create/generator.js';
import { findTargets } from '../apply/targets.js';
import { fail, failUsage } from '../context.js';
import { flag, type FlagSpec } from '../flags.js';
import { printYaml } from '../printers/index.js';
import type { VerbContext, VerbDef } from '../types.js';
import { NO_RESOURCES } from '../apply/common.js';

function run(ctx: VerbContext): number {
  const p = ctx.parsed;
  const output = flag.str(p, 'output') || 'yaml';
  const found = findTargets(ctx, p.args, { allowList: true, selector: flag.str(p, 'selector'), all: flag.bool(p, 'all'), fetch: true });
  if (!found.ok) {
    if (found.error === 'NO_RESOURCES') return fail(ctx, NO_RESOURCES);
    return found.usage ? failUsage(ctx, found.error) : fail(ctx, found.error);
  }
  if (found.errors.length) return fail(ctx, found.errors[0].replace(/^error: /, ''));
  const configs: string[] = [];
  for (const t of found.targets) {
    let obj = t.object;
    if (t.source) {
      const got = ctx.client.get({ group: t.type.group, resource: t.type.plural }, t.namespace, t.name);
      if (!got.ok) return fail(ctx, got.status.message);
      obj = got.value;
    }
    const raw = obj?.metadata.annotations?.[LAST_APPLIED];
    if (raw) configs.push(raw);
  }
  for (const raw of configs) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (e) {
      return fail(ctx, (e as Error).message);
    }
    if (output === 'json') {
      // json.Indent keeps the trailing newline kubectl stored with the annotation.
      const trailing = raw.match(/\s*$/)?.[0] ?? '';
      ctx.io.out(`${JSON.stringify(parsed, null, 2)}${trailing}`);
    } else if (output === 'yaml') ctx.io.out(printYaml(parsed));
    else return failUsage(ctx, `Unexpected -o output mode: ${output}, the flag 'output' must be one of yaml|json`);
  }
  return 0;
}

const flags: FlagSpec[] = [
  { name: 'all', type: 'bool', usage: 'Select all resources in the namespace of the specified resource types' },
  { name: 'filename', shorthand: 'f', type: 'stringSlice', default: [], usage: 'Filename, directory, or URL to files that contains the last-applied-configuration annotations' },
  { name: 'kustomize', shorthand: 'k', type: 'string', usage: 'Process the kustomization directory. This flag can\'t be used together with -f or -R.' },
  { name: 'output', shorthand: 'o', type: 'string', default: 'yaml', usage: 'Output format. Must be one of (yaml, json)' },
  { name: 'recursive', shorthand: 'R', type: 'bool', usage: 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.' },
  { name: 'selector', shorthand: 'l', type: 'string', usage: 'Selector (label query) to filter on, supports \'=\', \'==\', \'!=\', \'in\', \'notin\'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints.' },
];

export const viewLastAppliedVerb: VerbDef = {
  name: 'view-last-applied',
  short: 'View the latest last-applied-configuration annotations of a resource/object',
  long: 'View the latest last-applied-configuration annotations by type/name or file.\n\n The default output will be printed to stdout in YAML format. You can use the -o option to change the output format.',
  examples: "  # View the last-applied-configuration annotations by type/name in YAML\n  kubectl apply view-last-applied deployment/nginx\n  \n  # View the last-applied-configuration annotations by file in JSON\n  kubectl apply view-last-applied -f deploy.yaml -o json",
  usage: 'kubectl apply view-last-applied (TYPE [NAME | -l label] | TYPE/NAME | -f FILENAME) [options]',
  flags,
  run,
};
