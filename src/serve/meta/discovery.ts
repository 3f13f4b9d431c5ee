/**
 * Discovery documents built from the simulator's registry (src/sim/registry.ts), in the
 * shapes kube-apiserver v1.33 serves them:
 * - aggregated: APIGroupDiscoveryList (apidiscovery.k8s.io v2 and v2beta1) for /api and /apis
 *   (k8s.io/api/apidiscovery/v2/types.go; staging/src/k8s.io/apiserver/pkg/endpoints/discovery/aggregated);
 * - legacy: APIVersions (/api), APIGroupList (/apis), APIGroup (/apis/G) and APIResourceList
 *   (/api/v1, /apis/G/V) with subresources as `pods/log` rows (apiserver/pkg/endpoints/installer.go).
 * JSON keys are written in the Go structs' field order, as encoding/json writes them.
 */
import { RESOURCE_TYPES, groupVersion, type ResourceType } from '../../sim/index.js';
import { compareGroups, compareVersions, subresourceFact, type GroupVersionKind } from './discovery-facts.js';

export interface ServedVersion { version: string; resources: ResourceType[] }
export interface ServedGroup { name: string; versions: ServedVersion[] }

const byName = (a: ResourceType, b: ResourceType) => (a.plural < b.plural ? -1 : a.plural > b.plural ? 1 : 0);

/** The groups the registry serves, core ('') first, then by group priority; versions preferred first; resources by name. */
export function servedGroups(types: readonly ResourceType[] = RESOURCE_TYPES): ServedGroup[] {
  const groups = new Map<string, Map<string, ResourceType[]>>();
  for (const t of types) {
    const versions = groups.get(t.group) ?? new Map<string, ResourceType[]>();
    groups.set(t.group, versions);
    versions.set(t.version, [...(versions.get(t.version) ?? []), t]);
  }
  const names = [...groups.keys()].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : compareGroups(a, b)));
  return names.map((name) => ({
    name,
    versions: [...groups.get(name)!.entries()]
      .sort(([a], [b]) => compareVersions(a, b))
      .map(([version, resources]) => ({ version, resources: [...resources].sort(byName) })),
  }));
}

const gvk = (g: GroupVersionKind) => ({ group: g.group, version: g.version, kind: g.kind });

/** One APIResourceDiscovery entry (aggregated discovery). */
function resourceDiscovery(t: ResourceType): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    resource: t.plural,
    responseKind: gvk(t),
    scope: t.namespaced ? 'Namespaced' : 'Cluster',
    singularResource: t.singular,
    verbs: [...t.verbs].sort(),
  };
  if (t.shortNames.length) entry.shortNames = t.shortNames;
  if (t.categories?.length) entry.categories = t.categories;
  const subs = [...(t.subresources ?? [])].sort();
  if (subs.length) {
    entry.subresources = subs.map((name) => {
      const fact = subresourceFact(name);
      return { subresource: name, responseKind: gvk(fact.responseKind(t)), verbs: fact.verbs };
    });
  }
  return entry;
}

/** APIGroupDiscoveryList for `/api` (core: true) or `/apis`, in apidiscovery.k8s.io `version` (v2 or v2beta1). */
export function aggregatedDiscovery(core: boolean, version: 'v2' | 'v2beta1', groups = servedGroups()): Record<string, unknown> {
  const items = groups.filter((g) => (g.name === '') === core).map((g) => ({
    metadata: g.name ? { name: g.name, creationTimestamp: null } : { creationTimestamp: null },
    versions: g.versions.map((v) => ({ version: v.version, resources: v.resources.map(resourceDiscovery), freshness: 'Current' })),
  }));
  return { kind: 'APIGroupDiscoveryList', apiVersion: `apidiscovery.k8s.io/${version}`, metadata: {}, items };
}

/** Legacy `/api`: APIVersions, with the address the client reached us on. */
export function apiVersions(serverAddress: string, groups = servedGroups()): Record<string, unknown> {
  const core = groups.find((g) => g.name === '');
  return {
    kind: 'APIVersions',
    versions: (core?.versions ?? []).map((v) => v.version),
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

function groupEntry(g: ServedGroup): Record<string, unknown> {
  const versions = g.versions.map((v) => ({ groupVersion: `${g.name}/${v.version}`, version: v.version }));
  return { name: g.name, versions, preferredVersion: versions[0] };
}

/** Legacy `/apis`: APIGroupList of every named group. */
export function apiGroupList(groups = servedGroups()): Record<string, unknown> {
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: groups.filter((g) => g.name !== '').map(groupEntry) };
}

/** Legacy `/apis/G`: one APIGroup, or undefined when the group is not served. */
export function apiGroup(name: string, groups = servedGroups()): Record<string, unknown> | undefined {
  const g = groups.find((x) => x.name === name && name !== '');
  return g ? { kind: 'APIGroup', apiVersion: 'v1', ...groupEntry(g) } : undefined;
}

/** APIResource rows of one resource type: the resource, then its subresources (`pods/log`). */
function resourceRows(t: ResourceType): Record<string, unknown>[] {
  const main: Record<string, unknown> = { name: t.plural, singularName: t.singular, namespaced: t.namespaced, kind: t.kind, verbs: [...t.verbs].sort() };
  if (t.shortNames.length) main.shortNames = t.shortNames;
  if (t.categories?.length) main.categories = t.categories;
  const subs = [...(t.subresources ?? [])].sort().map((name) => {
    const fact = subresourceFact(name);
    const kind = fact.responseKind(t);
    // group/version appear only when the subresource answers in another group/version (scale, eviction, token).
    const other = kind.group !== t.group || kind.version !== t.version;
    return {
      name: `${t.plural}/${name}`, singularName: '', namespaced: t.namespaced,
      ...(other ? { group: kind.group, version: kind.version } : {}),
      kind: kind.kind, verbs: fact.verbs,
    };
  });
  return [main, ...subs];
}

/**
 * Legacy `/api/v1` or `/apis/G/V`: APIResourceList, or undefined when that group/version is
 * not served. The core list carries no apiVersion, as the real server writes it.
 */
export function apiResourceList(group: string, version: string, groups = servedGroups()): Record<string, unknown> | undefined {
  const v = groups.find((g) => g.name === group)?.versions.find((x) => x.version === version);
  if (!v) return undefined;
  const gv = groupVersion({ group, version } as ResourceType);
  const resources = v.resources.flatMap(resourceRows);
  return group ? { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: gv, resources } : { kind: 'APIResourceList', groupVersion: gv, resources };
}
