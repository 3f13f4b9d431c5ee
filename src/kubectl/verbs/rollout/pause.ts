/**
 * `kubectl rollout pause` (kubectl pkg/cmd/rollout/rollout_pause.go,
 * pkg/polymorphichelpers/objectpauser.go at v0.33.0): patches `spec.paused: true` on
 * Deployments; `deployment.apps/web paused`, or `error: deployments.apps "web" is already paused`.
 */
import type { VerbDef } from '../../types.js';
import { FIELD_MANAGER_FLAG, PRINT_FLAGS, RESOURCE_FLAGS } from './common.js';
import { runPatchVerb, type PatchFn } from './patch-verb.js';

const pauser: PatchFn = (obj, type) => {
  if (type.group !== 'apps' || type.kind !== 'Deployment') return { error: 'pausing is not supported' };
  if (obj.spec?.paused) return { error: 'is already paused' };
  return { patch: { spec: { paused: true } } };
};

export const rolloutPauseVerb: VerbDef = {
  name: 'pause',
  short: 'Mark the provided resource as paused',
  usage: 'kubectl rollout pause RESOURCE [options]',
  long: `Mark the provided resource as paused.

 Paused resources will not be reconciled by a controller. Use "kubectl rollout resume" to resume a paused resource. Currently only deployments support being paused.`,
  examples: `  # Mark the nginx deployment as paused
  # Any current state of the deployment will continue its function; new updates
  # to the deployment will not have an effect as long as the deployment is paused
  kubectl rollout pause deployment/nginx`,
  flags: [...PRINT_FLAGS, FIELD_MANAGER_FLAG, ...RESOURCE_FLAGS],
  run: (ctx) => runPatchVerb(ctx, { patchFn: pauser, operation: 'paused', onEmpty: { operation: 'already paused' } }),
};
