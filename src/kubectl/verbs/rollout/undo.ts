/**
 * `kubectl rollout undo` (kubectl pkg/cmd/rollout/rollout_undo.go and
 * pkg/polymorphichelpers/rollback.go at v0.33.0). Client-side: find the ReplicaSet of the
 * wanted revision and send a JSON patch that replaces the Deployment's template with the
 * ReplicaSet's (minus pod-template-hash) and its annotations with the ReplicaSet's ones
 * (keeping the Deployment's own values of the skip list). The controller then treats that
 * old ReplicaSet as the new one and gives it the next revision number.
 */
import { deepClone, type Deployment, type ReplicaSet } from '../../../sim/index.js';
import { fail, failStatus } from '../../context.js';
import { flag } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { groupKind, nameLine, noResources, PRINT_FLAGS, resolveTargets, RESOURCE_FLAGS, type Target } from './common.js';
import { formatObject } from './output.js';
import { describePodTemplate } from './pod-template.js';
import { ANNOTATIONS_TO_SKIP, deploymentReplicaSets, equalIgnoreHash, revisionNotFound, rollbackTarget } from './revisions.js';

type DryRun = 'none' | 'client' | 'server';

/** cmdutil.GetDryRunStrategy (the deprecated boolean forms map to client/none). */
function dryRunStrategy(value: string): DryRun | undefined {
  if (['true', '1', 't', 'T', 'TRUE', 'True', 'unchanged', 'client'].includes(value)) return 'client';
  if (['false', '0', 'f', 'F', 'FALSE', 'False', 'none'].includes(value)) return 'none';
  if (value === 'server') return 'server';
  return undefined;
}

/** The JSON patch `rollout undo` sends (getDeploymentPatch). */
export function rollbackPatch(d: Deployment, rs: ReplicaSet): unknown[] {
  const template = deepClone(rs.spec.template ?? { spec: { containers: [] } });
  if (template.metadata?.labels) delete template.metadata.labels['pod-template-hash'];
  const annotations: Record<string, string> = {};
  for (const k of ANNOTATIONS_TO_SKIP) {
    const v = d.metadata.annotations?.[k];
    if (v !== undefined) annotations[k] = v;
  }
  for (const [k, v] of Object.entries(rs.metadata.annotations ?? {})) if (!ANNOTATIONS_TO_SKIP.has(k)) annotations[k] = v;
  return [
    { op: 'replace', path: '/spec/template', value: template },
    { op: 'replace', path: '/metadata/annotations', value: annotations },
  ];
}

/** Rollback for one Deployment: the printer operation, or an error message. */
function rollback(ctx: VerbContext, d: Deployment, toRevision: number, dryRun: DryRun): { ok: true; result: string; object: Deployment } | { ok: false; error: string } {
  if (toRevision < 0) return { ok: false, error: revisionNotFound(toRevision) };
  const name = d.metadata.name ?? '';
  const fresh = ctx.client.get<Deployment>({ group: 'apps', resource: 'deployments' }, d.metadata.namespace, name);
  if (!fresh.ok) return { ok: false, error: `failed to retrieve Deployment ${name}: ${fresh.status.message}` };
  const deployment = fresh.value;
  const rss = deploymentReplicaSets(ctx.client, deployment);
  if (!rss.ok) return { ok: false, error: `failed to retrieve replica sets from deployment ${name}: ${rss.status.message}` };
  const target = rollbackTarget(deployment, rss.value.all, toRevision);
  if (!target.ok) return target;
  if (dryRun === 'client') return { ok: true, result: describePodTemplate(target.rs.spec.template), object: deployment };
  if (deployment.spec.paused) {
    return { ok: false, error: "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again" };
  }
  if (equalIgnoreHash(target.rs.spec.template, deployment.spec.template)) {
    // Upstream reports the revision asked for, which is 0 when --to-revision was not given.
    return { ok: true, result: `skipped rollback (current template already matches revision ${toRevision})`, object: deployment };
  }
  const patched = ctx.client.patch<Deployment>(
    { group: 'apps', resource: 'deployments' }, deployment.metadata.namespace, name, rollbackPatch(deployment, target.rs),
    'application/json-patch+json', undefined, dryRun === 'server' ? { dryRun: 'All' } : undefined,
  );
  if (!patched.ok) return { ok: false, error: `failed restoring revision ${toRevision}: ${patched.status.message}` };
  return { ok: true, result: 'rolled back', object: patched.value };
}

const DRY_RUN_SUFFIX: Record<DryRun, string> = { none: '', client: ' (dry run)', server: ' (server dry run)' };

function undoOne(ctx: VerbContext, t: Target, dryRun: DryRun): number {
  if (t.type.group !== 'apps' || t.type.kind !== 'Deployment') {
    return fail(ctx, `no rollbacker has been implemented for "${groupKind(t.type)}"`);
  }
  const r = rollback(ctx, t.object as Deployment, flag.int(ctx.parsed, 'to-revision'), dryRun);
  if (!r.ok) return fail(ctx, r.error);
  const operation = `${r.result}${DRY_RUN_SUFFIX[dryRun]}`;
  const output = flag.str(ctx.parsed, 'output');
  if (output && output !== 'name') {
    const printed = formatObject(ctx, t.object, output);
    if (!printed.ok) return fail(ctx, printed.error);
    ctx.io.out(printed.text);
    return 0;
  }
  // The printer is handed the object as first fetched (info.Object), not the patched one.
  ctx.io.out(nameLine(t.type, t.object.metadata.name ?? '', operation));
  return 0;
}

function run(ctx: VerbContext): number {
  const dryRun = dryRunStrategy(flag.str(ctx.parsed, 'dry-run'));
  if (!dryRun) return fail(ctx, `Invalid dry-run value (${flag.str(ctx.parsed, 'dry-run')}). Must be "none", "server", or "client".`);
  if (noResources(ctx)) return fail(ctx, 'required resource not specified');
  const resolved = resolveTargets(ctx);
  if (!resolved.ok) return 'status' in resolved ? failStatus(ctx, resolved.status) : fail(ctx, resolved.error);
  let code = 0;
  for (const t of resolved.targets) code = undoOne(ctx, t, dryRun) || code;
  for (const s of resolved.errors) code = failStatus(ctx, s);
  return code;
}

export const rolloutUndoVerb: VerbDef = {
  name: 'undo',
  short: 'Undo a previous rollout',
  usage: 'kubectl rollout undo (TYPE NAME | TYPE/NAME) [flags] [options]',
  long: 'Roll back to a previous rollout.',
  examples: `  # Roll back to the previous deployment
  kubectl rollout undo deployment/abc
  
  # Roll back to daemonset revision 3
  kubectl rollout undo daemonset/abc --to-revision=3
  
  # Roll back to the previous deployment with dry-run
  kubectl rollout undo --dry-run=server deployment/abc`,
  flags: [
    ...PRINT_FLAGS,
    { name: 'dry-run', type: 'string', default: 'none', noOptDefault: 'unchanged', usage: 'Must be "none", "server", or "client". If client strategy, only print the object that would be sent, without sending it. If server strategy, submit server-side request without persisting the resource.' },
    ...RESOURCE_FLAGS,
    { name: 'to-revision', type: 'int', usage: 'The revision to rollback to. Default to 0 (last revision).' },
  ],
  run,
};
