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

/** Re-reads the sources of every running container's volumes and rewrites their files. */
export function resyncVolumes(m: NodeModel): void {
  for (const rt of m.pods.values()) {
    if (rt.gone || rt.deleting) continue;
    const pod = m.cluster.store.get('pods', rt.namespace, rt.name) as Pod | undefined;
    if (!pod) continue;
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
