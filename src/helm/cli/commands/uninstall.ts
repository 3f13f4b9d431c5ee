/** `helm uninstall RELEASE_NAME [...]` (helm/helm cmd/helm/uninstall.go; aliases del, delete, un). */
import { flag } from '../../../kubectl/index.js';
import { uninstallRelease } from '../../release/index.js';
import { fail, minArgs } from '../common.js';
import type { HelmCommand } from '../types.js';
import { HELP_TEXT } from '../help-text.js';

export const uninstallCommand: HelmCommand = {
  name: 'uninstall',
  aliases: ['del', 'delete', 'un'],
  use: 'uninstall RELEASE_NAME [...]',
  short: 'uninstall a release',
  long: HELP_TEXT.uninstallDesc,
  flags: [
    { name: 'keep-history', type: 'bool', usage: 'remove all associated resources and mark the release as deleted, but retain the release history' },
    { name: 'dry-run', type: 'bool', usage: 'simulate a uninstall' },
    { name: 'no-hooks', type: 'bool', usage: 'prevent hooks from running during uninstallation' },
    { name: 'wait', type: 'bool', usage: 'if set, will wait until all the resources are deleted before returning. It will wait for as long as --timeout' },
    { name: 'timeout', type: 'duration', default: 300_000, usage: 'time to wait for any individual Kubernetes operation (like Jobs for hooks)' },
    { name: 'cascade', type: 'string', default: 'background', usage: 'Must be "background", "orphan", or "foreground". Selects the deletion cascading strategy for the dependents. Defaults to background.' },
    { name: 'description', type: 'string', usage: 'add a custom description' },
    { name: 'ignore-not-found', type: 'bool', usage: 'Treat "release not found" as a successful uninstall' },
  ],
  args: minArgs(1),
  run(ctx) {
    for (const name of ctx.args) {
      const r = uninstallRelease(ctx.actions, { name, namespace: ctx.namespace, keepHistory: flag.bool(ctx.parsed, 'keep-history'), dryRun: flag.bool(ctx.parsed, 'dry-run'), noHooks: flag.bool(ctx.parsed, 'no-hooks'), timeoutMs: flag.ms(ctx.parsed, 'timeout') });
      if (!r.ok) {
        if (flag.bool(ctx.parsed, 'ignore-not-found') && r.error.endsWith('release: not found')) continue;
        return fail(ctx, r.error);
      }
      if (r.kept.length) {
        ctx.io.out(`These resources were kept due to the resource policy:\n${r.kept.map((k) => `[${k.obj.kind}] ${k.name}\n`).join('')}`);
      }
      ctx.io.out(`release ${JSON.stringify(name)} uninstalled\n`);
    }
    return 0;
  },
};
