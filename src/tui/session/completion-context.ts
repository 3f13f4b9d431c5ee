/**
 * The completion context of a live session: kubectl's verb table, the resource registry and
 * the cluster's objects in the current namespace.
 */
import { VERBS } from '../../kubectl/index.js';
import { GLOBAL_FLAGS } from '../../kubectl/global-flags.js';
import { RESOURCE_TYPES, resolveResource, storageKey, type Cluster } from '../../sim/index.js';
import type { CompletionContext } from './completion.js';

/** helm 3 top-level commands. */
export const HELM_VERBS = ['create', 'dependency', 'env', 'get', 'history', 'install', 'lint', 'list', 'package', 'pull', 'repo', 'rollback', 'search', 'show', 'status', 'template', 'test', 'uninstall', 'upgrade', 'version'];

/** A completion context reading `cluster` in `namespace` on every call. */
export function liveCompletionContext(cluster: Cluster, commands: string[], namespace = 'default'): CompletionContext {
  const types = RESOURCE_TYPES.flatMap((t) => [t.plural, t.singular, ...t.shortNames]);
  return {
    commands,
    kubectlVerbs: VERBS,
    globalFlags: GLOBAL_FLAGS.filter((f) => !f.hidden).map((f) => `--${f.name}`),
    helmVerbs: HELM_VERBS,
    types,
    names(type) {
      const t = resolveResource(type);
      if (!t) return [];
      return cluster.store.list(storageKey(t), t.namespaced ? namespace : undefined).map((o) => o.metadata.name as string);
    },
  };
}
