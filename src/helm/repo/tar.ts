/**
 * A small ustar writer and reader for chart archives (`helm package`, `.tgz` charts). Output
 * is deterministic: fixed mode, uid/gid 0, mtime from the caller, entries in the given order,
 * gzip via node:zlib (header mtime 0).
 */
import { gunzipSync, gzipSync } from 'node:zlib';

export interface TarEntry {
  name: string;
  data: Uint8Array;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, size: number, mtimeSec: number): Uint8Array {
  const h = new Uint8Array(512);
  const put = (off: number, s: string): void => h.set(enc.encode(s), off);
  let prefix = '';
  let base = name;
  if (enc.encode(name).length > 100) {
    const cut = name.lastIndexOf('/', 155);
    prefix = name.slice(0, cut);
    base = name.slice(cut + 1);
  }
  put(0, base);
  put(100, octal(0o644, 8));
  put(108, octal(0, 8));
  put(116, octal(0, 8));
  put(124, octal(size, 12));
  put(136, octal(mtimeSec, 12));
  put(148, '        ');
  put(156, '0');
  put(257, 'ustar\u000000');
  put(345, prefix);
  let sum = 0;
  for (const b of h) sum += b;
  put(148, `${sum.toString(8).padStart(6, '0')}\0 `);
  return h;
}

/** tar + gzip of `entries`. */
export function writeTgz(entries: TarEntry[], mtimeSec = 0): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    parts.push(header(e.name, e.data.length, mtimeSec), e.data);
    const pad = (512 - (e.data.length % 512)) % 512;
    if (pad) parts.push(new Uint8Array(pad));
  }
  parts.push(new Uint8Array(1024));
  return new Uint8Array(gzipSync(Buffer.concat(parts)));
}

/** Regular files of a .tgz (directories skipped); undefined when it is not a gzipped tar. */
export function readTgz(data: Uint8Array): TarEntry[] | undefined {
  let raw: Buffer;
  try {
    raw = gunzipSync(data);
  } catch {
    return undefined;
  }
  const out: TarEntry[] = [];
  let off = 0;
  while (off + 512 <= raw.length) {
    const h = raw.subarray(off, off + 512);
    if (h.every((b) => b === 0)) break;
    const str = (a: number, b: number): string => dec.decode(h.subarray(a, b)).replace(/\0.*$/s, '');
    const size = parseInt(str(124, 136).trim() || '0', 8);
    const type = str(156, 157);
    const prefix = str(345, 500);
    const name = prefix ? `${prefix}/${str(0, 100)}` : str(0, 100);
    off += 512;
    if (type === '0' || type === '') out.push({ name, data: new Uint8Array(raw.subarray(off, off + size)) });
    off += Math.ceil(size / 512) * 512;
  }
  return out;
}

/** Text files of a chart archive keyed by path under the top directory (`mychart/`). */
export function chartFilesFromTgz(data: Uint8Array): { ok: true; files: Record<string, string> } | { ok: false; error: string } {
  const entries = readTgz(data);
  if (!entries) return { ok: false, error: 'gzip: invalid header' };
  const files: Record<string, string> = {};
  for (const e of entries) {
    const slash = e.name.indexOf('/');
    if (slash < 0) continue;
    const rel = e.name.slice(slash + 1);
    // A packaged subchart (charts/x-1.0.0.tgz) is unpacked in place, as the loader does.
    const sub = /^((?:.*\/)?charts)\/([^/]+)\.tgz$/.exec(rel);
    if (sub) {
      const inner = chartFilesFromTgz(e.data);
      if (inner.ok) for (const [k, v] of Object.entries(inner.files)) files[`${sub[1]}/${sub[2]}/${k}`] = v;
      continue;
    }
    files[rel] = dec.decode(e.data);
  }
  return { ok: true, files };
}
