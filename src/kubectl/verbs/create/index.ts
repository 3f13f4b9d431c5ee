/**
 * `kubectl create -f FILE` and the generator subcommands (deployment, service,
 * namespace, configmap). Objects from files are POSTed one by one; a failure is reported
 * with its file (`error when creating "x.yaml": ...`) and kubectl carries on, exiting 1 at
 * the end (pkg/cmd/create/create.go).
 */
import type { KObject } from '../../../sim/index.js';
import { dryRunOf, fieldValidationOf, nameLine, placeObject, printErrors, refOf, unsupportedFlag, withSource, writeQuery } from '../../apply/common.js';
import { helpOf } from '../../apply/flag-specs.js';
import { changeCause, recordChange, recordRequested } from '../../apply/record.js';
import { printObject, writeOutputError } from '../../apply/output.js';
import { sortedJson } from '../../apply/three-way.js';
import { fail, failUsage } from '../../context.js';
import { formatError, formatStatus } from '../../errors.js';
import { flag } from '../../flags.js';
import { loadManifests } from '../../manifests.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { EDIT_EXPLANATION } from '../edit.js';
import { createConfigMapVerb } from './configmap.js';
import { createDeploymentVerb } from './deployment.js';
import { LAST_APPLIED } from './generator.js';
import { createNamespaceVerb } from './namespace.js';
import { createServiceVerb } from './service.js';
import { createCronJobVerb } from './cronjob.js';
import { createJobVerb } from './job.js';
import { createSecretVerb } from './secret.js';
import { createClusterRoleVerb } from './clusterrole.js';
import { createClusterRoleBindingVerb, createRoleBindingVerb } from './rolebinding.js';
import { createRoleVerb } from './role.js';
import { createServiceAccountVerb } from './serviceaccount.js';
import { createTokenVerb } from './token.js';

/** Sets the last-applied annotation from the object as given (unstructured: keys sorted). */
export function withLastApplied(obj: KObject): KObject {
  const copy = JSON.parse(JSON.stringify(obj)) as KObject;
  copy.metadata = copy.metadata ?? {};
  const annotations = { ...(copy.metadata.annotations ?? {}) };
  delete annotations[LAST_APPLIED];
  // GetModifiedConfiguration encodes the object with its other annotations (an empty map
  // when there are none, hence `"annotations":{}` in every last-applied value).
  const forJson = JSON.parse(JSON.stringify(copy)) as KObject;
  forJson.metadata.annotations = annotations;
  copy.metadata.annotations = { ...annotations, [LAST_APPLIED]: `${sortedJson(forJson)}\n` };
  return copy;
}

/** The builder writes the namespace it resolved into each namespaced object it reads. */
export function withNamespace(obj: KObject, ns: string | undefined): KObject {
  if (!ns || obj.metadata?.namespace) return obj;
  return { ...obj, metadata: { ...(obj.metadata ?? {}), namespace: ns } };
}

function run(ctx: VerbContext): number {
  const unsupported = unsupportedFlag(ctx);
  if (unsupported) return fail(ctx, unsupported);
  if (flag.bool(ctx.parsed, 'edit')) return fail(ctx, EDIT_EXPLANATION.replace('kubectl edit needs', 'kubectl create --edit needs'));
  const record = recordRequested(ctx);
  const filenames = flag.list(ctx.parsed, 'filename');
  if (ctx.parsed.args.length) return failUsage(ctx, `Unexpected args: [${ctx.parsed.args.join(' ')}]`);
  if (!filenames.length) return fail(ctx, 'must specify one of -f and -k');
  const dry = dryRunOf(ctx);
  if (!dry.ok) return fail(ctx, dry.error);
  const validation = fieldValidationOf(ctx);
  if (!validation.ok) return fail(ctx, validation.error);
  const output = flag.str(ctx.parsed, 'output');
  const outputError = writeOutputError(ctx, output);
  if (outputError) return fail(ctx, outputError);
  const loaded = loadManifests(ctx, filenames, flag.bool(ctx.parsed, 'recursive'));
  if (!loaded.objects.length && loaded.errors.length) return printErrors(ctx, loaded.errors);
  if (!loaded.objects.length) return fail(ctx, 'no objects passed to create');
  // kubectl visits every object and reports the collected errors at the end.
  const errors: string[] = [];
  for (const { object, source } of loaded.objects) {
    const t = placeObject(ctx, object, source);
    if (!t.ok) {
      errors.push(formatError(t.error));
      continue;
    }
    let body = withNamespace(object, t.ns);
    if (flag.bool(ctx.parsed, 'save-config')) body = withLastApplied(body);
    let result = body;
    if (dry.value !== 'client') {
      const res = ctx.client.create(refOf(t.type), t.ns, body, writeQuery(flag.str(ctx.parsed, 'field-manager') || 'kubectl-create', validation.value, dry.value));
      if (!res.ok) {
        errors.push(formatStatus(res.status, withSource(res.status, 'creating', source)));
        continue;
      }
      for (const w of res.warnings ?? []) ctx.io.err(`Warning: ${w}\n`);
      result = res.value;
      if (record && dry.value === 'none') recordChange(ctx, t.type, t.ns, result.metadata.name ?? '', changeCause(ctx));
    }
    if (!printObject(ctx, result, t.type, output)) ctx.io.out(nameLine(t.type, result.metadata?.name ?? '', 'created', dry.value));
  }
  errors.push(...loaded.errors.map(formatError));
  for (const e of errors) ctx.io.err(`${e}\n`);
  return errors.length ? 1 : 0;
}

export const createVerb: VerbDef = {
  name: 'create',
  group: 'Basic Commands (Beginner)',
  ...helpOf('create'),
  short: 'Create a resource from a file or from stdin',
  subcommands: [createClusterRoleVerb, createClusterRoleBindingVerb, createConfigMapVerb, createDeploymentVerb, createNamespaceVerb, createRoleVerb, createRoleBindingVerb, createServiceVerb, createServiceAccountVerb, createTokenVerb, createCronJobVerb, createJobVerb, createSecretVerb],
  run,
};
