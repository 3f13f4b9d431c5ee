/**
 * Status viewers for `kubectl rollout status`, one row per kind (kubectl
 * pkg/polymorphichelpers/rollout_status.go at v0.33.0). Each turns one observed object
 * into the line kubectl prints for that watch event, whether the rollout is done, or an
 * error that ends the command.
 */
import type { KObject } from '../../../sim/index.js';
import { revisionOf } from './revisions.js';

export type StatusResult = { ok: true; line: string; done: boolean } | { ok: false; error: string };
export type StatusViewer = (obj: KObject, revision: number) => StatusResult;

const waiting = (line: string): StatusResult => ({ ok: true, line, done: false });
const finished = (line: string): StatusResult => ({ ok: true, line, done: true });
const failed = (error: string): StatusResult => ({ ok: false, error });

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

function deploymentStatus(d: KObject, revision: number): StatusResult {
  const name = d.metadata.name;
  if (revision > 0) {
    const running = revisionOf(d);
    if (running === undefined) return failed(`cannot get the revision of deployment "${name}": strconv.ParseInt: parsing "${d.metadata.annotations?.['deployment.kubernetes.io/revision']}": invalid syntax`);
    if (running !== revision) return failed(`desired revision (${revision}) is different from the running revision (${running})`);
  }
  const s = d.status ?? {};
  if (num(d.metadata.generation) <= num(s.observedGeneration)) {
    const progressing = (s.conditions ?? []).find((c: { type: string }) => c.type === 'Progressing');
    if (progressing?.reason === 'ProgressDeadlineExceeded') return failed(`deployment "${name}" exceeded its progress deadline`);
    const replicas = d.spec?.replicas;
    if (replicas !== undefined && num(s.updatedReplicas) < replicas) {
      return waiting(`Waiting for deployment "${name}" rollout to finish: ${num(s.updatedReplicas)} out of ${replicas} new replicas have been updated...\n`);
    }
    if (num(s.replicas) > num(s.updatedReplicas)) {
      return waiting(`Waiting for deployment "${name}" rollout to finish: ${num(s.replicas) - num(s.updatedReplicas)} old replicas are pending termination...\n`);
    }
    if (num(s.availableReplicas) < num(s.updatedReplicas)) {
      return waiting(`Waiting for deployment "${name}" rollout to finish: ${num(s.availableReplicas)} of ${num(s.updatedReplicas)} updated replicas are available...\n`);
    }
    return finished(`deployment "${name}" successfully rolled out\n`);
  }
  return waiting('Waiting for deployment spec update to be observed...\n');
}

function daemonSetStatus(ds: KObject): StatusResult {
  const name = ds.metadata.name;
  if ((ds.spec?.updateStrategy?.type ?? 'RollingUpdate') !== 'RollingUpdate') return failed('rollout status is only available for RollingUpdate strategy type');
  const s = ds.status ?? {};
  if (num(ds.metadata.generation) <= num(s.observedGeneration)) {
    if (num(s.updatedNumberScheduled) < num(s.desiredNumberScheduled)) {
      return waiting(`Waiting for daemon set "${name}" rollout to finish: ${num(s.updatedNumberScheduled)} out of ${num(s.desiredNumberScheduled)} new pods have been updated...\n`);
    }
    if (num(s.numberAvailable) < num(s.desiredNumberScheduled)) {
      return waiting(`Waiting for daemon set "${name}" rollout to finish: ${num(s.numberAvailable)} of ${num(s.desiredNumberScheduled)} updated pods are available...\n`);
    }
    return finished(`daemon set "${name}" successfully rolled out\n`);
  }
  return waiting('Waiting for daemon set spec update to be observed...\n');
}

function statefulSetStatus(sts: KObject): StatusResult {
  const strategy = sts.spec?.updateStrategy ?? { type: 'RollingUpdate' };
  if ((strategy.type ?? 'RollingUpdate') !== 'RollingUpdate') return failed('rollout status is only available for RollingUpdate strategy type');
  const s = sts.status ?? {};
  if (!num(s.observedGeneration) || num(sts.metadata.generation) > num(s.observedGeneration)) {
    return waiting('Waiting for statefulset spec update to be observed...\n');
  }
  const replicas = sts.spec?.replicas;
  if (replicas !== undefined && num(s.readyReplicas) < replicas) return waiting(`Waiting for ${replicas - num(s.readyReplicas)} pods to be ready...\n`);
  if (strategy.rollingUpdate) {
    const partition = strategy.rollingUpdate.partition;
    if (replicas !== undefined && partition !== undefined && num(s.updatedReplicas) < replicas - partition) {
      return waiting(`Waiting for partitioned roll out to finish: ${num(s.updatedReplicas)} out of ${replicas - partition} new pods have been updated...\n`);
    }
    return finished(`partitioned roll out complete: ${num(s.updatedReplicas)} new pods have been updated...\n`);
  }
  if (s.updateRevision !== s.currentRevision) {
    return waiting(`waiting for statefulset rolling update to complete ${num(s.updatedReplicas)} pods at revision ${s.updateRevision ?? ''}...\n`);
  }
  return finished(`statefulset rolling update complete ${num(s.currentReplicas)} pods at revision ${s.currentRevision ?? ''}...\n`);
}

/** StatusViewerFn: kinds (group/Kind) that have a viewer. */
export const STATUS_VIEWERS: Record<string, StatusViewer> = {
  'apps/Deployment': deploymentStatus,
  'apps/DaemonSet': (o) => daemonSetStatus(o),
  'apps/StatefulSet': (o) => statefulSetStatus(o),
};
