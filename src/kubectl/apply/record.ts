/**
 * The deprecated `--record` flag (k8s.io/cli-runtime pkg/genericclioptions/record_flags.go):
 * hidden from help, announced as deprecated when used, and when true it stores the command
 * line in the `kubernetes.io/change-cause` annotation of each changed object (what
 * `kubectl rollout history` shows as CHANGE-CAUSE). The command line is rebuilt as
 * parseCommandArguments does: `kubectl` + the non-flag words + ` --<long-name>=<value>`
 * for every flag given, in the order given.
 */
import type { ResourceType } from '../../sim/index.js';
import { formatDuration, type FlagSpec } from '../flags.js';
import type { VerbContext } from '../types.js';
import { refOf } from './common.js';

export const CHANGE_CAUSE = 'kubernetes.io/change-cause';

export const RECORD_FLAG: FlagSpec = {
  name: 'record',
  type: 'bool',
  hidden: true,
  usage: 'Record current kubectl command in the resource annotation. If set to false, do not record the command. If set to true, record the command. If not set, default to updating the existing annotation value only if one already exists.',
};

/** Prints pflag's deprecation notice if --record was given; true when recording is on. */
export function recordRequested(ctx: VerbContext): boolean {
  if (!ctx.parsed.changed.has('record')) return false;
  ctx.io.err('Flag --record has been deprecated, --record will be removed in the future\n');
  return ctx.parsed.values.get('record') === true;
}

/** The change-cause text for this invocation. */
export function changeCause(ctx: VerbContext): string {
  const words = ctx.commandPath.split(' ').slice(1);
  const dash = ctx.parsed.argsLenAtDash;
  const positional = dash >= 0 ? ctx.parsed.args.slice(0, dash) : ctx.parsed.args;
  let flags = '';
  for (const name of ctx.parsed.changed) {
    const v = ctx.parsed.values.get(name);
    const values = Array.isArray(v) ? v : [v];
    for (const x of values) {
      const text = typeof x === 'number' && /timeout|period|duration/.test(name) ? formatDuration(x) : String(x);
      flags += ` --${name}=${text}`;
    }
  }
  const args = [...words, ...positional];
  return `kubectl${args.length ? ` ${args.join(' ')}` : ''}${flags}`;
}

/** MakeRecordMergePatch: a merge patch setting the change-cause, sent after the change. */
export function recordChange(ctx: VerbContext, type: ResourceType, namespace: string | undefined, name: string, cause: string): void {
  ctx.client.request({
    verb: 'patch', ...refOf(type), namespace, name, patchType: 'application/merge-patch+json',
    body: { metadata: { annotations: { [CHANGE_CAUSE]: cause } } },
  });
}
