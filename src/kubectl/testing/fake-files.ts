/** An in-memory KubectlFiles for tests: paths are plain strings, directories are implied by their files. */
import type { KubectlFiles } from '../types.js';

export class MemoryFiles implements KubectlFiles {
  readonly files = new Map<string, string>();

  constructor(initial: Record<string, string> = {}) {
    for (const [p, data] of Object.entries(initial)) this.files.set(normalize(p), data);
  }

  read(path: string): { ok: true; data: string } | { ok: false; error: string } {
    const data = this.files.get(normalize(path));
    if (data !== undefined) return { ok: true, data };
    if (this.stat(path) === 'dir') return { ok: false, error: `read ${path}: is a directory` };
    return { ok: false, error: `open ${path}: no such file or directory` };
  }

  stat(path: string): 'file' | 'dir' | undefined {
    const p = normalize(path);
    if (this.files.has(p)) return 'file';
    const prefix = p === '.' ? '' : `${p}/`;
    for (const k of this.files.keys()) if (k.startsWith(prefix)) return 'dir';
    return undefined;
  }

  list(path: string): string[] {
    const p = normalize(path);
    const prefix = p === '.' ? '' : `${p}/`;
    const names = new Set<string>();
    for (const k of this.files.keys()) {
      if (k.startsWith(prefix)) names.add(k.slice(prefix.length).split('/')[0]);
    }
    return [...names].sort();
  }

  write(path: string, data: string): { ok: true } | { ok: false; error: string } {
    this.files.set(normalize(path), data);
    return { ok: true };
  }

  join(dir: string, name: string): string {
    return dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
  }
}

function normalize(p: string): string {
  const parts = p.split('/').filter((s) => s && s !== '.');
  return parts.length ? parts.join('/') : '.';
}
