/**
 * `helm rollback NAME [REV]` (helm/helm pkg/action/rollback.go): a new revision copying the
 * target revision's chart, values, manifest and notes, `Rollback to N`; every previously
 * deployed revision becomes superseded.
 */
import { nowText, setStatus, validateReleaseName, type ActionEnv, type ActionResult } from './context.js';
import { execHooks } from './hooks.js';
import { buildResources, tagResources, updateAll } from './resources.js';
import type { Release } from './types.js';
import { waitForResources } from './wait.js';

export interface RollbackOptions {
  name: string;
  namespace: string;
  /** 0: the revision before the current one. */
  version: number;
  wait?: boolean;
  waitForJobs?: boolean;
  timeoutMs?: number;
  dryRun?: boolean;
  historyMax?: number;
  noHooks?: boolean;
}

export function rollbackRelease(env: ActionEnv, o: RollbackOptions): ActionResult {
  if (validateReleaseName(o.name)) return { ok: false, error: `prepareRollback: Release name is invalid: ${o.name}` };
  if (o.version < 0) return { ok: false, error: 'invalid release revision' };
  const history = env.storage.history(o.name, o.namespace);
  const current = history[history.length - 1];
  if (!current) return { ok: false, error: 'release: not found' };
  const previousVersion = o.version === 0 ? current.version - 1 : o.version;
  const previous = history.find((r) => r.version === previousVersion);
  if (!previous) return { ok: false, error: `release has no ${previousVersion} version` };
  const target: Release = {
    ...JSON.parse(JSON.stringify(previous)) as Release,
    info: {
      first_deployed: current.info.first_deployed,
      last_deployed: nowText(env.cluster),
      deleted: '',
      description: `Rollback to ${previousVersion}`,
      status: 'pending-rollback',
      ...(previous.info.notes ? { notes: previous.info.notes } : {}),
    },
    version: current.version + 1,
  };
  if (o.dryRun) return { ok: true, release: target };
  const oldRes = buildResources(current.manifest, o.namespace);
  const newRes = buildResources(target.manifest, o.namespace);
  if (!oldRes.ok) return { ok: false, error: oldRes.error };
  if (!newRes.ok) return { ok: false, error: newRes.error };
  tagResources(newRes.resources, target.name, target.namespace);
  const created = env.storage.create(target);
  if (!created.ok) return { ok: false, error: created.error };
  const timeout = o.timeoutMs ?? 300_000;
  const record = (): void => void env.storage.update(target);
  let err = o.noHooks ? undefined : execHooks(env, target, 'pre-rollback', timeout, record);
  if (!err) err = updateAll(env.client, oldRes.resources, newRes.resources, env.warnings);
  env.cluster.settle();
  if (!err && o.wait) err = waitForResources(env.cluster, env.client, newRes.resources, timeout, o.waitForJobs);
  if (!err && !o.noHooks) err = execHooks(env, target, 'post-rollback', timeout, record);
  if (err) {
    const msg = `Rollback ${JSON.stringify(target.name)} failed: ${err}`;
    setStatus(target, 'failed', msg);
    setStatus(current, 'superseded', current.info.description);
    env.storage.update(current);
    env.storage.update(target);
    return { ok: false, error: err, release: target };
  }
  for (const r of history) {
    if (r.info.status !== 'deployed') continue;
    setStatus(r, 'superseded', r.info.description);
    env.storage.update(r);
  }
  setStatus(target, 'deployed', target.info.description);
  env.storage.update(target);
  return { ok: true, release: target };
}
