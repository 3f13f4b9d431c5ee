/**
 * What the kubelet resolves when it creates a container: environment variables (env,
 * envFrom, ConfigMap/Secret references, the downward API, service links) and the files of
 * ConfigMap/Secret volumes. Missing references are values the caller turns into
 * CreateContainerConfigError / FailedMount (reference §9.4; kubelet `makeEnvironmentVariables`).
 */
import { projectedFiles } from '../auth/projected.js';
import type { Store } from '../store.js';
import type { Container, KObject, Pod } from '../types.js';

export type Resolved<T> = { ok: true; value: T } | { ok: false; error: string };

function decode(obj: KObject, key: string): string | undefined {
  if (obj.kind === 'Secret') {
    const b64 = obj.data?.[key];
    if (b64 !== undefined) return Buffer.from(String(b64), 'base64').toString('utf8');
    return obj.stringData?.[key];
  }
  const v = obj.data?.[key];
  if (v !== undefined) return String(v);
  const b = obj.binaryData?.[key];
  return b !== undefined ? Buffer.from(String(b), 'base64').toString('utf8') : undefined;
}

const KINDS = {
  configMap: { resource: 'configmaps', word: 'configmap', kind: 'ConfigMap' },
  secret: { resource: 'secrets', word: 'secret', kind: 'Secret' },
} as const;

/** Expands `$(VAR)` references as the kubelet does (`$$` escapes; unknown references stay as written). */
export function expandRefs(s: string, env: Record<string, string>): string {
  return s.replace(/\$\$|\$\(([A-Za-z_][A-Za-z0-9_.-]*)\)/g, (m, name?: string) => (m === '$$' ? '$' : name !== undefined && name in env ? env[name] : m));
}

function fieldValue(pod: Pod, path: string, hostIP: string, podIP: string): string {
  const label = /^metadata\.(labels|annotations)\['(.+)'\]$/.exec(path);
  if (label) return (pod.metadata as any)[label[1]]?.[label[2]] ?? '';
  const table: Record<string, () => string | undefined> = {
    'metadata.name': () => pod.metadata.name,
    'metadata.namespace': () => pod.metadata.namespace,
    'metadata.uid': () => pod.metadata.uid,
    'spec.nodeName': () => pod.spec.nodeName,
    'spec.serviceAccountName': () => pod.spec.serviceAccountName ?? 'default',
    'status.hostIP': () => hostIP,
    'status.podIP': () => podIP,
    'status.hostIPs': () => hostIP,
    'status.podIPs': () => podIP,
  };
  return table[path]?.() ?? '';
}

function serviceLinks(store: Store, pod: Pod): Record<string, string> {
  const env: Record<string, string> = {};
  const add = (svc: KObject) => {
    const ip = svc.spec?.clusterIP;
    if (!ip || ip === 'None' || !svc.spec?.ports?.length) return;
    const name = String(svc.metadata.name).toUpperCase().replace(/-/g, '_');
    const first = svc.spec.ports[0];
    env[`${name}_SERVICE_HOST`] = ip;
    env[`${name}_SERVICE_PORT`] = String(first.port);
    for (const p of svc.spec.ports) if (p.name) env[`${name}_SERVICE_PORT_${String(p.name).toUpperCase().replace(/-/g, '_')}`] = String(p.port);
    const proto = (first.protocol ?? 'TCP').toLowerCase();
    env[`${name}_PORT`] = `${proto}://${ip}:${first.port}`;
    for (const p of svc.spec.ports) {
      const pr = (p.protocol ?? 'TCP');
      const base = `${name}_PORT_${p.port}_${pr}`;
      env[base] = `${pr.toLowerCase()}://${ip}:${p.port}`;
      env[`${base}_PROTO`] = pr.toLowerCase();
      env[`${base}_PORT`] = String(p.port);
      env[`${base}_ADDR`] = ip;
    }
  };
  const k = store.get('services', 'default', 'kubernetes');
  if (k) add(k);
  if (pod.spec.enableServiceLinks !== false) {
    for (const svc of store.list('services', pod.metadata.namespace)) if (!(pod.metadata.namespace === 'default' && svc.metadata.name === 'kubernetes')) add(svc);
  }
  return env;
}

