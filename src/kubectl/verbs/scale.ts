/**
 * `kubectl scale --replicas=N TYPE NAME...|-f FILE|-l SEL|--all` (kubernetes/kubectl
 * pkg/cmd/scale/scale.go, pkg/scale/scale.go): a merge patch `{"spec":{"replicas":N}}` of
 * the `scale` subresource, or, with --current-replicas / --resource-version, a GET and an
 * update of it with the precondition checked. Prints `deployment.apps/web scaled`.
 */
import { dryRunOf, nameLine, NO_RESOURCES, refOf } from '../apply/common.js';
import { helpOf } from '../apply/flag-specs.js';
import { changeCause, recordChange, recordRequested } from '../apply/record.js';
import { findTargets, statusLine } from '../apply/targets.js';
import { fail, failUsage } from '../context.js';
import { flag } from '../flags.js';
import type { VerbContext, VerbDef } from '../types.js';
import { requiredFlag } from './create/generator.js';

function run(ctx: VerbContext): number {
  const p = ctx.parsed;
  const record = recordRequested(ctx);
  if (!flag.given(p, 'replicas')) return requiredFlag(ctx, 'replicas');
  const replicas = flag.int(p, 'replicas');
  const currentReplicas = flag.int(p, 'current-replicas');
  const resourceVersion = flag.str(p, 'resource-version');
  if (replicas < 0) return fail(ctx, 'The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  if (currentReplicas < -1) return fail(ctx, 'The --current-replicas must specify an integer of -1 or greater');
  const dry = dryRunOf(ctx);
  if (!dry.ok) return fail(ctx, dry.error);
  const found = findTargets(ctx, p.args, { allowList: true, selector: flag.str(p, 'selector'), all: flag.bool(p, 'all'), fetch: true });
  if (!found.ok) {
    if (found.error === 'NO_RESOURCES') return fail(ctx, NO_RESOURCES);
    return found.usage ? failUsage(ctx, found.error) : fail(ctx, found.error);
  }
  if (resourceVersion && found.targets.length > 1) return fail(ctx, 'cannot use --resource-version with multiple resources');
  if (!found.targets.length) {
    const why = found.errors.map((e) => e.replace(/^Error from server \(\w+\): |^error: /, '')).join('\n');
    return fail(ctx, why ? `no objects passed to scale ${why}` : 'no objects passed to scale');
  }
  const query = dry.value === 'server' ? { dryRun: 'All' } : undefined;
  const precondition = currentReplicas !== -1 || resourceVersion !== '';
  for (const t of found.targets) {
    if (dry.value === 'client') {
      ctx.io.out(nameLine(t.type, t.name, 'scaled', 'client'));
      continue;
    }
    const ref = refOf(t.type);
    if (precondition) {
      const current = ctx.client.request({ verb: 'get', ...ref, namespace: t.namespace, name: t.name, subresource: 'scale' });
      if (current.code >= 300) return fail(ctx, statusLine(current.body));
      const scale = current.body;
      if (currentReplicas !== -1 && scale.spec.replicas !== currentReplicas) return fail(ctx, `Expected replicas to be ${currentReplicas}, was ${scale.spec.replicas}`);
      if (resourceVersion && scale.metadata.resourceVersion !== resourceVersion) return fail(ctx, `Expected resource version to be ${resourceVersion}, was ${scale.metadata.resourceVersion}`);
      const res = ctx.client.request({ verb: 'update', ...ref, namespace: t.namespace, name: t.name, subresource: 'scale', body: { ...scale, spec: { ...scale.spec, replicas } }, query });
      if (res.code >= 300) return printFailure(ctx, statusLine(res.body));
    } else {
      const res = ctx.client.request({ verb: 'patch', ...ref, namespace: t.namespace, name: t.name, subresource: 'scale', body: { spec: { replicas } }, patchType: 'application/merge-patch+json', query });
      if (res.code >= 300) return printFailure(ctx, statusLine(res.body));
    }
    const timeout = flag.ms(p, 'timeout');
    if (timeout > 0 && dry.value === 'none') {
      const synced = () => {
        const s = ctx.client.request({ verb: 'get', ...ref, namespace: t.namespace, name: t.name, subresource: 'scale' });
        return s.code === 200 && s.body.status.replicas === replicas;
      };
      if (!ctx.session.cluster.advanceUntil(synced, timeout)) return fail(ctx, `timed out waiting for "${t.name}" to be synced`);
    }
    if (record && dry.value === 'none') recordChange(ctx, t.type, t.namespace, t.name, changeCause(ctx));
    ctx.io.out(nameLine(t.type, t.name, 'scaled', dry.value));
  }
  for (const e of found.errors) ctx.io.err(`${e}\n`);
  return found.errors.length ? 1 : 0;
}

function printFailure(ctx: VerbContext, line: string): number {
  ctx.io.err(`${line}\n`);
  return 1;
}

export const scaleVerb: VerbDef = {
  name: 'scale',
  group: 'Deploy Commands',
  ...helpOf('scale'),
  short: 'Set a new size for a deployment, replica set, or replication controller',
  run,
};
