/**
 * Dotted kubeconfig property paths for `config set` / `config unset`:
 * `current-context`, `contexts.NAME.(cluster|user|namespace)`, `clusters.NAME.server`,
 * `users.NAME.token`. Entries are created on set, as kubectl does.
 */
import type { Kubeconfig } from '../../kubeconfig.js';

/** Sets (value) or unsets (undefined) `path`; returns an error message or undefined. */
export function setProperty(cfg: Kubeconfig, path: string, value: string | undefined): string | undefined {
  if (path === 'current-context') {
    cfg.currentContext = value ?? '';
    return undefined;
  }
  const m = /^(contexts|clusters|users)\.(.+)\.([a-z-]+)$/.exec(path);
  if (!m) return `unable to locate path ${path}`;
  const [, section, name, field] = m;
  const table: Record<string, string[]> = { contexts: ['cluster', 'user', 'namespace'], clusters: ['server'], users: ['token'] };
  if (!table[section].includes(field)) return `unable to locate path ${field}`;
  const list = cfg[section as 'contexts' | 'clusters' | 'users'] as unknown as Record<string, string | undefined>[];
  let entry = list.find((e) => e.name === name);
  if (!entry) {
    if (value === undefined) return `current map key \`${name}\` is invalid`;
    entry = section === 'contexts' ? { name, cluster: '', user: '' } : section === 'clusters' ? { name, server: '' } : { name };
    list.push(entry);
  }
  if (value === undefined) delete entry[field];
  else entry[field] = value;
  return undefined;
}
