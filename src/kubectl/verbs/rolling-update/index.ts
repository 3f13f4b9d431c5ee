/**
 * `kubectl rolling-update` — the legacy, client-driven update of a ReplicationController
 * (kubectl pkg/cmd/rollingupdate/rollingupdate.go, hidden and deprecated in 1.11–1.17,
 * removed in 1.18). The course keeps it so seed 001 can be replayed as history; cobra's
 * deprecation notice goes to stderr on every use. Reference §3.
 */
import { R, type ReplicationController } from '../../../sim/index.js';
import { fail, failStatus } from '../../context.js';
import { usageError } from '../../errors.js';
import { flag, parseDuration } from '../../flags.js';
import { loadManifests } from '../../manifests.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { hashObject, NEXT_CONTROLLER, newControllerFromCurrent, ORIGINAL_REPLICAS, SOURCE_ID, DESIRED_REPLICAS, updateExistingController, type Outcome } from './controllers.js';
import { rename, runUpdate } from './updater.js';

const PATH = 'kubectl rolling-update';

function ms(ctx: VerbContext, name: string): number {
  const v = ctx.parsed.values.get(name);
  return typeof v === 'number' ? v : parseDuration(String(v)) ?? 0;
}

function failOutcome(ctx: VerbContext, o: Exclude<Outcome<unknown>, { ok: true }>): number {
  return 'status' in o ? failStatus(ctx, o.status) : fail(ctx, o.error);
}

/** validateArguments: every usage problem is reported, one aggregate. */
function validate(ctx: VerbContext, filenames: string[]): string[] {
  const errors: string[] = [];
  const image = flag.str(ctx.parsed, 'image');
  if (!flag.str(ctx.parsed, 'deployment-label-key')) errors.push('--deployment-label-key can not be empty');
  if (filenames.length > 1) errors.push('May only specify a single filename for new controller');
  if (!flag.bool(ctx.parsed, 'rollback')) {
    if (!filenames.length && !image) errors.push('Must specify --filename or --image for new controller');
    else if (filenames.length && image) errors.push('--filename and --image can not both be specified');
  } else if (filenames.length || image) {
    errors.push("Don't specify --filename or --image on rollback");
  }
  if (ctx.parsed.args.length < 1) errors.push('Must specify the controller to update');
  return errors;
}

/** The next controller from `-f FILE` (one ReplicationController). */
function fromFile(ctx: VerbContext, filename: string): Outcome<ReplicationController> {
  const loaded = loadManifests(ctx, [filename], false);
  if (loaded.errors.length) return { ok: false, error: loaded.errors[0].replace(/^error: /, '') };
  if (loaded.objects.length > 1) return { ok: false, error: `${filename} specifies multiple items` };
  if (!loaded.objects.length) return { ok: false, error: `please make sure ${filename} exists and is not empty` };
  const obj = loaded.objects[0].object;
  if (obj.kind !== 'ReplicationController' || obj.apiVersion !== 'v1') {
    const [group, version] = obj.apiVersion.includes('/') ? obj.apiVersion.split('/') : ['', obj.apiVersion];
    return { ok: false, error: `${filename} contains a ${group}/${version}, Kind=${obj.kind} not a ReplicationController` };
  }
  return { ok: true, value: obj as ReplicationController };
}

