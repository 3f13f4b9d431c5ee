/**
 * `kubectl create token SERVICE_ACCOUNT_NAME` (kubernetes/kubectl pkg/cmd/create/
 * create_token.go): a TokenRequest on the serviceaccounts/token subresource; prints the
 * token, or the TokenRequest with -o.
 */
import type { KObject } from '../../../sim/index.js';
import { TOKEN_REQUEST_TYPE } from '../../../sim/index.js';
import { printObject, writeOutputError } from '../../apply/output.js';
import { fail } from '../../context.js';
import { flag } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { rbacHelp } from '../auth/help-data.js';
import { singleName } from './generator.js';

const BOUND_KINDS = ['Node', 'Pod', 'Secret'];

function validate(ctx: VerbContext): string | undefined {
  const p = ctx.parsed;
  const duration = flag.ms(p, 'duration') ?? 0;
  if (duration < 0) return '--duration must be greater than or equal to 0';
  if (duration % 1000 !== 0) return '--duration cannot be expressed in units less than seconds';
  for (const a of flag.list(p, 'audience')) if (!a) return '--audience must not be an empty string';
  const kind = flag.str(p, 'bound-object-kind');
  if (!kind) {
    if (flag.str(p, 'bound-object-name')) return '--bound-object-name can only be set if --bound-object-kind is provided';
    if (flag.str(p, 'bound-object-uid')) return '--bound-object-uid can only be set if --bound-object-kind is provided';
    return undefined;
  }
  if (!BOUND_KINDS.includes(kind)) return `supported --bound-object-kind values are ${BOUND_KINDS.join(', ')}`;
  if (!flag.str(p, 'bound-object-name')) return '--bound-object-name is required if --bound-object-kind is provided';
  return undefined;
}

function run(ctx: VerbContext): number {
  const name = singleName(ctx);
  if (typeof name === 'number') return name;
  const bad = validate(ctx);
  if (bad) return fail(ctx, bad);
  const output = flag.str(ctx.parsed, 'output');
  const outputError = writeOutputError(ctx, output);
  if (outputError) return fail(ctx, outputError);
  const p = ctx.parsed;
  const spec: Record<string, unknown> = { audiences: flag.list(p, 'audience') };
  const duration = flag.ms(p, 'duration') ?? 0;
  if (duration > 0) spec.expirationSeconds = duration / 1000;
  const kind = flag.str(p, 'bound-object-kind');
  if (kind) spec.boundObjectRef = { kind, apiVersion: 'v1', name: flag.str(p, 'bound-object-name'), uid: flag.str(p, 'bound-object-uid') || undefined };
  const body = { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', metadata: {}, spec };
  const res = ctx.client.request({ verb: 'create', group: '', resource: 'serviceaccounts', namespace: ctx.namespace, name, subresource: 'token', body });
  if (res.code >= 300) return fail(ctx, `failed to create token: ${res.body?.message ?? ''}`);
  const tr = res.body as KObject;
  if (!tr.status?.token) return fail(ctx, 'failed to create token: no token in server response');
  if (output) {
    printObject(ctx, tr, TOKEN_REQUEST_TYPE, output, true);
    return 0;
  }
  // create_token.go: a newline only when stdout is a terminal (a script or $(...) gets the bare token).
  ctx.io.out(`${tr.status.token}${ctx.session.interactive ? '\n' : ''}`);
  return 0;
}

export const createTokenVerb: VerbDef = { name: 'token', ...rbacHelp('create token'), run };
