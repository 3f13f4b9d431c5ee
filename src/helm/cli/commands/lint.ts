/**
 * `helm lint PATH` (helm/helm cmd/helm/lint.go, pkg/lint/rules): `==> Linting PATH`, one
 * `[SEVERITY] path: message` line per finding, a blank line, then
 * `N chart(s) linted, M chart(s) failed` (an error when any failed).
 */
import { flag } from '../../../kubectl/index.js';
import { renderChart } from '../../render.js';
import { splitManifests } from '../../manifests.js';
import { parseYaml } from '../../yaml/parse.js';
import { funcEnv } from '../../release/index.js';
import { loadLocal } from '../../repo/locate.js';
import { fail, userValues, VALUE_FLAGS } from '../common.js';
import type { HelmCommand, HelmContext } from '../types.js';
import { HELP_TEXT } from '../help-text.js';

type Severity = 'INFO' | 'WARNING' | 'ERROR';
interface Finding { sev: Severity; path: string; msg: string }

function lintOne(ctx: HelmContext, path: string, values: Record<string, unknown>): Finding[] {
  const f = ctx.session.files;
  const out: Finding[] = [];
  if (!f.stat(f.join(path, 'Chart.yaml')) && f.stat(path) === 'dir') {
    return [{ sev: 'ERROR', path: 'Chart.yaml', msg: 'file does not exist' }];
  }
  const loaded = loadLocal(f, path);
  if (!loaded.ok) return [{ sev: 'ERROR', path: 'Chart.yaml', msg: loaded.error.replace(/^validation: chart\.metadata\./, '') }];
  const c = loaded.chart;
  if (!c.metadata.icon) out.push({ sev: 'INFO', path: 'Chart.yaml', msg: 'icon is recommended' });
  if (!['v1', 'v2'].includes(c.metadata.apiVersion)) out.push({ sev: 'ERROR', path: 'Chart.yaml', msg: `apiVersion '${c.metadata.apiVersion}' is not valid. The value must be either "v1" or "v2"` });
  if (!c.raw.some((x) => x.name === 'values.yaml')) out.push({ sev: 'INFO', path: 'values.yaml', msg: 'file does not exist' });
  const r = renderChart(c, values, { release: { name: 'test-release', namespace: ctx.namespace, revision: 1, isInstall: true }, env: funcEnv(ctx.session.cluster), skipSchemaValidation: flag.bool(ctx.parsed, 'skip-schema-validation') });
  if (!r.ok) {
    const schema = r.error.startsWith("values don't meet the specifications");
    out.push({ sev: 'ERROR', path: schema ? 'values.yaml' : 'templates/', msg: r.error });
    return out;
  }
  for (const [name, text] of r.files) {
    if (name.endsWith('NOTES.txt')) continue;
    for (const doc of splitManifests(text)) {
      const p = parseYaml(doc);
      if (!p.ok) out.push({ sev: 'ERROR', path: name.slice(name.indexOf('/') + 1), msg: `unable to parse YAML: error converting YAML to JSON: ${p.error}` });
    }
  }
  return out;
}

export const lintCommand: HelmCommand = {
  name: 'lint',
  use: 'lint PATH',
  short: 'examine a chart for possible issues',
  long: HELP_TEXT.longLintHelp,
  flags: [
    ...VALUE_FLAGS,
    { name: 'strict', type: 'bool', usage: 'fail on lint warnings' },
    { name: 'quiet', type: 'bool', usage: 'print only warnings and errors' },
    { name: 'with-subcharts', type: 'bool', usage: 'lint dependent charts' },
    { name: 'skip-schema-validation', type: 'bool', usage: 'if set, disables JSON schema validation' },
    { name: 'kube-version', type: 'string', usage: 'Kubernetes version used for capabilities and deprecation checks' },
  ],
  run(ctx) {
    const paths = ctx.args.length ? ctx.args : ['.'];
    const vals = userValues(ctx);
    if (!vals.ok) return fail(ctx, vals.error);
    const strict = flag.bool(ctx.parsed, 'strict');
    const quiet = flag.bool(ctx.parsed, 'quiet');
    let failed = 0;
    let text = '';
    for (const p of paths) {
      const found = lintOne(ctx, p, vals.values);
      const bad = found.some((x) => x.sev === 'ERROR' || (strict && x.sev === 'WARNING'));
      if (quiet && !found.some((x) => x.sev !== 'INFO')) continue;
      text += `==> Linting ${p}\n`;
      for (const x of found) if (!quiet || x.sev !== 'INFO') text += `[${x.sev}] ${x.path}: ${x.msg}\n`;
      if (bad) failed++;
      text += '\n';
    }
    ctx.io.out(text);
    const summary = `${paths.length} chart(s) linted, ${failed} chart(s) failed`;
    if (failed > 0) return fail(ctx, summary);
    ctx.io.out(`${summary}\n`);
    return 0;
  },
};