function run(ctx: VerbContext): number {
  ctx.io.err('Command "rolling-update" is deprecated, use "rollout" instead\n');
  const filenames = flag.list(ctx.parsed, 'filename');
  const problems = validate(ctx, filenames);
  if (problems.length) {
    ctx.io.err(`${problems.map((p) => usageError(PATH, p)).map((m, i) => (i === 0 ? m : m.replace(/^error: /, ''))).join('\n')}\n`);
    return 1;
  }
  const args = ctx.parsed.args;
  const oldName = args[0];
  const keepOldName = args.length === 1;
  const image = flag.str(ctx.parsed, 'image');
  const key = flag.str(ctx.parsed, 'deployment-label-key');
  const rollback = flag.bool(ctx.parsed, 'rollback');
  const dryRun = ['true', 'client', 'unchanged'].includes(flag.str(ctx.parsed, 'dry-run'));
  const ns = ctx.namespace;
  const session = { client: ctx.client, cluster: ctx.session.cluster };

  const oldGot = ctx.client.get<ReplicationController>(R.replicationcontrollers, ns, oldName);
  if (!oldGot.ok) {
    if (oldGot.status.reason !== 'NotFound' || !image || !keepOldName) return failStatus(ctx, oldGot.status);
    // Interrupted during the rename: finish it from the controller that names us as its source.
    const listed = ctx.client.list<ReplicationController>(R.replicationcontrollers, ns);
    const source = listed.ok ? listed.value.items.find((rc) => rc.metadata.annotations?.[SOURCE_ID]?.startsWith(oldName)) : undefined;
    if (!source) return fail(ctx, `couldn't find a replication controller with source id == ${ns}/${oldName}`);
    const renamed = rename(session, source, oldName);
    return renamed.ok ? 0 : failOutcome(ctx, renamed);
  }
  let oldRc = oldGot.value;
  const findNewName = (rc: ReplicationController): string => args[1] ?? rc.metadata.annotations?.[NEXT_CONTROLLER] ?? '';
  let newRc: ReplicationController | undefined;
  let replicasDefaulted = false;
  if (filenames.length) {
    const loaded = fromFile(ctx, filenames[0]);
    if (!loaded.ok) return failOutcome(ctx, loaded);
    newRc = loaded.value;
    replicasDefaulted = newRc.spec?.replicas === undefined;
    newRc.metadata.namespace = newRc.metadata.namespace ?? ns;
  }
  if (image) {
    const newName = findNewName(oldRc);
    const existing = newName ? ctx.client.get<ReplicationController>(R.replicationcontrollers, ns, newName) : undefined;
    if (existing?.ok) {
      const inProgress = existing.value.spec.template?.spec.containers[0]?.image;
      if (inProgress !== image) return fail(ctx, `Found existing in-progress update to image (${inProgress}).\nEither continue in-progress update with --image=${inProgress} or rollback with --rollback`);
      ctx.io.out(`Found existing update in progress (${existing.value.metadata.name}), resuming.\n`);
      newRc = existing.value;
    } else {
      let pullPolicy: string | undefined;
      if (oldRc.spec.template?.spec.containers[0]?.image === image) {
        pullPolicy = flag.str(ctx.parsed, 'image-pull-policy');
        if (!pullPolicy) return fail(ctx, '--image-pull-policy (Always|Never|IfNotPresent) must be provided when --image is the same as existing container image');
      }
      const built = newControllerFromCurrent(ctx.client, { namespace: ns, oldName, newName, image, container: flag.str(ctx.parsed, 'container'), deploymentKey: key, pullPolicy });
      if (!built.ok) return failOutcome(ctx, built);
      newRc = built.value;
    }
    const oldHash = `${hashObject(oldRc)}-orig`;
    const updated = updateExistingController(ctx.client, oldRc, newRc.metadata.name ?? '', key, oldHash);
    if (!updated.ok) return failOutcome(ctx, updated);
    oldRc = updated.value;
  }
  if (rollback) {
    const newName = findNewName(oldRc);
    const existing = newName ? ctx.client.get<ReplicationController>(R.replicationcontrollers, ns, newName) : undefined;
    if (!existing?.ok) return fail(ctx, `Could not find ${newName} to rollback.\n`);
    newRc = existing.value;
  }
  if (!newRc) return fail(ctx, 'Must specify --filename or --image for new controller');
  const filename = filenames[0] ?? '';
  if (oldName === newRc.metadata.name) return fail(ctx, `${filename} cannot have the same name as the existing ReplicationController ${oldName}`);
  const differs = Object.entries(oldRc.spec.selector ?? {}).some(([k, v]) => k in (newRc!.spec.selector ?? {}) && newRc!.spec.selector![k] !== v);
  if (!differs) return fail(ctx, `${filename} must specify a matching key with non-equal value in Selector for ${oldName}`);
  if (replicasDefaulted) newRc.spec.replicas = oldRc.spec.replicas;
  if (dryRun) {
    ctx.io.out(`Rolling from:\n${oldRc.metadata.name}\nTo:\n${newRc.metadata.name}\n`);
    return 0;
  }
  let cfgOld = oldRc;
  let cfgNew = newRc;
  let cleanupPolicy: 'Delete' | 'Rename' = keepOldName ? 'Rename' : 'Delete';
  if (rollback) {
    // AbortRollingUpdate: swap the controllers and go back to the original size.
    const original = oldRc.metadata.annotations?.[ORIGINAL_REPLICAS];
    if (original === undefined) return fail(ctx, `couldn't find original replica count of "${oldRc.metadata.name}"`);
    cfgOld = newRc;
    cfgNew = { ...oldRc, metadata: { ...oldRc.metadata, annotations: { ...(oldRc.metadata.annotations ?? {}), [SOURCE_ID]: `${newRc.metadata.name}:${newRc.metadata.uid}`, [DESIRED_REPLICAS]: original } } };
    ctx.io.out(`Setting "${cfgNew.metadata.name}" replicas to ${original}\n`);
    cleanupPolicy = 'Delete';
    const put = ctx.client.update<ReplicationController>(R.replicationcontrollers, cfgNew);
    if (put.ok) cfgNew = put.value;
  }
  const result = runUpdate({
    client: ctx.client, cluster: ctx.session.cluster, out: (l) => ctx.io.out(l), oldRc: cfgOld, newRc: cfgNew,
    updatePeriodMs: ms(ctx, 'update-period'), intervalMs: ms(ctx, 'poll-interval'), timeoutMs: 5 * 60_000, cleanup: cleanupPolicy,
  });
  if (!result.ok) return failOutcome(ctx, result);
  const finalName = keepOldName ? oldName : cfgNew.metadata.name ?? '';
  const got = ctx.client.get(R.replicationcontrollers, ns, finalName);
  if (!got.ok) return failStatus(ctx, got.status);
  const message = keepOldName ? 'rolling updated' : `rolling updated to "${cfgNew.metadata.name}"`;
  ctx.io.out(`replicationcontroller/${finalName} ${message}\n`);
  return 0;
}

