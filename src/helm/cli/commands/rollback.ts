/** `helm rollback <RELEASE> [REVISION]` (helm/helm cmd/helm/rollback.go). */
import { flag } from '../../../kubectl/index.js';
import { rollbackRelease } from '../../release/index.js';
import { fail, flushWarnings, rangeArgs } from '../common.js';
import type { HelmCommand } from '../types.js';
import { HELP_TEXT } from '../help-text.js';

export const rollbackCommand: HelmCommand = {
  name: 'rollback',
  use: 'rollback <RELEASE> [REVISION]',
  short: 'roll back a release to a previous revision',
  long: HELP_TEXT.rollbackDesc,
  flags: [
    { name: 'wait', type: 'bool', usage: 'if set, will wait until all Pods, PVCs, Services, and minimum number of Pods of a Deployment, StatefulSet, or ReplicaSet are in a ready state before marking the release as successful. It will wait for as long as --timeout' },
    { name: 'wait-for-jobs', type: 'bool', usage: 'if set and --wait enabled, will wait until all Jobs have been completed before marking the release as successful. It will wait for as long as --timeout' },
    { name: 'timeout', type: 'duration', default: 300_000, usage: 'time to wait for any individual Kubernetes operation (like Jobs for hooks)' },
    { name: 'dry-run', type: 'bool', usage: 'simulate a rollback' },
    { name: 'force', type: 'bool', usage: 'force resource update through delete/recreate if needed' },
    { name: 'no-hooks', type: 'bool', usage: 'prevent hooks from running during rollback' },
    { name: 'cleanup-on-fail', type: 'bool', usage: 'allow deletion of new resources created in this rollback when rollback fails' },
    { name: 'history-max', type: 'int', default: 10, usage: 'limit the maximum number of revisions saved per release. Use 0 for no limit' },
  ],
  args: rangeArgs(1, 2),
  run(ctx) {
    let version = 0;
    if (ctx.args.length > 1) {
      if (!/^[+-]?\d+$/.test(ctx.args[1])) return fail(ctx, `strconv.Atoi: parsing ${JSON.stringify(ctx.args[1])}: invalid syntax`);
      version = parseInt(ctx.args[1], 10);
    }
    const r = rollbackRelease(ctx.actions, {
      name: ctx.args[0], namespace: ctx.namespace, version, wait: flag.bool(ctx.parsed, 'wait'),
      waitForJobs: flag.bool(ctx.parsed, 'wait-for-jobs'), timeoutMs: flag.ms(ctx.parsed, 'timeout'), dryRun: flag.bool(ctx.parsed, 'dry-run'),
      noHooks: flag.bool(ctx.parsed, 'no-hooks'),
    });
    if (!r.ok) return fail(ctx, r.error);
    flushWarnings(ctx);
    ctx.io.out('Rollback was a success! Happy Helming!\n');
    return 0;
  },
};
