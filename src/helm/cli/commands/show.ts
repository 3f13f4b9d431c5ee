/** `helm show chart|values|readme|all|crds [CHART]` (helm/helm cmd/helm/show.go, pkg/action/show.go). */
import { emitYaml } from '../../yaml/emit.js';
import type { Chart } from '../../chart/types.js';
import { exactArgs, fail, loadChart, VERSION_FLAG } from '../common.js';
import type { HelmCommand, HelmContext } from '../types.js';

const README = /^readme(\.(md|txt|rst))?$/i;

function chartYaml(c: Chart): string {
  const md: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c.metadata)) if (v !== undefined && v !== null && v !== '') md[k] = v;
  return emitYaml(md);
}

function valuesText(c: Chart): string {
  return c.raw.find((f) => f.name === 'values.yaml')?.data ?? '';
}

function readme(c: Chart): string | undefined {
  return c.files.find((f) => README.test(f.name))?.data;
}

const SHOWS: Record<string, { short: string; long: string; text: (c: Chart) => string }> = {
  chart: { short: "show the chart's definition", long: 'This command inspects a chart (directory, file, or URL) and displays the contents\nof the Chart.yaml file', text: chartYaml },
  values: { short: "show the chart's values", long: 'This command inspects a chart (directory, file, or URL) and displays the contents\nof the values.yaml file', text: (c) => `${valuesText(c)}` },
  readme: { short: "show the chart's README", long: 'This command inspects a chart (directory, file, or URL) and displays the contents\nof the README file', text: (c) => `${readme(c) ?? ''}\n` },
  crds: { short: "show the chart's CRDs", long: 'This command inspects a chart (directory, file, or URL) and displays the contents\nof the CustomResourceDefinition files', text: (c) => c.files.filter((f) => f.name.startsWith('crds/')).map((f) => `---\n${f.data}\n`).join('') },
  all: {
    short: 'show all information of the chart',
    long: 'This command inspects a chart (directory, file, or URL) and displays all its content\n(values.yaml, Chart.yaml, README)',
    text: (c) => {
      let t = chartYaml(c);
      const v = valuesText(c);
      if (v) t += `---\n${v}\n`;
      const r = readme(c);
      if (r) t += `---\n${r}\n`;
      return t;
    },
  },
};

function sub(name: string): HelmCommand {
  const s = SHOWS[name];
  return {
    name, use: `${name} [CHART]`, short: s.short, long: s.long, flags: [VERSION_FLAG], args: exactArgs(1),
    run(ctx: HelmContext) {
      const c = loadChart(ctx, ctx.args[0]);
      if (!c.ok) return fail(ctx, c.error);
      ctx.io.out(s.text(c.chart));
      return 0;
    },
  };
}

export const showCommand: HelmCommand = {
  name: 'show',
  aliases: ['inspect'],
  use: 'show',
  short: 'show information of a chart',
  long: 'This command consists of multiple subcommands to display information about a chart',
  subcommands: ['all', 'chart', 'readme', 'values', 'crds'].map(sub),
};
