/**
 * `helm uninstall` (helm/helm pkg/action/uninstall.go): marks the last revision uninstalling,
 * deletes its resources in reverse install order (keeping `helm.sh/resource-policy: keep`),
 * then purges every revision's Secret, or with --keep-history records `uninstalled`.
 */
import { nowText, setStatus, validateReleaseName, type ActionEnv, type ActionResult } from './context.js';
import { execHooks } from './hooks.js';
import { buildResources, deleteAll, type Resource } from './resources.js';

export interface UninstallOptions {
  name: string;
  namespace: string;
  keepHistory?: boolean;
  dryRun?: boolean;
  noHooks?: boolean;
  timeoutMs?: number;
}

export type UninstallResult = (ActionResult & { ok: true; kept: Resource[] }) | { ok: false; error: string };

export function uninstallRelease(env: ActionEnv, o: UninstallOptions): UninstallResult {
  const bad = validateReleaseName(o.name);
  if (bad) return { ok: false, error: `uninstall: Release name is invalid: ${o.name}` };
  const history = env.storage.history(o.name, o.namespace);
  if (history.length === 0) return { ok: false, error: `uninstall: Release not loaded: ${o.name}: release: not found` };
  const rel = history[history.length - 1];
  if (o.dryRun) return { ok: true, release: rel, kept: [] };
  if (rel.info.status === 'uninstalled') {
    if (!o.keepHistory) {
      for (const h of history) env.storage.delete(h.name, h.namespace, h.version);
      return { ok: true, release: rel, kept: [] };
    }
    return { ok: false, error: `the release named ${JSON.stringify(o.name)} is already deleted` };
  }
  setStatus(rel, 'uninstalling', 'Deletion in progress (or silently failed)');
  rel.info.deleted = nowText(env.cluster);
  env.storage.update(rel);
  const timeout = o.timeoutMs ?? 300_000;
  if (!o.noHooks) {
    const e = execHooks(env, rel, 'pre-delete', timeout);
    if (e) return { ok: false, error: e };
  }
  const built = buildResources(rel.manifest ?? '', rel.namespace);
  const { kept, errors } = built.ok ? deleteAll(env.client, built.resources) : { kept: [], errors: [built.error] };
  env.cluster.settle();
  if (!o.noHooks) {
    const e = execHooks(env, rel, 'post-delete', timeout);
    if (e) errors.push(e);
  }
  setStatus(rel, 'uninstalled', 'Uninstallation complete');
  if (!o.keepHistory) {
    for (const h of history) env.storage.delete(h.name, h.namespace, h.version);
  } else {
    env.storage.update(rel);
  }
  if (errors.length) return { ok: false, error: `uninstallation completed with ${errors.length} error(s): ${errors.join('; ')}` };
  return { ok: true, release: rel, kept };
}
