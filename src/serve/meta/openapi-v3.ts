/**
 * OpenAPI v3: the root (`/openapi/v3`, one `serverRelativeURL` per served group/version with
 * the hash of that document) and the per-group/version documents (`/openapi/v3/apis/apps/v1`).
 * Documents depend only on the registry and the schema data, so each is serialized once per
 * process and its hash computed once (kube-openapi's handler3 hashes with SHA-512, upper-case
 * hex, and serves `?hash=` URLs as immutable).
 */
import { createHash } from 'node:crypto';
import { KUBERNETES_VERSION, groupVersion, type ResourceType } from '../../sim/index.js';
import { servedGroups } from './discovery.js';
import { componentSchemas, modelOfKind, schemaName } from './openapi-schemas.js';
import { resourcePaths, type PathItem } from './openapi-paths.js';

export interface BuiltDocument {
  /** `apis/apps/v1` or `api/v1`: the key in the root's `paths`. */
  key: string;
  bytes: Uint8Array;
  hash: string;
}

/** The OpenAPI v3 document of one group/version, as a JS value. */
export function groupVersionDocument(group: string, version: string, resources: ResourceType[]): Record<string, unknown> {
  const roots = resources.map((t) => modelOfKind(groupVersion(t), t.kind)).filter((m): m is string => !!m);
  const schemas = componentSchemas(roots);
  const refFor = (k: { group: string; version: string; kind: string }) => {
    const model = modelOfKind(k.group ? `${k.group}/${k.version}` : k.version, k.kind);
    const name = model ? schemaName(model) : undefined;
    return name && schemas[name] ? `#/components/schemas/${name}` : undefined;
  };
  const paths: Record<string, PathItem> = {};
  for (const t of resources) Object.assign(paths, resourcePaths({ type: t, schemaRef: refFor(t), refFor }));
  const sorted = Object.fromEntries(Object.keys(paths).sort().map((p) => [p, paths[p]]));
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: KUBERNETES_VERSION },
    paths: sorted,
    components: { schemas },
  };
}

/** SHA-512 of the bytes, upper-case hex, as the `hash` query of serverRelativeURL. */
export function documentHash(bytes: Uint8Array): string {
  return createHash('sha512').update(bytes).digest('hex').toUpperCase();
}

let built: Map<string, BuiltDocument> | undefined;
let rootBytes: Uint8Array | undefined;

/** Every group/version document, built once: key (`apis/apps/v1`) → bytes and hash. */
export function documents(): Map<string, BuiltDocument> {
  if (built) return built;
  const out = new Map<string, BuiltDocument>();
  const enc = new TextEncoder();
  for (const g of servedGroups()) {
    for (const v of g.versions) {
      const key = g.name ? `apis/${g.name}/${v.version}` : `api/${v.version}`;
      const bytes = enc.encode(JSON.stringify(groupVersionDocument(g.name, v.version, v.resources)));
      out.set(key, { key, bytes, hash: documentHash(bytes) });
    }
  }
  built = out;
  return out;
}

/** The `/openapi/v3` root: `{"paths": {"apis/apps/v1": {"serverRelativeURL": "/openapi/v3/apis/apps/v1?hash=…"}}}`. */
export function rootDocument(): Uint8Array {
  if (rootBytes) return rootBytes;
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const d of [...documents().values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    paths[d.key] = { serverRelativeURL: `/openapi/v3/${d.key}?hash=${d.hash}` };
  }
  rootBytes = new TextEncoder().encode(JSON.stringify({ paths }));
  return rootBytes;
}
