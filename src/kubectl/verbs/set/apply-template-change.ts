/**
 * The loop `set image` and `set env` share (pkg/cmd/set/helper.go CalculatePatches): change
 * a copy of each object's pod spec, send the two-way strategic patch if it is not empty,
 * print `<kind>/<name> <operation>`; errors are reported at the end.
 */
import { deepClone, schemaForKind, type KObject } from '../../../sim/index.js';
import { dryRunOf, nameLine, NO_RESOURCES, refOf } from '../../apply/common.js';
import { printObject } from '../../apply/output.js';
import { changeCause, recordChange, recordRequested } from '../../apply/record.js';
import { noPodTemplate, podSpecOf } from '../../apply/pod-template.js';
import { findTargets, statusLine } from '../../apply/targets.js';
import { twoWayMergePatch } from '../../apply/three-way.js';
import { fail, failUsage } from '../../context.js';
import { flag } from '../../flags.js';
import type { VerbContext } from '../../types.js';
import type { PodSpec } from '../../../sim/index.js';

export interface TemplateChange {
  operation: string;
  fieldManager: string;
  failurePrefix: string;
  /** Changes `spec` in place; returns errors for the aggregate. */
  change(spec: PodSpec, obj: KObject): string[];
}

export function runTemplateChange(ctx: VerbContext, resources: string[], c: TemplateChange): number {
  const p = ctx.parsed;
  const record = recordRequested(ctx);
  const dry = dryRunOf(ctx);
  if (!dry.ok) return fail(ctx, dry.error);
  const found = findTargets(ctx, resources, { allowList: true, selector: flag.str(p, 'selector'), all: flag.bool(p, 'all'), fetch: true });
  if (!found.ok) {
    if (found.error === 'NO_RESOURCES') return fail(ctx, NO_RESOURCES);
    return found.usage ? failUsage(ctx, found.error) : fail(ctx, found.error);
  }
  const errors = [...found.errors];
  const output = flag.str(p, 'output');
  for (const t of found.targets) {
    let live = t.object as KObject;
    if (t.source) {
      const got = ctx.client.get(refOf(t.type), t.namespace, t.name);
      if (!got.ok) {
        errors.push(statusLine(got.status));
        continue;
      }
      live = got.value;
    }
    const changed = deepClone(live);
    const spec = podSpecOf(changed);
    if (!spec) {
      errors.push(`error: ${t.type.plural}${t.type.group ? `.${t.type.group}` : ''}/${t.name} ${noPodTemplate(live)}`);
      continue;
    }
    errors.push(...c.change(spec, changed));
    const patch = twoWayMergePatch(live as unknown as Record<string, unknown>, changed as unknown as Record<string, unknown>, schemaForKind(t.type.kind));
    if (!Object.keys(patch).length) continue;
    let result = changed;
    if (dry.value !== 'client') {
      const res = ctx.client.request({
        verb: 'patch', ...refOf(t.type), namespace: t.namespace, name: t.name, body: patch, patchType: 'application/strategic-merge-patch+json',
        query: { fieldManager: flag.str(p, 'field-manager') || c.fieldManager, ...(dry.value === 'server' ? { dryRun: 'All' } : {}) },
      });
      if (res.code >= 300) {
        errors.push(`error: ${c.failurePrefix}: ${res.body.message}`);
        continue;
      }
      result = res.body;
      if (record && dry.value === 'none') recordChange(ctx, t.type, t.namespace, t.name, changeCause(ctx));
    }
    if (!printObject(ctx, result, t.type, output)) ctx.io.out(nameLine(t.type, t.name, c.operation, dry.value));
  }
  for (const e of errors) ctx.io.err(`${e}\n`);
  return errors.length ? 1 : 0;
}
