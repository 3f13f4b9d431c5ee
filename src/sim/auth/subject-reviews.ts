/**
 * The review resources asked about someone else: SubjectAccessReview (cluster-wide),
 * LocalSubjectAccessReview (one namespace) and TokenReview, served as virtual creates like
 * the self reviews (pkg/registry/authorization/subjectaccessreview and
 * localsubjectaccessreview rest.go, pkg/registry/authentication/tokenreview/storage.go;
 * validation from pkg/apis/authorization/validation). The RBAC authorizer's reason text is
 * not reproduced: status carries `allowed` only.
 */
import type { ApiResponse, CreateHandler } from '../api.js';
import type { Cluster } from '../cluster.js';
import type { ClusterPlugin } from '../cluster.js';
import { badRequest, invalid, type FieldError } from '../errors.js';
import type { UserInfo } from '../types.js';
import { attributeErrors, bodyOf, echo, unknownFormat, type ReviewBody } from './review-handlers.js';
import { authenticateBearerToken, selfSubjectAccessReview, type AccessReviewSpec } from './reviews.js';

type Body = ReviewBody;

/** The API server's own audience (kind's --api-audiences default, the service account issuer). */
const API_AUDIENCES = ['https://kubernetes.default.svc.cluster.local'];

const fail = (s: ReturnType<typeof badRequest>): ApiResponse => ({ code: s.code, body: s });

/** ValidateSubjectAccessReviewSpec: exactly one attribute set, and someone to ask about. */
function specErrors(spec: AccessReviewSpec & { user?: string; groups?: string[] }): FieldError[] {
  const errors = attributeErrors(spec);
  if (!spec.user && !spec.groups?.length) errors.push({ type: 'FieldValueInvalid', field: 'spec.user', value: '""', detail: 'at least one of user or group must be specified' });
  return errors;
}

function subjectOf(spec: Record<string, any>): UserInfo {
  const u: UserInfo = { name: spec.user ?? '', groups: [...(spec.groups ?? [])] };
  if (spec.uid) u.uid = spec.uid;
  if (spec.extra) u.extra = spec.extra;
  return u;
}

function subjectAccessReview(cluster: Cluster, kind: 'SubjectAccessReview' | 'LocalSubjectAccessReview'): CreateHandler {
  return (req) => {
    const body = bodyOf(req);
    if (!body) return unknownFormat();
    const spec = (body.spec ?? {}) as Record<string, any>;
    const errors = specErrors(spec);
    if (kind === 'LocalSubjectAccessReview') {
      const ns = req.namespace ?? '';
      if (spec.resourceAttributes && (spec.resourceAttributes.namespace ?? '') !== ns) {
        errors.push({ type: 'FieldValueInvalid', field: 'spec.resourceAttributes.namespace', value: JSON.stringify(spec.resourceAttributes.namespace ?? ''), detail: 'must match metadata.namespace' });
      }
      if (spec.nonResourceAttributes) errors.push({ type: 'FieldValueInvalid', field: 'spec.nonResourceAttributes', value: 'null', detail: 'disallowed on this kind of request' });
    }
    if (errors.length) {
      const s = invalid(kind, 'authorization.k8s.io', '', errors);
      return { code: s.code, body: s };
    }
    const status = selfSubjectAccessReview(cluster, subjectOf(spec), spec as AccessReviewSpec);
    const out = echo(kind, 'authorization.k8s.io/v1', body);
    if (kind === 'LocalSubjectAccessReview') (out.metadata as Record<string, unknown>).namespace = req.namespace;
    return { code: 201, body: { ...out, status } };
  };
}

function tokenReview(cluster: Cluster): CreateHandler {
  return (req) => {
    const body = bodyOf(req);
    if (!body) return unknownFormat();
    const token = body.spec?.token;
    if (typeof token !== 'string' || !token) return fail(badRequest('token is required for TokenReview in authentication'));
    const user = authenticateBearerToken(cluster, token);
    let status: Record<string, unknown> = { user: {} };
    if (user) {
      const info: Record<string, unknown> = { username: user.name };
      if (user.uid) info.uid = user.uid;
      if (user.groups.length) info.groups = [...user.groups];
      if (user.extra && Object.keys(user.extra).length) info.extra = user.extra;
      const wanted: string[] = Array.isArray(body.spec?.audiences) && body.spec.audiences.length ? body.spec.audiences : API_AUDIENCES;
      status = { authenticated: true, user: info, audiences: wanted };
    }
    return { code: 201, body: { ...echo('TokenReview', 'authentication.k8s.io/v1', body), status } };
  };
}

/** Registers SubjectAccessReview, LocalSubjectAccessReview and TokenReview on the cluster's API. */
export const subjectReviewsPlugin: ClusterPlugin = {
  name: 'subject-reviews',
  install(cluster) {
    cluster.api.registerCreateHandler('subjectaccessreviews.authorization.k8s.io', subjectAccessReview(cluster, 'SubjectAccessReview'));
    cluster.api.registerCreateHandler('localsubjectaccessreviews.authorization.k8s.io', subjectAccessReview(cluster, 'LocalSubjectAccessReview'));
    cluster.api.registerCreateHandler('tokenreviews.authentication.k8s.io', tokenReview(cluster));
  },
};
