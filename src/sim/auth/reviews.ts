/**
 * What SelfSubjectAccessReview, SelfSubjectRulesReview and SelfSubjectReview answer
 * (`kubectl auth can-i`, `kubectl auth can-i --list`, `kubectl auth whoami`), computed by
 * the same authorizer every request goes through.
 */
import type { Cluster } from '../cluster.js';
import type { UserInfo } from '../types.js';
import { MASTERS } from './identity.js';
import type { PolicyRule } from './rules.js';
import { authState } from './state.js';
import { authenticateToken } from './tokens.js';

export interface AccessReviewSpec {
  resourceAttributes?: { namespace?: string; verb: string; group?: string; resource?: string; subresource?: string; name?: string };
  nonResourceAttributes?: { path: string; verb: string };
}

export interface AccessReviewStatus { allowed: boolean; reason?: string; evaluationError?: string }

/** SelfSubjectAccessReview: may `user` do this? */
export function selfSubjectAccessReview(cluster: Cluster, user: UserInfo, spec: AccessReviewSpec): AccessReviewStatus {
  const { authorizer } = authState(cluster);
  if (spec.nonResourceAttributes) {
    return { allowed: authorizer.authorize(user, { verb: spec.nonResourceAttributes.verb, path: spec.nonResourceAttributes.path }) };
  }
  const a = spec.resourceAttributes ?? { verb: '' };
  return { allowed: authorizer.authorize(user, { ...a, namespace: a.namespace || undefined }) };
}

export interface RulesReviewStatus {
  resourceRules: { verbs: string[]; apiGroups?: string[]; resources?: string[]; resourceNames?: string[] }[];
  nonResourceRules: { verbs: string[]; nonResourceURLs?: string[] }[];
  incomplete: boolean;
}

/** SelfSubjectRulesReview: every rule that applies to `user` in `namespace`. */
export function selfSubjectRulesReview(cluster: Cluster, user: UserInfo, namespace: string): RulesReviewStatus {
  const status: RulesReviewStatus = { resourceRules: [], nonResourceRules: [], incomplete: false };
  // system:masters passes through the privileged-group authorizer, which reports "*".
  const rules: PolicyRule[] = user.groups.includes(MASTERS)
    ? [{ verbs: ['*'], apiGroups: ['*'], resources: ['*'] }, { verbs: ['*'], nonResourceURLs: ['*'] }]
    : [];
  for (const r of authState(cluster).authorizer.rulesFor(user, namespace)) rules.push(r.rule);
  for (const r of rules) {
    if (r.nonResourceURLs?.length) status.nonResourceRules.push({ verbs: [...r.verbs], nonResourceURLs: [...r.nonResourceURLs] });
    else {
      const out: RulesReviewStatus['resourceRules'][number] = { verbs: [...r.verbs], apiGroups: [...(r.apiGroups ?? [])], resources: [...(r.resources ?? [])] };
      if (r.resourceNames?.length) out.resourceNames = [...r.resourceNames];
      status.resourceRules.push(out);
    }
  }
  return status;
}

/** A bearer token's identity, or undefined when the API server would answer 401. */
export function authenticateBearerToken(cluster: Cluster, token: string): UserInfo | undefined {
  const s = authState(cluster);
  return authenticateToken(s.issuer, cluster.store, token, cluster.clock.now());
}
