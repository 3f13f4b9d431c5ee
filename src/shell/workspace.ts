/**
 * The learner's files: a real directory on disk, so they can edit manifests with their own
 * editor. Every path is confined to it: `../` escapes, absolute paths elsewhere and
 * symlinks that lead out are refused, and files over a size limit are not read, so bad
 * input cannot reach the rest of the machine or exhaust memory. Errors are values.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { KubectlFiles } from '../kubectl/types.js';

export type FsCode = 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EEXIST' | 'ENOTEMPTY' | 'EACCES' | 'OUTSIDE' | 'TOOBIG';
export type FsResult<T = true> = { ok: true; value: T } | { ok: false; code: FsCode };

/** Largest file the shell reads or writes. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** What coreutils prints for each failure (`cat: x: No such file or directory`). */
const COREUTILS_TEXT: Record<Exclude<FsCode, 'OUTSIDE' | 'TOOBIG'>, string> = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  EACCES: 'Permission denied',
};

/** Go's syscall wording, as kubectl shows it (`open x.yaml: no such file or directory`). */
const GO_TEXT: Record<Exclude<FsCode, 'OUTSIDE' | 'TOOBIG'>, string> = {
  ENOENT: 'no such file or directory',
  EISDIR: 'is a directory',
  ENOTDIR: 'not a directory',
  EEXIST: 'file exists',
  ENOTEMPTY: 'directory not empty',
  EACCES: 'permission denied',
};

function codeOf(e: unknown): FsCode {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR' || code === 'EEXIST' || code === 'ENOTEMPTY') return code;
  if (code === 'ENAMETOOLONG') return 'ENOENT';
  return 'EACCES';
}

