/** `helm install [NAME] [CHART]` (helm/helm cmd/helm/install.go). */
import { flag, type FlagSpec } from '../../../kubectl/index.js';
import { installRelease } from '../../release/index.js';
import { CHART_PATH_FLAGS, fail, flushWarnings, loadChart, minArgs, OUTPUT_FLAG, userValues, VALUE_FLAGS, VERSION_FLAG } from '../common.js';
import { releaseOutput } from '../print-release.js';
import type { HelmCommand, HelmContext } from '../types.js';
import { HELP_TEXT } from '../help-text.js';

/** Flags install and upgrade share (addInstallFlags / upgrade's own). */
export const WAIT_FLAGS: FlagSpec[] = [
  { name: 'wait', type: 'bool', usage: 'if set, will wait until all Pods, PVCs, Services, and minimum number of Pods of a Deployment, StatefulSet, or ReplicaSet are in a ready state before marking the release as successful. It will wait for as long as --timeout' },
  { name: 'wait-for-jobs', type: 'bool', usage: 'if set and --wait enabled, will wait until all Jobs have been completed before marking the release as successful. It will wait for as long as --timeout' },
  { name: 'timeout', type: 'duration', default: 300_000, usage: 'time to wait for any individual Kubernetes operation (like Jobs for hooks)' },
  { name: 'dry-run', type: 'string', noOptDefault: 'client', usage: 'simulate an install. If --dry-run is set with no option being specified or as \'--dry-run=client\', it will not attempt cluster connections. Setting \'--dry-run=server\' allows attempting cluster connections.' },
  { name: 'description', type: 'string', usage: 'add a custom description' },
  { name: 'render-subchart-notes', type: 'bool', usage: 'if set, render subchart notes along with the parent' },
  { name: 'skip-schema-validation', type: 'bool', usage: 'if set, disables JSON schema validation' },
  { name: 'no-hooks', type: 'bool', usage: 'prevent hooks from running during install' },
  { name: 'hide-notes', type: 'bool', usage: 'if set, do not show notes in install output. Does not affect presence in chart metadata' },
  { name: 'devel', type: 'bool', usage: "use development versions, too. Equivalent to version '>0.0.0-0'. If --version is set, this is ignored" },
  VERSION_FLAG,
];

const FLAGS: FlagSpec[] = [
  ...VALUE_FLAGS,
  ...WAIT_FLAGS,
  { name: 'generate-name', shorthand: 'g', type: 'bool', usage: 'generate the name (and omit the NAME parameter)' },
  { name: 'create-namespace', type: 'bool', usage: 'create the release namespace if not present' },
  { name: 'atomic', type: 'bool', usage: 'if set, the installation process deletes the installation on failure. The --wait flag will be set automatically if --atomic is used' },
  { name: 'replace', type: 'bool', usage: 're-use the given name, only if that name is a deleted release which remains in the history. This is unsafe in production' },
  { name: 'name-template', type: 'string', usage: 'specify template used to name the release' },
  { name: 'force', type: 'bool', usage: 'force resource updates through a replacement strategy' },
  { name: 'dependency-update', type: 'bool', usage: 'update dependencies if they are missing before installing the chart' },
  { name: 'disable-openapi-validation', type: 'bool', usage: 'if set, the installation process will not validate rendered templates against the Kubernetes OpenAPI Schema' },
  { name: 'skip-crds', type: 'bool', usage: 'if set, no CRDs will be installed. By default, CRDs are installed if not already present' },
  { name: 'enable-dns', type: 'bool', usage: 'enable DNS lookups when rendering templates' },
  { name: 'take-ownership', type: 'bool', usage: 'if set, install will ignore the check for helm annotations and take ownership of the existing resources' },
  { name: 'hide-secret', type: 'bool', usage: 'hide Kubernetes Secrets when also using the --dry-run flag' },
  OUTPUT_FLAG,
  ...CHART_PATH_FLAGS,
];

/** install.go nameAndChart. */
function nameAndChart(ctx: HelmContext): { ok: true; name: string; chart: string } | { ok: false; error: string } {
  const a = ctx.args;
  const gen = flag.bool(ctx.parsed, 'generate-name');
  if (a.length > 2) return { ok: false, error: `expected at most two arguments, unexpected arguments: ${a.slice(2).join(', ')}` };
  if (a.length === 2) {
    if (gen) return { ok: false, error: 'cannot set --generate-name and also specify a name' };
    return { ok: true, name: a[0], chart: a[1] };
  }
  if (!gen) return { ok: false, error: 'must either provide a name or specify --generate-name' };
  let base = a[0].replace(/\/+$/, '');
  base = base.slice(base.lastIndexOf('/') + 1);
  if (base === '.' || base === '') base = 'chart';
  const dot = base.indexOf('.');
  if (dot >= 0) base = base.slice(0, dot);
  return { ok: true, name: `${base}-${Math.floor(ctx.session.cluster.now() / 1000)}`, chart: a[0] };
}

/** Shared by install and `upgrade --install`. Returns the error text, or prints the release. */
export function runInstall(ctx: HelmContext, name: string, chartRef: string, replace: boolean): string | undefined {
  const vals = userValues(ctx);
  if (!vals.ok) return vals.error;
  const chart = loadChart(ctx, chartRef);
  if (!chart.ok) return chart.error;
  if (chart.chart.metadata.deprecated) ctx.io.err('WARNING: This chart is deprecated\n');
  const dry = ctx.parsed.changed.has('dry-run') && flag.str(ctx.parsed, 'dry-run') !== 'false' && flag.str(ctx.parsed, 'dry-run') !== 'none';
  const r = installRelease(ctx.actions, {
    name, namespace: ctx.namespace, chart: chart.chart, config: vals.values,
    dryRun: dry, wait: flag.bool(ctx.parsed, 'wait'), waitForJobs: flag.bool(ctx.parsed, 'wait-for-jobs'),
    timeoutMs: flag.ms(ctx.parsed, 'timeout'), atomic: ctx.parsed.values.get('atomic') === true,
    description: flag.str(ctx.parsed, 'description'), createNamespace: ctx.parsed.values.get('create-namespace') === true,
    replace: replace || ctx.parsed.values.get('replace') === true, subNotes: flag.bool(ctx.parsed, 'render-subchart-notes'),
    skipSchemaValidation: flag.bool(ctx.parsed, 'skip-schema-validation'), noHooks: flag.bool(ctx.parsed, 'no-hooks'),
    takeOwnership: ctx.parsed.values.get('take-ownership') === true,
  });
  if (!r.ok) return r.error;
  flushWarnings(ctx);
  ctx.io.out(releaseOutput(r.release, flag.str(ctx.parsed, 'output'), { hideNotes: flag.bool(ctx.parsed, 'hide-notes') }));
  return undefined;
}

export const installCommand: HelmCommand = {
  name: 'install',
  use: 'install [NAME] [CHART]',
  short: 'install a chart',
  long: HELP_TEXT.installDesc,
  flags: FLAGS,
  args: minArgs(1),
  run(ctx) {
    const nc = nameAndChart(ctx);
    if (!nc.ok) return fail(ctx, `INSTALLATION FAILED: ${nc.error}`);
    const err = runInstall(ctx, nc.name, nc.chart, false);
    return err ? fail(ctx, `INSTALLATION FAILED: ${err}`) : 0;
  },
};
