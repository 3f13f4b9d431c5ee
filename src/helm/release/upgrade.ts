/**
 * `helm upgrade` (helm/helm pkg/action/upgrade.go): the next revision of a release, values
 * reused per --reuse-values/--reset-values/--reset-then-reuse-values (or, with no new values,
 * the previous ones), resources updated three-way, previous revision superseded. History is
 * capped by --history-max (oldest non-deployed revisions deleted).
 */
import type { Chart } from '../chart/types.js';
import { mergeMaps } from '../chart/values.js';
import { renderChart } from '../render.js';
import { clusterLookup, funcEnv, nowText, setStatus, storedChart, storedHooks, validateReleaseName, type ActionEnv, type ActionResult } from './context.js';
import { execHooks } from './hooks.js';
import { buildResources, tagResources, updateAll } from './resources.js';
import { rollbackRelease } from './rollback.js';
import type { Release } from './types.js';
import { waitForResources } from './wait.js';

type Dict = Record<string, unknown>;

export interface UpgradeOptions {
  name: string;
  namespace: string;
  chart: Chart;
  config: Dict;
  reuseValues?: boolean;
  resetValues?: boolean;
  resetThenReuseValues?: boolean;
  dryRun?: boolean;
  wait?: boolean;
  waitForJobs?: boolean;
  timeoutMs?: number;
  atomic?: boolean;
  description?: string;
  historyMax?: number;
  noHooks?: boolean;
  subNotes?: boolean;
  skipSchemaValidation?: boolean;
}

/** Upgrade.reuseValues: which user values the new revision gets. */
function reuseValues(o: UpgradeOptions, current: Release): { chart: Chart; config: Dict } {
  if (o.resetValues) return { chart: o.chart, config: o.config };
  if (o.reuseValues) {
    const oldComputed = mergeMaps(current.chart.values ?? {}, current.config ?? {});
    return { chart: { ...o.chart, values: oldComputed }, config: mergeMaps(current.config ?? {}, o.config) };
  }
  if (o.resetThenReuseValues) return { chart: o.chart, config: mergeMaps(current.config ?? {}, o.config) };
  if (Object.keys(o.config).length === 0 && Object.keys(current.config ?? {}).length > 0) return { chart: o.chart, config: current.config ?? {} };
  return { chart: o.chart, config: o.config };
}

/** Deletes the oldest revisions beyond `max`, never the deployed one (storage.removeLeastRecent). */
export function pruneHistory(env: ActionEnv, name: string, namespace: string, max: number): void {
  if (max <= 0) return;
  const h = env.storage.history(name, namespace);
  let excess = h.length - max;
  for (const r of h) {
    if (excess <= 0) break;
    if (r.info.status === 'deployed') continue;
    env.storage.delete(r.name, r.namespace, r.version);
    excess--;
  }
}

export function upgradeRelease(env: ActionEnv, o: UpgradeOptions): ActionResult {
  if (validateReleaseName(o.name)) return { ok: false, error: `release name is invalid: ${o.name}` };
  const last = env.storage.last(o.name, o.namespace);
  if (!last) return { ok: false, error: `${JSON.stringify(o.name)} has no deployed releases` };
  if (last.info.status.startsWith('pending-')) return { ok: false, error: 'another operation (install/upgrade/rollback) is in progress' };
  let current: Release | undefined = last.info.status === 'deployed' ? last : env.storage.deployed(o.name, o.namespace);
  if (!current) {
    if (last.info.status === 'failed' || last.info.status === 'superseded') current = last;
    else return { ok: false, error: `${JSON.stringify(o.name)} has no deployed releases` };
  }
  const { chart, config } = reuseValues(o, current);
  const revision = last.version + 1;
  const rendered = renderChart(chart, config, {
    release: { name: o.name, namespace: o.namespace, revision, isInstall: false, isUpgrade: true },
    env: funcEnv(env.cluster),
    lookup: o.dryRun ? undefined : clusterLookup(env.client),
    subchartNotes: o.subNotes,
    skipSchemaValidation: o.skipSchemaValidation,
  });
  if (!rendered.ok) return { ok: false, error: rendered.error };
  const rel: Release = {
    name: o.name,
    info: { first_deployed: current.info.first_deployed, last_deployed: nowText(env.cluster), deleted: '', description: '', status: 'unknown', ...(rendered.notes ? { notes: rendered.notes } : {}) },
    chart: storedChart(chart),
    config,
    manifest: rendered.manifest,
    hooks: storedHooks(rendered.hooks),
    version: revision,
    namespace: o.namespace,
  };
  if (rel.hooks!.length === 0) delete rel.hooks;
  setStatus(rel, 'pending-upgrade', 'Preparing upgrade');
  const oldRes = buildResources(current.manifest, o.namespace);
  const newRes = buildResources(rel.manifest, o.namespace);
  if (!newRes.ok) return { ok: false, error: newRes.error };
  if (!oldRes.ok) return { ok: false, error: oldRes.error };
  tagResources(newRes.resources, rel.name, rel.namespace);
  if (o.dryRun) {
    rel.info.description = 'Dry run complete';
    return { ok: true, release: rel };
  }
  const created = env.storage.create(rel);
  if (!created.ok) return { ok: false, error: created.error };
  const timeout = o.timeoutMs ?? 300_000;
  const record = (): void => void env.storage.update(rel);
  let err: string | undefined;
  if (!o.noHooks) {
    const e = execHooks(env, rel, 'pre-upgrade', timeout, record);
    if (e) err = `pre-upgrade hooks failed: ${e}`;
  }
  if (!err) err = updateAll(env.client, oldRes.resources, newRes.resources, env.warnings);
  env.cluster.settle();
  if (!err && (o.wait || o.atomic)) err = waitForResources(env.cluster, env.client, newRes.resources, timeout, o.waitForJobs);
  if (!err && !o.noHooks) {
    const e = execHooks(env, rel, 'post-upgrade', timeout, record);
    if (e) err = `post-upgrade hooks failed: ${e}`;
  }
  if (err) {
    setStatus(rel, 'failed', `Upgrade ${JSON.stringify(rel.name)} failed: ${err}`);
    env.storage.update(rel);
    if (o.atomic) {
      // failRelease: roll back to the newest superseded or deployed revision.
      const good = env.storage.history(o.name, o.namespace).filter((r) => r.info.status === 'superseded' || r.info.status === 'deployed').pop();
      if (!good) return { ok: false, error: `unable to find a previously successful release when attempting to rollback. original upgrade error: ${err}`, release: rel };
      const rb = rollbackRelease(env, { name: o.name, namespace: o.namespace, version: good.version, wait: true, timeoutMs: o.timeoutMs, noHooks: o.noHooks });
      if (!rb.ok) return { ok: false, error: `an error occurred while rolling back the release. original upgrade error: ${err}: ${rb.error}`, release: rel };
      return { ok: false, error: `release ${rel.name} failed, and has been rolled back due to atomic being set: ${err}`, release: rel };
    }
    return { ok: false, error: err, release: rel };
  }
  setStatus(current, 'superseded', current.info.description);
  env.storage.update(current);
  setStatus(rel, 'deployed', o.description || 'Upgrade complete');
  env.storage.update(rel);
  pruneHistory(env, o.name, o.namespace, o.historyMax ?? 10);
  return { ok: true, release: rel };
}
