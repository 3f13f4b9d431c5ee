/**
 * `kubectl rollout resume` (kubectl pkg/cmd/rollout/rollout_resume.go,
 * pkg/polymorphichelpers/objectresumer.go at v0.33.0): clears `spec.paused`;
 * `deployment.apps/web resumed`, or `error: deployments.apps "web" is not paused`.
 */
import type { VerbDef } from '../../types.js';
import { FIELD_MANAGER_FLAG, PRINT_FLAGS, RESOURCE_FLAGS } from './common.js';
import { runPatchVerb, type PatchFn } from './patch-verb.js';

const resumer: PatchFn = (obj, type) => {
  if (type.group !== 'apps' || type.kind !== 'Deployment') return { error: 'resuming is not supported' };
  if (!obj.spec?.paused) return { error: 'is not paused' };
  // Paused=false is omitted when encoded, so the computed patch removes the field.
  return { patch: { spec: { paused: null } } };
};

export const rolloutResumeVerb: VerbDef = {
  name: 'resume',
  short: 'Resume a paused resource',
  usage: 'kubectl rollout resume RESOURCE [options]',
  long: `Resume a paused resource.

 Paused resources will not be reconciled by a controller. By resuming a resource, we allow it to be reconciled again. Currently only deployments support being resumed.`,
  examples: `  # Resume an already paused deployment
  kubectl rollout resume deployment/nginx`,
  flags: [...PRINT_FLAGS, FIELD_MANAGER_FLAG, ...RESOURCE_FLAGS],
  run: (ctx) => runPatchVerb(ctx, { patchFn: resumer, operation: 'resumed', onEmpty: { operation: 'already resumed' } }),
};
