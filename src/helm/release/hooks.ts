/**
 * Running hooks (helm/helm pkg/action/hooks.go execHook, pkg/kube/client.go WatchUntilReady):
 * the release's hooks for one event, by weight then name; each one's previous object deleted
 * first (default policy before-hook-creation), created, and waited for — a Job until it
 * completes or fails, a Pod until it succeeds or fails, anything else at once — then deleted
 * per `hook-succeeded` / `hook-failed`. LastRun times and phase are recorded on the hook.
 */
import type { ApiClient, KObject } from '../../sim/index.js';
import type { ActionEnv } from './context.js';
import { buildResources, type Resource } from './resources.js';
import { rfc3339Nano } from './time.js';
import type { Release, StoredHook } from './types.js';

type Outcome = 'running' | 'succeeded' | { failed: string };

/** What WatchUntilReady waits for, per kind. */
const DONE: Record<string, (o: KObject) => Outcome> = {
  Job: (o) => {
    for (const c of (o.status?.conditions ?? []) as { type: string; status: string; reason?: string }[]) {
      if (c.type === 'Complete' && c.status === 'True') return 'succeeded';
      if (c.type === 'Failed' && c.status === 'True') return { failed: `job ${o.metadata.name} failed: ${c.reason ?? ''}` };
    }
    return 'running';
  },
  Pod: (o) => (o.status?.phase === 'Succeeded' ? 'succeeded' : o.status?.phase === 'Failed' ? { failed: `pod ${o.metadata.name} failed` } : 'running'),
};

function outcome(client: ApiClient, r: Resource): Outcome {
  const check = DONE[r.obj.kind];
  if (!check) return 'succeeded';
  const live = client.get(r.ref, r.namespace, r.name);
  return live.ok ? check(live.value) : 'running';
}

function deleteHook(env: ActionEnv, resources: Resource[]): void {
  for (const r of resources) {
    env.client.delete(r.ref, r.namespace, r.name, { propagationPolicy: 'Background' });
  }
  env.cluster.settle();
  // before-hook-creation waits for the old object to be gone (a Pod terminates gracefully).
  env.cluster.advanceUntil(() => resources.every((r) => !env.client.get(r.ref, r.namespace, r.name).ok), 60_000);
}

function byWeight(a: StoredHook, b: StoredHook): number {
  const wa = a.weight ?? 0;
  const wb = b.weight ?? 0;
  return wa !== wb ? wa - wb : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * Runs the hooks of `event` for `rel` (mutating their last_run); returns the error text, or
 * undefined when all succeeded. `record` stores the release when a hook starts.
 */
export function execHooks(env: ActionEnv, rel: Release, event: string, timeoutMs: number, record?: () => void): string | undefined {
  const hooks = (rel.hooks ?? []).filter((h) => h.events.includes(event)).sort(byWeight);
  const done: { hook: StoredHook; resources: Resource[] }[] = [];
  for (const h of hooks) {
    const policies = h.delete_policies?.length ? h.delete_policies : ['before-hook-creation'];
    const built = buildResources(h.manifest, rel.namespace);
    if (!built.ok) return `unable to build kubernetes object for ${event} hook ${h.path}: ${built.error}`;
    if (policies.includes('before-hook-creation')) deleteHook(env, built.resources);
    h.last_run = { started_at: rfc3339Nano(env.cluster.now()), completed_at: '', phase: 'Running' };
    record?.();
    for (const r of built.resources) {
      const res = env.client.create(r.ref, r.namespace, r.obj);
      if (!res.ok) {
        h.last_run = { ...h.last_run, completed_at: rfc3339Nano(env.cluster.now()), phase: 'Failed' };
        return `warning: Hook ${event} ${h.path} failed: ${res.status.message ?? ''}`;
      }
      if (res.warnings) env.warnings.push(...res.warnings);
    }
    let result: Outcome = 'running';
    const settled = env.cluster.advanceUntil(() => {
      result = built.resources.map((r) => outcome(env.client, r)).find((o) => o !== 'succeeded') ?? 'succeeded';
      return result !== 'running';
    }, timeoutMs);
    h.last_run = { ...h.last_run, completed_at: rfc3339Nano(env.cluster.now()) };
    const final = result as Outcome;
    if (!settled || final === 'running' || typeof final === 'object') {
      h.last_run.phase = 'Failed';
      if (policies.includes('hook-failed')) deleteHook(env, built.resources);
      for (const d of done) if ((d.hook.delete_policies ?? []).includes('hook-succeeded')) deleteHook(env, d.resources);
      return typeof final === 'object' ? final.failed : 'timed out waiting for the condition';
    }
    h.last_run.phase = 'Succeeded';
    done.push({ hook: h, resources: built.resources });
  }
  for (const d of [...done].reverse()) {
    if ((d.hook.delete_policies ?? []).includes('hook-succeeded')) deleteHook(env, d.resources);
  }
  return undefined;
}
