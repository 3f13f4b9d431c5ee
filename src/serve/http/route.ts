/**
 * REST paths → resource coordinates, as the API server's installer lays them out
 * (k8s.io/apiserver pkg/endpoints/installer.go): `/api/v1/...` for the core group,
 * `/apis/GROUP/VERSION/...` for the others; namespaced resources under
 * `namespaces/NS/RESOURCE`, cluster-scoped ones (and lists across all namespaces) directly.
 */
import { typeForResource, typeForResourceVersion, type ResourceType } from '../../sim/index.js';

export interface ResourceRoute {
  group: string;
  version: string;
  resource: string;
  /** Set for paths inside a namespace (`namespaces/NS/RESOURCE...`). */
  namespace?: string;
  name?: string;
  subresource?: string;
  /** The registry row; undefined when the server does not serve this resource (the Api answers 404). */
  type?: ResourceType;
  /** Reached through the deprecated `/watch/` prefix (`/api/v1/watch/namespaces/NS/pods`): a watch. */
  watchPrefix?: boolean;
}

/** Splits `/api/v1/...` or `/apis/G/V/...` into the group/version and the remaining segments. */
function groupVersionOf(parts: string[]): { group: string; version: string; rest: string[] } | undefined {
  if (parts[0] === 'api' && parts.length >= 2) return { group: '', version: parts[1], rest: parts.slice(2) };
  if (parts[0] === 'apis' && parts.length >= 3) return { group: parts[1], version: parts[2], rest: parts.slice(3) };
  return undefined;
}

/**
 * The resource a path names, or undefined when it names none (the caller answers 404).
 * `/api/v1/namespaces/NAME[/status|/finalize]` is the namespaces resource itself; any other
 * segment after a namespace name is a namespaced resource.
 */
export function parseResourcePath(path: string): ResourceRoute | undefined {
  const parts = path.split('/').filter((p) => p !== '').map(safeDecode);
  if (parts.some((p) => p === undefined)) return undefined;
  const gv = groupVersionOf(parts as string[]);
  if (!gv || !gv.rest.length) return undefined;
  const { group, version } = gv;
  let rest = gv.rest;
  const watchPrefix = rest[0] === 'watch' && rest.length > 1;
  if (watchPrefix) rest = rest.slice(1);
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    const nsType = typeForResource(group, rest[2]);
    // `namespaces/NAME/status` and `namespaces/NAME/finalize` are subresources of the Namespace
    // itself (core group only); everything else there is a resource inside the namespace.
    const isNamespaceSub = group === '' && rest.length === 3 && (rest[2] === 'status' || rest[2] === 'finalize') && !nsType;
    if (!isNamespaceSub) {
      namespace = rest[1];
      rest = rest.slice(2);
    }
  }
  if (rest.length > 3) return undefined;
  const [resource, name, subresource] = rest;
  if (name === '') return undefined;
  // The type as served in this version (a resource may be served in several, e.g. autoscaling v1 and v2).
  const type = typeForResourceVersion(group, version, resource);
  const route: ResourceRoute = { group, version, resource };
  if (watchPrefix) {
    if (subresource !== undefined) return undefined;
    route.watchPrefix = true;
  }
  if (namespace !== undefined) route.namespace = namespace;
  if (name !== undefined) route.name = name;
  if (subresource !== undefined) route.subresource = subresource;
  if (type && type.version === version) {
    // A cluster-scoped resource has no path under a namespace (the installer registers none).
    if (!type.namespaced && namespace !== undefined) return undefined;
    route.type = type;
  }
  return route;
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}
