/** What release actions share: the cluster, the learner's API client, storage and helpers. */
import type { ApiClient, Cluster } from '../../sim/index.js';
import type { Chart } from '../chart/types.js';
import type { FuncEnv } from '../funcs/index.js';
import type { LookupFn } from '../engine.js';
import type { Hook } from '../manifests.js';
import { rfc3339Nano } from './time.js';
import { ReleaseStorage, type Driver } from './storage.js';
import type { Release, ReleaseStatus, StoredChart, StoredHook } from './types.js';
import { typeForKind, R } from '../../sim/index.js';

export interface ActionEnv {
  cluster: Cluster;
  /** Acts as the learner (RBAC applies to releases and their resources). */
  client: ApiClient;
  storage: ReleaseStorage;
  /** API warnings (unknown fields, deprecations) that client-go would log, in order. */
  warnings: string[];
}

export type ActionResult = { ok: true; release: Release } | { ok: false; error: string; release?: Release };

/** A new ActionEnv over `client`. */
export function actionEnv(cluster: Cluster, client: ApiClient, driver: Driver = 'secret'): ActionEnv {
  return { cluster, client, storage: new ReleaseStorage(client, cluster.clock, driver), warnings: [] };
}

const RELEASE_NAME_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** chartutil.ValidateReleaseName; returns the error text or undefined. */
export function validateReleaseName(name: string): string | undefined {
  if (name === '') return 'no name provided';
  if (name.length > 53 || !RELEASE_NAME_RE.test(name)) {
    return `invalid release name, must match regex ${RELEASE_NAME_RE.source} and the length must not be longer than 53`;
  }
  return undefined;
}

/** Template functions' clock and randomness from the cluster. */
export function funcEnv(cluster: Cluster): FuncEnv {
  return { nowMs: () => cluster.now(), random: () => cluster.rand.next() };
}

/** `lookup` against the live cluster as the learner ({} when absent or forbidden). */
export function clusterLookup(client: ApiClient): LookupFn {
  return (apiVersion, kind, namespace, name) => {
    const t = typeForKind(apiVersion, kind);
    if (!t) return {};
    const ref = { group: t.group, resource: t.plural };
    const ns = t.namespaced ? namespace : undefined;
    if (name) {
      const r = client.get(ref, ns, name);
      return r.ok ? (JSON.parse(JSON.stringify(r.value)) as Record<string, unknown>) : {};
    }
    const r = client.list(ref, ns || undefined);
    return r.ok ? (JSON.parse(JSON.stringify({ apiVersion: 'v1', kind: `${kind}List`, items: r.value.items })) as Record<string, unknown>) : {};
  };
}

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

/** The chart as the release serialises it (templates and files base64, subcharts dropped). */
export function storedChart(c: Chart): StoredChart {
  return {
    metadata: c.metadata,
    lock: null,
    templates: c.templates.map((t) => ({ name: t.name, data: b64(t.data) })),
    values: c.values,
    schema: c.schema === undefined ? null : b64(c.schema),
    files: c.files.map((f) => ({ name: f.name, data: b64(f.data) })),
  };
}

export function storedHooks(hooks: Hook[]): StoredHook[] {
  return hooks.map((h) => ({
    name: h.name, kind: h.kind, path: h.path, manifest: h.manifest, events: h.events,
    last_run: { started_at: '', completed_at: '', phase: '' },
    ...(h.weight ? { weight: h.weight } : {}),
    ...(h.deletePolicies.length ? { delete_policies: h.deletePolicies } : {}),
  }));
}

/** Release.SetStatus. */
export function setStatus(rel: Release, status: ReleaseStatus, description: string): void {
  rel.info.status = status;
  rel.info.description = description;
}

export function nowText(cluster: Cluster): string {
  return rfc3339Nano(cluster.now());
}

/** Whether the namespace exists (for `create: failed to create: namespaces "x" not found`). */
export function namespaceExists(client: ApiClient, ns: string): boolean {
  const r = client.get(R.namespaces, undefined, ns);
  return r.ok || r.status.code !== 404;
}
