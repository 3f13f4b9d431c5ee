/**
 * What the real API server says about resources beyond the registry rows: the verbs and
 * response kinds of each subresource, and the order of API groups. Facts from kube-apiserver
 * v1.33: subresource verbs follow the REST storage interfaces each one implements
 * (k8s.io/apiserver/pkg/endpoints/installer.go: getter → get, updater → update+patch,
 * creater/connecter → create, connecter → the HTTP methods it takes), response kinds the
 * object each storage returns (pkg/registry/core/pod/rest/subresources.go, .../storage).
 */
import { GROUP_PRIORITY, type ResourceType } from '../../sim/index.js';

export interface GroupVersionKind { group: string; version: string; kind: string }

export interface SubresourceFact {
  verbs: string[];
  /** The kind the subresource answers with, given its parent resource type. */
  responseKind(parent: ResourceType): GroupVersionKind;
}

const own = (t: ResourceType): GroupVersionKind => ({ group: t.group, version: t.version, kind: t.kind });
const core = (kind: string) => (): GroupVersionKind => ({ group: '', version: 'v1', kind });
const fixed = (group: string, version: string, kind: string) => (): GroupVersionKind => ({ group, version, kind });

const GET_UPDATE = ['get', 'patch', 'update'];
// Connect subresources taking every proxied method (GET, POST, PUT, PATCH, DELETE, ...).
const PROXY_VERBS = ['create', 'delete', 'get', 'patch', 'update'];

/** Subresource name → discovery facts. A subresource missing here is listed with `get`. */
export const SUBRESOURCES: Record<string, SubresourceFact> = {
  status: { verbs: GET_UPDATE, responseKind: own },
  scale: { verbs: GET_UPDATE, responseKind: fixed('autoscaling', 'v1', 'Scale') },
  log: { verbs: ['get'], responseKind: core('Pod') },
  exec: { verbs: ['create', 'get'], responseKind: core('PodExecOptions') },
  attach: { verbs: ['create', 'get'], responseKind: core('PodAttachOptions') },
  portforward: { verbs: ['create', 'get'], responseKind: core('PodPortForwardOptions') },
  proxy: { verbs: PROXY_VERBS, responseKind: (t) => ({ group: '', version: 'v1', kind: `${t.kind}ProxyOptions` }) },
  eviction: { verbs: ['create'], responseKind: fixed('policy', 'v1', 'Eviction') },
  binding: { verbs: ['create'], responseKind: core('Binding') },
  ephemeralcontainers: { verbs: GET_UPDATE, responseKind: own },
  resize: { verbs: GET_UPDATE, responseKind: own },
  finalize: { verbs: ['update'], responseKind: own },
  token: { verbs: ['create'], responseKind: fixed('authentication.k8s.io', 'v1', 'TokenRequest') },
  approval: { verbs: GET_UPDATE, responseKind: own },
};

/** The facts of one subresource (unknown names: a read-only subresource of the parent's kind). */
export function subresourceFact(name: string): SubresourceFact {
  return SUBRESOURCES[name] ?? { verbs: ['get'], responseKind: own };
}

/** Group priorities (groupPriorityMinimum) of the built-in groups: the simulator's table (src/sim/api-groups.ts). */
export { GROUP_PRIORITY };

const VERSION_RE = /^v(\d+)(?:(alpha|beta)(\d+))?$/;

/**
 * Kubernetes version order (apimachinery's CompareKubeAwareVersionStrings): GA before beta
 * before alpha, higher numbers first; names that are not versions after those, by name.
 * Negative when `a` is preferred.
 */
export function compareVersions(a: string, b: string): number {
  const ma = VERSION_RE.exec(a);
  const mb = VERSION_RE.exec(b);
  if (!ma || !mb) return ma ? -1 : mb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  const stage = (m: RegExpExecArray) => (m[2] === undefined ? 2 : m[2] === 'beta' ? 1 : 0);
  if (stage(ma) !== stage(mb)) return stage(mb) - stage(ma);
  if (ma[1] !== mb[1]) return Number(mb[1]) - Number(ma[1]);
  return Number(mb[3] ?? 0) - Number(ma[3] ?? 0);
}

/** Orders API groups as the aggregator does: priority descending, then name. */
export function compareGroups(a: string, b: string): number {
  const pa = GROUP_PRIORITY[a] ?? 1000;
  const pb = GROUP_PRIORITY[b] ?? 1000;
  if (pa !== pb) return pb - pa;
  return a < b ? -1 : a > b ? 1 : 0;
}
