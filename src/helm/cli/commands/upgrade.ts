/** `helm upgrade [RELEASE] [CHART]` (helm/helm cmd/helm/upgrade.go). */
import { flag } from '../../../kubectl/index.js';
import { upgradeRelease } from '../../release/index.js';
import { CHART_PATH_FLAGS, exactArgs, fail, flushWarnings, loadChart, OUTPUT_FLAG, userValues, VALUE_FLAGS } from '../common.js';
import { releaseOutput } from '../print-release.js';
import type { HelmCommand } from '../types.js';
import { runInstall, WAIT_FLAGS } from './install.js';
import { HELP_TEXT } from '../help-text.js';

export const upgradeCommand: HelmCommand = {
  name: 'upgrade',
  use: 'upgrade [RELEASE] [CHART]',
  short: 'upgrade a release',
  long: HELP_TEXT.upgradeDesc,
  flags: [
    ...VALUE_FLAGS,
    ...WAIT_FLAGS,
    { name: 'install', shorthand: 'i', type: 'bool', usage: 'if a release by this name doesn\'t already exist, run an install' },
    { name: 'create-namespace', type: 'bool', usage: 'if --install is set, create the release namespace if not present' },
    { name: 'atomic', type: 'bool', usage: 'if set, upgrade process rolls back changes made in case of failed upgrade. The --wait flag will be set automatically if --atomic is used' },
    { name: 'reuse-values', type: 'bool', usage: "when upgrading, reuse the last release's values and merge in any overrides from the command line via --set and -f. If '--reset-values' is specified, this is ignored" },
    { name: 'reset-values', type: 'bool', usage: "when upgrading, reset the values to the ones built into the chart" },
    { name: 'reset-then-reuse-values', type: 'bool', usage: "when upgrading, reset the values to the ones built into the chart, apply the last release's values and merge in any overrides from the command line via --set and -f. If '--reset-values' or '--reuse-values' is specified, this is ignored" },
    { name: 'history-max', type: 'int', default: 10, usage: 'limit the maximum number of revisions saved per release. Use 0 for no limit' },
    { name: 'force', type: 'bool', usage: 'force resource updates through a replacement strategy' },
    { name: 'recreate-pods', type: 'bool', usage: 'performs pods restart for the resource if applicable', hidden: true },
    { name: 'cleanup-on-fail', type: 'bool', usage: 'allow deletion of new resources created in this upgrade when upgrade fails' },
    { name: 'dependency-update', type: 'bool', usage: 'update dependencies if they are missing before installing the chart' },
    { name: 'disable-openapi-validation', type: 'bool', usage: 'if set, the upgrade process will not validate rendered templates against the Kubernetes OpenAPI Schema' },
    { name: 'skip-crds', type: 'bool', usage: 'if set, no CRDs will be installed when an upgrade is performed with install flag enabled. By default, CRDs are installed if not already present, when an upgrade is performed with install flag enabled' },
    { name: 'enable-dns', type: 'bool', usage: 'enable DNS lookups when rendering templates' },
    { name: 'take-ownership', type: 'bool', usage: 'if set, upgrade will ignore the check for helm annotations and take ownership of the existing resources' },
    { name: 'hide-secret', type: 'bool', usage: 'hide Kubernetes Secrets when also using the --dry-run flag' },
    OUTPUT_FLAG,
    ...CHART_PATH_FLAGS,
  ],
  args: exactArgs(2),
  run(ctx) {
    const [name, chartRef] = ctx.args;
    if (flag.bool(ctx.parsed, 'install')) {
      const h = ctx.actions.storage.history(name, ctx.namespace);
      const last = h[h.length - 1];
      if (!last || last.info.status === 'uninstalled') {
        if (flag.str(ctx.parsed, 'output') === 'table') ctx.io.out(`Release ${JSON.stringify(name)} does not exist. Installing it now.\n`);
        const err = runInstall(ctx, name, chartRef, true);
        return err ? fail(ctx, err) : 0;
      }
    }
    const vals = userValues(ctx);
    if (!vals.ok) return fail(ctx, vals.error);
    const chart = loadChart(ctx, chartRef);
    if (!chart.ok) return fail(ctx, chart.error);
    const dry = ctx.parsed.changed.has('dry-run') && !['false', 'none'].includes(flag.str(ctx.parsed, 'dry-run'));
    const r = upgradeRelease(ctx.actions, {
      name, namespace: ctx.namespace, chart: chart.chart, config: vals.values,
      reuseValues: flag.bool(ctx.parsed, 'reuse-values'), resetValues: flag.bool(ctx.parsed, 'reset-values'),
      resetThenReuseValues: flag.bool(ctx.parsed, 'reset-then-reuse-values'), dryRun: dry,
      wait: flag.bool(ctx.parsed, 'wait'), waitForJobs: flag.bool(ctx.parsed, 'wait-for-jobs'), timeoutMs: flag.ms(ctx.parsed, 'timeout'),
      atomic: flag.bool(ctx.parsed, 'atomic'), description: flag.str(ctx.parsed, 'description'),
      historyMax: flag.int(ctx.parsed, 'history-max'), subNotes: flag.bool(ctx.parsed, 'render-subchart-notes'),
      skipSchemaValidation: flag.bool(ctx.parsed, 'skip-schema-validation'), noHooks: flag.bool(ctx.parsed, 'no-hooks'),
    });
    // upgrade.go checks dependencies before the action, so that error is not wrapped.
    if (!r.ok) return fail(ctx, r.error.startsWith('An error occurred while checking for chart dependencies') ? r.error : `UPGRADE FAILED: ${r.error}`);
    flushWarnings(ctx);
    const format = flag.str(ctx.parsed, 'output');
    // upgrade.go prints the "has been upgraded" line only for the table format.
    if (format === 'table') ctx.io.out(`Release ${JSON.stringify(name)} has been upgraded. Happy Helming!\n`);
    ctx.io.out(releaseOutput(r.release, format, { hideNotes: flag.bool(ctx.parsed, 'hide-notes') }));
    return 0;
  },
};
