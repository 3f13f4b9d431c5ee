/** `kubectl create serviceaccount NAME` (kubernetes/kubectl pkg/cmd/create/create_serviceaccount.go). */
import { rbacHelp } from '../auth/help-data.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { createGenerated, generatedMeta, singleName } from './generator.js';

function run(ctx: VerbContext): number {
  const name = singleName(ctx);
  if (typeof name === 'number') return name;
  const sa = { kind: 'ServiceAccount', apiVersion: 'v1', metadata: generatedMeta(ctx, name) };
  return createGenerated(ctx, sa, 'failed to create serviceaccount');
}

export const createServiceAccountVerb: VerbDef = { name: 'serviceaccount', aliases: ['sa'], ...rbacHelp('create serviceaccount'), run };
