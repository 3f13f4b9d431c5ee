/**
 * `helm template` / install rendering without a cluster: dependency conditions, value
 * coalescing, schema validation, template execution, NOTES.txt extraction, manifest/hook
 * sorting and the `---\n# Source: …` text. Errors are values worded as Helm prints them.
 */
import { capabilitiesStruct, chartStruct, filesStruct, releaseMap, DEFAULT_API_VERSIONS, DEFAULT_KUBE_VERSION, type ReleaseOptions } from './chart/context.js';
import { validateSchema } from './chart/schema.js';
import { chartFullPath, type Chart } from './chart/types.js';
import { coalesceValues, coalesceValuesChecked } from './chart/values.js';
import { renderFiles, type LookupFn, type Renderable } from './engine.js';
import type { FuncEnv } from './funcs/index.js';
import { manifestText, sortManifests, type Hook, type Manifest } from './manifests.js';
import { goTypeName, isMap } from './template/values.js';
import { parseConstraint, parseSemver, satisfies } from './funcs/semver.js';

export interface RenderOptions {
  release: ReleaseOptions;
  /** `--kube-version`; defaults to the simulated cluster's v1.33.0. */
  kubeVersion?: string;
  /** `--api-versions` added to the default set. */
  apiVersions?: string[];
  /** Virtual clock and seeded randomness for now/randAlphaNum/uuidv4. */
  env?: FuncEnv;
  /** Cluster reads for `lookup` (omitted: empty maps, as `helm template` does). */
  lookup?: LookupFn;
  /** `--render-subchart-notes`. */
  subchartNotes?: boolean;
  /** `--skip-schema-validation`. */
  skipSchemaValidation?: boolean;
}

export interface RenderOutput {
  ok: true;
  /** Non-hook manifests in install order. */
  manifests: Manifest[];
  hooks: Hook[];
  /** Rendered NOTES.txt of the top chart (untrimmed), '' if none. */
  notes: string;
  /** `---\n# Source: …` text of the manifests (the release manifest). */
  manifest: string;
  /** Coalesced values the templates saw. */
  values: Record<string, unknown>;
  /** Raw rendered files by template path, NOTES.txt included (partials excluded). */
  files: Map<string, string>;
  /** Files under crds/ of the chart and its enabled subcharts (not templated), for install and `--include-crds`. */
  crds: { filename: string; content: string }[];
}

export type RenderResult = RenderOutput | { ok: false; error: string };

const FIXED_ENV: FuncEnv = { nowMs: () => 0, random: () => 0 };

function lookupPath(values: Record<string, unknown>, path: string): unknown {
  let cur: unknown = values;
  for (const p of path.split('.')) {
    if (!isMap(cur)) return undefined;
    cur = cur[p];
  }
  return cur;
}

/** chartutil.ProcessDependencyEnabled: drops subcharts disabled by condition or tags; applies aliases. */
function enabledDependencies(chart: Chart, values: Record<string, unknown>, rootTags?: Record<string, unknown>): { ok: true; chart: Chart } | { ok: false; error: string } {
  const deps = chart.metadata.dependencies ?? [];
  const missing = deps.filter((d) => !chart.dependencies.some((c) => c.metadata.name === d.name));
  if (missing.length > 0) {
    return { ok: false, error: `An error occurred while checking for chart dependencies. You may need to run \`helm dependency build\` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: ${missing.map((d) => d.name).join(', ')}` };
  }
  // Tags always come from the top-level values; a condition, when it resolves to a bool, wins.
  const tags = rootTags ?? (isMap(values.tags) ? values.tags : {});
  const kept: Chart[] = [];
  for (const sub of chart.dependencies) {
    const dep = deps.find((d) => d.name === sub.metadata.name);
    let enabled = true;
    if (dep) {
      const states = (dep.tags ?? []).map((t) => tags[t]).filter((v): v is boolean => typeof v === 'boolean');
      if (states.length > 0) enabled = states.some((v) => v);
      for (const c of (dep.condition ?? '').trim().split(',').filter(Boolean)) {
        const v = lookupPath(values, c);
        if (typeof v === 'boolean') {
          enabled = v;
          break;
        }
      }
    }
    if (!enabled) continue;
    const named = dep?.alias ? { ...sub, metadata: { ...sub.metadata, name: dep.alias } } : sub;
    const r = enabledDependencies({ ...named, parent: chart }, isMap(values[named.metadata.name]) ? (values[named.metadata.name] as Record<string, unknown>) : {}, tags);
    if (!r.ok) return r;
    kept.push(r.chart);
  }
  const out: Chart = { ...chart, dependencies: kept };
  for (const k of kept) k.parent = out;
  return { ok: true, chart: out };
}

function schemaErrors(chart: Chart, values: Record<string, unknown>, out: string[]): void {
  if (chart.schema) {
    const errs = validateSchema(values, chart.schema);
    if (errs) out.push(`${chart.metadata.name}:\n${errs}`);
  }
  for (const sub of chart.dependencies) {
    const v = values[sub.metadata.name];
    if (v === undefined || v === null) continue;
    if (!isMap(v)) {
      out.push(`${sub.metadata.name}:\ninvalid type for values: expected object (map), got ${goTypeName(v)}\n`);
      continue;
    }
    schemaErrors(sub, v, out);
  }
}

