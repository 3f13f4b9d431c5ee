/**
 * Reading untrusted folders (starter files, submissions) into memory with limits: regular
 * files only (symlinks are skipped, so nothing outside the folder is read), a size cap per
 * file and in total, a cap on the number of files and on depth.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_TOTAL_BYTES = 8 * 1024 * 1024;
export const MAX_FILES = 500;
const MAX_DIR_DEPTH = 8;

export type FolderResult = { ok: true; files: Record<string, string> } | { ok: false; error: string };

/** Reads a file of at most `max` bytes; a string is the reason it could not be read. */
export function readLimited(file: string, max = MAX_FILE_BYTES): Buffer | string {
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
  } catch {
    return `${file}: no such file`;
  }
  if (st.isSymbolicLink()) return `${file}: is a symbolic link (not followed)`;
  if (!st.isFile()) return `${file}: not a regular file`;
  if (st.size > max) return `${file}: larger than ${max} bytes`;
  try {
    return fs.readFileSync(file);
  } catch (e) {
    return `${file}: ${(e as Error).message}`;
  }
}

/** Every regular file under `dir` as text, keyed by its `/`-separated relative path (sorted). */
export function readFolder(dir: string, opts: { skip?: (rel: string) => boolean } = {}): FolderResult {
  const files: Record<string, string> = {};
  let total = 0;
  let count = 0;
  const walk = (abs: string, rel: string, depth: number): string | undefined => {
    if (depth > MAX_DIR_DEPTH) return `${rel}: folders nested deeper than ${MAX_DIR_DEPTH} levels`;
    const names = fs.readdirSync(abs).sort();
    for (const name of names) {
      const r = rel ? `${rel}/${name}` : name;
      if (opts.skip?.(r)) continue;
      const p = path.join(abs, name);
      const st = fs.lstatSync(p);
      if (st.isSymbolicLink()) continue;
      if (st.isDirectory()) {
        const err = walk(p, r, depth + 1);
        if (err) return err;
        continue;
      }
      if (!st.isFile()) continue;
      if (++count > MAX_FILES) return `more than ${MAX_FILES} files`;
      const buf = readLimited(p);
      if (typeof buf === 'string') return `${r}: larger than ${MAX_FILE_BYTES} bytes`;
      total += buf.length;
      if (total > MAX_TOTAL_BYTES) return `files larger than ${MAX_TOTAL_BYTES} bytes in total`;
      files[r] = buf.toString('utf8');
    }
    return undefined;
  };
  try {
    const err = walk(dir, '', 0);
    return err ? { ok: false, error: err } : { ok: true, files };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

/** Writes `files` under `root`, refusing any path that would land outside it. */
export function writeFolder(root: string, files: Record<string, string>): string | undefined {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.resolve(root, rel);
    const back = path.relative(root, abs);
    if (!back || back.startsWith('..') || path.isAbsolute(back)) return `${rel}: path leaves the workspace`;
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return undefined;
}
