/**
 * The shape shared by `rollout pause|resume|restart` (kubectl pkg/cmd/rollout/rollout_{pause,
 * resume,restart}.go at v0.33.0): compute a strategic-merge patch per object with a
 * kind-specific function, report `error: deployments.apps "web" <reason>` for objects it
 * refuses, handle an empty patch, send the rest and print `<kind>/<name> <operation>`.
 * Errors are collected and printed after the successes, as the aggregate error is.
 */
import type { KObject } from '../../../sim/index.js';
import { fail, failStatus } from '../../context.js';
import { flag } from '../../flags.js';
import type { VerbContext } from '../../types.js';
import { nameLine, noResources, resolveTargets, resourceString } from './common.js';
import { formatObject } from './output.js';

/** A strategic-merge patch for the object, null when there is nothing to change, or a refusal. */
export type PatchFn = (obj: KObject, type: { group: string; kind: string }, now: number) => { patch: unknown | null } | { error: string };

export interface PatchVerbSpec {
  patchFn: PatchFn;
  /** Printed on success: `paused`. */
  operation: string;
  /** What an empty patch means: an operation to print (`already paused`) or an error for the object's name. */
  onEmpty: { operation: string } | { error: (name: string) => string };
}

/** Runs a pause/resume/restart-style command and returns its exit code. */
export function runPatchVerb(ctx: VerbContext, spec: PatchVerbSpec): number {
  if (noResources(ctx)) return fail(ctx, 'required resource not specified');
  const resolved = resolveTargets(ctx);
  if (!resolved.ok) return 'status' in resolved ? failStatus(ctx, resolved.status) : fail(ctx, resolved.error);
  const errors: string[] = [];
  const output = flag.str(ctx.parsed, 'output');
  const print = (obj: KObject, type: { group: string; kind: string }, operation: string): void => {
    if (output && output !== 'name') {
      const printed = formatObject(ctx, obj, output);
      if (printed.ok) ctx.io.out(printed.text);
      else errors.push(printed.error);
      return;
    }
    ctx.io.out(nameLine(type, obj.metadata.name ?? '', operation));
  };
  if (!resolved.targets.length && !resolved.errors.length) {
    ctx.io.err(`No resources found in ${ctx.namespace} namespace.\n`);
    return 0;
  }
  for (const { type, object } of resolved.targets) {
    const name = object.metadata.name ?? '';
    const computed = spec.patchFn(object, type, ctx.session.cluster.now());
    if ('error' in computed) {
      errors.push(`error: ${resourceString(type)} "${name}" ${computed.error}`);
      continue;
    }
    if (computed.patch === null) {
      if ('operation' in spec.onEmpty) print(object, type, spec.onEmpty.operation);
      else errors.push(spec.onEmpty.error(name));
      continue;
    }
    const patched = ctx.client.patch(
      { group: type.group, resource: type.plural }, object.metadata.namespace, name, computed.patch,
      'application/strategic-merge-patch+json', undefined, { fieldManager: flag.str(ctx.parsed, 'field-manager') },
    );
    if (!patched.ok) {
      errors.push(`failed to patch: ${patched.status.message}`);
      continue;
    }
    print(patched.value, type, spec.operation);
  }
  for (const s of resolved.errors) failStatus(ctx, s);
  for (const e of errors) fail(ctx, e);
  return errors.length || resolved.errors.length ? 1 : 0;
}
