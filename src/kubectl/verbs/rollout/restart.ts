/**
 * `kubectl rollout restart` (kubectl pkg/cmd/rollout/rollout_restart.go,
 * pkg/polymorphichelpers/objectrestarter.go at v0.33.0): stamps the pod template with
 * `kubectl.kubernetes.io/restartedAt: <now, RFC 3339>` on Deployments, DaemonSets and
 * StatefulSets, which starts a new rollout. "now" is the cluster's virtual clock. A second
 * restart within the same second computes an empty patch, which upstream reports as an error.
 */
import { rfc3339 } from '../../../sim/index.js';
import type { VerbDef } from '../../types.js';
import { FIELD_MANAGER_FLAG, PRINT_FLAGS, RESOURCE_FLAGS } from './common.js';
import { runPatchVerb, type PatchFn } from './patch-verb.js';

export const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';

const RESTARTABLE = new Set(['apps/Deployment', 'apps/DaemonSet', 'apps/StatefulSet']);

const restarter: PatchFn = (obj, type, now) => {
  if (!RESTARTABLE.has(`${type.group}/${type.kind}`)) return { error: 'restarting is not supported' };
  if (type.kind === 'Deployment' && obj.spec?.paused) return { error: "can't restart paused deployment (run rollout resume first)" };
  const stamp = rfc3339(now);
  if (obj.spec?.template?.metadata?.annotations?.[RESTARTED_AT] === stamp) return { patch: null };
  return { patch: { spec: { template: { metadata: { annotations: { [RESTARTED_AT]: stamp } } } } } };
};

export const rolloutRestartVerb: VerbDef = {
  name: 'restart',
  short: 'Restart a resource',
  usage: 'kubectl rollout restart RESOURCE [options]',
  long: `Restart a resource.

        Resource rollout will be restarted.`,
  examples: `  # Restart all deployments in the test-namespace namespace
  kubectl rollout restart deployment -n test-namespace
  
  # Restart a deployment
  kubectl rollout restart deployment/nginx
  
  # Restart a daemon set
  kubectl rollout restart daemonset/abc
  
  # Restart deployments with the app=nginx label
  kubectl rollout restart deployment --selector=app=nginx`,
  flags: [...PRINT_FLAGS, FIELD_MANAGER_FLAG, ...RESOURCE_FLAGS],
  run: (ctx) => runPatchVerb(ctx, {
    patchFn: restarter,
    operation: 'restarted',
    onEmpty: { error: (name) => `failed to create patch for ${name}: if restart has already been triggered within the past second, please wait before attempting to trigger another` },
  }),
};
