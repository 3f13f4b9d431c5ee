/**
 * The client-side rolling update loop of the legacy `kubectl rolling-update`
 * (kubectl pkg/cmd/rollingupdate/rolling_updater.go RollingUpdater.Update, before its
 * removal in 1.18). maxSurge 1, maxUnavailable 0: scale the new controller up by what the
 * surge allows and wait for it, sleep --update-period (virtual time), scale the old one down
 * by what availability allows, repeat; then clean up and delete or rename. Every sleep and
 * poll advances the cluster's virtual clock.
 */
import { formatLabels, R, type ApiClient, type Cluster, type Pod, type ReplicationController } from '../../../sim/index.js';
import { DESIRED_REPLICAS, ORIGINAL_REPLICAS, SOURCE_ID, updateRc, type Outcome } from './controllers.js';

export interface UpdaterConfig {
  client: ApiClient;
  cluster: Cluster;
  out: (line: string) => void;
  oldRc: ReplicationController;
  newRc: ReplicationController;
  updatePeriodMs: number;
  intervalMs: number;
  timeoutMs: number;
  cleanup: 'Delete' | 'Rename';
}

const replicas = (rc: ReplicationController): number => rc.spec.replicas ?? 0;

/** wait.Poll / PollImmediate on virtual time: check, then step the clock by `intervalMs`. */
export function poll(cluster: Cluster, intervalMs: number, timeoutMs: number, immediate: boolean, cond: () => boolean): boolean {
  const deadline = cluster.now() + timeoutMs;
  if (immediate && cond()) return true;
  while (cluster.now() + intervalMs <= deadline) {
    cluster.advance(intervalMs);
    if (cond()) return true;
  }
  return false;
}

function getRc(client: ApiClient, ns: string, name: string): ReplicationController | undefined {
  const got = client.get<ReplicationController>(R.replicationcontrollers, ns, name);
  return got.ok ? got.value : undefined;
}

/** Scaler.Scale then WaitForScaleHasDesiredReplicas: the status has caught up with the new size. */
function scaleAndWait(cfg: UpdaterConfig, rc: ReplicationController, to: number): Outcome<ReplicationController> {
  const ns = rc.metadata.namespace ?? '';
  const name = rc.metadata.name ?? '';
  const patched = cfg.client.patch<ReplicationController>(R.replicationcontrollers, ns, name, { spec: { replicas: to } }, 'application/merge-patch+json');
  if (!patched.ok) return patched;
  const done = poll(cfg.cluster, cfg.intervalMs, cfg.timeoutMs, true, () => {
    const cur = getRc(cfg.client, ns, name);
    return !!cur && (cur.status?.observedGeneration ?? 0) >= (cur.metadata.generation ?? 0) && (cur.status?.replicas ?? 0) === replicas(cur);
  });
  if (!done) return { ok: false, error: 'timed out waiting for the condition' };
  const cur = getRc(cfg.client, ns, name);
  return cur ? { ok: true, value: cur } : { ok: false, error: `replicationcontrollers "${name}" not found` };
}

/** Ready (available with minReadySeconds 0) and not terminating pods of the controller's selector. */
function availablePods(cfg: UpdaterConfig, rc: ReplicationController): number {
  const listed = cfg.client.list<Pod>(R.pods, rc.metadata.namespace, { labelSelector: formatLabels(rc.spec.selector ?? {}) });
  if (!listed.ok) return 0;
  return listed.value.items.filter((p) => !p.metadata.deletionTimestamp && p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).length;
}