/** The environment of a container, or the error the kubelet reports (`secret "db" not found`). */
export function containerEnv(store: Store, pod: Pod, c: Container, hostIP: string, podIP: string, imageEnv: Record<string, string>): Resolved<Record<string, string>> {
  const ns = pod.metadata.namespace!;
  const env: Record<string, string> = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', ...imageEnv, HOSTNAME: pod.spec.hostname ?? pod.metadata.name!, ...serviceLinks(store, pod) };
  for (const ef of c.envFrom ?? []) {
    const src = ef.configMapRef ? { ref: ef.configMapRef, k: KINDS.configMap } : ef.secretRef ? { ref: ef.secretRef, k: KINDS.secret } : undefined;
    if (!src) continue;
    const obj = store.get(src.k.resource, ns, src.ref.name);
    if (!obj) {
      if (src.ref.optional) continue;
      return { ok: false, error: `${src.k.word} "${src.ref.name}" not found` };
    }
    for (const key of Object.keys({ ...(obj.data ?? {}), ...(obj.binaryData ?? {}) })) env[`${ef.prefix ?? ''}${key}`] = decode(obj, key) ?? '';
  }
  for (const e of c.env ?? []) {
    if (!e?.name) continue;
    if (!e.valueFrom) { env[e.name] = expandRefs(String(e.value ?? ''), env); continue; }
    const vf = e.valueFrom;
    const keyRef = vf.configMapKeyRef ? { ref: vf.configMapKeyRef, k: KINDS.configMap } : vf.secretKeyRef ? { ref: vf.secretKeyRef, k: KINDS.secret } : undefined;
    if (keyRef) {
      const obj = store.get(keyRef.k.resource, ns, keyRef.ref.name);
      if (!obj) {
        if (keyRef.ref.optional) continue;
        return { ok: false, error: `${keyRef.k.word} "${keyRef.ref.name}" not found` };
      }
      const v = decode(obj, keyRef.ref.key);
      if (v === undefined) {
        if (keyRef.ref.optional) continue;
        return { ok: false, error: `couldn't find key ${keyRef.ref.key} in ${keyRef.k.kind} ${ns}/${keyRef.ref.name}` };
      }
      env[e.name] = v;
    } else if (vf.fieldRef) {
      env[e.name] = fieldValue(pod, vf.fieldRef.fieldPath, hostIP, podIP);
    } else if (vf.resourceFieldRef) {
      env[e.name] = String(c.resources?.limits?.[vf.resourceFieldRef.resource.replace('limits.', '').replace('requests.', '')] ?? '0');
    }
  }
  return { ok: true, value: env };
}

/** Files of the pod's ConfigMap/Secret volumes as mounted into `c`, or the FailedMount message. */
export function volumeFiles(store: Store, pod: Pod, c: Container): Resolved<Map<string, string>> {
  const files = new Map<string, string>();
  const ns = pod.metadata.namespace!;
  const vols = new Map<string, any>((pod.spec.volumes ?? []).map((v: any) => [v.name, v]));
  for (const m of c.volumeMounts ?? []) {
    const v = vols.get(m.name);
    if (!v) continue;
    if (v.projected) {
      const p = projectedFiles(store, pod, v);
      if (!p.ok) return p;
      for (const [path, val] of p.value) files.set(`${String(m.mountPath).replace(/\/$/, '')}/${path}`, val);
      continue;
    }
    const src = v.secret ? { name: v.secret.secretName, items: v.secret.items, optional: v.secret.optional, k: KINDS.secret } : v.configMap ? { name: v.configMap.name, items: v.configMap.items, optional: v.configMap.optional, k: KINDS.configMap } : undefined;
    if (!src) continue;
    const obj = store.get(src.k.resource, ns, src.name);
    if (!obj) {
      if (src.optional) continue;
      return { ok: false, error: `MountVolume.SetUp failed for volume "${v.name}" : ${src.k.word} "${src.name}" not found` };
    }
    const entries: [string, string][] = src.items?.length
      ? src.items.map((it: { key: string; path: string }) => [it.key, it.path])
      : Object.keys({ ...(obj.data ?? {}), ...(obj.binaryData ?? {}) }).map((k) => [k, k]);
    for (const [key, path] of entries) {
      const val = decode(obj, key);
      if (val === undefined) {
        if (src.optional) continue;
        return { ok: false, error: `MountVolume.SetUp failed for volume "${v.name}" : ${src.k === KINDS.secret ? 'references non-existent secret key' : 'configmap references non-existent config key'}: ${key}` };
      }
      if (m.subPath) { if (m.subPath === path) files.set(m.mountPath, val); continue; }
      files.set(`${String(m.mountPath).replace(/\/$/, '')}/${path}`, val);
    }
  }
  return { ok: true, value: files };
}
