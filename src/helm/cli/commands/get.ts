/** `helm get values|manifest|notes|hooks|all RELEASE_NAME` (helm/helm cmd/helm/get_*.go). */
import { flag, type FlagSpec } from '../../../kubectl/index.js';
import { coalesceValues } from '../../chart/values.js';
import type { Chart } from '../../chart/types.js';
import type { Release } from '../../release/index.js';
import { exactArgs, fail, OUTPUT_FLAG } from '../common.js';
import { toYaml } from '../../funcs/helm.js';
import { releaseText, valuesYaml } from '../print-release.js';
import type { HelmCommand, HelmContext } from '../types.js';
import { HELP_TEXT } from '../help-text.js';

const REVISION: FlagSpec = { name: 'revision', type: 'int', usage: 'get the named release with revision' };

function load(ctx: HelmContext): Release | undefined {
  const rev = flag.int(ctx.parsed, 'revision');
  const s = ctx.actions.storage;
  return rev > 0 ? s.get(ctx.args[0], ctx.namespace, rev) : s.last(ctx.args[0], ctx.namespace);
}

function sub(name: string, short: string, long: string, extra: FlagSpec[], print: (ctx: HelmContext, r: Release) => string): HelmCommand {
  return {
    name, use: `${name} RELEASE_NAME`, short, long, flags: [REVISION, ...extra], args: exactArgs(1),
    run(ctx) {
      const r = load(ctx);
      if (!r) return fail(ctx, 'release: not found');
      ctx.io.out(print(ctx, r));
      return 0;
    },
  };
}

const hooksText = (r: Release): string => (r.hooks ?? []).map((h) => `---\n# Source: ${h.path}\n${h.manifest}\n`).join('');

export const getCommand: HelmCommand = {
  name: 'get',
  use: 'get',
  short: 'download extended information of a named release',
  long: HELP_TEXT.getHelp,
  subcommands: [
    sub('values', 'download the values file for a named release', HELP_TEXT.getValuesHelp,
      [{ name: 'all', shorthand: 'a', type: 'bool', usage: 'dump all (computed) values' }, { name: 'output', shorthand: 'o', type: 'string', default: 'table', usage: 'prints the output in the specified format. Allowed values: table, json, yaml' }],
      (ctx, r) => {
        const all = flag.bool(ctx.parsed, 'all');
        const chart = { metadata: r.chart.metadata, values: r.chart.values ?? {}, dependencies: [], templates: [], files: [], raw: [] } as unknown as Chart;
        const vals = all ? coalesceValues(chart, r.config ?? {}) : r.config;
        const out = flag.str(ctx.parsed, 'output');
        if (out === 'json') return `${JSON.stringify(vals ?? null)}\n`;
        if (out === 'yaml') return valuesYaml(vals);
        return `${all ? 'COMPUTED VALUES' : 'USER-SUPPLIED VALUES'}:\n${valuesYaml(vals)}`;
      }),
    sub('manifest', 'download the manifest for a named release', HELP_TEXT.getManifestHelp, [], (_c, r) => `${r.manifest ?? ''}\n`),
    sub('notes', 'download the notes for a named release', HELP_TEXT.getNotesHelp, [], (_c, r) => (r.info.notes ? `NOTES:\n${r.info.notes}\n` : '')),
    sub('hooks', 'download all hooks for a named release', HELP_TEXT.getHooksHelp, [], (_c, r) => hooksText(r)),
    sub('metadata', 'This command fetches metadata for a given release', 'This command fetches metadata for a given release', [OUTPUT_FLAG], (ctx, r) => {
      // get_metadata.go metadataWriter; annotations as labels.Set.String() (sorted k=v, commas).
      const md = r.chart.metadata;
      const ann = Object.keys(md.annotations ?? {}).sort().map((k) => `${k}=${md.annotations![k]}`).join(',');
      const deps = (md.dependencies ?? []).map((d) => d.alias || d.name).sort().join(',');
      const meta = { name: r.name, chart: md.name, version: md.version, appVersion: md.appVersion ?? '', annotations: md.annotations, dependencies: md.dependencies, namespace: r.namespace, revision: r.version, status: r.info.status, deployedAt: r.info.last_deployed };
      const out = flag.str(ctx.parsed, 'output');
      if (out === 'json') return `${JSON.stringify(meta)}\n`;
      if (out === 'yaml') return `${toYaml(JSON.parse(JSON.stringify(meta)))}\n`;
      return `NAME: ${r.name}\nCHART: ${md.name}\nVERSION: ${md.version}\nAPP_VERSION: ${md.appVersion ?? ''}\nANNOTATIONS: ${ann}\nDEPENDENCIES: ${deps}\nNAMESPACE: ${r.namespace}\nREVISION: ${r.version}\nSTATUS: ${r.info.status}\nDEPLOYED_AT: ${r.info.last_deployed}\n`;
    }),
    sub('all', 'download all information for a named release', HELP_TEXT.getAllHelp, [{ name: 'template', type: 'string', usage: 'go template for formatting the output, eg: {{.Release.Name}}' }], (_c, r) => releaseText(r, { debug: true, showMetadata: true })),
  ],
};
