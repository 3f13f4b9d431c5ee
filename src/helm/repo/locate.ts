/**
 * Finding the chart a command names (helm/helm pkg/action/install.go LocateChart): a local
 * directory or `.tgz`, else `REPO/CHART` from an added repository (newest version, or one
 * matching --version); errors worded as Helm's.
 */
import { loadChartDir, loadChartFromFiles, type ChartReader, type LoadResult } from '../chart/load.js';
import { bundledRepo, BUNDLED_REPO_URL } from './bundled/index.js';
import { compareVersions, type ChartVersionEntry } from './index-file.js';
import type { RepoEntry, RepoState } from './state.js';
import { chartFilesFromTgz } from './tar.js';

export interface ChartFiles extends ChartReader {
  readBytes(path: string): { ok: true; data: Uint8Array } | { ok: false; error: string };
}

/** Loads a `.tgz` chart archive from bytes. */
export function loadArchive(data: Uint8Array): LoadResult {
  const f = chartFilesFromTgz(data);
  if (!f.ok) return f;
  return loadChartFromFiles(f.files);
}

/**
 * A reader that shows each `charts/NAME.tgz` of a chart directory as a directory holding the
 * archive's files, so packaged dependencies load like unpacked ones (loader.LoadDir does so).
 */
function withArchives(files: ChartFiles): ChartReader {
  const cache = new Map<string, Record<string, string> | undefined>();
  const unpack = (tgz: string): Record<string, string> | undefined => {
    if (!cache.has(tgz)) {
      const b = files.readBytes(tgz);
      const f = b.ok ? chartFilesFromTgz(b.data) : undefined;
      cache.set(tgz, f?.ok ? f.files : undefined);
    }
    return cache.get(tgz);
  };
  const split = (p: string): { tgz: string; inner: string } | undefined => {
    const m = /^((?:.*\/)?charts\/[^/]+\.tgz)(?:\/(.*))?$/.exec(p);
    return m && files.stat(m[1]) === 'file' ? { tgz: m[1], inner: m[2] ?? '' } : undefined;
  };
  return {
    join: (a, b) => files.join(a, b),
    read(p) {
      const s = split(p);
      if (!s) return files.read(p);
      const data = unpack(s.tgz)?.[s.inner];
      return data === undefined ? { ok: false, error: `open ${p}: no such file or directory` } : { ok: true, data };
    },
    stat(p) {
      const s = split(p);
      if (!s) return files.stat(p);
      const f = unpack(s.tgz);
      if (!f) return s.inner ? undefined : 'file';
      if (!s.inner) return 'dir';
      if (s.inner in f) return 'file';
      return Object.keys(f).some((k) => k.startsWith(`${s.inner}/`)) ? 'dir' : undefined;
    },
    list(p) {
      const s = split(p);
      if (!s) return files.list(p);
      const prefix = s.inner ? `${s.inner}/` : '';
      return [...new Set(Object.keys(unpack(s.tgz) ?? {}).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length).split('/')[0]))].sort();
    },
  };
}

/** Loads a local chart directory or archive. */
export function loadLocal(files: ChartFiles, path: string): LoadResult {
  const kind = files.stat(path);
  if (kind === 'dir') return loadChartDir(withArchives(files), path);
  if (kind === 'file') {
    const b = files.readBytes(path);
    if (!b.ok) return { ok: false, error: b.error };
    const r = loadArchive(b.data);
    if (!r.ok && r.error === 'gzip: invalid header') return { ok: false, error: `file '${path}' does not appear to be a gzipped archive; got 'application/octet-stream'` };
    return r;
  }
  return { ok: false, error: `path ${JSON.stringify(path)} not found` };
}

/** The archive bytes a repository entry's URL points to. */
export function fetchArchive(files: ChartFiles, repo: RepoEntry, v: ChartVersionEntry): { ok: true; data: Uint8Array } | { ok: false; error: string } {
  const url = v.urls[0] ?? '';
  const file = url.slice(url.lastIndexOf('/') + 1);
  if (repo.url === BUNDLED_REPO_URL) {
    const a = bundledRepo().archives.get(file);
    return a ? { ok: true, data: a } : { ok: false, error: `failed to fetch ${url} : 404 Not Found` };
  }
  const base = repo.url.replace(/^file:\/\//, '');
  const local = /^[a-z]+:\/\//.test(url) ? files.join(base, file) : files.join(base, url);
  const b = files.readBytes(local);
  return b.ok ? b : { ok: false, error: `failed to fetch ${url} : 404 Not Found` };
}

/** The newest entry of `chart` in `repo`, or one matching an exact --version. */
export function findVersion(repo: RepoEntry, chart: string, version: string): ChartVersionEntry | undefined {
  const list = [...(repo.index.entries[chart] ?? [])].sort((a, b) => compareVersions(a.version, b.version));
  if (version) return list.find((v) => v.version === version || v.version === version.replace(/^v/, ''));
  return list.find((v) => !/-/.test(v.version)) ?? list[0];
}

/** LocateChart + load. */
export function locateChart(files: ChartFiles, repos: RepoState, ref: string, version = ''): LoadResult {
  const name = ref.trim();
  if (files.stat(name)) return loadLocal(files, name);
  if (name.startsWith('/') || name.startsWith('.')) return { ok: false, error: `path ${JSON.stringify(name)} not found` };
  const url = /^(https?):\/\/([^/:]+)/.exec(name);
  if (url) {
    // An absolute chart URL: only the bundled repository's archives are reachable offline.
    const file = name.slice(name.lastIndexOf('/') + 1);
    const bundled = name.startsWith(`${BUNDLED_REPO_URL}/`) ? bundledRepo().archives.get(file) : undefined;
    if (bundled) return loadArchive(bundled);
    return { ok: false, error: `Get ${JSON.stringify(name)}: dial tcp: lookup ${url[2]}: no such host` };
  }
  const slash = name.indexOf('/');
  if (slash < 0) return { ok: false, error: `non-absolute URLs should be in form of repo_name/path_to_chart, got: ${name}` };
  const repoName = name.slice(0, slash);
  const chart = name.slice(slash + 1);
  const repo = repos.repos.find((r) => r.name === repoName);
  if (!repo) return { ok: false, error: `repo ${repoName} not found` };
  const v = findVersion(repo, chart, version);
  if (!v) {
    if (version) return { ok: false, error: `chart "${chart}" matching ${version} not found in ${repoName} index. (try 'helm repo update'): no chart version found for ${chart}-${version}` };
    return { ok: false, error: `chart "${chart}" not found in ${repoName} index. (try 'helm repo update'): no chart name found` };
  }
  const a = fetchArchive(files, repo, v);
  if (!a.ok) return a;
  return loadArchive(a.data);
}
