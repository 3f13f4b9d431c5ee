/**
 * `kubectl rollout status` (kubectl pkg/cmd/rollout/rollout_status.go at v0.33.0): an
 * informer on the one object (list, then watch by metadata.name); every ADDED/MODIFIED
 * event is fed to the kind's status viewer and its line printed, so identical lines
 * repeat as status writes arrive. Virtual time runs until the viewer says done, an error,
 * DELETED, or the timeout.
 */
import { flag, parseDuration } from '../../flags.js';
import { fail, failStatus } from '../../context.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { groupKind, noResources, resolveTargets, RESOURCE_FLAGS } from './common.js';
import { STATUS_VIEWERS, type StatusResult } from './status-viewers.js';

/** Exit code of a shell command ended by Ctrl-C: what the learner sees when an endless watch is cut off. */
const INTERRUPTED = 130;

/**
 * Real kubectl without --timeout waits forever. The simulator stops after a generous
 * amount of virtual time: ten watch windows, and never before a Deployment's progress
 * deadline (plus a minute) could have fired, because that deadline is what normally ends a
 * stuck rollout with `exceeded its progress deadline`. Past the cap it behaves as if the
 * learner pressed Ctrl-C: no further output, exit code 130.
 */
function endlessCapMs(ctx: VerbContext, obj: { spec?: { progressDeadlineSeconds?: number } }): number {
  const deadline = ((obj.spec?.progressDeadlineSeconds ?? 600) + 60) * 1000;
  return Math.max(ctx.session.watchWindowMs * 10, deadline);
}

/** Reads a duration flag whose default is kept as text for help (`0s`). */
export function durationFlag(ctx: VerbContext, name: string): number {
  const v = ctx.parsed.values.get(name);
  return typeof v === 'number' ? v : parseDuration(String(v ?? '0')) ?? 0;
}

function run(ctx: VerbContext): number {
  if (noResources(ctx)) return fail(ctx, 'required resource not specified');
  const revision = flag.int(ctx.parsed, 'revision');
  if (revision < 0) return fail(ctx, `revision must be a positive integer: ${revision}`);
  const resolved = resolveTargets(ctx);
  if (!resolved.ok) return 'status' in resolved ? failStatus(ctx, resolved.status) : fail(ctx, resolved.error);
  if (resolved.errors.length) return failStatus(ctx, resolved.errors[0]);
  if (resolved.targets.length !== 1) {
    return fail(ctx, `rollout status is only supported on individual resources and resource collections - ${resolved.targets.length} resources were found`);
  }
  const { type, object } = resolved.targets[0];
  const viewer = STATUS_VIEWERS[`${type.group}/${type.kind}`];
  if (!viewer) return fail(ctx, `no status viewer has been implemented for ${groupKind(type)}`);

  const watchFlag = flag.bool(ctx.parsed, 'watch');
  let finished: { code: number } | undefined;
  const onObject = (r: StatusResult): void => {
    if (!r.ok) {
      finished = { code: fail(ctx, r.error) };
      return;
    }
    ctx.io.out(r.line);
    if (r.done || !watchFlag) finished = { code: 0 };
  };

  // The informer's initial list delivers the current object as ADDED.
  onObject(viewer(object, revision));
  if (finished) return finished.code;

  const cluster = ctx.session.cluster;
  const stop = cluster.api.watch(
    { verb: 'watch', group: type.group, resource: type.plural, namespace: object.metadata.namespace, name: object.metadata.name },
    (e) => {
      if (finished) return;
      if (e.type === 'DELETED') finished = { code: fail(ctx, 'object has been deleted') };
      else onObject(viewer(e.object, revision));
    },
  );
  const timeout = durationFlag(ctx, 'timeout');
  const limit = timeout > 0 ? timeout : endlessCapMs(ctx, object);
  cluster.advanceUntil(() => finished !== undefined, limit);
  stop();
  // `finished` is set from the watch callback, which the compiler cannot see.
  const outcome = finished as { code: number } | undefined;
  if (outcome) return outcome.code;
  if (timeout > 0) return fail(ctx, 'timed out waiting for the condition');
  return INTERRUPTED;
}

export const rolloutStatusVerb: VerbDef = {
  name: 'status',
  short: 'Show the status of the rollout',
  usage: 'kubectl rollout status (TYPE NAME | TYPE/NAME) [flags] [options]',
  long: `Show the status of the rollout.

 By default 'rollout status' will watch the status of the latest rollout until it's done. If you don't want to wait for the rollout to finish then you can use --watch=false. Note that if a new rollout starts in-between, then 'rollout status' will continue watching the latest revision. If you want to pin to a specific revision and abort if it is rolled over by another revision, use --revision=N where N is the revision you need to watch for.`,
  examples: `  # Watch the rollout status of a deployment
  kubectl rollout status deployment/nginx`,
  flags: [
    ...RESOURCE_FLAGS,
    { name: 'revision', type: 'int', usage: 'Pin to a specific revision for showing its status. Defaults to 0 (last revision).' },
    { name: 'timeout', type: 'duration', default: '0s', usage: 'The length of time to wait before ending watch, zero means never. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).' },
    { name: 'watch', shorthand: 'w', type: 'bool', default: true, usage: "Watch the status of the rollout until it's done." },
  ],
  run,
};
