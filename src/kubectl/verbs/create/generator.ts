/**
 * The part every `kubectl create <generator>` shares: the single NAME argument, then
 * --save-config, --dry-run, --validate, the POST as field manager `kubectl-create`, and
 * printing the result (`deployment.apps/web created` or -o yaml|json|name).
 */
import type { KObject, ResourceType, Status } from '../../../sim/index.js';
import { typeForKind } from '../../../sim/index.js';
import { dryRunOf, fieldValidationOf, nameLine, refOf, writeQuery } from '../../apply/common.js';
import { printObject, writeOutputError } from '../../apply/output.js';
import { changeCause, recordChange, recordRequested } from '../../apply/record.js';
import { fail, failStatus, failUsage } from '../../context.js';
import { flag } from '../../flags.js';
import type { VerbContext } from '../../types.js';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** `exactly one NAME is required, got N` (cmdutil NameFromCommandArgs). */
export function singleName(ctx: VerbContext): string | number {
  // Words after `--` are the container command, not names (cmd.ArgsLenAtDash()).
  const dash = ctx.parsed.argsLenAtDash;
  const count = dash >= 0 ? dash : ctx.parsed.args.length;
  if (count !== 1) return failUsage(ctx, `exactly one NAME is required, got ${count}`);
  return ctx.parsed.args[0];
}

/**
 * The flag is required and was not given: cobra's check, which runs before the command
 * (so before NAME is looked at), printed by kubectl 1.33's checkErr (observed with
 * kubectl.1.33; the klog `run.go:72] "command failed"` line is what gcloud's kubectl
 * dispatcher prints, not kubectl):
 *
 *   error: required flag(s) "image" not set
 */
export function requiredFlag(ctx: VerbContext, name: string): number {
  ctx.io.err(`error: required flag(s) "${name}" not set\n`);
  return 1;
}

/**
 * Namespace of a generated object: set only when -n was given (EnforceNamespace), as
 * kubectl leaves it empty otherwise.
 */
export function generatedMeta(ctx: VerbContext, name: string, labels?: Record<string, string>): KObject['metadata'] {
  const m: KObject['metadata'] = { name };
  if (ctx.namespaceExplicit) m.namespace = ctx.namespace;
  (m as Record<string, unknown>).creationTimestamp = null;
  if (labels) m.labels = labels;
  return m;
}

/** util.CreateOrUpdateAnnotation: --save-config stores the object as last-applied. */
export function saveConfig(obj: KObject): void {
  const clean = JSON.parse(JSON.stringify(obj)) as KObject;
  const annotations = { ...(obj.metadata.annotations ?? {}) };
  delete (clean.metadata.annotations ?? {})[LAST_APPLIED];
  if (clean.metadata.annotations && !Object.keys(clean.metadata.annotations).length) delete clean.metadata.annotations;
  // Generated objects are typed: the JSON encoder writes fields in struct order, not sorted.
  annotations[LAST_APPLIED] = `${JSON.stringify(clean)}\n`;
  obj.metadata.annotations = annotations;
}

/**
 * Sends (or, with --dry-run=client, only prints) a generated object. `wrap` is the
 * generator's error prefix (`failed to create deployment`), or undefined for generators
 * that return the API error as it is (namespace).
 */
export function createGenerated(ctx: VerbContext, obj: KObject, wrap: string | undefined, operation = 'created'): number {
  const record = recordRequested(ctx);
  const dry = dryRunOf(ctx);
  if (!dry.ok) return fail(ctx, dry.error);
  const validation = fieldValidationOf(ctx);
  if (!validation.ok) return fail(ctx, validation.error);
  const output = flag.str(ctx.parsed, 'output');
  const outputError = writeOutputError(ctx, output);
  if (outputError) return fail(ctx, outputError);
  const type = typeForKind(obj.apiVersion, obj.kind) as ResourceType;
  if (flag.bool(ctx.parsed, 'save-config')) saveConfig(obj);
  let result = obj;
  if (dry.value !== 'client') {
    const res = ctx.client.create(refOf(type), ctx.namespace && type.namespaced ? ctx.namespace : undefined, obj,
      writeQuery(flag.str(ctx.parsed, 'field-manager') || 'kubectl-create', validation.value, dry.value));
    if (!res.ok) return wrap ? fail(ctx, `${wrap}: ${res.status.message}`) : failStatus(ctx, res.status as Status);
    for (const w of res.warnings ?? []) ctx.io.err(`Warning: ${w}\n`);
    result = res.value;
    if (record) recordChange(ctx, type, result.metadata.namespace, result.metadata.name ?? '', changeCause(ctx));
  }
  if (printObject(ctx, result, type, output, true)) return 0;
  ctx.io.out(nameLine(type, result.metadata.name ?? '', operation, dry.value));
  return 0;
}
