/**
 * A container's filesystem: the image's files plus its own writes, with shared volumes
 * (emptyDir) mounted in. A shared volume is one map per pod, seen by every container that
 * mounts it and kept across container restarts, as the kubelet keeps emptyDir for the pod's
 * lifetime. It is a Map, so the shell treats it like any other.
 */

export interface Mount { path: string; store: Map<string, string> }

export class ContainerFs extends Map<string, string> {
  private mounts: Mount[] = [];

  constructor(entries: Iterable<[string, string]>, mounts: Mount[]) {
    super();
    for (const [k, v] of entries) super.set(k, v);
    // Longest mount path first, so nested mounts win.
    this.mounts = [...mounts].map((m) => ({ ...m, path: m.path.replace(/\/$/, '') })).sort((a, b) => b.path.length - a.path.length);
  }

  private route(path: string): { store: Map<string, string>; key: string } | undefined {
    for (const m of this.mounts) if (path.startsWith(`${m.path}/`)) return { store: m.store, key: path.slice(m.path.length) };
    return undefined;
  }

  override get(path: string): string | undefined {
    const r = this.route(path);
    return r ? r.store.get(r.key) : super.get(path);
  }

  override has(path: string): boolean {
    const r = this.route(path);
    return r ? r.store.has(r.key) : super.has(path);
  }

  override set(path: string, value: string): this {
    const r = this.route(path);
    if (r) r.store.set(r.key, value);
    else super.set(path, value);
    return this;
  }

  override delete(path: string): boolean {
    const r = this.route(path);
    return r ? r.store.delete(r.key) : super.delete(path);
  }

  override *keys(): MapIterator<string> {
    yield* super.keys();
    for (const m of this.mounts) for (const k of m.store.keys()) yield `${m.path}${k}`;
  }
}
