/**
 * Turning a release manifest into API objects and writing them as Helm's kube client does
 * (helm/helm pkg/kube/client.go Create/Update/Delete, pkg/action/validate.go ownership):
 * every object gets the `app.kubernetes.io/managed-by: Helm` label and the
 * `meta.helm.sh/release-name`/`-namespace` annotations; upgrades patch live objects with a
 * three-way strategic merge (old manifest, new manifest, live) and delete what was dropped.
 */
import { deepClone, schemaForKind, typeForKind, type ApiClient, type KObject, type ResourceRef, type ResourceType } from '../../sim/index.js';
import { threeWayMergePatch } from '../../kubectl/index.js';
import { splitManifests } from '../manifests.js';
import { parseYaml } from '../yaml/parse.js';

export interface Resource {
  obj: KObject;
  type: ResourceType;
  ref: ResourceRef;
  namespace?: string;
  name: string;
}

export type ResourcesResult = { ok: true; resources: Resource[] } | { ok: false; error: string };

/** `Deployment "x" in namespace "default"` (validate.go resourceString). */
export function resourceString(r: Resource): string {
  return `${r.obj.kind} ${JSON.stringify(r.name)} in namespace ${JSON.stringify(r.namespace ?? '')}`;
}

/** Parses the `---`-separated manifest into typed objects, defaulting the namespace. */
export function buildResources(manifest: string, namespace: string): ResourcesResult {
  const out: Resource[] = [];
  for (const doc of splitManifests(manifest)) {
    const p = parseYaml(doc);
    if (!p.ok) return { ok: false, error: `unable to build kubernetes objects from release manifest: error parsing : error converting YAML to JSON: ${p.error}` };
    const obj = p.value as KObject | null;
    if (!obj || typeof obj !== 'object') continue;
    const type = typeForKind(String(obj.apiVersion ?? ''), String(obj.kind ?? ''));
    if (!type) {
      return { ok: false, error: `unable to build kubernetes objects from release manifest: resource mapping not found for name: ${JSON.stringify(obj.metadata?.name ?? '')} namespace: ${JSON.stringify(obj.metadata?.namespace ?? '')} from "": no matches for kind ${JSON.stringify(obj.kind)} in version ${JSON.stringify(obj.apiVersion)}\nensure CRDs are installed first` };
    }
    const ns = type.namespaced ? (obj.metadata?.namespace || namespace) : undefined;
    const clone = deepClone(obj);
    clone.metadata = { ...(clone.metadata ?? {}) };
    if (ns) clone.metadata.namespace = ns;
    out.push({ obj: clone, type, ref: { group: type.group, resource: type.plural }, namespace: ns, name: String(obj.metadata?.name ?? '') });
  }
  return { ok: true, resources: out };
}

/** Adds Helm's ownership label and annotations (install.go setMetadataVisitor). */
export function tagResources(resources: Resource[], release: string, namespace: string): void {
  for (const r of resources) {
    const md = r.obj.metadata;
    md.labels = { ...(md.labels ?? {}), 'app.kubernetes.io/managed-by': 'Helm' };
    md.annotations = { ...(md.annotations ?? {}), 'meta.helm.sh/release-name': release, 'meta.helm.sh/release-namespace': namespace };
  }
}

const key = (r: Resource): string => `${r.type.group}/${r.type.kind}/${r.namespace ?? ''}/${r.name}`;

function ownershipError(live: KObject, release: string, namespace: string): string | undefined {
  const errs: string[] = [];
  const check = (kind: 'label' | 'annotation', map: Record<string, string> | undefined, k: string, want: string): void => {
    const v = map?.[k];
    if (v === undefined) errs.push(`${kind} validation error: missing key ${JSON.stringify(k)}: must be set to ${JSON.stringify(want)}`);
    else if (v !== want) errs.push(`${kind} validation error: key ${JSON.stringify(k)} must equal ${JSON.stringify(want)}: current value is ${JSON.stringify(v)}`);
  };
  check('label', live.metadata.labels, 'app.kubernetes.io/managed-by', 'Helm');
  check('annotation', live.metadata.annotations, 'meta.helm.sh/release-name', release);
  check('annotation', live.metadata.annotations, 'meta.helm.sh/release-namespace', namespace);
  return errs.length ? ['invalid ownership metadata', ...errs].join('; ') : undefined;
}

