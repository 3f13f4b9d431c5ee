/**
 * `helm dependency list|update|build CHART` (helm/helm cmd/helm/dependency*.go) for local
 * (`file://`) dependencies and added repositories: archives are written into charts/.
 */
import { createHash } from 'node:crypto';
import { emitYaml } from '../../yaml/emit.js';
import { rfc3339Nano } from '../../release/index.js';
import type { Chart, ChartDependency } from '../../chart/types.js';
import { findVersion, fetchArchive, loadLocal } from '../../repo/locate.js';
import { packageChart } from '../../repo/package.js';
import { fail, maxArgs } from '../common.js';
import { uitable } from '../table.js';
import type { HelmCommand, HelmContext } from '../types.js';
import { HELP_TEXT } from '../help-text.js';

function chartAt(ctx: HelmContext): { ok: true; chart: Chart; dir: string } | { ok: false; error: string } {
  const dir = ctx.args[0] ?? '.';
  const r = loadLocal(ctx.session.files, dir);
  return r.ok ? { ok: true, chart: r.chart, dir } : r;
}

/** Fetches one dependency's archive: `file://../x` packaged on the fly, or from an added repo. */
function fetchDep(ctx: HelmContext, dir: string, d: ChartDependency): { ok: true; name: string; data: Uint8Array } | { ok: false; error: string } {
  const f = ctx.session.files;
  const repo = d.repository ?? '';
  if (repo.startsWith('file://')) {
    const loaded = loadLocal(f, f.join(dir, repo.slice('file://'.length)));
    if (!loaded.ok) return { ok: false, error: `directory ${f.join(dir, repo.slice('file://'.length))} not found` };
    const pkg = packageChart(loaded.chart, Math.floor(ctx.session.cluster.now() / 1000));
    return { ok: true, name: pkg.fileName, data: pkg.data };
  }
  const entry = ctx.session.repos.repos.find((r) => r.url === repo || `@${r.name}` === repo || `alias:${r.name}` === repo);
  if (!entry) return { ok: false, error: `no repository definition for ${repo}. Please add the missing repos via 'helm repo add'` };
  const v = findVersion(entry, d.name, d.version && !/[<>=^~*xX| ]/.test(d.version) ? d.version : '');
  if (!v) return { ok: false, error: `can't get a valid version for repositories ${d.name}. Try changing the version constraint in Chart.yaml` };
  const a = fetchArchive(f, entry, v);
  return a.ok ? { ok: true, name: `${d.name}-${v.version}.tgz`, data: a.data } : a;
}

/** downloader.Manager.Update: refresh referenced repositories, save each dependency, Chart.lock. */
function update(ctx: HelmContext): number {
  const c = chartAt(ctx);
  if (!c.ok) return fail(ctx, c.error);
  const deps = c.chart.metadata.dependencies ?? [];
  const f = ctx.session.files;
  const remote = deps.some((d) => d.repository && !d.repository.startsWith('file://'));
  if (remote && ctx.session.repos.repos.length) {
    ctx.io.out('Hang tight while we grab the latest from your chart repositories...\n');
    for (const r of ctx.session.repos.repos) ctx.io.out(`...Successfully got an update from the ${JSON.stringify(r.name)} chart repository\n`);
    ctx.io.out('Update Complete. ⎈Happy Helming!⎈\n');
  }
  ctx.io.out(`Saving ${deps.length} charts\n`);
  const charts = f.join(c.dir, 'charts');
  f.mkdir(charts);
  const lock: Record<string, unknown>[] = [];
  const saved: string[] = [];
  for (const d of deps) {
    const local = (d.repository ?? '').startsWith('file://');
    ctx.io.out(`${local ? 'Archiving' : 'Downloading'} ${d.name} from repo ${d.repository ?? ''}\n`);
    const got = fetchDep(ctx, c.dir, d);
    if (!got.ok) return fail(ctx, got.error);
    const w = f.writeBytes(f.join(charts, got.name), got.data);
    if (!w.ok) return fail(ctx, w.error);
    saved.push(got.name);
    lock.push({ name: d.name, repository: d.repository ?? '', version: got.name.slice(d.name.length + 1, -'.tgz'.length) });
  }
  ctx.io.out('Deleting outdated charts\n');
  const digest = createHash('sha256').update(JSON.stringify([deps, lock])).digest('hex');
  f.write(f.join(c.dir, 'Chart.lock'), emitYaml({ dependencies: lock, digest: `sha256:${digest}`, generated: rfc3339Nano(ctx.session.cluster.now()) }));
  return 0;
}

const list: HelmCommand = {
  name: 'list', aliases: ['ls'], use: 'list CHART', short: 'list the dependencies for the given chart',
  long: HELP_TEXT.dependencyListDesc,
  args: maxArgs(1),
  run(ctx) {
    const c = chartAt(ctx);
    if (!c.ok) return fail(ctx, c.error);
    const deps = c.chart.metadata.dependencies ?? [];
    if (!deps.length) {
      ctx.io.out(`WARNING: no dependencies at ${ctx.session.files.join(c.dir, 'charts')}\n`);
      return 0;
    }
    const f = ctx.session.files;
    const dir = f.join(c.dir, 'charts');
    const entries = f.stat(dir) === 'dir' ? f.list(dir) : [];
    // action/dependency.go dependencyStatus: an archive is "ok", a directory "unpacked".
    const status = (name: string): string => {
      if (entries.some((x) => x.startsWith(`${name}-`) && x.endsWith('.tgz'))) return 'ok';
      return entries.includes(name) && f.stat(f.join(dir, name)) === 'dir' ? 'unpacked' : 'missing';
    };
    const rows = deps.map((d) => [d.name, d.version ?? '', d.repository ?? '', status(d.name)]);
    ctx.io.out(`${uitable([['NAME', 'VERSION', 'REPOSITORY', 'STATUS'], ...rows])}\n`);
    return 0;
  },
};

export const dependencyCommand: HelmCommand = {
  name: 'dependency',
  aliases: ['dep', 'dependencies'],
  use: 'dependency update|build|list',
  short: "manage a chart's dependencies",
  long: HELP_TEXT.dependencyDesc,
  subcommands: [
    { name: 'build', use: 'build CHART', short: 'rebuild the charts/ directory based on the Chart.lock file', long: HELP_TEXT.dependencyBuildDesc, args: maxArgs(1), run: update },
    list,
    { name: 'update', aliases: ['up'], use: 'update CHART', short: 'update charts/ based on the contents of Chart.yaml', long: HELP_TEXT.dependencyUpDesc, args: maxArgs(1), run: update },
  ],
};
