/**
 * `type: can-i` — what `kubectl auth can-i VERB RESOURCE --as USER` would answer, asked of
 * the cluster's authorizer directly:
 *   { type: can-i, serviceAccount: default/gihyo-user, verb: list, resource: pods, namespace: '*', expect: yes }
 */
import { z } from 'zod';
import { resolveResource, selfSubjectAccessReview, serviceAccountUser, type UserInfo } from '../../src/sim/index.js';
import type { CheckType } from '../types.js';

const schema = z.object({
  user: z.string().optional(),
  groups: z.array(z.string()).default([]),
  /** `namespace/name` of a ServiceAccount (its token's identity). */
  serviceAccount: z.string().regex(/^[a-z0-9-]+\/[a-z0-9.-]+$/, 'must be namespace/name').optional(),
  verb: z.string(),
  resource: z.string(),
  subresource: z.string().optional(),
  name: z.string().optional(),
  /** `*` asks about every namespace (`--all-namespaces`). */
  namespace: z.string().default('default'),
  expect: z.enum(['yes', 'no']),
}).strict().refine((p) => (p.user === undefined) !== (p.serviceAccount === undefined), { message: 'needs exactly one of user or serviceAccount' });

export const canICheck: CheckType<z.infer<typeof schema>> = {
  schema,
  run(p, ctx) {
    let user: UserInfo;
    if (p.serviceAccount) {
      const [ns, name] = p.serviceAccount.split('/');
      user = serviceAccountUser(ns, name);
    } else {
      user = { name: p.user ?? '', groups: [...p.groups, 'system:authenticated'] };
    }
    const t = resolveResource(p.resource);
    const status = selfSubjectAccessReview(ctx.cluster, user, {
      resourceAttributes: {
        verb: p.verb, resource: t?.plural ?? p.resource, group: t?.group ?? '', subresource: p.subresource, name: p.name,
        namespace: p.namespace === '*' ? '' : p.namespace,
      },
    });
    const answer = status.allowed ? 'yes' : 'no';
    const q = `can ${user.name} ${p.verb} ${p.resource}${p.namespace === '*' ? ' in every namespace' : ` in ${p.namespace}`}`;
    return answer === p.expect ? { passed: true, message: `${q}: ${answer}` } : { passed: false, message: `expected "${p.expect}" to "${q}?", found "${answer}"` };
  },
};
