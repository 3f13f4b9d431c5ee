/** `helm pull [chart URL | repo/chartname]` (helm/helm cmd/helm/pull.go): writes NAME-VERSION.tgz. */
import { flag } from '../../../kubectl/index.js';
import { fetchArchive, findVersion } from '../../repo/locate.js';
import { fail, minArgs, VERSION_FLAG } from '../common.js';
import type { HelmCommand } from '../types.js';
import { HELP_TEXT } from '../help-text.js';

export const pullCommand: HelmCommand = {
  name: 'pull',
  aliases: ['fetch'],
  use: 'pull [chart URL | repo/chartname] [...]',
  short: 'download a chart from a repository and (optionally) unpack it in local directory',
  long: HELP_TEXT.pullDesc,
  flags: [VERSION_FLAG, { name: 'destination', shorthand: 'd', type: 'string', default: '.', usage: 'location to write the chart. If this and untardir are specified, untardir is appended to this' }],
  args: minArgs(1),
  run(ctx) {
    const f = ctx.session.files;
    for (const ref of ctx.args) {
      const slash = ref.indexOf('/');
      const repo = slash > 0 ? ctx.session.repos.repos.find((r) => r.name === ref.slice(0, slash)) : undefined;
      if (!repo) return fail(ctx, slash > 0 ? `repo ${ref.slice(0, slash)} not found` : `non-absolute URLs should be in form of repo_name/path_to_chart, got: ${ref}`);
      const chart = ref.slice(slash + 1);
      const v = findVersion(repo, chart, flag.str(ctx.parsed, 'version'));
      if (!v) return fail(ctx, `chart "${chart}" not found in ${repo.name} index. (try 'helm repo update'): no chart name found`);
      const a = fetchArchive(f, repo, v);
      if (!a.ok) return fail(ctx, a.error);
      const dest = flag.str(ctx.parsed, 'destination');
      const w = f.writeBytes(f.join(dest, `${chart}-${v.version}.tgz`), a.data);
      if (!w.ok) return fail(ctx, w.error);
    }
    return 0;
  },
};
