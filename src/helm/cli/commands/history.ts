/** `helm history RELEASE_NAME` (helm/helm cmd/helm/history.go): oldest first, UPDATED in ANSIC. */
import { flag } from '../../../kubectl/index.js';
import { toYaml } from '../../funcs/helm.js';
import { ansic, chartLabel, goTimeString, parseStored, validateReleaseName } from '../../release/index.js';
import { exactArgs, fail, OUTPUT_FLAG } from '../common.js';
import { uitable } from '../table.js';
import type { HelmCommand } from '../types.js';
import { HELP_TEXT } from '../help-text.js';

export const historyCommand: HelmCommand = {
  name: 'history',
  aliases: ['hist'],
  use: 'history RELEASE_NAME',
  short: 'fetch release history',
  long: HELP_TEXT.historyHelp,
  flags: [
    { name: 'max', type: 'int', default: 256, usage: 'maximum number of revision to include in history' },
    OUTPUT_FLAG,
  ],
  args: exactArgs(1),
  run(ctx) {
    const name = ctx.args[0];
    if (validateReleaseName(name)) return fail(ctx, `release name is invalid: ${name}`);
    let h = ctx.actions.storage.history(name, ctx.namespace);
    if (h.length === 0) return fail(ctx, 'release: not found');
    const max = flag.int(ctx.parsed, 'max');
    if (max > 0 && h.length > max) h = h.slice(h.length - max);
    const out = flag.str(ctx.parsed, 'output');
    if (out === 'json' || out === 'yaml') {
      const rows = h.map((r) => ({
        revision: r.version, updated: goTimeString(parseStored(r.info.last_deployed) ?? 0).replace(/^(\S+) (\S+) \+0000 UTC$/, '$1T$2Z'),
        status: r.info.status, chart: chartLabel(r), app_version: r.chart.metadata.appVersion ?? '', description: r.info.description,
      }));
      ctx.io.out(out === 'json' ? `${JSON.stringify(rows)}\n` : `${toYaml(rows)}\n`);
      return 0;
    }
    const rows = h.map((r) => [String(r.version), ansic(parseStored(r.info.last_deployed) ?? 0), r.info.status, chartLabel(r), r.chart.metadata.appVersion ?? '', r.info.description]);
    ctx.io.out(uitable([['REVISION', 'UPDATED', 'STATUS', 'CHART', 'APP VERSION', 'DESCRIPTION'], ...rows]));
    return 0;
  },
};
