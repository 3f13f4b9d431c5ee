/** `helm package [CHART_PATH] [...]` (helm/helm cmd/helm/package.go, pkg/action/package.go). */
import { flag } from '../../../kubectl/index.js';
import { loadLocal } from '../../repo/locate.js';
import { packageChart } from '../../repo/package.js';
import { fail, minArgs } from '../common.js';
import type { HelmCommand } from '../types.js';
import { HELP_TEXT } from '../help-text.js';

export const packageCommand: HelmCommand = {
  name: 'package',
  use: 'package [CHART_PATH] [...]',
  short: 'package a chart directory into a chart archive',
  long: HELP_TEXT.packageDesc,
  flags: [
    { name: 'destination', shorthand: 'd', type: 'string', default: '.', usage: 'location to write the chart.' },
    { name: 'version', type: 'string', usage: 'set the version on the chart to this semver version' },
    { name: 'app-version', type: 'string', usage: 'set the appVersion on the chart to this version' },
    { name: 'dependency-update', shorthand: 'u', type: 'bool', usage: `update dependencies from "Chart.yaml" to dir "charts/" before packaging` },
  ],
  args: minArgs(1),
  run(ctx) {
    const f = ctx.session.files;
    for (const dir of ctx.args) {
      if (f.stat(dir) !== 'dir') {
        if (!f.stat(dir)) return fail(ctx, `stat ${dir}: no such file or directory`);
        return fail(ctx, `${JSON.stringify(dir)} is not a directory`);
      }
      const loaded = loadLocal(f, dir);
      if (!loaded.ok) return fail(ctx, loaded.error);
      const chart = loaded.chart;
      if (ctx.parsed.changed.has('version')) chart.metadata = { ...chart.metadata, version: flag.str(ctx.parsed, 'version') };
      if (ctx.parsed.changed.has('app-version')) chart.metadata = { ...chart.metadata, appVersion: flag.str(ctx.parsed, 'app-version') };
      const pkg = packageChart(chart, Math.floor(ctx.session.cluster.now() / 1000));
      const destFlag = flag.str(ctx.parsed, 'destination');
      const dest = destFlag === '.' ? pkg.fileName : f.join(destFlag, pkg.fileName);
      const w = f.writeBytes(dest, pkg.data);
      if (!w.ok) return fail(ctx, w.error);
      const shown = destFlag === '.' ? `${f.cwd()}/${pkg.fileName}` : dest;
      ctx.io.out(`Successfully packaged chart and saved it to: ${shown}\n`);
    }
    return 0;
  },
};
