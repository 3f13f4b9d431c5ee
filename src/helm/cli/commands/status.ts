/** `helm status RELEASE_NAME` (helm/helm cmd/helm/status.go). */
import { flag } from '../../../kubectl/index.js';
import { validateReleaseName } from '../../release/index.js';
import { exactArgs, fail, OUTPUT_FLAG } from '../common.js';
import { releaseOutput } from '../print-release.js';
import type { HelmCommand } from '../types.js';
import { HELP_TEXT } from '../help-text.js';

export const statusCommand: HelmCommand = {
  name: 'status',
  use: 'status RELEASE_NAME',
  short: 'display the status of the named release',
  long: HELP_TEXT.statusHelp,
  flags: [
    { name: 'revision', type: 'int', usage: 'if set, display the status of the named release with revision' },
    { name: 'show-desc', type: 'bool', usage: 'if set, display the description message of the named release' },
    { name: 'show-resources', type: 'bool', usage: 'if set, display the resources of the named release' },
    OUTPUT_FLAG,
  ],
  args: exactArgs(1),
  run(ctx) {
    const name = ctx.args[0];
    if (validateReleaseName(name)) return fail(ctx, `releaseContent: Release name is invalid: ${name}`);
    const rev = flag.int(ctx.parsed, 'revision');
    const rel = rev > 0 ? ctx.actions.storage.get(name, ctx.namespace, rev) : ctx.actions.storage.last(name, ctx.namespace);
    if (!rel) return fail(ctx, 'release: not found');
    const out = flag.str(ctx.parsed, 'output');
    ctx.io.out(releaseOutput(rel, out, { showDescription: flag.bool(ctx.parsed, 'show-desc') }));
    return 0;
  },
};
