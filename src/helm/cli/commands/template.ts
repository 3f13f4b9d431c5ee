/** `helm template [NAME] [CHART]` (helm/helm cmd/helm/template.go): a client-only install render. */
import { flag } from '../../../kubectl/index.js';
import { renderChart, templateText } from '../../render.js';
import { funcEnv, validateReleaseName } from '../../release/index.js';
import { CHART_PATH_FLAGS, fail, loadChart, minArgs, userValues, VALUE_FLAGS, VERSION_FLAG } from '../common.js';
import type { HelmCommand } from '../types.js';
import { HELP_TEXT } from '../help-text.js';

/** Errors install.go returns before it creates the release (no `--debug` hint then). */
const BEFORE_RELEASE = ["values don't meet the specifications", 'An error occurred while checking for chart dependencies'];

export const templateCommand: HelmCommand = {
  name: 'template',
  use: 'template [NAME] [CHART]',
  short: 'locally render templates',
  long: HELP_TEXT.templateDesc,
  flags: [
    ...VALUE_FLAGS,
    VERSION_FLAG,
    ...CHART_PATH_FLAGS,
    { name: 'show-only', shorthand: 's', type: 'stringArray', usage: 'only show manifests rendered from the given templates' },
    { name: 'generate-name', shorthand: 'g', type: 'bool', usage: 'generate the name (and omit the NAME parameter)' },
    { name: 'skip-tests', type: 'bool', usage: 'skip tests from templated output' },
    { name: 'no-hooks', type: 'bool', usage: 'prevent hooks from running during install' },
    { name: 'include-crds', type: 'bool', usage: 'include CRDs in the templated output' },
    { name: 'is-upgrade', type: 'bool', usage: 'set .Release.IsUpgrade instead of .Release.IsInstall' },
    { name: 'kube-version', type: 'string', usage: 'Kubernetes version used for Capabilities.KubeVersion' },
    { name: 'api-versions', shorthand: 'a', type: 'stringSlice', usage: 'Kubernetes api versions used for Capabilities.APIVersions (multiple can be specified)' },
    { name: 'release-name', type: 'bool', usage: 'use release name in the output-dir path.' },
    { name: 'skip-schema-validation', type: 'bool', usage: 'if set, disables JSON schema validation' },
    { name: 'validate', type: 'bool', usage: 'validate your manifests against the Kubernetes cluster you are currently pointing at. This is the same validation performed on an install' },
  ],
  args: minArgs(1),
  run(ctx) {
    const a = ctx.args;
    if (a.length > 2) return fail(ctx, `expected at most two arguments, unexpected arguments: ${a.slice(2).join(', ')}`);
    const name = a.length === 2 ? a[0] : 'release-name';
    const chartRef = a.length === 2 ? a[1] : a[0];
    const bad = validateReleaseName(name);
    if (bad) return fail(ctx, `release name ${JSON.stringify(name)}: ${bad}`);
    const vals = userValues(ctx);
    if (!vals.ok) return fail(ctx, vals.error);
    const chart = loadChart(ctx, chartRef);
    if (!chart.ok) return fail(ctx, chart.error);
    const up = flag.bool(ctx.parsed, 'is-upgrade');
    const r = renderChart(chart.chart, vals.values, {
      release: { name, namespace: ctx.namespace, revision: 1, isInstall: !up, isUpgrade: up },
      kubeVersion: flag.str(ctx.parsed, 'kube-version') || undefined,
      apiVersions: flag.list(ctx.parsed, 'api-versions'),
      env: funcEnv(ctx.session.cluster),
      skipSchemaValidation: flag.bool(ctx.parsed, 'skip-schema-validation'),
    });
    if (!r.ok) {
      // template.go: errors raised once the release exists (rendering, manifest parsing) get a hint.
      const early = BEFORE_RELEASE.some((p) => r.error.startsWith(p)) || r.error.endsWith('charts are not installable');
      return fail(ctx, early ? r.error : `${r.error}\n\nUse --debug flag to render out invalid YAML`);
    }
    const text = templateText(r, { noHooks: flag.bool(ctx.parsed, 'no-hooks'), skipTests: flag.bool(ctx.parsed, 'skip-tests') });
    const only = flag.list(ctx.parsed, 'show-only');
    if (only.length === 0) {
      ctx.io.out(text);
      return 0;
    }
    // template.go: keep the documents whose `# Source:` matches a requested template.
    const root = chart.chart.metadata.name;
    const docs = text.split(/^---\n/m).filter((d) => d.trim() !== '');
    const picked: string[] = [];
    for (const want of only) {
      const path = `${root}/${want.replace(/^\.\//, '')}`;
      const found = docs.filter((d) => d.startsWith(`# Source: ${path}\n`));
      if (!found.length) return fail(ctx, `could not find template ${want} in chart`);
      picked.push(...found);
    }
    ctx.io.out(picked.map((d) => `---\n${d}`).join(''));
    return 0;
  },
};
