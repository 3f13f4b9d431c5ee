/**
 * An in-memory HelmFiles (paths relative to `/work`), for the bench and for embedding helm
 * without a workspace on disk.
 */
import type { HelmFiles } from './types.js';

export class MemoryFiles implements HelmFiles {
  private readonly files = new Map<string, Uint8Array>();
  private readonly dirs = new Set<string>(['.']);

  private norm(p: string): string {
    const parts: string[] = [];
    for (const s of p.split('/')) {
      if (s === '' || s === '.') continue;
      if (s === '..') parts.pop();
      else parts.push(s);
    }
    return parts.join('/') || '.';
  }

  private addDirs(p: string): void {
    const parts = this.norm(p).split('/');
    for (let i = 1; i < parts.length; i++) this.dirs.add(parts.slice(0, i).join('/'));
  }

  read(p: string): { ok: true; data: string } | { ok: false; error: string } {
    const b = this.files.get(this.norm(p));
    return b ? { ok: true, data: new TextDecoder().decode(b) } : { ok: false, error: `open ${p}: no such file or directory` };
  }

  readBytes(p: string): { ok: true; data: Uint8Array } | { ok: false; error: string } {
    const b = this.files.get(this.norm(p));
    return b ? { ok: true, data: b } : { ok: false, error: `open ${p}: no such file or directory` };
  }

  stat(p: string): 'file' | 'dir' | undefined {
    const n = this.norm(p);
    return this.files.has(n) ? 'file' : this.dirs.has(n) ? 'dir' : undefined;
  }

  list(p: string): string[] {
    const n = this.norm(p);
    const prefix = n === '.' ? '' : `${n}/`;
    const out = new Set<string>();
    for (const k of [...this.files.keys(), ...this.dirs]) {
      if (k === n || !k.startsWith(prefix)) continue;
      out.add(k.slice(prefix.length).split('/')[0]);
    }
    return [...out].sort();
  }

  write(p: string, data: string): { ok: true } {
    return this.writeBytes(p, new TextEncoder().encode(data));
  }

  writeBytes(p: string, data: Uint8Array): { ok: true } {
    this.addDirs(p);
    this.files.set(this.norm(p), data);
    return { ok: true };
  }

  mkdir(p: string): { ok: true } {
    this.addDirs(`${p}/x`);
    return { ok: true };
  }

  join(dir: string, name: string): string {
    return dir === '.' ? name : `${dir.replace(/\/+$/, '')}/${name}`;
  }

  cwd(): string {
    return '/work';
  }
}
