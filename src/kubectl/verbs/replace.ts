/**
 * `kubectl replace -f FILE [--force]` (pkg/cmd/replace/replace.go): a PUT of each object as
 * written; `--force` deletes and re-creates it instead. Prints `<kind>/<name> replaced`;
 * errors are reported at the end, wrapped with their file.
 */
import { dryRunOf, fieldValidationOf, nameLine, printErrors, refOf, writeQuery } from '../apply/common.js';
import { helpOf } from '../apply/flag-specs.js';
import { changeCause, recordChange, recordRequested } from '../apply/record.js';
import { printObject } from '../apply/output.js';
import { findTargets } from '../apply/targets.js';
import { fail, failUsage } from '../context.js';
import { formatStatus } from '../errors.js';
import { flag } from '../flags.js';
import type { KObject } from '../../sim/index.js';
import type { VerbContext, VerbDef } from '../types.js';
import { withLastApplied, withNamespace } from './create/index.js';

function run(ctx: VerbContext): number {
  const p = ctx.parsed;
  const record = recordRequested(ctx);
  if (!flag.list(p, 'filename').length) return fail(ctx, 'must specify one of -f and -k');
  const dry = dryRunOf(ctx);
  if (!dry.ok) return fail(ctx, dry.error);
  const validation = fieldValidationOf(ctx);
  if (!validation.ok) return fail(ctx, validation.error);
  const found = findTargets(ctx, p.args, { allowList: false, fetch: false });
  if (!found.ok) return found.usage ? failUsage(ctx, found.error) : printErrors(ctx, [found.error]);
  const errors = [...found.errors];
  const force = flag.bool(p, 'force');
  const query = writeQuery(flag.str(p, 'field-manager') || 'kubectl-replace', validation.value, dry.value);
  for (const t of found.targets) {
    let obj = withNamespace(t.object as KObject, t.namespace);
    if (flag.bool(p, 'save-config')) obj = withLastApplied(obj);
    const ref = refOf(t.type);
    let result = obj;
    if (force) {
      if (dry.value === 'none') {
        const del = ctx.client.delete(ref, t.namespace, t.name, { propagationPolicy: 'Background' });
        if (del.ok) ctx.io.out(`${t.type.group ? `${t.type.kind.toLowerCase()}.${t.type.group}` : t.type.kind.toLowerCase()} "${t.name}" deleted\n`);
        ctx.session.cluster.advanceUntil(() => !ctx.client.get(ref, t.namespace, t.name).ok, ctx.session.watchWindowMs);
        const { resourceVersion: _rv, uid: _uid, ...meta } = obj.metadata;
        const created = ctx.client.create(ref, t.namespace, { ...obj, metadata: meta }, query);
        if (!created.ok) {
          errors.push(formatStatus(created.status, `error when creating "${t.source}": ${created.status.message}`));
          continue;
        }
        result = created.value;
      }
    } else if (dry.value !== 'client') {
      const res = ctx.client.update(ref, obj, query);
      if (!res.ok) {
        errors.push(formatStatus(res.status, `error when replacing "${t.source}": ${res.status.message}`));
        continue;
      }
      for (const w of res.warnings ?? []) ctx.io.err(`Warning: ${w}\n`);
      result = res.value;
    }
    if (record && dry.value === 'none') recordChange(ctx, t.type, t.namespace, t.name, changeCause(ctx));
    if (!printObject(ctx, result, t.type, flag.str(p, 'output'))) ctx.io.out(nameLine(t.type, t.name, 'replaced', dry.value));
  }
  for (const e of errors) ctx.io.err(`${e}\n`);
  return errors.length ? 1 : 0;
}

export const replaceVerb: VerbDef = {
  name: 'replace',
  group: 'Advanced Commands',
  ...helpOf('replace'),
  short: 'Replace a resource by file name or stdin',
  run,
};