function inside(root: string, abs: string): boolean {
  const rel = path.relative(root, abs);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export class Workspace implements KubectlFiles {
  /** The workspace folder (real path, symlinks resolved). */
  readonly root: string;
  /** Current directory, absolute, always inside `root`. */
  cwd: string;

  constructor(root: string, cwd?: string) {
    this.root = fs.realpathSync(root);
    this.cwd = cwd ? fs.realpathSync(cwd) : this.root;
    if (!inside(this.root, this.cwd)) this.cwd = this.root;
  }

  /** The absolute path of `p` if it stays inside the workspace, following symlinks. */
  resolve(p: string): FsResult<string> {
    const abs = path.resolve(this.cwd, p);
    if (!inside(this.root, abs)) return { ok: false, code: 'OUTSIDE' };
    return this.realInside(abs, 0) ? { ok: true, value: abs } : { ok: false, code: 'OUTSIDE' };
  }

  /** True if `abs`, with every symlink on the way resolved, stays under the root. */
  private realInside(abs: string, depth: number): boolean {
    if (depth > 16) return false;
    let probe = abs;
    const tail: string[] = [];
    for (;;) {
      let st: fs.Stats | undefined;
      try {
        st = fs.lstatSync(probe);
      } catch {
        st = undefined;
      }
      if (st?.isSymbolicLink()) {
        let target: string;
        try {
          target = fs.realpathSync(probe);
        } catch {
          // Dangling link: judge where it would lead once created.
          target = path.resolve(path.dirname(probe), fs.readlinkSync(probe));
          return inside(this.root, target) && this.realInside(path.join(target, ...tail), depth + 1);
        }
        return inside(this.root, target);
      }
      if (st) return inside(this.root, fs.realpathSync(probe));
      const parent = path.dirname(probe);
      if (parent === probe) return false;
      tail.unshift(path.basename(probe));
      probe = parent;
    }
  }

  /** `pwd`: the current directory as the OS names it. */
  pwd(): string {
    return this.cwd;
  }

  chdir(p: string): FsResult {
    const r = this.resolve(p);
    if (!r.ok) return r;
    const kind = this.kind(r.value);
    if (!kind) return { ok: false, code: 'ENOENT' };
    if (kind !== 'dir') return { ok: false, code: 'ENOTDIR' };
    this.cwd = r.value;
    return { ok: true, value: true };
  }

  private kind(abs: string): 'file' | 'dir' | undefined {
    try {
      const st = fs.statSync(abs);
      return st.isDirectory() ? 'dir' : 'file';
    } catch {
      return undefined;
    }
  }

  readText(p: string): FsResult<string> {
    const r = this.resolve(p);
    if (!r.ok) return r;
    try {
      const st = fs.statSync(r.value);
      if (st.isDirectory()) return { ok: false, code: 'EISDIR' };
      if (st.size > MAX_FILE_BYTES) return { ok: false, code: 'TOOBIG' };
      return { ok: true, value: fs.readFileSync(r.value, 'utf8') };
    } catch (e) {
      return { ok: false, code: codeOf(e) };
    }
  }

  writeText(p: string, data: string, append = false): FsResult {
    const r = this.resolve(p);
    if (!r.ok) return r;
    try {
      const existing = append && this.kind(r.value) === 'file' ? fs.statSync(r.value).size : 0;
      if (existing + Buffer.byteLength(data) > MAX_FILE_BYTES) return { ok: false, code: 'TOOBIG' };
      if (append) fs.appendFileSync(r.value, data);
      else fs.writeFileSync(r.value, data);
      return { ok: true, value: true };
    } catch (e) {
      return { ok: false, code: codeOf(e) };
    }
  }

  exists(p: string): 'file' | 'dir' | undefined {
    const r = this.resolve(p);
    return r.ok ? this.kind(r.value) : undefined;
  }

  /** Directory entries, sorted as `ls` sorts them in the C locale. */
  entries(p: string): FsResult<string[]> {
    const r = this.resolve(p);
    if (!r.ok) return r;
    try {
      return { ok: true, value: fs.readdirSync(r.value).sort() };
    } catch (e) {
      return { ok: false, code: codeOf(e) };
    }
  }

  /** Size and kind of an entry, for `ls -l`. */
  info(p: string): FsResult<{ kind: 'file' | 'dir'; size: number; mtimeMs: number }> {
    const r = this.resolve(p);
    if (!r.ok) return r;
    try {
      const st = fs.statSync(r.value);
      return { ok: true, value: { kind: st.isDirectory() ? 'dir' : 'file', size: st.size, mtimeMs: st.mtimeMs } };
    } catch (e) {
      return { ok: false, code: codeOf(e) };
    }
  }

  mkdir(p: string, parents: boolean): FsResult {
    const r = this.resolve(p);
    if (!r.ok) return r;
    if (!parents && this.kind(r.value)) return { ok: false, code: 'EEXIST' };
    try {
      fs.mkdirSync(r.value, { recursive: parents });
      return { ok: true, value: true };
    } catch (e) {
      return { ok: false, code: codeOf(e) };
    }
  }

  remove(p: string, opts: { recursive: boolean; dirOnly?: boolean }): FsResult {
    const r = this.resolve(p);
    if (!r.ok) return r;
    if (r.value === this.root) return { ok: false, code: 'EACCES' };
    const kind = this.kind(r.value);
    if (!kind) return { ok: false, code: 'ENOENT' };
    if (opts.dirOnly && kind !== 'dir') return { ok: false, code: 'ENOTDIR' };
    if (kind === 'dir' && !opts.recursive && !opts.dirOnly) return { ok: false, code: 'EISDIR' };
    try {
      if (kind === 'dir' && opts.dirOnly) fs.rmdirSync(r.value);
      else fs.rmSync(r.value, { recursive: opts.recursive });
      return { ok: true, value: true };
    } catch (e) {
      return { ok: false, code: codeOf(e) };
    }
  }

  rename(from: string, to: string): FsResult {
    const a = this.resolve(from);
    if (!a.ok) return a;
    const b = this.resolve(to);
    if (!b.ok) return b;
    try {
      fs.renameSync(a.value, b.value);
      return { ok: true, value: true };
    } catch (e) {
      return { ok: false, code: codeOf(e) };
    }
  }

  /** Sets the modification time to now, creating an empty file if missing (`touch`). */
  touch(p: string): FsResult {
    const r = this.resolve(p);
    if (!r.ok) return r;
    try {
      if (!this.kind(r.value)) fs.writeFileSync(r.value, '');
      else fs.utimesSync(r.value, new Date(), new Date());
      return { ok: true, value: true };
    } catch (e) {
      return { ok: false, code: codeOf(e) };
    }
  }

  /** A learner-facing reason in coreutils' words (`No such file or directory`). */
  reason(code: FsCode, style: 'coreutils' | 'go' = 'coreutils'): string {
    if (code === 'OUTSIDE') return `outside the workspace (kubedojo keeps your files in ${this.root})`;
    if (code === 'TOOBIG') return `file too large for kubedojo (over ${MAX_FILE_BYTES / 1024 / 1024} MiB)`;
    return (style === 'go' ? GO_TEXT : COREUTILS_TEXT)[code];
  }

  // --- KubectlFiles ---

  read(p: string): { ok: true; data: string } | { ok: false; error: string } {
    const r = this.readText(p);
    if (r.ok) return { ok: true, data: r.value };
    const verb = r.code === 'EISDIR' ? 'read' : 'open';
    return { ok: false, error: `${verb} ${p}: ${this.reason(r.code, 'go')}` };
  }

  stat(p: string): 'file' | 'dir' | undefined {
    return this.exists(p);
  }

  list(p: string): string[] {
    const r = this.entries(p);
    return r.ok ? r.value : [];
  }

  write(p: string, data: string): { ok: true } | { ok: false; error: string } {
    const r = this.writeText(p, data);
    return r.ok ? { ok: true } : { ok: false, error: `open ${p}: ${this.reason(r.code, 'go')}` };
  }

  join(dir: string, name: string): string {
    return path.join(dir, name);
  }
}
