/**
 * The namespace controller (kubernetes/kubernetes pkg/controller/namespace/deletion/
 * namespaced_resources_deleter.go): once a Namespace is Terminating, delete every namespaced
 * object in it, report progress in the Namespace's deletion conditions, and when nothing is
 * left remove the `kubernetes` finalizer through `namespaces/finalize` (which lets the API
 * server remove the Namespace).
 */
import { R } from '../client.js';
import { deepClone, deepEqual } from '../objects.js';
import { RESOURCE_TYPES, storageKey, type ResourceType } from '../registry.js';
import type { Condition, KObject } from '../types.js';
import type { ControllerContext, ControllerDef } from './framework.js';

/** One type per storage key (events.k8s.io Events share the core Events' storage). */
const NAMESPACED: ResourceType[] = RESOURCE_TYPES.filter((t, i, all) => t.namespaced && t.verbs.includes('delete')
  && all.findIndex((u) => storageKey(u) === storageKey(t)) === i);

export const namespaceController: ControllerDef = {
  name: 'namespace-controller',
  component: 'namespace-controller',
  watches: [{ resource: 'namespaces', keys: (e) => (e.type !== 'DELETED' && e.object.metadata.deletionTimestamp ? [e.object.metadata.name!] : []) }],
  start(ctx) {
    // Content going away is what a terminating namespace waits for.
    ctx.store.watch((e) => {
      const ns = e.object.metadata.namespace;
      if (e.type !== 'DELETED' || !ns || e.resource === 'namespaces') return;
      if (ctx.store.get('namespaces', '', ns)?.metadata.deletionTimestamp) ctx.enqueue(ns);
    });
  },
  sync: syncNamespace,
};

function syncNamespace(name: string, ctx: ControllerContext): void {
  const ns = ctx.store.get('namespaces', '', name);
  if (!ns?.metadata.deletionTimestamp) return;
  for (const t of NAMESPACED) {
    if (!ctx.store.count(storageKey(t), name)) continue;
    ctx.api.request({ verb: 'deletecollection', group: t.group, version: t.version, resource: t.plural, namespace: name });
  }
  const remaining: { resource: string; count: number }[] = [];
  const finalizers = new Map<string, number>();
  for (const t of NAMESPACED) {
    const n = ctx.store.count(storageKey(t), name);
    if (!n) continue;
    // Upstream prints `%s.%s` of resource and group, so core resources read `pods.`.
    remaining.push({ resource: `${t.plural}.${t.group}`, count: n });
    for (const o of ctx.store.scan(storageKey(t), name)) {
      for (const f of o.metadata.finalizers ?? []) finalizers.set(f, (finalizers.get(f) ?? 0) + 1);
    }
  }
  updateConditions(ctx, ns, remaining, finalizers);
  if (remaining.length) return;
  const latest = ctx.store.get('namespaces', '', name);
  if (!latest?.spec?.finalizers?.includes('kubernetes')) return;
  const copy = deepClone(latest);
  copy.spec.finalizers = copy.spec.finalizers.filter((f: string) => f !== 'kubernetes');
  ctx.api.request({ verb: 'update', ...R.namespaces, name, subresource: 'finalize', body: copy });
}

/** The five deletion conditions the real controller keeps on a Terminating Namespace. */
function updateConditions(ctx: ControllerContext, ns: KObject, remaining: { resource: string; count: number }[], finalizers: Map<string, number>): void {
  const content = remaining.length
    ? ['True', 'SomeResourcesRemain', `Some resources are remaining: ${remaining.map((r) => `${r.resource} has ${r.count} resource instances`).sort().join(', ')}`]
    : ['False', 'ContentRemoved', 'All content successfully removed'];
  const fin = finalizers.size
    ? ['True', 'SomeFinalizersRemain', `Some content in the namespace has finalizers remaining: ${[...finalizers].map(([f, n]) => `${f} in ${n} resource instances`).sort().join(', ')}`]
    : ['False', 'ContentHasNoFinalizers', 'All content-preserving finalizers finished'];
  const wanted: [string, string, string, string][] = [
    ['NamespaceDeletionDiscoveryFailure', 'False', 'ResourcesDiscovered', 'All resources successfully discovered'],
    ['NamespaceDeletionGroupVersionParsingFailure', 'False', 'ParsedGroupVersions', 'All legacy kube types successfully parsed'],
    ['NamespaceDeletionContentFailure', 'False', 'ContentDeleted', 'All content successfully deleted, may be waiting on finalization'],
    ['NamespaceContentRemaining', content[0], content[1], content[2]],
    ['NamespaceFinalizersRemaining', fin[0], fin[1], fin[2]],
  ];
  const old = (ns.status?.conditions ?? []) as Condition[];
  const now = ctx.clock.iso();
  const conditions = wanted.map(([type, status, reason, message]) => {
    const prev = old.find((c) => c.type === type);
    const same = prev && prev.status === status && prev.reason === reason && prev.message === message;
    return { type, status, lastTransitionTime: same ? prev.lastTransitionTime : now, reason, message } as Condition;
  });
  if (deepEqual(conditions, old)) return;
  const copy = deepClone(ns);
  copy.status = { ...(copy.status ?? {}), conditions };
  ctx.api.updateStatus(R.namespaces, copy);
}
