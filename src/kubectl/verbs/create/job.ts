/**
 * `kubectl create job NAME --image=IMAGE [-- COMMAND...]` and
 * `kubectl create job NAME --from=cronjob/CJ` (kubernetes/kubectl pkg/cmd/create/create_job.go,
 * reference §4.6): an image Job has one container named NAME and restartPolicy Never; a Job
 * from a CronJob copies its jobTemplate, adds `cronjob.kubernetes.io/instantiate: manual` and
 * points its ownerReference at the CronJob (controller, without blockOwnerDeletion).
 */
import { resolveResource, type KObject } from '../../../sim/index.js';
import { helpOf } from '../../apply/flag-specs.js';
import { fail, failStatus, failUsage } from '../../context.js';
import { flag } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { createGenerated, generatedMeta } from './generator.js';
import './help-extra.js';

/** cmdutil NameFromCommandArgs: the words before `--` must be exactly one NAME. */
export function nameBeforeDash(ctx: VerbContext): string | number {
  const dash = ctx.parsed.argsLenAtDash;
  const n = dash >= 0 ? dash : ctx.parsed.args.length;
  if (n !== 1) return failUsage(ctx, `exactly one NAME is required, got ${n}`);
  return ctx.parsed.args[0];
}

/** The words after NAME (the container command). */
export function commandAfterName(ctx: VerbContext): string[] {
  return ctx.parsed.args.slice(1);
}

/** Go's `%T` of the typed object kubectl would decode, for `unknown object type`. */
function goType(obj: KObject): string {
  const version = (obj.apiVersion ?? '').split('/').pop() ?? '';
  return `*${version}.${obj.kind}`;
}

/** The builder's `ResourceTypeOrNameArgs(false, from)`: `cronjob/NAME`, or a bare type (all of that type). */
function lookUp(ctx: VerbContext, from: string): KObject | number {
  const slash = from.indexOf('/');
  const typeName = slash >= 0 ? from.slice(0, slash) : from;
  const type = resolveResource(typeName);
  if (!type) return fail(ctx, `the server doesn't have a resource type "${typeName}"`);
  const ref = { group: type.group, resource: type.plural };
  const ns = type.namespaced ? ctx.namespace : undefined;
  if (slash >= 0) {
    const res = ctx.client.get(ref, ns, from.slice(slash + 1));
    return res.ok ? res.value : failStatus(ctx, res.status);
  }
  const list = ctx.client.list(ref, ns);
  if (!list.ok) return failStatus(ctx, list.status);
  if (list.value.items.length !== 1) return fail(ctx, 'from must be an existing cronjob');
  return { ...list.value.items[0], kind: type.kind, apiVersion: type.group ? `${type.group}/${type.version}` : type.version };
}

function fromCronJob(ctx: VerbContext, name: string, from: string): KObject | number {
  const found = lookUp(ctx, from);
  if (typeof found === 'number') return found;
  const cj = found;
  if (cj.kind !== 'CronJob') return fail(ctx, `unknown object type ${goType(cj)}`);
  const tmpl = cj.spec?.jobTemplate ?? {};
  const meta = generatedMeta(ctx, name);
  // kubectl puts the instantiate annotation first, then the template's (a Go map: printed sorted).
  meta.annotations = { 'cronjob.kubernetes.io/instantiate': 'manual', ...(tmpl.metadata?.annotations ?? {}) };
  if (tmpl.metadata?.labels) meta.labels = { ...tmpl.metadata.labels };
  meta.ownerReferences = [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cj.metadata.name!, uid: cj.metadata.uid!, controller: true }];
  return { kind: 'Job', apiVersion: 'batch/v1', metadata: meta, spec: JSON.parse(JSON.stringify(tmpl.spec ?? {})), status: {} };
}

function run(ctx: VerbContext): number {
  const name = nameBeforeDash(ctx);
  if (typeof name === 'number') return name;
  const image = flag.str(ctx.parsed, 'image');
  const from = flag.str(ctx.parsed, 'from');
  const command = commandAfterName(ctx);
  if ((!image && !from) || (image && from)) return fail(ctx, 'either --image or --from must be specified');
  if (command.length && from) return fail(ctx, 'cannot specify --from and command');
  let job: KObject | number;
  if (image) {
    const container: Record<string, unknown> = { name, image };
    if (command.length) container.command = command;
    container.resources = {};
    job = {
      kind: 'Job', apiVersion: 'batch/v1', metadata: generatedMeta(ctx, name),
      spec: { template: { metadata: { creationTimestamp: null }, spec: { containers: [container], restartPolicy: 'Never' } } },
      status: {},
    };
  } else job = fromCronJob(ctx, name, from);
  if (typeof job === 'number') return job;
  return createGenerated(ctx, job, undefined);
}

export const createJobVerb: VerbDef = { name: 'job', ...helpOf('create job'), short: 'Create a job with the specified name', run };

