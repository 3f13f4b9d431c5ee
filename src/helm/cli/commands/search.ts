/** `helm search repo [keyword]` (helm/helm cmd/helm/search_repo.go): latest versions, 50-column cells. */
import { flag } from '../../../kubectl/index.js';
import { compareVersions, type ChartVersionEntry } from '../../repo/index-file.js';
import { fail, maxArgs, OUTPUT_FLAG } from '../common.js';
import { uitable } from '../table.js';
import type { HelmCommand } from '../types.js';
import { HELP_TEXT } from '../help-text.js';

const repoSearch: HelmCommand = {
  name: 'repo',
  use: 'repo [keyword]',
  short: 'search repositories for a keyword in charts',
  long: HELP_TEXT.searchRepoDesc,
  flags: [
    { name: 'versions', shorthand: 'l', type: 'bool', usage: 'show the long listing, with each version of each chart on its own line, for repositories you have added' },
    { name: 'devel', type: 'bool', usage: "use development versions (alpha, beta, and release candidate releases), too. Equivalent to version '>0.0.0-0'. If --version is set, this is ignored" },
    { name: 'regexp', shorthand: 'r', type: 'bool', usage: 'use regular expressions for searching repositories you have added' },
    { name: 'max-col-width', type: 'int', default: 50, usage: 'maximum column width for output table' },
    { name: 'version', type: 'string', usage: 'search using semantic versioning constraints on repositories you have added' },
    OUTPUT_FLAG,
  ],
  args: maxArgs(1),
  run(ctx) {
    const repos = ctx.session.repos.repos;
    if (repos.length === 0) return fail(ctx, 'no repositories configured');
    const kw = (ctx.args[0] ?? '').toLowerCase();
    const all = flag.bool(ctx.parsed, 'versions');
    const devel = flag.bool(ctx.parsed, 'devel');
    const hits: { name: string; v: ChartVersionEntry }[] = [];
    for (const r of repos) {
      for (const [chart, versions] of Object.entries(r.index.entries)) {
        const sorted = [...versions].filter((v) => devel || !v.version.includes('-')).sort((a, b) => compareVersions(a.version, b.version));
        for (const v of all ? sorted : sorted.slice(0, 1)) {
          const hay = `${r.name}/${chart} ${v.description ?? ''} ${(v.keywords ?? []).join(' ')}`.toLowerCase();
          if (kw && !hay.includes(kw)) continue;
          hits.push({ name: `${r.name}/${chart}`, v });
        }
      }
    }
    hits.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : compareVersions(a.v.version, b.v.version)));
    if (hits.length === 0) {
      ctx.io.out('No results found\n');
      return 0;
    }
    const rows = hits.map((h) => [h.name, h.v.version, h.v.appVersion ?? '', h.v.description ?? '']);
    if (flag.str(ctx.parsed, 'output') === 'json') {
      ctx.io.out(`${JSON.stringify(rows.map(([name, version, app_version, description]) => ({ name, version, app_version, description })))}\n`);
      return 0;
    }
    ctx.io.out(uitable([['NAME', 'CHART VERSION', 'APP VERSION', 'DESCRIPTION'], ...rows], flag.int(ctx.parsed, 'max-col-width')));
    return 0;
  },
};

/** Artifact Hub is on the internet, which the simulator does not reach. */
const hubSearch: HelmCommand = {
  name: 'hub',
  use: 'hub [KEYWORD]',
  short: 'search for charts in the Artifact Hub or your own hub instance',
  long: HELP_TEXT.searchHubDesc,
  flags: [{ name: 'endpoint', type: 'string', default: 'https://hub.helm.sh', usage: 'Hub instance to query for charts' }],
  run(ctx) {
    const endpoint = flag.str(ctx.parsed, 'endpoint').replace(/\/+$/, '');
    const host = /^[a-z]+:\/\/([^/:]+)/i.exec(endpoint)?.[1] ?? endpoint;
    return fail(ctx, `unable to perform search against ${JSON.stringify(endpoint)}: Get "${endpoint}/api/chartsvc/v1/charts/search?q=${encodeURIComponent(ctx.args.join(' '))}": dial tcp: lookup ${host}: no such host`);
  },
};

export const searchCommand: HelmCommand = {
  name: 'search',
  use: 'search [keyword]',
  short: 'search for a keyword in charts',
  long: HELP_TEXT.searchDesc,
  subcommands: [hubSearch, repoSearch],
};
