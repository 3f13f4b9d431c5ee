/** `kubectl create role NAME --verb=... --resource=...` (kubernetes/kubectl pkg/cmd/create/create_role.go). */
import { fail } from '../../context.js';
import { flag } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { rbacHelp } from '../auth/help-data.js';
import { createGenerated, generatedMeta, singleName } from './generator.js';
import { generateRules, normalizeVerbs, parseResources, uniq, validateResources, warnNonStandardVerbs } from './rbac-rules.js';

function run(ctx: VerbContext): number {
  const name = singleName(ctx);
  if (typeof name === 'number') return name;
  const verbs = normalizeVerbs(flag.list(ctx.parsed, 'verb'));
  const resources = parseResources(flag.list(ctx.parsed, 'resource'));
  const resourceNames = uniq(flag.list(ctx.parsed, 'resource-name'));
  if (!verbs.length) return fail(ctx, 'at least one verb must be specified');
  warnNonStandardVerbs(ctx, verbs);
  if (!resources.length) return fail(ctx, 'at least one resource must be specified');
  const bad = validateResources(verbs, resources);
  if (bad) return fail(ctx, bad);
  const role = { kind: 'Role', apiVersion: 'rbac.authorization.k8s.io/v1', metadata: generatedMeta(ctx, name), rules: generateRules(verbs, resources, resourceNames, []) };
  return createGenerated(ctx, role, undefined);
}

export const createRoleVerb: VerbDef = { name: 'role', ...rbacHelp('create role'), run };
