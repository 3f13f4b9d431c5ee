/**
 * `kubectl delete` (kubernetes/kubectl pkg/cmd/delete/delete.go): by name, `-f`, `-l`,
 * `--all`, `-A`; `--grace-period`, `--now`, `--force`, `--cascade`, `--ignore-not-found`,
 * and `--wait` (default true), which waits in virtual time until every deleted object is
 * gone — a pod's graceful termination, foreground deletion of dependents.
 * Prints `deployment.apps "web" deleted` (the 1.33 form) per object; errors come last.
 */
import type { ResourceType } from '../../sim/index.js';
import { dryRunOf, kindGroup, NO_RESOURCES, refOf, unsupportedFlag } from '../apply/common.js';
import { helpOf } from '../apply/flag-specs.js';
import { findTargets, statusLine, type Target } from '../apply/targets.js';
import { fail, failUsage } from '../context.js';
import { flag } from '../flags.js';
import type { VerbContext, VerbDef } from '../types.js';

const CASCADE: Record<string, string> = { background: 'Background', true: 'Background', foreground: 'Foreground', orphan: 'Orphan', false: 'Orphan' };

function gracePeriodOf(ctx: VerbContext): { ok: true; value: number } | { ok: false; error: string } {
  const p = ctx.parsed;
  let grace = flag.int(p, 'grace-period');
  const force = flag.bool(p, 'force');
  if (flag.bool(p, 'now')) {
    if (grace !== -1) return { ok: false, error: '--now and --grace-period cannot be specified together' };
    grace = 1;
  }
  // kubectl turns --grace-period=0 into 1 unless --force says immediate deletion is meant.
  if (grace === 0 && !force) grace = 1;
  if (force && grace < 0) grace = 0;
  if (grace > 0 && force) return { ok: false, error: '--force and --grace-period greater than 0 cannot be specified together' };
  return { ok: true, value: grace };
}

function gone(ctx: VerbContext, t: Target, uid: string | undefined): boolean {
  const got = ctx.client.get(refOf(t.type), t.namespace, t.name);
  return !got.ok || (uid !== undefined && got.value.metadata.uid !== uid);
}

function run(ctx: VerbContext): number {
  const p = ctx.parsed;
  const unsupported = unsupportedFlag(ctx);
  if (unsupported) return fail(ctx, unsupported);
  const output = flag.str(p, 'output');
  if (output && output !== 'name') return fail(ctx, `unexpected -o output mode: ${output}. We only support '-o name'`);
  const selector = flag.str(p, 'selector');
  const fieldSelector = flag.str(p, 'field-selector');
  const all = flag.bool(p, 'all');
  // The builder rejects --all with either selector before Validate's own checks run.
  if (all && (selector || fieldSelector)) return fail(ctx, "setting 'all' parameter but found a non empty selector. ");
  const cascadeRaw = flag.str(p, 'cascade') || 'background';
  const propagation = CASCADE[cascadeRaw];
  if (!propagation) return fail(ctx, `invalid cascade value (${cascadeRaw}). Must be "background", "foreground", or "orphan"`);
  if (cascadeRaw === 'false' || cascadeRaw === 'true') {
    ctx.io.err(`warning: --cascade=${cascadeRaw} is deprecated (boolean value) and can be replaced with --cascade=${cascadeRaw === 'false' ? 'orphan' : 'background'}.\n`);
  }
  const grace = gracePeriodOf(ctx);
  if (!grace.ok) return fail(ctx, grace.error);
  const dry = dryRunOf(ctx);
  if (!dry.ok) return fail(ctx, dry.error);
  if (flag.bool(p, 'interactive')) return fail(ctx, '--interactive needs a terminal to ask for confirmation, which this simulated kubectl does not have; run the command without -i');
  const found = findTargets(ctx, p.args, { allowList: true, selector, fieldSelector, all, allNamespaces: flag.bool(p, 'all-namespaces'), fetch: false });
  if (!found.ok) {
    if (found.error === 'NO_RESOURCES') return fail(ctx, NO_RESOURCES);
    return found.usage ? failUsage(ctx, found.error) : fail(ctx, found.error);
  }
  const ignoreNotFound = flag.given(p, 'ignore-not-found') ? flag.bool(p, 'ignore-not-found') : (all || !!selector || !!fieldSelector || flag.bool(p, 'ignore-not-found'));
  if (grace.value === 0 && flag.bool(p, 'force')) {
    ctx.io.err('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
  }
  const errors = [...found.errors];
  const deleted: { target: Target; uid?: string }[] = [];
  // The longest grace period the server granted: waiting that long (plus the session's watch
  // window) covers a graceful termination without jumping far ahead when nothing will change.
  let longestGrace = 0;
  let warnedClusterScope = false;
  const op = `${grace.value === 0 ? 'force deleted' : 'deleted'}${dry.value === 'client' ? ' (dry run)' : dry.value === 'server' ? ' (server dry run)' : ''}`;
  const print = (t: ResourceType, name: string) => ctx.io.out(output === 'name' ? `${kindGroup(t)}/${name}\n` : `${kindGroup(t)} "${name}" ${op}\n`);
  for (const t of found.targets) {
    if (ctx.namespaceExplicit && !flag.bool(p, 'all-namespaces') && !t.type.namespaced && !warnedClusterScope) {
      ctx.io.err('Warning: deleting cluster-scoped resources, not scoped to the provided namespace\n');
      warnedClusterScope = true;
    }
    if (dry.value === 'client') {
      print(t.type, t.name);
      deleted.push({ target: t });
      continue;
    }
    const options: Record<string, unknown> = {};
    if (grace.value >= 0) options.gracePeriodSeconds = grace.value;
    options.propagationPolicy = propagation;
    const res = ctx.client.request({
      verb: 'delete', ...refOf(t.type), namespace: t.namespace, name: t.name, body: options,
      query: dry.value === 'server' ? { dryRun: 'All' } : undefined,
    });
    if (res.code >= 300) {
      if (res.body?.reason === 'NotFound' && ignoreNotFound) continue;
      errors.push(statusLine(res.body, t.source ? `error when deleting "${t.source}": ${res.body.message}` : undefined));
      continue;
    }
    print(t.type, t.name);
    const uid = res.body?.kind === 'Status' ? res.body.details?.uid : res.body?.metadata?.uid;
    longestGrace = Math.max(longestGrace, res.body?.metadata?.deletionGracePeriodSeconds ?? 0);
    deleted.push({ target: t, uid });
  }
  if (!found.targets.length && !errors.length) {
    ctx.io.out('No resources found\n');
    return 0;
  }
  if (flag.bool(p, 'wait') && dry.value === 'none' && deleted.length) {
    const timeout = flag.ms(p, 'timeout');
    const limit = timeout > 0 ? timeout : ctx.session.watchWindowMs + longestGrace * 1000;
    const done = () => deleted.every((d) => gone(ctx, d.target, d.uid));
    if (!ctx.session.cluster.advanceUntil(done, limit) && timeout > 0) {
      const first = deleted.find((d) => !gone(ctx, d.target, d.uid));
      if (first) errors.push(`error: timed out waiting for the condition on ${first.target.type.plural}${first.target.type.group ? `.${first.target.type.group}` : ''}/${first.target.name}`);
    }
  }
  for (const e of errors) ctx.io.err(`${e}\n`);
  return errors.length ? 1 : 0;
}

export const deleteVerb: VerbDef = {
  name: 'delete',
  group: 'Basic Commands (Intermediate)',
  ...helpOf('delete'),
  short: 'Delete resources by file names, stdin, resources and names, or by resources and label selector',
  run,
};