function collect(chart: Chart, top: Record<string, unknown>, values: Record<string, unknown>, out: Renderable[]): Record<string, unknown> {
  const next: Record<string, unknown> = {
    Chart: chartStruct(chart.metadata, !chart.parent),
    Files: filesStruct(chart.files),
    Release: top.Release,
    Capabilities: top.Capabilities,
    Values: values,
    Subcharts: {},
  };
  for (const sub of chart.dependencies) {
    const v = values[sub.metadata.name];
    (next.Subcharts as Record<string, unknown>)[sub.metadata.name] = collect(sub, next, isMap(v) ? v : {}, out);
  }
  const full = chartFullPath(chart);
  const library = chart.metadata.type === 'library';
  for (const t of chart.templates) {
    const base = t.name.slice(t.name.lastIndexOf('/') + 1);
    if (library && !base.startsWith('_')) continue;
    out.push({ name: `${full}/${t.name}`, text: t.data, vals: next, basePath: `${full}/templates` });
  }
  return next;
}

/**
 * The engine step alone: every non-partial template of the chart rendered to text (NOTES.txt
 * included), before manifests are split and sorted. Errors are worded as Helm prints them.
 */
export function renderTemplates(chart0: Chart, config: Record<string, unknown>, opts: RenderOptions): { ok: true; chart: Chart; values: Record<string, unknown>; files: Map<string, string> } | { ok: false; error: string } {
  if (chart0.metadata.type && chart0.metadata.type !== 'application') {
    return { ok: false, error: `${chart0.metadata.type} charts are not installable` };
  }
  const kube = opts.kubeVersion ?? DEFAULT_KUBE_VERSION;
  if (chart0.metadata.kubeVersion) {
    const cs = parseConstraint(chart0.metadata.kubeVersion);
    const v = parseSemver(kube);
    if (typeof cs === 'string') return { ok: false, error: cs };
    if (v && !satisfies(v, cs)) {
      return { ok: false, error: `chart requires kubeVersion: ${chart0.metadata.kubeVersion} which is incompatible with Kubernetes ${kube}` };
    }
  }
  const pre = coalesceValues(chart0, config);
  const dep = enabledDependencies(chart0, pre);
  if (!dep.ok) return dep;
  const chart = dep.chart;
  const co = coalesceValuesChecked(chart, config);
  if (!co.ok) return co;
  const values = co.values;
  if (!opts.skipSchemaValidation) {
    const errs: string[] = [];
    schemaErrors(chart, values, errs);
    if (errs.length) return { ok: false, error: `values don't meet the specifications of the schema(s) in the following chart(s):\n${errs.join('')}` };
  }
  const apis = [...DEFAULT_API_VERSIONS, ...(opts.apiVersions ?? [])];
  const top = { Release: releaseMap(opts.release), Capabilities: capabilitiesStruct(kube, apis) };
  const tpls: Renderable[] = [];
  collect(chart, top, values, tpls);
  const r = renderFiles(tpls, { env: opts.env ?? FIXED_ENV, lookup: opts.lookup });
  if (!r.ok) return r;
  return { ok: true, chart, values, files: r.files };
}

/** Renders a chart with user-supplied values (`config`) like `helm template` / `helm install`. */
export function renderChart(chart0: Chart, config: Record<string, unknown>, opts: RenderOptions): RenderResult {
  const r = renderTemplates(chart0, config, opts);
  if (!r.ok) return r;
  const { chart, values } = r;
  const files = new Map(r.files);
  let notes = '';
  const rootNotes = `${chart.metadata.name}/templates/NOTES.txt`;
  for (const k of [...files.keys()]) {
    if (!k.endsWith('NOTES.txt')) continue;
    if (opts.subchartNotes || k === rootNotes) notes += (notes ? '\n' : '') + files.get(k)!;
    files.delete(k);
  }
  const sorted = sortManifests(files);
  if (!sorted.ok) return sorted;
  return { ok: true, manifests: sorted.manifests, hooks: sorted.hooks, notes, manifest: manifestText(sorted.manifests), values, files: r.files, crds: crdObjects(chart) };
}

/** Chart.CRDObjects: crds/*.yaml|yml|json of the chart, then of each subchart, named by full path. */
export function crdObjects(chart: Chart): { filename: string; content: string }[] {
  const own = chart.files
    .filter((f) => f.name.startsWith('crds/') && /\.(ya?ml|json)$/.test(f.name))
    .map((f) => ({ filename: `${chartFullPath(chart)}/${f.name}`, content: f.data }));
  return [...own, ...chart.dependencies.flatMap(crdObjects)];
}

/** What `helm template` prints: CRDs (with --include-crds), manifests, then hooks (unless disabled or skipped tests). */
export function templateText(out: RenderOutput, o: { noHooks?: boolean; skipTests?: boolean; includeCrds?: boolean; hideSecret?: boolean } = {}): string {
  let text = '';
  if (o.includeCrds) for (const c of out.crds) text += `---\n# Source: ${c.filename}\n${c.content}\n`;
  for (const m of out.manifests) {
    // --hide-secret (pkg/action/action.go renderResources).
    if (o.hideSecret && m.head.kind === 'Secret' && m.head.apiVersion === 'v1') text += `---\n# Source: ${m.name}\n# HIDDEN: The Secret output has been suppressed\n`;
    else text += `---\n# Source: ${m.name}\n${m.content}\n`;
  }
  if (!o.noHooks) {
    for (const h of out.hooks) {
      if (o.skipTests && h.events.includes('test')) continue;
      text += `---\n# Source: ${h.path}\n${h.manifest}\n`;
    }
  }
  return text;
}