/** getOrCreateTargetController: an existing next controller must carry our source id. */
function getOrCreateTarget(cfg: UpdaterConfig, sourceId: string): Outcome<{ rc: ReplicationController; existed: boolean }> {
  const ns = cfg.newRc.metadata.namespace ?? cfg.oldRc.metadata.namespace ?? '';
  const existing = getRc(cfg.client, ns, cfg.newRc.metadata.name ?? '');
  if (!existing) {
    if (replicas(cfg.newRc) <= 0) return { ok: false, error: `Invalid controller spec for ${cfg.newRc.metadata.name}; required: > 0 replicas, actual: ${replicas(cfg.newRc)}` };
    const body = { ...cfg.newRc, metadata: { ...cfg.newRc.metadata, annotations: { ...(cfg.newRc.metadata.annotations ?? {}), [DESIRED_REPLICAS]: String(replicas(cfg.newRc)), [SOURCE_ID]: sourceId } }, spec: { ...cfg.newRc.spec, replicas: 0 } };
    delete (body as { status?: unknown }).status;
    for (const k of ['uid', 'resourceVersion', 'creationTimestamp', 'generation', 'managedFields']) delete (body.metadata as Record<string, unknown>)[k];
    const created = cfg.client.create<ReplicationController>(R.replicationcontrollers, ns, body);
    return created.ok ? { ok: true, value: { rc: created.value, existed: false } } : created;
  }
  const a = existing.metadata.annotations ?? {};
  if (a[SOURCE_ID] !== sourceId || !(DESIRED_REPLICAS in a)) {
    return { ok: false, error: `Missing/unexpected annotations for controller ${cfg.newRc.metadata.name}, expected ${sourceId} : map[${Object.keys(a).sort().map((k) => `${k}:${a[k]}`).join(' ')}]` };
  }
  return { ok: true, value: { rc: existing, existed: true } };
}

/** Rename: delete the controller orphaning its pods, wait until it is gone, create it under the new name. */
export function rename(cfg: Pick<UpdaterConfig, 'client' | 'cluster'>, rc: ReplicationController, newName: string): Outcome<null> {
  const ns = rc.metadata.namespace ?? '';
  const oldName = rc.metadata.name ?? '';
  const del = cfg.client.delete(R.replicationcontrollers, ns, oldName, { propagationPolicy: 'Orphan' });
  if (!del.ok && del.status.reason !== 'NotFound') return del;
  if (!poll(cfg.cluster, 5_000, 60_000, false, () => !getRc(cfg.client, ns, oldName))) return { ok: false, error: 'timed out waiting for the condition' };
  const body: ReplicationController = { ...rc, metadata: { ...rc.metadata, name: newName } };
  for (const k of ['uid', 'resourceVersion', 'creationTimestamp', 'generation', 'managedFields', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'finalizers']) delete body.metadata[k];
  delete (body as { status?: unknown }).status;
  const created = cfg.client.create(R.replicationcontrollers, ns, body);
  return created.ok ? { ok: true, value: null } : created;
}

