/**
 * `helm create NAME` (helm/helm pkg/chartutil/create.go, v3.21 layout), authored for this
 * project from the documented structure: returns the files to write, relative to the parent
 * directory (`NAME/Chart.yaml`, …). `charts/` is an empty directory (listed in `dirs`).
 */
import { DEPLOYMENT_YAML, HPA_YAML, HTTPROUTE_YAML, INGRESS_YAML, SERVICEACCOUNT_YAML, SERVICE_YAML, TEST_CONNECTION_YAML } from './manifests.js';
import { HELPERS_TPL, NOTES_TXT } from './helpers.js';
import { CHART_YAML, HELMIGNORE, VALUES_YAML } from './values.js';

/** `helm create`'s name rule. */
export const CHART_NAME_RE = /^[a-zA-Z0-9._-]+$/;

export type StarterResult =
  | { ok: true; files: Record<string, string>; dirs: string[] }
  | { ok: false; error: string };

/** The starter chart's files keyed by path under the chart directory (no `NAME/` prefix). */
export function starterFiles(name: string): Record<string, string> {
  const tpl = (s: string): string => s.split('<CHARTNAME>').join(name);
  const pct = (s: string): string => s.split('%s').join(name);
  return {
    'Chart.yaml': pct(CHART_YAML),
    'values.yaml': pct(VALUES_YAML),
    '.helmignore': HELMIGNORE,
    'templates/ingress.yaml': tpl(INGRESS_YAML),
    'templates/httproute.yaml': tpl(HTTPROUTE_YAML),
    'templates/deployment.yaml': tpl(DEPLOYMENT_YAML),
    'templates/service.yaml': tpl(SERVICE_YAML),
    'templates/serviceaccount.yaml': tpl(SERVICEACCOUNT_YAML),
    'templates/hpa.yaml': tpl(HPA_YAML),
    'templates/NOTES.txt': tpl(NOTES_TXT),
    'templates/_helpers.tpl': tpl(HELPERS_TPL),
    'templates/tests/test-connection.yaml': tpl(TEST_CONNECTION_YAML),
  };
}

/**
 * `helm create NAME`: validates the name and returns the files (paths prefixed `NAME/`) and
 * directories to create. The CLI prints `Creating NAME`.
 */
export function createStarterChart(name: string): StarterResult {
  const base = name.slice(name.replace(/\/+$/, '').lastIndexOf('/') + 1).replace(/\/+$/, '');
  // pkg/chartutil/create.go validateChartName.
  if (base.length === 0 || base.length > 250) return { ok: false, error: 'chart name must be between 1 and 250 characters' };
  if (!CHART_NAME_RE.test(base)) return { ok: false, error: 'chart name must match the regular expression "^[a-zA-Z0-9._-]+$"' };
  const files: Record<string, string> = {};
  for (const [p, d] of Object.entries(starterFiles(base))) files[`${name.replace(/\/+$/, '')}/${p}`] = d;
  return { ok: true, files, dirs: [`${name.replace(/\/+$/, '')}/charts`, `${name.replace(/\/+$/, '')}/templates/tests`] };
}
