/**
 * Splitting rendered files into manifests and hooks and ordering them for install
 * (helm/helm pkg/releaseutil manifest.go, manifest_sorter.go, kind_sorter.go): files visited in
 * sorted path order, documents split on `---`, hooks recognised by `helm.sh/hook`, then a stable
 * sort by InstallOrder kind (unknown kinds last, alphabetical).
 */
import { isMap } from './template/values.js';
import { parseYaml } from './yaml/parse.js';

/** Kind order Helm installs in (releaseutil.InstallOrder). */
export const INSTALL_ORDER = [
  'PriorityClass', 'Namespace', 'NetworkPolicy', 'ResourceQuota', 'LimitRange', 'PodSecurityPolicy',
  'PodDisruptionBudget', 'ServiceAccount', 'Secret', 'SecretList', 'ConfigMap', 'StorageClass',
  'PersistentVolume', 'PersistentVolumeClaim', 'CustomResourceDefinition', 'ClusterRole',
  'ClusterRoleList', 'ClusterRoleBinding', 'ClusterRoleBindingList', 'Role', 'RoleList', 'RoleBinding',
  'RoleBindingList', 'Service', 'DaemonSet', 'Pod', 'ReplicationController', 'ReplicaSet', 'Deployment',
  'HorizontalPodAutoscaler', 'StatefulSet', 'Job', 'CronJob', 'IngressClass', 'Ingress', 'APIService',
];

const HOOK_EVENTS: Record<string, string> = {
  'pre-install': 'pre-install', 'post-install': 'post-install', 'pre-delete': 'pre-delete',
  'post-delete': 'post-delete', 'pre-upgrade': 'pre-upgrade', 'post-upgrade': 'post-upgrade',
  'pre-rollback': 'pre-rollback', 'post-rollback': 'post-rollback', test: 'test', 'test-success': 'test',
};

export interface ManifestHead {
  apiVersion: string;
  kind: string;
  name: string;
  annotations: Record<string, string>;
}

/** A rendered document that is not a hook. `name` is the template path it came from. */
export interface Manifest {
  name: string;
  content: string;
  head: ManifestHead;
}

/** A hook document (release.Hook). */
export interface Hook {
  name: string;
  kind: string;
  path: string;
  manifest: string;
  events: string[];
  weight: number;
  deletePolicies: string[];
  outputLogPolicies: string[];
}

export type SortResult = { ok: true; manifests: Manifest[]; hooks: Hook[] } | { ok: false; error: string };

/** releaseutil.SplitManifests: documents of one file, trimmed, empties dropped. */
export function splitManifests(text: string): string[] {
  return text.trim().split(/(?:^|\s*\n)---\s*/).map((d) => d.trim()).filter((d) => d !== '');
}

function head(doc: string): ManifestHead | string {
  const r = parseYaml(doc);
  if (!r.ok) return `error converting YAML to JSON: ${r.error}`;
  const v = r.value;
  if (v !== null && !isMap(v)) {
    const t = Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : typeof v === 'boolean' ? 'bool' : 'number';
    return `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${t} into Go value of type releaseutil.SimpleHead`;
  }
  const m = (v ?? {}) as Record<string, unknown>;
  const md = isMap(m.metadata) ? m.metadata : {};
  const ann: Record<string, string> = {};
  if (isMap(md.annotations)) for (const [k, x] of Object.entries(md.annotations)) ann[k] = x === null ? '' : String(x);
  const str = (x: unknown): string => (typeof x === 'string' ? x : x === undefined || x === null ? '' : String(x));
  return { apiVersion: str(m.apiVersion), kind: str(m.kind), name: str(md.name), annotations: ann };
}

function kindIndex(kind: string): number {
  const i = INSTALL_ORDER.indexOf(kind);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

/** Stable sort by install order; unknown kinds last, alphabetical among themselves. */
export function sortByKind<T>(items: T[], kindOf: (t: T) => string): T[] {
  return items
    .map((t, i) => ({ t, i }))
    .sort((a, b) => {
      const ka = kindOf(a.t);
      const kb = kindOf(b.t);
      const ia = kindIndex(ka);
      const ib = kindIndex(kb);
      if (ia !== ib) return ia - ib;
      if (ia === Number.MAX_SAFE_INTEGER && ka !== kb) return ka < kb ? -1 : 1;
      return a.i - b.i;
    })
    .map((x) => x.t);
}

/** releaseutil.SortManifests over rendered files (partials and empty files skipped). */
export function sortManifests(files: Map<string, string>): SortResult {
  const manifests: Manifest[] = [];
  const hooks: Hook[] = [];
  for (const path of [...files.keys()].sort()) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    const content = files.get(path)!;
    if (base.startsWith('_') || content.trim() === '') continue;
    for (const doc of splitManifests(content)) {
      const h = head(doc);
      if (typeof h === 'string') return { ok: false, error: `YAML parse error on ${path}: ${h}` };
      const hookAnn = h.annotations['helm.sh/hook'];
      if (hookAnn === undefined) {
        manifests.push({ name: path, content: doc, head: h });
        continue;
      }
      // An unknown hook type drops the whole document (Helm logs "skipping unknown hook").
      const events: string[] = [];
      let unknown = false;
      for (const t of hookAnn.split(',')) {
        const e = HOOK_EVENTS[t.trim().toLowerCase()];
        if (e === undefined) {
          unknown = true;
          break;
        }
        events.push(e);
      }
      if (unknown) continue;
      const ws = h.annotations['helm.sh/hook-weight'] ?? '';
      const list = (a: string): string[] => (a in h.annotations ? h.annotations[a]!.split(',').map((p) => p.trim().toLowerCase()) : []);
      hooks.push({
        name: h.name, kind: h.kind, path, manifest: doc, events,
        weight: /^[+-]?\d+$/.test(ws) ? parseInt(ws, 10) : 0,
        deletePolicies: list('helm.sh/hook-delete-policy'),
        outputLogPolicies: list('helm.sh/hook-output-log-policy'),
      });
    }
  }
  return { ok: true, manifests: sortByKind(manifests, (m) => m.head.kind), hooks: sortByKind(hooks, (h) => h.kind) };
}

/** The release manifest text: `---\n# Source: PATH\nDOC\n` per manifest. */
export function manifestText(manifests: Manifest[]): string {
  return manifests.map((m) => `---\n# Source: ${m.name}\n${m.content}\n`).join('');
}