/**
 * install: refuses objects that already exist and belong to no (or another) release
 * (`… exists and cannot be imported into the current release: invalid ownership metadata; …`);
 * returns the ones Helm adopts (and updates) instead of creating.
 */
export function checkConflicts(client: ApiClient, resources: Resource[], release: string, namespace: string, takeOwnership = false): { ok: true; adopt: Set<string> } | { ok: false; error: string } {
  const adopt = new Set<string>();
  for (const r of resources) {
    const live = client.get(r.ref, r.namespace, r.name);
    if (!live.ok) continue;
    const e = takeOwnership ? undefined : ownershipError(live.value, release, namespace);
    if (e) return { ok: false, error: `Unable to continue with install: ${resourceString(r)} exists and cannot be imported into the current release: ${e}` };
    adopt.add(key(r));
  }
  return { ok: true, adopt };
}

function patchLive(client: ApiClient, r: Resource, original: KObject | undefined, warnings: string[]): string | undefined {
  const live = client.get(r.ref, r.namespace, r.name);
  if (!live.ok) return live.status.message;
  const p = threeWayMergePatch((original ?? {}) as Record<string, unknown>, r.obj as Record<string, unknown>, live.value as Record<string, unknown>, schemaForKind(r.obj.kind));
  if (!p.ok) return `failed to create patch: ${p.error}`;
  const meta = p.patch.metadata as Record<string, unknown> | undefined;
  if (meta) {
    delete meta.resourceVersion;
    delete meta.creationTimestamp;
    delete meta.uid;
  }
  if (Object.keys(p.patch).length === 0) return undefined;
  const res = client.patch(r.ref, r.namespace, r.name, p.patch);
  if (res.ok && res.warnings) warnings.push(...res.warnings);
  return res.ok ? undefined : `cannot patch ${JSON.stringify(r.name)} with kind ${r.obj.kind}: ${res.status.message}`;
}

/** install: creates every object in order (adopted ones are patched). Stops at the first error. */
export function createAll(client: ApiClient, resources: Resource[], adopt: Set<string>, warnings: string[] = []): string | undefined {
  for (const r of resources) {
    if (adopt.has(key(r))) {
      const e = patchLive(client, r, undefined, warnings);
      if (e) return e;
      continue;
    }
    const res = client.create(r.ref, r.namespace, r.obj);
    if (!res.ok) return res.status.message ?? '';
    if (res.warnings) warnings.push(...res.warnings);
  }
  return undefined;
}

/**
 * upgrade/rollback (kube.Client.Update): objects new to the release are created, existing ones
 * patched from old→new against live, and those only in the old manifest deleted.
 */
export function updateAll(client: ApiClient, original: Resource[], target: Resource[], warnings: string[] = []): string | undefined {
  const old = new Map(original.map((r) => [key(r), r]));
  const errors: string[] = [];
  for (const r of target) {
    const live = client.get(r.ref, r.namespace, r.name);
    if (!live.ok) {
      const res = client.create(r.ref, r.namespace, r.obj);
      if (!res.ok) return `failed to create resource: ${res.status.message}`;
      if (res.warnings) warnings.push(...res.warnings);
      continue;
    }
    const e = patchLive(client, r, old.get(key(r))?.obj, warnings);
    if (e) errors.push(e);
  }
  if (errors.length) return errors.join(' && ');
  const keep = new Set(target.map(key));
  for (const r of original) {
    if (keep.has(key(r))) continue;
    if (r.obj.metadata.annotations?.['helm.sh/resource-policy'] === 'keep') continue;
    client.delete(r.ref, r.namespace, r.name, { propagationPolicy: 'Background' });
  }
  return undefined;
}

/** uninstall: deletes in reverse install order; returns the objects kept by resource-policy. */
export function deleteAll(client: ApiClient, resources: Resource[]): { kept: Resource[]; errors: string[] } {
  const kept: Resource[] = [];
  const errors: string[] = [];
  for (const r of [...resources].reverse()) {
    if (r.obj.metadata.annotations?.['helm.sh/resource-policy'] === 'keep') {
      kept.push(r);
      continue;
    }
    const res = client.delete(r.ref, r.namespace, r.name, { propagationPolicy: 'Background' });
    if (!res.ok && res.status.code !== 404) errors.push(res.status.message ?? '');
  }
  return { kept, errors };
}
