/**
 * `kubectl auth whoami` (kubernetes/kubectl pkg/cmd/auth/whoami.go): a SelfSubjectReview,
 * printed as an ATTRIBUTE/VALUE table or, with -o, as the object.
 */
import { printObject, unsupportedOutput } from '../../apply/output.js';
import { fail, failStatus } from '../../context.js';
import { flag } from '../../flags.js';
import { rejectionOf } from '../../identity.js';
import { TabWriter } from '../../printers/index.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { rbacHelp } from './help-data.js';

function run(ctx: VerbContext): number {
  const output = flag.str(ctx.parsed, 'output');
  if (output && !['yaml', 'json'].includes(output)) return fail(ctx, unsupportedOutput(output));
  const rejected = rejectionOf(ctx.client);
  if (rejected) return failStatus(ctx, rejected);
  const u = ctx.user;
  if (output) {
    const userInfo: Record<string, unknown> = { username: u.name };
    if (u.uid) userInfo.uid = u.uid;
    if (u.groups.length) userInfo.groups = u.groups;
    if (u.extra && Object.keys(u.extra).length) userInfo.extra = u.extra;
    const review = { kind: 'SelfSubjectReview', apiVersion: 'authentication.k8s.io/v1', metadata: { creationTimestamp: ctx.session.cluster.clock.iso() }, status: { userInfo } };
    printObject(ctx, review, undefined, output, true);
    return 0;
  }
  const w = new TabWriter();
  w.write('ATTRIBUTE\tVALUE\n');
  if (u.name) w.write(`Username\t${u.name}\n`);
  if (u.uid) w.write(`UID\t${u.uid}\n`);
  if (u.groups.length) w.write(`Groups\t[${u.groups.join(' ')}]\n`);
  for (const k of Object.keys(u.extra ?? {}).sort()) w.write(`Extra: ${k}\t[${u.extra![k].join(' ')}]\n`);
  ctx.io.out(w.flush());
  return 0;
}

// cobra's Short differs from the Long text here (`kubectl auth --help` lists this line).
export const whoamiVerb: VerbDef = { name: 'whoami', ...rbacHelp('auth whoami'), short: 'Experimental: Check self subject attributes', run };
