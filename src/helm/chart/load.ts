/**
 * Chart loading (helm/helm pkg/chart/loader): a directory or an in-memory file map becomes a
 * Chart; .helmignore is honoured for directories; Chart.yaml is validated with Helm's wording
 * (`validation: chart.metadata.version "x" is invalid`); subcharts come from charts/<name>/.
 */
import { parseSemver } from '../funcs/semver.js';
import { formatFloatG } from '../template/go-float.js';
import { parseYaml, parseYamlMap } from '../yaml/parse.js';
import { HelmIgnore } from './helmignore.js';
import type { Chart, ChartFile, ChartMetadata } from './types.js';

/** The file access a chart loader needs (the shell's workspace provides it). */
export interface ChartReader {
  read(path: string): { ok: true; data: string } | { ok: false; error: string };
  stat(path: string): 'file' | 'dir' | undefined;
  list(path: string): string[];
  join(dir: string, name: string): string;
}

export type LoadResult = { ok: true; chart: Chart } | { ok: false; error: string };

const CHART_TYPES = new Set(['', 'application', 'library']);

/** Metadata.Validate from pkg/chart/metadata.go; returns the error text or undefined. */
export function validateMetadata(md: ChartMetadata | undefined): string | undefined {
  if (!md) return 'validation: chart.metadata is required';
  if (!md.apiVersion) return 'validation: chart.metadata.apiVersion is required';
  if (!md.name) return 'validation: chart.metadata.name is required';
  if (md.name === '.' || md.name === '..') return `validation: chart.metadata.name ${JSON.stringify(md.name)} is not allowed`;
  if (md.name.includes('/')) return `validation: chart.metadata.name ${JSON.stringify(md.name)} is invalid`;
  if (!md.version) return 'validation: chart.metadata.version is required';
  if (!parseSemver(String(md.version))) return `validation: chart.metadata.version ${JSON.stringify(md.version)} is invalid`;
  if (!CHART_TYPES.has(md.type ?? '')) return 'validation: chart.metadata.type must be application or library';
  for (const m of md.maintainers ?? []) if (!m) return 'validation: maintainers must not contain empty or null nodes';
  const seen = new Set<string>();
  for (const d of md.dependencies ?? []) {
    if (!d) return 'validation: dependencies must not contain empty or null nodes';
    if (d.alias && !/^[a-zA-Z0-9_-]+$/.test(d.alias)) return `validation: dependency ${JSON.stringify(d.name)} has disallowed characters in the alias`;
    const key = d.alias || d.name;
    if (seen.has(key)) return `validation: more than one dependency with name or alias ${JSON.stringify(key)}`;
    seen.add(key);
  }
  return undefined;
}

/** Go field types of chart.Metadata, for sigs.k8s.io/yaml's decoding rules. */
const METADATA_FIELDS: Record<string, 'string' | '[]string' | 'bool' | 'map' | 'list'> = {
  name: 'string', home: 'string', version: 'string', description: 'string', icon: 'string',
  apiVersion: 'string', condition: 'string', tags: 'string', appVersion: 'string', kubeVersion: 'string',
  type: 'string', sources: '[]string', keywords: '[]string', deprecated: 'bool', annotations: 'map',
  maintainers: 'list', dependencies: 'list',
};

function jsonKind(v: unknown): string {
  return Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v === 'object' ? 'object' : typeof v === 'boolean' ? 'bool' : typeof v;
}

/**
 * Chart.yaml into chart.Metadata the way sigs.k8s.io/yaml does it: scalars landing in string
 * fields become strings (`appVersion: 1.16` → "1.16", `version: 1.0` → "1"), wrong shapes fail
 * with encoding/json's message.
 */
function decodeMetadata(v: unknown): ChartMetadata | string {
  const md: Record<string, unknown> = {};
  const src = v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  for (const [k, x] of Object.entries(src)) {
    const t = METADATA_FIELDS[k];
    if (x === null || t === undefined) {
      md[k] = x;
      continue;
    }
    const bad = (want: string): string => `error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${jsonKind(x)} into Go struct field Metadata.${k} of type ${want}`;
    if (t === 'string') {
      if (typeof x === 'object') return bad('string');
      md[k] = typeof x === 'number' ? (Number.isInteger(x) && Math.abs(x) < 1e21 ? String(x) : formatFloatG(x)) : String(x);
    } else if (t === '[]string') {
      if (!Array.isArray(x)) return bad('[]string');
      md[k] = x.map((e) => (typeof e === 'string' ? e : String(e)));
    } else if (t === 'bool') {
      if (typeof x !== 'boolean') return bad('bool');
      md[k] = x;
    } else if (t === 'map') {
      if (typeof x !== 'object' || Array.isArray(x)) return bad('map[string]string');
      md[k] = Object.fromEntries(Object.entries(x as Record<string, unknown>).map(([a, b]) => [a, typeof b === 'string' ? b : String(b)]));
    } else {
      if (!Array.isArray(x)) return bad(k === 'maintainers' ? '[]*chart.Maintainer' : '[]*chart.Dependency');
      md[k] = x;
    }
  }
  return {
    ...(md as unknown as ChartMetadata),
    apiVersion: typeof md.apiVersion === 'string' ? md.apiVersion : '',
    name: typeof md.name === 'string' ? md.name : '',
    version: typeof md.version === 'string' ? md.version : '',
  };
}

