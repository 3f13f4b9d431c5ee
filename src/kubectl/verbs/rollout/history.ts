/**
 * `kubectl rollout history` (kubectl pkg/cmd/rollout/rollout_history.go and
 * pkg/polymorphichelpers/history.go at v0.33.0). The table goes through the name printer
 * with the operation "\n" + table, hence the trailing space after the name:
 *
 *   deployment.apps/web 
 *   REVISION  CHANGE-CAUSE
 *   1         <none>
 *   2         kubectl set image deployment/web nginx=nginx:1.27 --record=true
 *   (empty line)
 */
import type { Deployment, ReplicaSet } from '../../../sim/index.js';
import { fail, failStatus } from '../../context.js';
import { flag } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { groupKind, nameLine, noResources, PRINT_FLAGS, resolveTargets, RESOURCE_FLAGS, type Target } from './common.js';
import { formatObject } from './output.js';
import { describePodTemplate } from './pod-template.js';
import { CHANGE_CAUSE_ANNOTATION, deploymentReplicaSets, historyOf } from './revisions.js';

/** Two-column tabwriter output (minwidth 0, padding 2): the first column padded to its widest cell plus two. */
function tabbed(rows: [string, string][]): string {
  const width = Math.max(...rows.map((r) => r[0].length)) + 2;
  return rows.map(([a, b]) => `${a.padEnd(width)}${b}\n`).join('');
}

/** ViewHistory for a Deployment: the table, one template, or upstream's errors. */
export function viewDeploymentHistory(all: ReplicaSet[], revision: number): { ok: true; text: string } | { ok: false; error: string } {
  const history = historyOf(all);
  if (!history.size) return { ok: true, text: 'No rollout history found.' };
  if (revision > 0) {
    const rs = history.get(revision);
    if (!rs) return { ok: false, error: 'unable to find the specified revision' };
    // The change-cause shown is the ReplicaSet's, copied into the template's annotations.
    const template = structuredClone(rs.spec.template ?? { spec: { containers: [] } });
    const cause = rs.metadata.annotations?.[CHANGE_CAUSE_ANNOTATION];
    if (cause) template.metadata = { ...(template.metadata ?? {}), annotations: { ...(template.metadata?.annotations ?? {}), [CHANGE_CAUSE_ANNOTATION]: cause } };
    return { ok: true, text: describePodTemplate(template) };
  }
  const revisions = [...history.keys()].sort((a, b) => a - b);
  const rows: [string, string][] = [['REVISION', 'CHANGE-CAUSE']];
  for (const r of revisions) rows.push([String(r), history.get(r)!.metadata.annotations?.[CHANGE_CAUSE_ANNOTATION] || '<none>']);
  return { ok: true, text: tabbed(rows) };
}

function historyFor(ctx: VerbContext, t: Target): number {
  if (t.type.group !== 'apps' || t.type.kind !== 'Deployment') {
    return fail(ctx, `no history viewer has been implemented for "${groupKind(t.type)}"`);
  }
  const d = t.object as Deployment;
  const rss = deploymentReplicaSets(ctx.client, d);
  if (!rss.ok) return fail(ctx, `failed to retrieve replica sets from deployment ${d.metadata.name}: ${rss.status.message}`);
  const revision = flag.int(ctx.parsed, 'revision');
  const output = flag.str(ctx.parsed, 'output');
  if (output) {
    const history = historyOf(rss.value.all);
    const picked = revision > 0 ? [history.get(revision)] : [...history.keys()].sort((a, b) => a - b).map((k) => history.get(k));
    for (const rs of picked) {
      // Upstream hands a missing revision (nil) to the printer, which prints nothing.
      if (!rs) continue;
      const printed = formatObject(ctx, rs, output);
      if (!printed.ok) return fail(ctx, printed.error);
      ctx.io.out(printed.text);
    }
    return 0;
  }
  const viewed = viewDeploymentHistory(rss.value.all, revision);
  if (!viewed.ok) return fail(ctx, viewed.error);
  const withRevision = revision > 0 ? `with revision #${revision}` : '';
  ctx.io.out(nameLine(t.type, d.metadata.name ?? '', `${withRevision}\n${viewed.text}`));
  return 0;
}

function run(ctx: VerbContext): number {
  if (noResources(ctx)) return fail(ctx, 'required resource not specified');
  const revision = flag.int(ctx.parsed, 'revision');
  if (revision < 0) return fail(ctx, `revision must be a positive integer: ${revision}`);
  const resolved = resolveTargets(ctx);
  if (!resolved.ok) return 'status' in resolved ? failStatus(ctx, resolved.status) : fail(ctx, resolved.error);
  let code = 0;
  for (const t of resolved.targets) code = historyFor(ctx, t) || code;
  for (const s of resolved.errors) code = failStatus(ctx, s);
  return code;
}

export const rolloutHistoryVerb: VerbDef = {
  name: 'history',
  short: 'View rollout history',
  usage: 'kubectl rollout history (TYPE NAME | TYPE/NAME) [flags] [options]',
  long: 'View previous rollout revisions and configurations.',
  examples: `  # View the rollout history of a deployment
  kubectl rollout history deployment/abc
  
  # View the details of daemonset revision 3
  kubectl rollout history daemonset/abc --revision=3`,
  flags: [...PRINT_FLAGS, ...RESOURCE_FLAGS, { name: 'revision', type: 'int', usage: 'See the details, including podTemplate of the revision specified' }],
  run,
};