/** RollingUpdater.Update: the whole loop and the cleanup policy. */
export function runUpdate(cfg: UpdaterConfig): Outcome<null> {
  let oldRc = cfg.oldRc;
  const ns = oldRc.metadata.namespace ?? '';
  const sourceId = `${oldRc.metadata.name}:${oldRc.metadata.uid}`;
  const target = getOrCreateTarget(cfg, sourceId);
  if (!target.ok) return target;
  let newRc = target.value.rc;
  cfg.out(target.value.existed ? `Continuing update with existing controller ${newRc.metadata.name}.\n` : `Created ${newRc.metadata.name}\n`);
  const desiredText = newRc.metadata.annotations?.[DESIRED_REPLICAS] ?? '';
  if (!/^[+-]?\d+$/.test(desiredText)) return { ok: false, error: `Unable to parse annotation for ${newRc.metadata.name}: ${DESIRED_REPLICAS}=${desiredText}` };
  const desired = parseInt(desiredText, 10);
  if (!(ORIGINAL_REPLICAS in (oldRc.metadata.annotations ?? {}))) {
    const updated = updateRc(cfg.client, ns, oldRc.metadata.name ?? '', (rc) => {
      rc.metadata.annotations = { ...(rc.metadata.annotations ?? {}), [ORIGINAL_REPLICAS]: String(replicas(rc)) };
    });
    if (!updated.ok) return updated;
    oldRc = updated.value;
  }
  // Fixed fenceposts: maxSurge 1, maxUnavailable 0.
  const maxSurge = 1;
  const minAvailable = desired === 0 ? 0 : desired;
  cfg.out(`Scaling up ${newRc.metadata.name} from ${replicas(newRc)} to ${desired}, scaling down ${oldRc.metadata.name} from ${replicas(oldRc)} to 0 (keep ${minAvailable} pods available, don't exceed ${desired + maxSurge} pods)\n`);
  let progressDeadline = cfg.cluster.now() + cfg.timeoutMs;
  while (replicas(newRc) !== desired || replicas(oldRc) !== 0) {
    const newBefore = replicas(newRc);
    const oldBefore = replicas(oldRc);
    if (replicas(newRc) !== desired) {
      let increment = desired + maxSurge - (replicas(oldRc) + replicas(newRc));
      if (replicas(oldRc) === 0) increment = desired - replicas(newRc);
      if (increment > 0) {
        const next = Math.min(replicas(newRc) + increment, desired);
        cfg.out(`Scaling ${newRc.metadata.name} up to ${next}\n`);
        const scaled = scaleAndWait(cfg, newRc, next);
        if (!scaled.ok) return scaled;
        newRc = scaled.value;
      }
    }
    cfg.cluster.advance(cfg.updatePeriodMs);
    if (replicas(oldRc) !== 0) {
      const newAvailable = availablePods(cfg, newRc);
      const decrement = replicas(oldRc) + replicas(newRc) - minAvailable - (replicas(newRc) - newAvailable);
      if (decrement > 0) {
        let next = Math.max(0, replicas(oldRc) - decrement);
        if (replicas(newRc) === desired && newAvailable === desired) next = 0;
        cfg.out(`Scaling ${oldRc.metadata.name} down to ${next}\n`);
        const scaled = scaleAndWait(cfg, oldRc, next);
        if (!scaled.ok) return scaled;
        oldRc = scaled.value;
      }
    }
    if (replicas(newRc) !== newBefore || replicas(oldRc) !== oldBefore) progressDeadline = cfg.cluster.now() + cfg.timeoutMs;
    else if (cfg.cluster.now() > progressDeadline) return { ok: false, error: 'timed out waiting for any update progress to be made' };
  }
  return cleanup(cfg, oldRc, newRc);
}

/** cleanupWithClients: drop the bookkeeping annotations, wait for the new size, then delete or rename. */
function cleanup(cfg: UpdaterConfig, oldRc: ReplicationController, newRc: ReplicationController): Outcome<null> {
  const ns = newRc.metadata.namespace ?? '';
  const updated = updateRc(cfg.client, ns, newRc.metadata.name ?? '', (rc) => {
    const a = { ...(rc.metadata.annotations ?? {}) };
    delete a[SOURCE_ID];
    delete a[DESIRED_REPLICAS];
    rc.metadata.annotations = a;
  });
  if (!updated.ok) return updated;
  const generation = updated.value.metadata.generation ?? 0;
  const settled = poll(cfg.cluster, cfg.intervalMs, cfg.timeoutMs, false, () => {
    const cur = getRc(cfg.client, ns, newRc.metadata.name ?? '');
    return !!cur && (cur.status?.observedGeneration ?? 0) >= generation && (cur.status?.replicas ?? 0) === replicas(cur);
  });
  if (!settled) return { ok: false, error: 'timed out waiting for the condition' };
  const current = getRc(cfg.client, ns, newRc.metadata.name ?? '');
  if (!current) return { ok: false, error: `replicationcontrollers "${newRc.metadata.name}" not found` };
  const oldName = oldRc.metadata.name ?? '';
  if (cfg.cleanup === 'Delete') {
    cfg.out(`Update succeeded. Deleting ${oldName}\n`);
    const del = cfg.client.delete(R.replicationcontrollers, ns, oldName);
    return del.ok ? { ok: true, value: null } : del;
  }
  cfg.out(`Update succeeded. Deleting old controller: ${oldName}\n`);
  const del = cfg.client.delete(R.replicationcontrollers, ns, oldName);
  if (!del.ok) return del;
  cfg.out(`Renaming ${current.metadata.name} to ${oldName}\n`);
  return rename(cfg, current, oldName);
}
