/**
 * `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json] [--patch-file F]
 * [--subresource status|scale]` (kubernetes/kubectl pkg/cmd/patch/patch.go). The patch may
 * be YAML or JSON; prints `deployment.apps/web patched`, or `patched (no change)` when the
 * object came back as it was.
 */
import yaml from 'js-yaml';
import { applyStrategicPatch, deepEqual, type KObject } from '../../sim/index.js';
import { dryRunOf, NO_RESOURCES, nameLine, refOf } from '../apply/common.js';
import { helpOf } from '../apply/flag-specs.js';
import { changeCause, recordChange, recordRequested } from '../apply/record.js';
import { printObject } from '../apply/output.js';
import { findTargets, statusLine } from '../apply/targets.js';
import { fail, failUsage } from '../context.js';
import { flag } from '../flags.js';
import { goYamlError } from '../manifests.js';
import type { VerbContext, VerbDef } from '../types.js';

const PATCH_TYPES: Record<string, string> = {
  json: 'application/json-patch+json',
  merge: 'application/merge-patch+json',
  strategic: 'application/strategic-merge-patch+json',
};

function readPatch(ctx: VerbContext): { ok: true; body: unknown } | { ok: false; error: string } {
  const p = ctx.parsed;
  const inline = flag.str(p, 'patch');
  const file = flag.str(p, 'patch-file');
  if (inline && file) return { ok: false, error: 'cannot specify --patch and --patch-file together' };
  if (!inline && !file) return { ok: false, error: 'must specify --patch or --patch-file containing the contents of the patch' };
  let text = inline;
  if (file) {
    const r = ctx.session.files.read(file);
    if (!r.ok) return { ok: false, error: `unable to read patch file: ${r.error}` };
    text = r.data;
  }
  try {
    return { ok: true, body: yaml.load(text, { schema: yaml.CORE_SCHEMA }) };
  } catch (e) {
    const reason = e instanceof yaml.YAMLException ? goYamlError(e, text) : String(e);
    return { ok: false, error: `unable to parse ${JSON.stringify(inline || text)}: ${reason}` };
  }
}

function run(ctx: VerbContext): number {
  const p = ctx.parsed;
  const record = recordRequested(ctx);
  const patchType = flag.str(p, 'type') || 'strategic';
  const body = readPatch(ctx);
  if (!body.ok) return fail(ctx, body.error);
  if (!PATCH_TYPES[patchType]) return fail(ctx, `--type must be one of [json merge strategic], not ${JSON.stringify(patchType)}`);
  const dry = dryRunOf(ctx);
  if (!dry.ok) return fail(ctx, dry.error);
  const output = flag.str(p, 'output');
  const subresource = flag.str(p, 'subresource') || undefined;
  const found = findTargets(ctx, p.args, { allowList: false, fetch: true });
  if (!found.ok) {
    if (found.error === 'NO_RESOURCES') return fail(ctx, NO_RESOURCES);
    return found.usage ? failUsage(ctx, found.error) : fail(ctx, found.error);
  }
  const errors = [...found.errors];
  for (const t of found.targets) {
    const before = t.object as KObject;
    let after: KObject;
    if (dry.value === 'client') {
      const local = patchType === 'strategic' ? applyStrategicPatch(before, body.body, t.type.kind) : undefined;
      after = local?.ok ? (local.value as KObject) : before;
    } else {
      const res = ctx.client.request({
        verb: 'patch', ...refOf(t.type), namespace: t.namespace, name: t.name, subresource, body: body.body, patchType: PATCH_TYPES[patchType],
        query: { fieldManager: flag.str(p, 'field-manager') || 'kubectl-patch', ...(dry.value === 'server' ? { dryRun: 'All' } : {}) },
      });
      if (res.code >= 300) {
        errors.push(statusLine(res.body));
        continue;
      }
      for (const w of res.warnings ?? []) ctx.io.err(`Warning: ${w}\n`);
      after = res.body as KObject;
      if (record && dry.value === 'none') recordChange(ctx, t.type, t.namespace, t.name, changeCause(ctx));
    }
    if (printObject(ctx, after, t.type, output)) continue;
    ctx.io.out(nameLine(t.type, t.name, deepEqual(before, after) ? 'patched (no change)' : 'patched', dry.value));
  }
  for (const e of errors) ctx.io.err(`${e}\n`);
  return errors.length ? 1 : 0;
}

export const patchVerb: VerbDef = {
  name: 'patch',
  group: 'Advanced Commands',
  ...helpOf('patch'),
  short: 'Update fields of a resource',
  run,
};