/** Loads a chart from `name → content` (names relative to the chart root, `/`-separated). */
export function loadChartFromFiles(files: Record<string, string>, parent?: Chart): LoadResult {
  const raw: ChartFile[] = [];
  const templates: ChartFile[] = [];
  const other: ChartFile[] = [];
  const subFiles = new Map<string, Record<string, string>>();
  let metadata: ChartMetadata | undefined;
  let values: Record<string, unknown> = {};
  let schema: string | undefined;
  for (const name of Object.keys(files).sort()) {
    const data = files[name]!;
    if (name.startsWith('charts/')) {
      const rest = name.slice('charts/'.length);
      const slash = rest.indexOf('/');
      if (slash < 0) {
        if (rest.endsWith('.prov')) other.push({ name, data });
        // Packaged (.tgz) subcharts are not unpacked by the simulator.
        continue;
      }
      const sub = rest.slice(0, slash);
      if (!subFiles.has(sub)) subFiles.set(sub, {});
      subFiles.get(sub)![rest.slice(slash + 1)] = data;
      continue;
    }
    raw.push({ name, data });
    if (name === 'Chart.yaml') {
      const r = parseYaml(data);
      if (!r.ok) return { ok: false, error: `cannot load Chart.yaml: error converting YAML to JSON: ${r.error}` };
      const md = decodeMetadata(r.value);
      if (typeof md === 'string') return { ok: false, error: `cannot load Chart.yaml: ${md}` };
      metadata = md;
    } else if (name === 'values.yaml') {
      const r = parseYamlMap(data);
      if (!r.ok) return { ok: false, error: `cannot load values.yaml: ${r.error}` };
      values = r.value;
    } else if (name === 'values.schema.json') schema = data;
    else if (name === 'requirements.yaml' || name === 'requirements.lock' || name === 'Chart.lock') continue;
    else if (name.startsWith('templates/')) templates.push({ name, data });
    else other.push({ name, data });
  }
  if (!metadata) return { ok: false, error: 'Chart.yaml file is missing' };
  if (metadata.apiVersion === '') metadata.apiVersion = 'v1';
  const invalid = validateMetadata(metadata);
  if (invalid) return { ok: false, error: invalid };
  const chart: Chart = { metadata, templates, values, schema, files: other, dependencies: [], raw, parent };
  for (const [sub, sf] of [...subFiles.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const r = loadChartFromFiles(sf, chart);
    if (!r.ok) return { ok: false, error: `error unpacking subchart ${sub} in ${metadata.name}: ${r.error}` };
    chart.dependencies.push(r.chart);
  }
  return { ok: true, chart };
}

/** Reads a chart directory through `reader`, honouring .helmignore, then loads it. */
export function loadChartDir(reader: ChartReader, dir: string): LoadResult {
  const kind = reader.stat(dir);
  if (kind === undefined) return { ok: false, error: `path ${JSON.stringify(dir)} not found` };
  if (kind !== 'dir') return { ok: false, error: `file '${dir}' does not appear to be a gzipped archive; got 'application/octet-stream'` };
  const ign = reader.read(reader.join(dir, '.helmignore'));
  const rules = new HelmIgnore(ign.ok ? ign.data : '');
  if (rules.error) return { ok: false, error: rules.error };
  const files: Record<string, string> = {};
  const walk = (abs: string, rel: string): string | undefined => {
    for (const name of reader.list(abs)) {
      const p = reader.join(abs, name);
      const r = rel ? `${rel}/${name}` : name;
      const k = reader.stat(p);
      if (rules.ignored(r, k === 'dir')) continue;
      if (k === 'dir') {
        const e = walk(p, r);
        if (e) return e;
      } else if (k === 'file') {
        const d = reader.read(p);
        if (!d.ok) return d.error;
        files[r] = d.data;
      }
    }
    return undefined;
  };
  const err = walk(dir, '');
  if (err) return { ok: false, error: err };
  return loadChartFromFiles(files);
}
