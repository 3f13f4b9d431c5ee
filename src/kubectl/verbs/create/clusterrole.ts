/** `kubectl create clusterrole NAME` (kubernetes/kubectl pkg/cmd/create/create_clusterrole.go). */
import type { KObject } from '../../../sim/index.js';
import { fail } from '../../context.js';
import { flag } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { rbacHelp } from '../auth/help-data.js';
import { createGenerated, generatedMeta, singleName } from './generator.js';
import { generateRules, normalizeVerbs, parseResources, uniq, validateResources, VALID_NON_RESOURCE_VERBS, warnNonStandardVerbs } from './rbac-rules.js';

/** `--aggregation-rule=k1=v1,k2=v2` (a pflag string-to-string map). */
function parseMap(text: string): Record<string, string> | string {
  const out: Record<string, string> = {};
  if (!text) return out;
  for (const pair of text.split(',')) {
    const eq = pair.indexOf('=');
    if (eq < 0) return `invalid argument "${text}" for "--aggregation-rule" flag: ${pair} must be formatted as key=value`;
    out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

function validateNonResource(verbs: string[], urls: string[]): string | undefined {
  for (const v of verbs) if (!VALID_NON_RESOURCE_VERBS.includes(v)) return `invalid verb: '${v}' for nonResourceURL`;
  for (const u of urls) {
    if (u === '*') continue;
    if (!u.startsWith('/')) return 'nonResourceURL should start with /';
    if (u.slice(0, -1).includes('*')) return "nonResourceURL only supports wildcard matches when '*' is at the end";
  }
  return undefined;
}

function run(ctx: VerbContext): number {
  const name = singleName(ctx);
  if (typeof name === 'number') return name;
  const aggregation = parseMap(flag.str(ctx.parsed, 'aggregation-rule'));
  if (typeof aggregation === 'string') return fail(ctx, aggregation);
  const verbs = normalizeVerbs(flag.list(ctx.parsed, 'verb'));
  const resources = parseResources(flag.list(ctx.parsed, 'resource'));
  const resourceNames = uniq(flag.list(ctx.parsed, 'resource-name'));
  const urls = uniq(flag.list(ctx.parsed, 'non-resource-url'));
  const meta = generatedMeta(ctx, name);
  delete meta.namespace;
  if (Object.keys(aggregation).length) {
    if (urls.length || verbs.length || resources.length || resourceNames.length) {
      return fail(ctx, 'aggregation rule must be specified without nonResourceURLs, verbs, resources or resourceNames');
    }
    const role: KObject = { kind: 'ClusterRole', apiVersion: 'rbac.authorization.k8s.io/v1', metadata: meta, rules: null, aggregationRule: { clusterRoleSelectors: [{ matchLabels: aggregation }] } };
    return createGenerated(ctx, role, undefined);
  }
  if (!verbs.length) return fail(ctx, 'at least one verb must be specified');
  if (!resources.length && !urls.length) return fail(ctx, 'one of resource or nonResourceURL must be specified');
  if (resources.length) {
    warnNonStandardVerbs(ctx, verbs);
    const bad = validateResources(verbs, resources);
    if (bad) return fail(ctx, bad);
  }
  if (urls.length) {
    const bad = validateNonResource(verbs, urls);
    if (bad) return fail(ctx, bad);
  }
  const role = { kind: 'ClusterRole', apiVersion: 'rbac.authorization.k8s.io/v1', metadata: meta, rules: generateRules(verbs, resources, resourceNames, urls) };
  return createGenerated(ctx, role, undefined);
}

export const createClusterRoleVerb: VerbDef = { name: 'clusterrole', ...rbacHelp('create clusterrole'), run };
