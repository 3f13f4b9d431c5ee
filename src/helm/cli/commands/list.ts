/**
 * `helm list` (helm/helm cmd/helm/list.go, pkg/action/list.go): the latest revision of each
 * release, deployed and failed by default, sorted by name; UPDATED as Go's time.Time.String().
 */
import { flag } from '../../../kubectl/index.js';
import { chartLabel, goTimeString, parseStored, type Release } from '../../release/index.js';
import { toYaml } from '../../funcs/helm.js';
import { fail, noArgs, OUTPUT_FLAG } from '../common.js';
import { uitable } from '../table.js';
import type { HelmCommand } from '../types.js';
import { HELP_TEXT } from '../help-text.js';

const STATE_FLAGS: [string, string[]][] = [
  ['deployed', ['deployed']], ['failed', ['failed']], ['pending', ['pending-install', 'pending-upgrade', 'pending-rollback']],
  ['superseded', ['superseded']], ['uninstalled', ['uninstalled']], ['uninstalling', ['uninstalling']],
];

export const listCommand: HelmCommand = {
  name: 'list',
  aliases: ['ls'],
  use: 'list',
  short: 'list releases',
  long: HELP_TEXT.listHelp,
  flags: [
    { name: 'all', shorthand: 'a', type: 'bool', usage: 'show all releases without any filter applied' },
    { name: 'all-namespaces', shorthand: 'A', type: 'bool', usage: 'list releases across all namespaces' },
    { name: 'date', shorthand: 'd', type: 'bool', usage: 'sort by release date' },
    { name: 'reverse', shorthand: 'r', type: 'bool', usage: 'reverse the sort order' },
    { name: 'short', shorthand: 'q', type: 'bool', usage: 'output short (quiet) listing format' },
    { name: 'no-headers', type: 'bool', usage: "don't print headers when using the default output format" },
    { name: 'filter', shorthand: 'f', type: 'string', usage: 'a regular expression (Perl compatible). Any releases that match the expression will be included in the results' },
    { name: 'max', shorthand: 'm', type: 'int', default: 256, usage: 'maximum number of releases to fetch' },
    { name: 'offset', type: 'int', usage: 'next release index in the list, used to offset from start value' },
    { name: 'time-format', type: 'string', usage: 'format time using golang time formatter. Example: --time-format "2006-01-02 15:04:05Z0700"' },
    ...STATE_FLAGS.map(([n]) => ({ name: n, type: 'bool' as const, usage: n === 'deployed' ? 'show deployed releases. If no other is specified, this will be automatically enabled' : `show ${n} releases` })),
    OUTPUT_FLAG,
  ],
  args: noArgs,
  run(ctx) {
    const p = ctx.parsed;
    const ns = flag.bool(p, 'all-namespaces') ? undefined : ctx.namespace;
    const q = ctx.actions.storage.list(ns);
    if (!q.ok) return fail(ctx, q.error);
    let filter: RegExp | undefined;
    try {
      filter = flag.str(p, 'filter') ? new RegExp(flag.str(p, 'filter')) : undefined;
    } catch {
      return fail(ctx, `error parsing regexp: invalid filter ${JSON.stringify(flag.str(p, 'filter'))}`);
    }
    const latest = new Map<string, Release>();
    for (const r of q.releases) {
      if (filter && !filter.test(r.name)) continue;
      const k = `${r.namespace}/${r.name}`;
      const cur = latest.get(k);
      if (!cur || cur.version < r.version) latest.set(k, r);
    }
    let wanted = new Set<string>(STATE_FLAGS.filter(([n]) => flag.bool(p, n)).flatMap(([, s]) => s));
    if (wanted.size === 0) wanted = new Set(['deployed', 'failed']);
    let rels = [...latest.values()].filter((r) => flag.bool(p, 'all') || wanted.has(r.info.status));
    const updated = (r: Release): number => parseStored(r.info.last_deployed) ?? 0;
    rels.sort((a, b) => (flag.bool(p, 'date') ? updated(a) - updated(b) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (flag.bool(p, 'reverse')) rels.reverse();
    rels = rels.slice(flag.int(p, 'offset'), flag.int(p, 'max') > 0 ? flag.int(p, 'offset') + flag.int(p, 'max') : undefined);
    const out = flag.str(p, 'output');
    if (flag.bool(p, 'short')) {
      ctx.io.out(rels.map((r) => `${r.name}\n`).join(''));
      return 0;
    }
    const rows = rels.map((r) => ({
      name: r.name, namespace: r.namespace, revision: String(r.version), updated: goTimeString(updated(r)),
      status: r.info.status, chart: chartLabel(r), app_version: r.chart.metadata.appVersion ?? '',
    }));
    if (out === 'json') ctx.io.out(`${JSON.stringify(rows)}\n`);
    else if (out === 'yaml') ctx.io.out(`${rows.length ? toYaml(rows) : '[]'}\n`);
    else if (out === 'table') {
      const table = rows.map((r) => [r.name, r.namespace, r.revision, r.updated, r.status, r.chart, r.app_version]);
      if (!flag.bool(p, 'no-headers')) table.unshift(['NAME', 'NAMESPACE', 'REVISION', 'UPDATED', 'STATUS', 'CHART', 'APP VERSION']);
      ctx.io.out(table.length ? uitable(table) : '\n');
    } else return fail(ctx, `invalid format type`);
    return 0;
  },
};
