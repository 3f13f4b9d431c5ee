/**
 * Files of a projected volume (the kube-api-access-xxxxx volume every pod gets): a
 * ServiceAccount token the kubelet requests bound to the pod, ConfigMap and Secret keys,
 * and downward API fields. The node model asks for them through `projectedFiles`; the token
 * issuer is registered per store by the auth plugin (the node model only sees the store).
 */
import type { Store } from '../store.js';
import type { KObject, Pod } from '../types.js';

type TokenSource = (pod: Pod, expirationSeconds: number, audience?: string) => string | undefined;

const issuers = new WeakMap<Store, TokenSource>();

/** Lets projected volumes of pods in `store`'s cluster carry ServiceAccount tokens. */
export function setProjectedTokenSource(store: Store, fn: TokenSource): void {
  issuers.set(store, fn);
}

function keyValue(obj: KObject, key: string): string | undefined {
  if (obj.kind === 'Secret') {
    const b64 = obj.data?.[key];
    return b64 !== undefined ? Buffer.from(String(b64), 'base64').toString('utf8') : undefined;
  }
  return obj.data?.[key] !== undefined ? String(obj.data[key]) : undefined;
}

function fieldOf(pod: Pod, path: string): string {
  const table: Record<string, string | undefined> = {
    'metadata.name': pod.metadata.name, 'metadata.namespace': pod.metadata.namespace, 'metadata.uid': pod.metadata.uid,
  };
  const label = /^metadata\.(labels|annotations)$/.exec(path);
  if (label) {
    const m = ((pod.metadata as Record<string, unknown>)[label[1]] ?? {}) as Record<string, string>;
    return Object.keys(m).sort().map((k) => `${k}="${m[k]}"`).join('\n');
  }
  return table[path] ?? '';
}

/**
 * The files (path relative to the mount → content) of projected volume `v`, or the
 * FailedMount message the kubelet reports.
 */
export function projectedFiles(store: Store, pod: Pod, v: { name: string; projected: { sources?: any[] } }): { ok: true; value: [string, string][] } | { ok: false; error: string } {
  const out: [string, string][] = [];
  const ns = pod.metadata.namespace ?? '';
  for (const src of v.projected.sources ?? []) {
    if (src.serviceAccountToken) {
      const token = issuers.get(store)?.(pod, src.serviceAccountToken.expirationSeconds ?? 3600, src.serviceAccountToken.audience);
      if (token) out.push([src.serviceAccountToken.path, token]);
      continue;
    }
    const ref = src.configMap ? { o: src.configMap, resource: 'configmaps', word: 'configmap' } : src.secret ? { o: src.secret, resource: 'secrets', word: 'secret' } : undefined;
    if (ref) {
      const obj = store.get(ref.resource, ns, ref.o.name);
      if (!obj) {
        if (ref.o.optional) continue;
        return { ok: false, error: `MountVolume.SetUp failed for volume "${v.name}" : ${ref.word} "${ref.o.name}" not found` };
      }
      const items: { key: string; path: string }[] = ref.o.items?.length ? ref.o.items : Object.keys(obj.data ?? {}).map((k) => ({ key: k, path: k }));
      for (const it of items) {
        const val = keyValue(obj, it.key);
        if (val !== undefined) out.push([it.path, val]);
      }
      continue;
    }
    for (const it of (src.downwardAPI?.items ?? []) as { path: string; fieldRef?: { fieldPath: string } }[]) {
      if (it.fieldRef) out.push([it.path, fieldOf(pod, it.fieldRef.fieldPath)]);
    }
  }
  return { ok: true, value: out };
}
