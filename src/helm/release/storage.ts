/**
 * Release storage with Helm's default `secret` driver (helm/helm pkg/storage/driver/secrets.go
 * and pkg/storage/storage.go): one Secret per revision named `sh.helm.release.v1.NAME.vN`, type
 * `helm.sh/release.v1`, labels name/owner/status/version (+createdAt or modifiedAt), written
 * through the API as the learner, so RBAC and `kubectl get secrets` see what a cluster would.
 */
import { R, type ApiClient, type KObject, type Status } from '../../sim/index.js';

interface Clock {
  now(): number;
}
import { decodeRelease, encodeRelease } from './codec.js';
import type { Release } from './types.js';

export type StoreResult = { ok: true } | { ok: false; error: string };

/** `sh.helm.release.v1.NAME.vN` (storage.makeKey). */
export function releaseKey(name: string, version: number): string {
  return `sh.helm.release.v1.${name}.v${version}`;
}

function statusText(s: Status): string {
  return s.message ?? 'unknown error';
}

export class ReleaseStorage {
  constructor(private readonly client: ApiClient, private readonly clock: Clock) {}

  private secret(rel: Release, extra: Record<string, string>): KObject {
    return {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        name: releaseKey(rel.name, rel.version),
        namespace: rel.namespace,
        labels: { ...extra, name: rel.name, owner: 'helm', status: rel.info.status, version: String(rel.version) },
      },
      type: 'helm.sh/release.v1',
      data: { release: Buffer.from(encodeRelease(rel), 'utf8').toString('base64') },
    };
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
    const r = this.client.list(R.secrets, namespace, { labelSelector: selector });
    if (!r.ok) return { ok: false, error: `${failure}: ${statusText(r.status)}` };
    const out: Release[] = [];
    for (const s of r.value.items) {
      const raw = (s.data as Record<string, string> | undefined)?.release;
      if (!raw) continue;
      const rel = decodeRelease(Buffer.from(raw, 'base64').toString('utf8'));
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
    const r = this.client.create(R.secrets, rel.namespace, obj);
    if (r.ok) return { ok: true };
    if (r.status.reason === 'AlreadyExists') return { ok: false, error: 'release: already exists' };
    return { ok: false, error: `create: failed to create: ${statusText(r.status)}` };
  }

  update(rel: Release): StoreResult {
    const obj = this.secret(rel, { modifiedAt: String(Math.floor(this.clock.now() / 1000)) });
    const cur = this.client.get(R.secrets, rel.namespace, releaseKey(rel.name, rel.version));
    if (cur.ok && cur.value.metadata.resourceVersion) obj.metadata.resourceVersion = cur.value.metadata.resourceVersion;
    const r = this.client.update(R.secrets, obj);
    return r.ok ? { ok: true } : { ok: false, error: `update: failed to update: ${statusText(r.status)}` };
  }

  delete(name: string, namespace: string, version: number): StoreResult {
    const r = this.client.delete(R.secrets, namespace, releaseKey(name, version));
    return r.ok ? { ok: true } : { ok: false, error: statusText(r.status) };
  }
}
