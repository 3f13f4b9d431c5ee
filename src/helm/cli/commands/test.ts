/** `helm test [RELEASE]` (helm/helm cmd/helm/release_testing.go, pkg/action/release_testing.go). */
import { flag } from '../../../kubectl/index.js';
import { execHooks, validateReleaseName } from '../../release/index.js';
import { exactArgs, fail, flushWarnings } from '../common.js';
import { releaseText } from '../print-release.js';
import type { HelmCommand } from '../types.js';
import { HELP_TEXT } from '../help-text.js';

export const testCommand: HelmCommand = {
  name: 'test',
  use: 'test [RELEASE]',
  short: 'run tests for a release',
  long: HELP_TEXT.releaseTestHelp,
  flags: [
    { name: 'timeout', type: 'duration', default: 300_000, usage: 'time to wait for any individual Kubernetes operation (like Jobs for hooks)' },
    { name: 'filter', type: 'stringSlice', usage: 'specify tests by attribute (currently "name") using attribute=value syntax or \'!attribute=value\' to exclude a test (can specify multiple or separate values with commas: name=test1,name=test2)' },
    { name: 'logs', type: 'bool', usage: 'dump the logs from test pods (this runs after all tests are complete, but before any cleanup)' },
    { name: 'hide-notes', type: 'bool', usage: 'if set, do not show notes in test output. Does not affect presence in chart metadata' },
  ],
  args: exactArgs(1),
  run(ctx) {
    const name = ctx.args[0];
    if (validateReleaseName(name)) return fail(ctx, `releaseTest: Release name is invalid: ${name}`);
    const rel = ctx.actions.storage.last(name, ctx.namespace);
    if (!rel) return fail(ctx, 'release: not found');
    const include = flag.list(ctx.parsed, 'filter').filter((f) => f.startsWith('name=')).map((f) => f.slice(5));
    const exclude = flag.list(ctx.parsed, 'filter').filter((f) => /^!\s?name=/.test(f)).map((f) => f.replace(/^!\s?name=/, ''));
    const all = rel.hooks ?? [];
    const runs = all.filter((h) => (!include.length || include.includes(h.name)) && !exclude.includes(h.name));
    const skipped = all.filter((h) => !runs.includes(h));
    rel.hooks = runs;
    const err = execHooks(ctx.actions, rel, 'test', flag.ms(ctx.parsed, 'timeout'));
    rel.hooks = [...skipped, ...runs];
    ctx.actions.storage.update(rel);
    flushWarnings(ctx);
    ctx.io.out(releaseText(rel, { hideNotes: flag.bool(ctx.parsed, 'hide-notes') }));
    return err ? fail(ctx, err) : 0;
  },
};
