/**
 * `kubectl apply -f FILE` (client-side by default, `--server-side` approximated). Prints
 * `<kind>/<name> created|configured|unchanged|serverside-applied` per object, continues
 * past failures and exits 1 at the end (kubernetes/kubectl pkg/cmd/apply/apply.go).
 */
import { applyClientSide, applyServerSide } from '../apply/apply-object.js';
import { dryRunOf, fieldValidationOf, nameLine, placeObject, printErrors, unsupportedFlag } from '../apply/common.js';
import { helpOf } from '../apply/flag-specs.js';
import { changeCause, recordChange, recordRequested } from '../apply/record.js';
import { printObject, writeOutputError } from '../apply/output.js';
import { fail, failUsage } from '../context.js';
import { formatError, formatStatus } from '../errors.js';
import { flag } from '../flags.js';
import { loadManifests } from '../manifests.js';
import type { VerbContext, VerbDef } from '../types.js';
import { viewLastAppliedVerb } from './apply-view-last-applied.js';
import { withNamespace } from './create/index.js';

function run(ctx: VerbContext): number {
  const record = recordRequested(ctx);
  const unsupported = unsupportedFlag(ctx);
  if (unsupported) return fail(ctx, unsupported);
  const filenames = flag.list(ctx.parsed, 'filename');
  if (ctx.parsed.args.length) return failUsage(ctx, `Unexpected args: [${ctx.parsed.args.join(' ')}]`);
  if (!filenames.length) return fail(ctx, 'must specify one of -f and -k');
  const dry = dryRunOf(ctx);
  if (!dry.ok) return fail(ctx, dry.error);
  const validation = fieldValidationOf(ctx);
  if (!validation.ok) return fail(ctx, validation.error);
  const serverSide = flag.bool(ctx.parsed, 'server-side');
  // Flag combinations apply.go Validate rejects, in its order.
  if (flag.bool(ctx.parsed, 'force-conflicts') && !serverSide) return fail(ctx, '--force-conflicts only works with --server-side');
  if (dry.value === 'client' && serverSide) return fail(ctx, "--dry-run=client doesn't work with --server-side (did you mean --dry-run=server instead?)");
  if (flag.bool(ctx.parsed, 'force') && serverSide) return fail(ctx, '--force cannot be used with --server-side');
  if (dry.value === 'server' && flag.bool(ctx.parsed, 'force')) return fail(ctx, '--dry-run=server cannot be used with --force');
  if (flag.bool(ctx.parsed, 'prune')) return fail(ctx, '--prune is not supported by this simulated cluster; delete the objects you no longer want with kubectl delete');
  const output = flag.str(ctx.parsed, 'output');
  const outputError = writeOutputError(ctx, output);
  if (outputError) return fail(ctx, outputError);
  const manager = flag.given(ctx.parsed, 'field-manager') ? flag.str(ctx.parsed, 'field-manager') : serverSide ? 'kubectl' : 'kubectl-client-side-apply';
  const loaded = loadManifests(ctx, filenames, flag.bool(ctx.parsed, 'recursive'));
  if (!loaded.objects.length && loaded.errors.length) return printErrors(ctx, loaded.errors);
  if (!loaded.objects.length) return fail(ctx, 'no objects passed to apply');
  // kubectl visits every object and reports the collected errors at the end.
  const errors: string[] = [];
  for (const { object, source } of loaded.objects) {
    const t = placeObject(ctx, object, source);
    if (!t.ok) {
      errors.push(formatError(t.error));
      continue;
    }
    const opts = { type: t.type, namespace: t.ns, source, dryRun: dry.value, validation: validation.value, fieldManager: manager };
    if (!object.metadata?.name && object.metadata?.generateName) {
      errors.push(formatError(`from ${object.metadata.generateName}: cannot use generate name with apply`));
      continue;
    }
    const obj = withNamespace(object, t.ns);
    const r = serverSide ? applyServerSide(ctx, obj, opts) : applyClientSide(ctx, obj, opts);
    if (!r.ok) {
      errors.push(r.status ? formatStatus(r.status, r.message) : formatError(r.message));
      continue;
    }
    if (record && dry.value === 'none' && r.op !== 'unchanged') recordChange(ctx, t.type, t.ns, obj.metadata?.name ?? '', changeCause(ctx));
    if (printObject(ctx, r.object, t.type, output)) continue;
    ctx.io.out(nameLine(t.type, object.metadata?.name ?? '', r.op, dry.value));
  }
  errors.push(...loaded.errors.map(formatError));
  for (const e of errors) ctx.io.err(`${e}\n`);
  return errors.length ? 1 : 0;
}

export const applyVerb: VerbDef = {
  name: 'apply',
  group: 'Advanced Commands',
  ...helpOf('apply'),
  short: 'Apply a configuration to a resource by file name or stdin',
  subcommands: [viewLastAppliedVerb],
  run,
};
