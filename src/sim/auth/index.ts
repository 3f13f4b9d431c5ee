/** Authentication and authorization: RBAC, ServiceAccounts and their tokens. */
export { authPlugin } from './plugin.js';
export { RbacAuthorizer, subjectMatches } from './authorizer.js';
export { ruleAllows, verbMatches, apiGroupMatches, resourceMatches, resourceNameMatches, nonResourceURLMatches } from './rules.js';
export type { PolicyRule, RequestAttributes } from './rules.js';
export { serviceAccountUser, serviceAccountUsername, splitServiceAccountUsername } from './identity.js';
export { selfSubjectAccessReview, selfSubjectRulesReview, authenticateBearerToken } from './reviews.js';
export type { AccessReviewSpec, AccessReviewStatus, RulesReviewStatus } from './reviews.js';
export { issueServiceAccountToken } from './token-request.js';
export { impersonateUser } from './impersonation.js';
export type { ImpersonationRequest, ImpersonationResult } from './impersonation.js';
export { authState } from './state.js';
