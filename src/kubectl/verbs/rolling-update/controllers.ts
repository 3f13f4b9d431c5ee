/**
 * Preparing the two ReplicationControllers for the legacy `kubectl rolling-update`
 * (kubectl pkg/cmd/rollingupdate/rolling_updater.go, last in the parent of commit
 * a7e7c4c78 "Remove deprecated rolling-update command", 2020): the new controller copied
 * from the old one with the image swapped, and the `deployment=<hash>` label added to the
 * old controller, its template and every pod it owns, so the two selectors never overlap.
 */
import { createHash } from 'node:crypto';
import { canonicalJson, deepClone, formatLabels, R, type ApiClient, type Pod, type ReplicationController, type Status } from '../../../sim/index.js';

export const SOURCE_ID = 'kubectl.kubernetes.io/update-source-id';
export const DESIRED_REPLICAS = 'kubectl.kubernetes.io/desired-replicas';
export const ORIGINAL_REPLICAS = 'kubectl.kubernetes.io/original-replicas';
export const NEXT_CONTROLLER = 'kubectl.kubernetes.io/next-controller-id';

export type Outcome<T> = { ok: true; value: T } | { ok: false; status: Status } | { ok: false; error: string };

/**
 * util.HashObject: the MD5 (hex) of the encoded object. Upstream hashes Go's JSON encoding;
 * we hash a canonical JSON of the same object, so values differ from a real cluster's but
 * are stable and 32 hex characters long, as learners see them.
 */
export function hashObject(obj: unknown): string {
  return createHash('md5').update(canonicalJson(obj)).digest('hex');
}

/** updateRcWithRetries: GET, change, PUT (conflicts cannot happen inside one synchronous command). */
export function updateRc(client: ApiClient, namespace: string, name: string, change: (rc: ReplicationController) => void): Outcome<ReplicationController> {
  const got = client.get<ReplicationController>(R.replicationcontrollers, namespace, name);
  if (!got.ok) return got;
  const rc = deepClone(got.value);
  change(rc);
  const updated = client.update<ReplicationController>(R.replicationcontrollers, rc);
  return updated.ok ? { ok: true, value: updated.value } : updated;
}

export interface NewControllerConfig {
  namespace: string;
  oldName: string;
  newName: string;
  image: string;
  container: string;
  deploymentKey: string;
  pullPolicy?: string;
}

/** CreateNewControllerFromCurrentController: builds (does not create) the next controller. */
export function newControllerFromCurrent(client: ApiClient, cfg: NewControllerConfig): Outcome<ReplicationController> {
  const got = client.get<ReplicationController>(R.replicationcontrollers, cfg.namespace, cfg.oldName);
  if (!got.ok) return got;
  const rc = deepClone(got.value);
  const containers = rc.spec.template?.spec.containers ?? [];
  let index = 0;
  if (cfg.container) {
    index = containers.findIndex((c) => c.name === cfg.container);
    if (index < 0) return { ok: false, error: `container ${cfg.container} not found in pod` };
  }
  if (containers.length > 1 && !cfg.container) return { ok: false, error: 'must specify container to update when updating a multi-container pod' };
  if (!containers.length) return { ok: false, error: 'pod has no containers!' };
  containers[index].image = cfg.image;
  if (cfg.pullPolicy) containers[index].imagePullPolicy = cfg.pullPolicy;
  const hash = hashObject(rc);
  rc.metadata = { ...rc.metadata, name: cfg.newName || `${rc.metadata.name}-${hash}` };
  rc.spec.selector = { ...(rc.spec.selector ?? {}), [cfg.deploymentKey]: hash };
  rc.spec.template!.metadata = { ...(rc.spec.template!.metadata ?? {}), labels: { ...(rc.spec.template!.metadata?.labels ?? {}), [cfg.deploymentKey]: hash } };
  delete rc.metadata.resourceVersion;
  return { ok: true, value: rc };
}

/**
 * UpdateExistingReplicationController: point the old controller at the next one and, if its
 * selector lacks the deployment key, add `key=value` to its template, its pods and its
 * selector (in that order), then delete any selected pod still without the label.
 */
export function updateExistingController(client: ApiClient, old: ReplicationController, newName: string, key: string, value: string): Outcome<ReplicationController> {
  const ns = old.metadata.namespace ?? '';
  const name = old.metadata.name ?? '';
  if (old.spec.selector && key in old.spec.selector) {
    return updateRc(client, ns, name, (rc) => {
      rc.metadata.annotations = { ...(rc.metadata.annotations ?? {}), [NEXT_CONTROLLER]: newName };
    });
  }
  const first = updateRc(client, ns, name, (rc) => {
    rc.metadata.annotations = { ...(rc.metadata.annotations ?? {}), [NEXT_CONTROLLER]: newName };
    const t = rc.spec.template!;
    t.metadata = { ...(t.metadata ?? {}), labels: { ...(t.metadata?.labels ?? {}), [key]: value } };
  });
  if (!first.ok) return first;
  const pods = client.list<Pod>(R.pods, ns, { labelSelector: formatLabels(first.value.spec.selector ?? {}) });
  if (!pods.ok) return pods;
  for (const p of pods.value.items) {
    const copy = deepClone(p);
    copy.metadata.labels = { ...(copy.metadata.labels ?? {}), [key]: value };
    const r = client.update(R.pods, copy);
    if (!r.ok) return r;
  }
  const second = updateRc(client, ns, name, (rc) => {
    rc.spec.selector = { ...(rc.spec.selector ?? {}), [key]: value };
  });
  if (!second.ok) return second;
  const again = client.list<Pod>(R.pods, ns, { labelSelector: formatLabels(second.value.spec.selector ?? {}) });
  if (!again.ok) return again;
  for (const p of again.value.items) {
    if (p.metadata.labels?.[key] !== value) {
      const r = client.delete(R.pods, ns, p.metadata.name ?? '');
      if (!r.ok) return r;
    }
  }
  return second;
}
