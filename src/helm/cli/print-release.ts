/**
 * How helm prints a release (helm/helm cmd/helm/status.go statusPrinter.WriteTable):
 *
 *   NAME: myrel
 *   LAST DEPLOYED: Mon Jun  2 09:00:00 2025
 *   NAMESPACE: default
 *   STATUS: deployed
 *   REVISION: 1
 *   TEST SUITE: None
 *   NOTES:
 *   …
 *
 * `TEST SUITE: None` only when the chart has no test hooks (hooks not yet run print nothing).
 */
import { coalesceValues } from '../chart/values.js';
import type { Chart } from '../chart/types.js';
import { toYaml } from '../funcs/helm.js';
import { ansic, parseStored, releaseJson, type Release } from '../release/index.js';

export interface PrintOptions {
  showDescription?: boolean;
  showMetadata?: boolean;
  /** `get all` and --debug: user-supplied and computed values, hooks and manifest. */
  debug?: boolean;
  hideNotes?: boolean;
}

/** output.EncodeYAML of a values map (`null` for none). */
export function valuesYaml(v: Record<string, unknown> | undefined): string {
  if (!v || Object.keys(v).length === 0) return v ? '{}\n' : 'null\n';
  return `${toYaml(v)}\n`;
}

function computedValues(rel: Release): Record<string, unknown> {
  const chart = { metadata: rel.chart.metadata, values: rel.chart.values ?? {}, dependencies: [], templates: [], files: [], raw: [] } as unknown as Chart;
  return coalesceValues(chart, rel.config ?? {});
}

/** statusPrinter for `-o table|json|yaml` (json/yaml encode the whole release). */
export function releaseOutput(rel: Release, format: string, o: PrintOptions = {}): string {
  if (format === 'json') return `${releaseJson(rel)}\n`;
  if (format === 'yaml') return `${toYaml(JSON.parse(releaseJson(rel)))}\n`;
  return releaseText(rel, o);
}

export function releaseText(rel: Release, o: PrintOptions = {}): string {
  const out: string[] = [`NAME: ${rel.name}`];
  const last = parseStored(rel.info.last_deployed);
  if (last !== undefined) out.push(`LAST DEPLOYED: ${ansic(last)}`);
  out.push(`NAMESPACE: ${rel.namespace}`, `STATUS: ${rel.info.status}`, `REVISION: ${rel.version}`);
  if (o.showMetadata) out.push(`CHART: ${rel.chart.metadata.name}`, `VERSION: ${rel.chart.metadata.version}`, `APP_VERSION: ${rel.chart.metadata.appVersion ?? ''}`);
  if (o.showDescription) out.push(`DESCRIPTION: ${rel.info.description}`);
  const tests = (rel.hooks ?? []).filter((h) => h.events.includes('test'));
  if (tests.length === 0) out.push('TEST SUITE: None');
  for (const h of tests) {
    const started = parseStored(h.last_run?.started_at ?? '');
    if (started === undefined) continue;
    out.push(`TEST SUITE:     ${h.name}`, `Last Started:   ${ansic(started)}`, `Last Completed: ${ansic(parseStored(h.last_run.completed_at) ?? 0)}`, `Phase:          ${h.last_run.phase}`);
  }
  let text = `${out.join('\n')}\n`;
  if (o.debug) {
    text += `USER-SUPPLIED VALUES:\n${valuesYaml(rel.config)}\nCOMPUTED VALUES:\n${valuesYaml(computedValues(rel))}\n`;
  }
  if (rel.info.description.toLowerCase() === 'dry run complete' || o.debug) {
    text += 'HOOKS:\n';
    for (const h of rel.hooks ?? []) text += `---\n# Source: ${h.path}\n${h.manifest}\n`;
    text += `MANIFEST:\n${rel.manifest}\n`;
  }
  if (!o.hideNotes && rel.info.notes) text += `NOTES:\n${rel.info.notes.trim()}\n`;
  return text;
}
