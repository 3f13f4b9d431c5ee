/**
 * `type: rollout` — the state of a Deployment's latest rollout at grading time:
 *   outcome: completed — every replica runs the current template and is available
 *            (what `kubectl rollout status` waits for);
 *   outcome: stalled   — a rollout started after the set-up (the revision changed) and has
 *            not completed: new pods were held back (failed readiness, minReadySeconds).
 */
import { z } from 'zod';
import type { Deployment } from '../../src/sim/index.js';
import { REVISION_ANNOTATION } from '../../src/sim/index.js';
import { describeRef, getObject } from '../resources.js';
import { lastEntry, type CheckType } from '../types.js';

const schema = z.object({ name: z.string(), namespace: z.string().default('default'), outcome: z.enum(['completed', 'stalled']) }).strict();

/** Complete in kubectl's sense (rollout status): observed, updated, available, no old replicas left. */
export function rolloutComplete(d: Deployment): boolean {
  const want = d.spec?.replicas ?? 1;
  const s = d.status ?? {};
  return (s.observedGeneration ?? 0) >= (d.metadata.generation ?? 0) && (s.updatedReplicas ?? 0) >= want && (s.replicas ?? 0) <= (s.updatedReplicas ?? 0) && (s.availableReplicas ?? 0) >= (s.updatedReplicas ?? 0);
}

export const rolloutCheck: CheckType<z.infer<typeof schema>> = {
  schema,
  run(p, ctx) {
    const ref = describeRef('deployment', p.name, p.namespace);
    const d = getObject(ctx.cluster, 'deployment', p.namespace, p.name) as Deployment | undefined;
    if (!d) return { passed: false, message: `expected ${ref} to exist, found no such object` };
    const s = d.status ?? {};
    const found = `${s.updatedReplicas ?? 0} updated, ${s.availableReplicas ?? 0} available, ${s.replicas ?? 0} in total for ${d.spec?.replicas ?? 1} wanted`;
    const complete = rolloutComplete(d);
    if (p.outcome === 'completed') {
      return complete ? { passed: true, message: `the rollout of ${ref} completed (${found})` } : { passed: false, message: `expected the rollout of ${ref} to complete, found ${found}` };
    }
    const before = lastEntry(ctx.setupEntries, 'deployments.apps', p.namespace, p.name)?.summary?.revision;
    const started = d.metadata.annotations?.[REVISION_ANNOTATION] !== before;
    if (!started) return { passed: false, message: `expected a new rollout of ${ref} that was held back, found no new revision (still revision ${String(before)})` };
    return complete ? { passed: false, message: `expected the new rollout of ${ref} to be held back, found it completed (${found})` } : { passed: true, message: `the rollout of ${ref} is held back (${found})` };
  },
};
