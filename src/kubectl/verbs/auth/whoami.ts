/**
 * `kubectl auth whoami` (kubernetes/kubectl pkg/cmd/auth/whoami.go): a SelfSubjectReview,
 * printed as an ATTRIBUTE/VALUE table or, with -o, as the object.
 */
import { printObject, unsupportedOutput } from '../../apply/output.js';
import type { KObject } from '../../../sim/index.js';
import { fail, failStatus } from '../../context.js';
import { flag } from '../../flags.js';
import { TabWriter } from '../../printers/index.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { rbacHelp } from './help-data.js';

/** authentication/v1 UserInfo. */
interface UserInfoView { username?: string; uid?: string; groups?: string[]; extra?: Record<string, string[]> }

function run(ctx: VerbContext): number {
  const output = flag.str(ctx.parsed, 'output');
  if (output && !['yaml', 'json'].includes(output)) return fail(ctx, unsupportedOutput(output));
  // A SelfSubjectReview created through the API, as kubectl does (whoami.go).
  const created = ctx.client.create<KObject & { status: { userInfo: UserInfoView } }>(
    { group: 'authentication.k8s.io', resource: 'selfsubjectreviews' }, undefined,
    { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview', metadata: {} } as KObject,
  );
  if (!created.ok) return failStatus(ctx, created.status);
  const review = created.value;
  if (output) {
    printObject(ctx, review, undefined, output, true);
    return 0;
  }
  const u = review.status.userInfo;
  const w = new TabWriter();
  w.write('ATTRIBUTE\tVALUE\n');
  if (u.username) w.write(`Username\t${u.username}\n`);
  if (u.uid) w.write(`UID\t${u.uid}\n`);
  if (u.groups?.length) w.write(`Groups\t[${u.groups.join(' ')}]\n`);
  for (const k of Object.keys(u.extra ?? {}).sort()) w.write(`Extra: ${k}\t[${u.extra![k].join(' ')}]\n`);
  ctx.io.out(w.flush());
  return 0;
}

// cobra's Short differs from the Long text here (`kubectl auth --help` lists this line).
export const whoamiVerb: VerbDef = { name: 'whoami', ...rbacHelp('auth whoami'), short: 'Experimental: Check self subject attributes', run };
