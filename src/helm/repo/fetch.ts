/**
 * Reading a repository's `index.yaml` without a network: the bundled repository's URL, or a
 * workspace folder (a path or file://). Any other URL fails as an unreachable host does.
 */
import { bundledRepo, BUNDLED_REPO_URL } from './bundled/index.js';
import { parseIndex, type RepoIndex } from './index-file.js';
import type { ChartFiles } from './locate.js';

/** Downloads (reads) `URL/index.yaml`; errors as `helm repo add` words them. */
export function fetchIndex(files: ChartFiles, url: string): { ok: true; index: RepoIndex } | { ok: false; error: string } {
  if (url.replace(/\/+$/, '') === BUNDLED_REPO_URL) return { ok: true, index: bundledRepo().index };
  const local = url.replace(/^file:\/\//, '');
  if (!/^[a-z]+:\/\//i.test(local) && files.stat(local) === 'dir') {
    const path = files.join(local, 'index.yaml');
    const r = files.read(path);
    if (!r.ok) return { ok: false, error: `looks like ${JSON.stringify(url)} is not a valid chart repository or cannot be reached: open ${path}: no such file or directory` };
    const idx = parseIndex(r.data);
    return idx.ok ? idx : { ok: false, error: `looks like ${JSON.stringify(url)} is not a valid chart repository or cannot be reached: ${idx.error}` };
  }
  const host = /^[a-z]+:\/\/([^/:]+)/i.exec(url)?.[1];
  if (!host) return { ok: false, error: 'could not find protocol handler for: ' };
  return { ok: false, error: `looks like ${JSON.stringify(url)} is not a valid chart repository or cannot be reached: Get "${url.replace(/\/+$/, '')}/index.yaml": dial tcp: lookup ${host}: no such host` };
}
