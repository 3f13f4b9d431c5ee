/**
 * Release storage (helm/helm pkg/storage/storage.go and pkg/storage/driver): with the default
 * `secret` driver one Secret per revision named `sh.helm.release.v1.NAME.vN`, type
 * `helm.sh/release.v1`, labels name/owner/status/version (+createdAt or modifiedAt), written
 * through the API as the learner, so RBAC and `kubectl get secrets` see what a cluster would.
 * HELM_DRIVER=configmap stores the same as ConfigMaps; `memory` keeps records for one command
 * only (as each helm process starts empty).
 */
import { R, type ApiClient, type KObject, type Status } from '../../sim/index.js';
import { decodeRelease, encodeRelease } from './codec.js';
import type { Release } from './types.js';

interface Clock {
  now(): number;
}

export type Driver = 'secret' | 'configmap' | 'memory';

/** HELM_DRIVER values Helm accepts (action.Configuration.Init); undefined for unknown ones. */
export function driverOf(env: string | undefined): Driver | undefined {
  const table: Record<string, Driver> = { '': 'secret', secret: 'secret', secrets: 'secret', configmap: 'configmap', configmaps: 'configmap', memory: 'memory' };
  return table[env ?? ''];
}

export type StoreResult = { ok: true } | { ok: false; error: string };

/** `sh.helm.release.v1.NAME.vN` (storage.makeKey). */
export function releaseKey(name: string, version: number): string {
  return `sh.helm.release.v1.${name}.v${version}`;
}

function statusText(s: Status): string {
  return s.message ?? 'unknown error';
}

export class ReleaseStorage {
  private readonly memory = new Map<string, KObject>();
  private readonly ref;

  constructor(private readonly client: ApiClient, private readonly clock: Clock, private readonly driver: Driver = 'secret') {
    this.ref = driver === 'configmap' ? R.configmaps : R.secrets;
  }

  private secret(rel: Release, extra: Record<string, string>): KObject {
    const metadata = {
      name: releaseKey(rel.name, rel.version),
      namespace: rel.namespace,
      labels: { ...extra, name: rel.name, owner: 'helm', status: rel.info.status, version: String(rel.version) },
    };
    // A ConfigMap holds the encoded string itself; a Secret's data is base64 of it again.
    if (this.driver === 'configmap') return { apiVersion: 'v1', kind: 'ConfigMap', metadata, data: { release: encodeRelease(rel) } };
    return { apiVersion: 'v1', kind: 'Secret', metadata, type: 'helm.sh/release.v1', data: { release: Buffer.from(encodeRelease(rel), 'utf8').toString('base64') } };
  }

  private listRecords(namespace: string | undefined, selector: string): { ok: true; items: KObject[] } | { ok: false; status: Status } {
    if (this.driver === 'memory') {
      const want = Object.fromEntries(selector.split(',').map((kv) => kv.split('=')));
      const items = [...this.memory.values()].filter((o) => (!namespace || o.metadata.namespace === namespace) && Object.entries(want).every(([k, v]) => o.metadata.labels?.[k] === v));
      return { ok: true, items };
    }
    const r = this.client.list(this.ref, namespace, { labelSelector: selector });
    return r.ok ? { ok: true, items: r.value.items } : r;
  }

  /** Releases matching name (all names when omitted) in `namespace` (all namespaces when undefined). */
  query(namespace: string | undefined, name?: string): { ok: true; releases: Release[] } | { ok: false; error: string } {
    return this.fetch(namespace, name ? `owner=helm,name=${name}` : 'owner=helm', 'query: failed to query with labels');
  }

  /** Every release record (driver List, as `helm list` reads them). */
  list(namespace: string | undefined): { ok: true; releases: Release[] } | { ok: false; error: string } {
    return this.fetch(namespace, 'owner=helm', 'list: failed to list');
  }

  private fetch(namespace: string | undefined, selector: string, failure: string): { ok: true; releases: Release[] } | { ok: false; error: string } {
    const r = this.listRecords(namespace, selector);
    if (!r.ok) return { ok: false, error: `${failure}: ${statusText(r.status)}` };
    const out: Release[] = [];
    for (const s of r.items) {
      const raw = (s.data as Record<string, string> | undefined)?.release;
      if (!raw) continue;
      const rel = decodeRelease(s.kind === 'Secret' ? Buffer.from(raw, 'base64').toString('utf8') : raw);
      if (rel) out.push(rel);
    }
    out.sort((a, b) => (a.name === b.name ? a.version - b.version : a.name < b.name ? -1 : 1));
    return { ok: true, releases: out };
  }

  /** All revisions of one release, oldest first; empty when there is none. */
  history(name: string, namespace: string): Release[] {
    const r = this.query(namespace, name);
    return r.ok ? r.releases : [];
  }

  get(name: string, namespace: string, version: number): Release | undefined {
    return this.history(name, namespace).find((r) => r.version === version);
  }

  /** The highest revision (storage.Last). */
  last(name: string, namespace: string): Release | undefined {
    const h = this.history(name, namespace);
    return h[h.length - 1];
  }

  /** The latest deployed revision (storage.Deployed). */
  deployed(name: string, namespace: string): Release | undefined {
    return this.history(name, namespace).filter((r) => r.info.status === 'deployed').pop();
  }

  create(rel: Release): StoreResult {
    const obj = this.secret(rel, { createdAt: String(Math.floor(this.clock.now() / 1000)) });
    if (this.driver === 'memory') {
      const k = `${rel.namespace}/${obj.metadata.name}`;
      if (this.memory.has(k)) return { ok: false, error: 'release: already exists' };
      this.memory.set(k, obj);
      return { ok: true };
    }
    const r = this.client.create(this.ref, rel.namespace, obj);
    if (r.ok) return { ok: true };
    if (r.status.reason === 'AlreadyExists') return { ok: false, error: 'release: already exists' };
    return { ok: false, error: `create: failed to create: ${statusText(r.status)}` };
  }

  update(rel: Release): StoreResult {
    const obj = this.secret(rel, { modifiedAt: String(Math.floor(this.clock.now() / 1000)) });
    if (this.driver === 'memory') {
      this.memory.set(`${rel.namespace}/${obj.metadata.name}`, obj);
      return { ok: true };
    }
    const cur = this.client.get(this.ref, rel.namespace, releaseKey(rel.name, rel.version));
    if (cur.ok && cur.value.metadata.resourceVersion) obj.metadata.resourceVersion = cur.value.metadata.resourceVersion;
    const r = this.client.update(this.ref, obj);
    return r.ok ? { ok: true } : { ok: false, error: `update: failed to update: ${statusText(r.status)}` };
  }

  delete(name: string, namespace: string, version: number): StoreResult {
    if (this.driver === 'memory') {
      this.memory.delete(`${namespace}/${releaseKey(name, version)}`);
      return { ok: true };
    }
    const r = this.client.delete(this.ref, namespace, releaseKey(name, version));
    return r.ok ? { ok: true } : { ok: false, error: statusText(r.status) };
  }
}
