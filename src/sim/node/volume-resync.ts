/**
 * The kubelet's periodic volume resync: files of mounted Secret, ConfigMap and projected
 * volumes follow changes to their sources at the next pod sync (every minute, the kubelet's
 * sync period), so an update shows up "eventually", within about a minute. Mounts with a
 * `subPath` never update, and environment variables never change in a running container.
 */
import type { Pod } from '../types.js';
import { volumeFiles } from './env.js';
import type { NodeModel } from './state.js';

export const VOLUME_SYNC_MS = 60_000;

interface Mount { name: string; mountPath: string; subPath?: string }

type SourcedVolume = {
  name: string;
  secret?: { secretName?: string };
  configMap?: { name?: string };
  projected?: { sources?: { secret?: { name?: string }; configMap?: { name?: string }; serviceAccountToken?: { expirationSeconds?: number } }[] };
};

/**
 * What the pod's volume files depend on: the resourceVersions of the Secrets and ConfigMaps
 * it mounts, and the refresh period of its projected tokens (rotated at 80% of their life).
 * An unchanged signature means there is nothing to rewrite.
 */
function sourceSignature(m: NodeModel, pod: Pod): string {
  const ns = pod.metadata.namespace ?? '';
  const rv = (resource: string, name?: string) => m.cluster.store.get(resource, ns, name ?? '')?.metadata.resourceVersion ?? '-';
  const parts: string[] = [];
  for (const v of (pod.spec.volumes ?? []) as SourcedVolume[]) {
    if (v.secret) parts.push(rv('secrets', v.secret.secretName));
    if (v.configMap) parts.push(rv('configmaps', v.configMap.name));
    for (const src of v.projected?.sources ?? []) {
      if (src.secret) parts.push(rv('secrets', src.secret.name));
      if (src.configMap) parts.push(rv('configmaps', src.configMap.name));
      if (src.serviceAccountToken) parts.push(String(Math.floor(m.cluster.clock.now() / ((src.serviceAccountToken.expirationSeconds ?? 3600) * 800))));
    }
  }
  return parts.join('|');
}

const signatures = new WeakMap<NodeModel, Map<string, string>>();

/** Re-reads the sources of every running container's volumes and rewrites their files. */
export function resyncVolumes(m: NodeModel): void {
  let seen = signatures.get(m);
  if (!seen) signatures.set(m, (seen = new Map()));
  for (const [uid] of seen) if (!m.pods.has(uid)) seen.delete(uid);
  for (const rt of m.pods.values()) {
    if (rt.gone || rt.deleting) continue;
    const pod = m.cluster.store.get('pods', rt.namespace, rt.name) as Pod | undefined;
    if (!pod) continue;
    const signature = sourceSignature(m, pod);
    if (seen.get(rt.uid) === signature) continue;
    seen.set(rt.uid, signature);
    const sourced = new Set(
      ((pod.spec.volumes ?? []) as { name: string; secret?: unknown; configMap?: unknown; projected?: unknown }[])
        .filter((v) => v.secret || v.configMap || v.projected)
        .map((v) => v.name),
    );
    for (const c of [...rt.init, ...rt.containers]) {
      const inst = c.current;
      if (!inst || inst.exited) continue;
      const mounts = ((c.spec.volumeMounts ?? []) as Mount[]).filter((vm) => sourced.has(vm.name));
      if (!mounts.length) continue;
      // A source that has gone missing leaves the last files in place, as the kubelet does.
      const files = volumeFiles(m.cluster.store, pod, c.spec);
      if (!files.ok) continue;
      for (const vm of mounts) {
        if (vm.subPath) continue;
        const dir = `${String(vm.mountPath).replace(/\/$/, '')}/`;
        for (const path of [...inst.files.keys()]) {
          if (path.startsWith(dir) && !files.value.has(path)) inst.files.delete(path);
        }
        for (const [path, content] of files.value) {
          if (path.startsWith(dir)) inst.files.set(path, content);
        }
      }
    }
  }
}

/** Starts the once-a-minute resync on the virtual clock. */
export function startVolumeResync(m: NodeModel): void {
  const tick = () => {
    resyncVolumes(m);
    m.cluster.clock.after(VOLUME_SYNC_MS, tick);
  };
  m.cluster.clock.after(VOLUME_SYNC_MS, tick);
}
