/**
 * `helm install` (helm/helm pkg/action/install.go Run): name checks, render, dry run, optional
 * namespace creation, record revision 1 as pending-install, create the resources (adopting
 * ones already owned by this release), optionally wait, then `deployed`/"Install complete".
 * A failure records `failed`/`Release "x" failed: …`; `--atomic` uninstalls again.
 */
import { R } from '../../sim/index.js';
import type { Chart } from '../chart/types.js';
import { renderChart } from '../render.js';
import { clusterLookup, funcEnv, nowText, setStatus, storedChart, storedHooks, validateReleaseName, type ActionEnv, type ActionResult } from './context.js';
import { execHooks } from './hooks.js';
import { buildResources, checkConflicts, createAll, tagResources } from './resources.js';
import type { Release } from './types.js';
import { uninstallRelease } from './uninstall.js';
import { waitForResources } from './wait.js';

export interface InstallOptions {
  name: string;
  namespace: string;
  chart: Chart;
  /** User-supplied values (the release config). */
  config: Record<string, unknown>;
  dryRun?: boolean;
  wait?: boolean;
  waitForJobs?: boolean;
  timeoutMs?: number;
  atomic?: boolean;
  description?: string;
  createNamespace?: boolean;
  /** Re-use the name of an uninstalled/failed release (`upgrade --install` over one). */
  replace?: boolean;
  subNotes?: boolean;
  skipSchemaValidation?: boolean;
  /** --take-ownership: adopt existing objects whatever their ownership metadata. */
  takeOwnership?: boolean;
  /** --no-hooks. */
  noHooks?: boolean;
  /** Render with IsUpgrade (upgrade --install --dry-run). */
  isUpgrade?: boolean;
}

function nameInUse(env: ActionEnv, o: InstallOptions): boolean {
  const last = env.storage.last(o.name, o.namespace);
  if (!last) return false;
  return !(o.replace && (last.info.status === 'uninstalled' || last.info.status === 'failed'));
}

/** Runs an install; on failure the error is Helm's (the CLI adds `INSTALLATION FAILED: `). */
export function installRelease(env: ActionEnv, o: InstallOptions): ActionResult {
  const bad = validateReleaseName(o.name);
  if (bad) return { ok: false, error: `release name ${JSON.stringify(o.name)}: ${bad}` };
  if (!o.dryRun && nameInUse(env, o)) return { ok: false, error: 'cannot re-use a name that is still in use' };
  const wait = o.wait || o.atomic;
  const isUpgrade = !!o.isUpgrade && !!o.dryRun;
  const rendered = renderChart(o.chart, o.config, {
    release: { name: o.name, namespace: o.namespace, revision: 1, isInstall: !isUpgrade, isUpgrade },
    env: funcEnv(env.cluster),
    lookup: o.dryRun ? undefined : clusterLookup(env.client),
    subchartNotes: o.subNotes,
    skipSchemaValidation: o.skipSchemaValidation,
  });
  if (!rendered.ok) return { ok: false, error: rendered.error };
  const ts = nowText(env.cluster);
  const rel: Release = {
    name: o.name,
    info: { first_deployed: ts, last_deployed: ts, deleted: '', description: '', status: 'unknown', ...(rendered.notes ? { notes: rendered.notes } : {}) },
    chart: storedChart(o.chart),
    config: o.config,
    manifest: rendered.manifest,
    hooks: storedHooks(rendered.hooks),
    version: 1,
    namespace: o.namespace,
  };
  if (rel.hooks!.length === 0) delete rel.hooks;
  setStatus(rel, 'pending-install', 'Initial install underway');
  const built = buildResources(rel.manifest, o.namespace);
  if (!built.ok) return { ok: false, error: built.error };
  const resources = built.resources;
  tagResources(resources, rel.name, rel.namespace);
  let adopt = new Set<string>();
  if (!o.dryRun) {
    const conflicts = checkConflicts(env.client, resources, rel.name, rel.namespace, o.takeOwnership);
    if (!conflicts.ok) return { ok: false, error: conflicts.error };
    adopt = conflicts.adopt;
  }
  if (o.dryRun) {
    rel.info.description = 'Dry run complete';
    return { ok: true, release: rel };
  }
  if (o.createNamespace) {
    const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: o.namespace, labels: { name: o.namespace } } };
    const r = env.client.create(R.namespaces, undefined, ns);
    if (!r.ok && r.status.reason !== 'AlreadyExists') return { ok: false, error: r.status.message ?? '' };
  }
  const stored = env.storage.create(rel);
  if (!stored.ok) return { ok: false, error: stored.error, release: rel };
  const timeout = o.timeoutMs ?? 300_000;
  const record = (): void => void env.storage.update(rel);
  let err: string | undefined;
  if (!o.noHooks) {
    const e = execHooks(env, rel, 'pre-install', timeout, record);
    if (e) err = `failed pre-install: ${e}`;
  }
  if (!err) err = createAll(env.client, resources, adopt, env.warnings);
  env.cluster.settle();
  if (!err && wait) err = waitForResources(env.cluster, env.client, resources, timeout, o.waitForJobs);
  if (!err && !o.noHooks) {
    const e = execHooks(env, rel, 'post-install', timeout, record);
    if (e) err = `failed post-install: ${e}`;
  }
  if (err) return failInstall(env, rel, o, err);
  setStatus(rel, 'deployed', o.description || 'Install complete');
  env.storage.update(rel);
  return { ok: true, release: rel };
}

function failInstall(env: ActionEnv, rel: Release, o: InstallOptions, err: string): ActionResult {
  setStatus(rel, 'failed', `Release ${JSON.stringify(rel.name)} failed: ${err}`);
  if (o.atomic) {
    const u = uninstallRelease(env, { name: rel.name, namespace: rel.namespace, keepHistory: false });
    if (!u.ok) return { ok: false, error: `an error occurred while uninstalling the release. original install error: ${err}: ${u.error}`, release: rel };
    return { ok: false, error: `release ${rel.name} failed, and has been uninstalled due to atomic being set: ${err}`, release: rel };
  }
  env.storage.update(rel);
  return { ok: false, error: err, release: rel };
}