export const rollingUpdateVerb: VerbDef = {
  name: 'rolling-update',
  hidden: true,
  short: 'Perform a rolling update. This command is deprecated, use rollout instead.',
  usage: 'kubectl rolling-update OLD_CONTROLLER_NAME ([NEW_CONTROLLER_NAME] --image=NEW_CONTAINER_IMAGE | -f NEW_CONTROLLER_SPEC) [options]',
  long: `Perform a rolling update of the given ReplicationController.

 Replaces the specified replication controller with a new replication controller by updating one pod at a time to use the new PodTemplate. The new-controller.json must specify the same namespace as the existing replication controller and overwrite at least one (common) label in its replicaSelector.

 ! http://kubernetes.io/images/docs/kubectl_rollingupdate.svg`,
  examples: `  # Update pods of frontend-v1 using new replication controller data in frontend-v2.json.
  kubectl rolling-update frontend-v1 -f frontend-v2.json
  
  # Update pods of frontend-v1 using JSON data passed into stdin.
  cat frontend-v2.json | kubectl rolling-update frontend-v1 -f -
  
  # Update the pods of frontend-v1 to frontend-v2 by just changing the image, and switching the
  # name of the replication controller.
  kubectl rolling-update frontend-v1 frontend-v2 --image=image:v2
  
  # Update the pods of frontend by just changing the image, and keeping the old name.
  kubectl rolling-update frontend --image=image:v2
  
  # Abort and reverse an existing rollout in progress (from frontend-v1 to frontend-v2).
  kubectl rolling-update frontend-v1 frontend-v2 --rollback`,
  flags: [
    { name: 'allow-missing-template-keys', type: 'bool', default: true, usage: 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.' },
    { name: 'container', type: 'string', usage: 'Container name which will have its image upgraded. Only relevant when --image is specified, ignored otherwise. Required when using --image on a multi-container pod' },
    { name: 'deployment-label-key', type: 'string', default: 'deployment', usage: "The key to use to differentiate between two different controllers, default 'deployment'.  Only relevant when --image is specified, ignored otherwise" },
    { name: 'dry-run', type: 'string', default: 'none', noOptDefault: 'unchanged', usage: 'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.' },
    { name: 'filename', shorthand: 'f', type: 'stringArray', usage: 'Filename or URL to file to use to create the new replication controller.' },
    { name: 'image', type: 'string', usage: 'Image to use for upgrading the replication controller. Must be distinct from the existing image (either new image or new image tag).  Can not be used with --filename/-f' },
    { name: 'image-pull-policy', type: 'string', usage: 'Explicit policy for when to pull container images. Required when --image is same as existing image, ignored otherwise.' },
    { name: 'output', shorthand: 'o', type: 'string', usage: 'Output format. One of: json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-file.' },
    { name: 'poll-interval', type: 'duration', default: '3s', usage: 'Time delay between polling for replication controller status after the update. Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".' },
    { name: 'rollback', type: 'bool', usage: 'If true, this is a request to abort an existing rollout that is partially rolled out. It effectively reverses current and next and runs a rollout' },
    { name: 'template', type: 'string', usage: 'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].' },
    { name: 'timeout', type: 'duration', default: '5m0s', usage: 'Max time to wait for a replication controller to update before giving up. Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".' },
    { name: 'update-period', type: 'duration', default: '1m0s', usage: 'Time to wait between updating pods. Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".' },
    { name: 'validate', type: 'string', default: 'true', noOptDefault: 'true', usage: "Must be one of: strict (or true), warn, ignore (or false). \"true\" or \"strict\" will use a schema to validate the input and fail the request if invalid. It will perform server side validation if ServerSideFieldValidation is enabled on the api-server, but will fall back to less reliable client-side validation if not. \"warn\" will warn about unknown or duplicate fields without blocking the request if server-side field validation is enabled on the API server, and behave as \"ignore\" otherwise. \"false\" or \"ignore\" will not perform any schema validation, silently dropping any unknown or duplicate fields." },
  ],
  run,
};
