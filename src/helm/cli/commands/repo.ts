/**
 * `helm repo add|list|update|remove|index` (helm/helm cmd/helm/repo_*.go) over offline
 * repositories: the bundled `kubedojo-examples` URL, or a workspace folder (path or file://)
 * holding an index.yaml. Anything else cannot be reached, as without a network.
 */
import { flag } from '../../../kubectl/index.js';
import { fetchIndex } from '../../repo/fetch.js';
import { addToIndex, indexYaml, newIndex, parseIndex } from '../../repo/index-file.js';
import { loadArchive } from '../../repo/locate.js';
import { rfc3339Nano } from '../../release/index.js';
import { exactArgs, fail, minArgs, noArgs, OUTPUT_FLAG, rangeArgs } from '../common.js';
import { uitable } from '../table.js';
import type { HelmCommand } from '../types.js';
import { HELP_TEXT } from '../help-text.js';

const add: HelmCommand = {
  name: 'add', use: 'add [NAME] [URL]', short: 'add a chart repository', long: 'add a chart repository',
  flags: [
    { name: 'force-update', type: 'bool', usage: 'replace (overwrite) the repo if it already exists' },
    { name: 'no-update', type: 'bool', usage: 'Ignored. Formerly, it would disabled forced updates. It is deprecated by force-update.' },
    { name: 'username', type: 'string', usage: 'chart repository username' },
    { name: 'password', type: 'string', usage: 'chart repository password' },
  ],
  args: exactArgs(2),
  run(ctx) {
    const [name, url] = ctx.args;
    if (name.includes('/')) return fail(ctx, `repository name (${name}) contains '/', please specify a different name without '/'`);
    const repos = ctx.session.repos.repos;
    const existing = repos.find((r) => r.name === name);
    if (existing && !flag.bool(ctx.parsed, 'force-update')) {
      if (existing.url === url) {
        ctx.io.out(`${JSON.stringify(name)} already exists with the same configuration, skipping\n`);
        return 0;
      }
      return fail(ctx, `repository name (${name}) already exists, please specify a different name`);
    }
    const idx = fetchIndex(ctx.session.files, url);
    if (!idx.ok) return fail(ctx, idx.error);
    if (existing) {
      existing.url = url;
      existing.index = idx.index;
    } else repos.push({ name, url, index: idx.index });
    ctx.io.out(`${JSON.stringify(name)} has been added to your repositories\n`);
    return 0;
  },
};

const list: HelmCommand = {
  name: 'list', aliases: ['ls'], use: 'list', short: 'list chart repositories', long: 'list chart repositories', flags: [OUTPUT_FLAG], args: noArgs,
  run(ctx) {
    const repos = ctx.session.repos.repos;
    if (repos.length === 0) return fail(ctx, 'no repositories to show');
    const out = flag.str(ctx.parsed, 'output');
    if (out === 'json') ctx.io.out(`${JSON.stringify(repos.map((r) => ({ name: r.name, url: r.url })))}\n`);
    else ctx.io.out(uitable([['NAME', 'URL'], ...repos.map((r) => [r.name, r.url])]));
    return 0;
  },
};

const update: HelmCommand = {
  name: 'update', aliases: ['up'], use: 'update [REPO1 [REPO2 ...]]', short: 'update information of available charts locally from chart repositories',
  long: HELP_TEXT.updateDesc,
  flags: [{ name: 'fail-on-repo-update-fail', type: 'bool', usage: 'update fails if any of the repository updates fail' }],
  run(ctx) {
    const repos = ctx.session.repos.repos;
    if (repos.length === 0) return fail(ctx, 'no repositories found. You must add one before updating');
    for (const n of ctx.args) if (!repos.some((r) => r.name === n)) return fail(ctx, `no repositories found matching '${n}'.  Nothing will be updated`);
    ctx.io.out('Hang tight while we grab the latest from your chart repositories...\n');
    for (const r of repos) {
      if (ctx.args.length && !ctx.args.includes(r.name)) continue;
      const idx = fetchIndex(ctx.session.files, r.url);
      if (idx.ok) {
        r.index = idx.index;
        ctx.io.out(`...Successfully got an update from the ${JSON.stringify(r.name)} chart repository\n`);
      } else ctx.io.out(`...Unable to get an update from the ${JSON.stringify(r.name)} chart repository (${r.url}):\n\t${idx.error}\n`);
    }
    ctx.io.out('Update Complete. ⎈Happy Helming!⎈\n');
    return 0;
  },
};

const remove: HelmCommand = {
  name: 'remove', aliases: ['rm'], use: 'remove [REPO1 [REPO2 ...]]', short: 'remove one or more chart repositories', long: 'remove one or more chart repositories', args: minArgs(1),
  run(ctx) {
    const repos = ctx.session.repos.repos;
    for (const n of ctx.args) {
      const i = repos.findIndex((r) => r.name === n);
      if (i < 0) return fail(ctx, `no repo named ${JSON.stringify(n)} found`);
      repos.splice(i, 1);
      ctx.io.out(`${JSON.stringify(n)} has been removed from your repositories\n`);
    }
    return 0;
  },
};

const index: HelmCommand = {
  name: 'index', use: 'index [DIR]', short: 'generate an index file given a directory containing packaged charts',
  long: HELP_TEXT.repoIndexDesc,
  flags: [
    { name: 'url', type: 'string', usage: 'url of chart repository' },
    { name: 'merge', type: 'string', usage: 'merge the generated index into the given index' },
    { name: 'json', type: 'bool', usage: 'output in JSON format' },
  ],
  args: exactArgs(1),
  run(ctx) {
    const f = ctx.session.files;
    const dir = ctx.args[0];
    if (f.stat(dir) !== 'dir') return fail(ctx, `stat ${dir}: no such file or directory`);
    const now = rfc3339Nano(ctx.session.cluster.now());
    let idx = newIndex(now);
    const mergeFrom = flag.str(ctx.parsed, 'merge');
    if (mergeFrom) {
      const r = f.read(mergeFrom);
      if (r.ok) {
        const p = parseIndex(r.data);
        if (p.ok) idx = { ...p.index, generated: now };
      }
    }
    for (const name of f.list(dir)) {
      if (!name.endsWith('.tgz')) continue;
      const b = f.readBytes(f.join(dir, name));
      if (!b.ok) continue;
      const c = loadArchive(b.data);
      if (!c.ok) continue;
      const list = idx.entries[c.chart.metadata.name];
      if (list) idx.entries[c.chart.metadata.name] = list.filter((v) => v.version !== c.chart.metadata.version);
      addToIndex(idx, c.chart.metadata, name, flag.str(ctx.parsed, 'url'), b.data, now);
    }
    const w = f.write(f.join(dir, 'index.yaml'), indexYaml(idx));
    return w.ok ? 0 : fail(ctx, w.error);
  },
};

export const repoCommand: HelmCommand = {
  name: 'repo',
  use: 'repo add|remove|list|index|update [ARGS]',
  short: 'add, list, remove, update, and index chart repositories',
  long: HELP_TEXT.repoHelm,
  args: rangeArgs(0, 0),
  subcommands: [add, index, list, remove, update],
};
