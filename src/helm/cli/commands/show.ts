/** `helm show chart|values|readme|all|crds [CHART]` (helm/helm cmd/helm/show.go, pkg/action/show.go). */
import { emitYaml } from '../../yaml/emit.js';
import type { Chart } from '../../chart/types.js';
import { CHART_PATH_FLAGS, exactArgs, fail, loadChart, VERSION_FLAG } from '../common.js';
import type { HelmCommand, HelmContext } from '../types.js';
import { HELP_TEXT } from '../help-text.js';

const README = /^readme(\.(md|txt|rst))?$/i;

function chartYaml(c: Chart): string {
  const md: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c.metadata)) if (v !== undefined && v !== null && v !== '') md[k] = v;
  return emitYaml(md);
}

function readme(c: Chart): string | undefined {
  return c.files.find((f) => README.test(f.name))?.data;
}

/** pkg/action/show.go Run: each part printed with a trailing newline, `---` between parts of `all`. */
function showText(c: Chart, what: string): string {
  let out = '';
  const all = what === 'all';
  if (what === 'chart' || all) out += `${chartYaml(c)}\n`;
  const values = c.raw.find((f) => f.name === 'values.yaml');
  if ((what === 'values' || all) && values) out += `${all ? '---\n' : ''}${values.data}\n`;
  const r = readme(c);
  if ((what === 'readme' || all) && r !== undefined) out += `${all ? '---\n' : ''}${r}\n`;
  const crds = c.files.filter((f) => f.name.startsWith('crds/'));
  if ((what === 'crds' || all) && crds.length) {
    if (all && !crds[0].data.startsWith('---')) out += '---\n';
    for (const f of crds) out += `${f.data}\n`;
  }
  return out;
}

const SHOWS: Record<string, { short: string; long: string }> = {
  chart: { short: "show the chart's definition", long: HELP_TEXT.showChartDesc },
  values: { short: "show the chart's values", long: HELP_TEXT.showValuesDesc },
  readme: { short: "show the chart's README", long: HELP_TEXT.readmeChartDesc },
  crds: { short: "show the chart's CRDs", long: HELP_TEXT.showCRDsDesc },
  all: { short: 'show all information of the chart', long: HELP_TEXT.showAllDesc },
};

function sub(name: string): HelmCommand {
  const s = SHOWS[name];
  return {
    name, use: `${name} [CHART]`, short: s.short, long: s.long, flags: [VERSION_FLAG, ...CHART_PATH_FLAGS], args: exactArgs(1),
    run(ctx: HelmContext) {
      const c = loadChart(ctx, ctx.args[0]);
      if (!c.ok) return fail(ctx, c.error);
      ctx.io.out(showText(c.chart, name));
      return 0;
    },
  };
}

export const showCommand: HelmCommand = {
  name: 'show',
  aliases: ['inspect'],
  use: 'show',
  short: 'show information of a chart',
  long: HELP_TEXT.showDesc,
  subcommands: ['all', 'chart', 'readme', 'values', 'crds'].map(sub),
};
