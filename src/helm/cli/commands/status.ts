/** `helm status RELEASE_NAME` (helm/helm cmd/helm/status.go). */
import { flag } from '../../../kubectl/flags.js';
import { toYaml } from '../../funcs/helm.js';
import { releaseJson, validateReleaseName } from '../../release/index.js';
import { exactArgs, fail, OUTPUT_FLAG } from '../common.js';
import { releaseText } from '../print-release.js';
import type { HelmCommand } from '../types.js';

export const statusCommand: HelmCommand = {
  name: 'status',
  use: 'status RELEASE_NAME',
  short: 'display the status of the named release',
  long: `This command shows the status of a named release.
The status consists of:
- last deployment time
- k8s namespace in which the release lives
- state of the release (can be: unknown, deployed, uninstalled, superseded, failed, uninstalling, pending-install, pending-upgrade or pending-rollback)
- revision of the release
- description of the release (can be completion message or error message, need to enable --show-desc)
- list of resources that this release consists of, sorted by kind
- details on last test suite run, if applicable
- additional notes provided by the chart`,
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
    // statusPrinter.WriteJSON/WriteYAML encode the whole release.
    if (out === 'json') {
      ctx.io.out(`${releaseJson(rel)}\n`);
      return 0;
    }
    if (out === 'yaml') {
      ctx.io.out(`${toYaml(JSON.parse(releaseJson(rel)))}\n`);
      return 0;
    }
    ctx.io.out(releaseText(rel, { showDescription: flag.bool(ctx.parsed, 'show-desc') }));
    return 0;
  },
};
