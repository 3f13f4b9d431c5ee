/**
 * The review resources, served by the API as virtual creates (nothing is stored): the
 * request object comes back with its status filled in for the requesting user
 * (pkg/registry/authorization/selfsubjectaccessreview, selfsubjectrulesreview and
 * pkg/registry/authentication/selfsubjectreview rest.go).
 */
import type { ApiRequest, ApiResponse, CreateHandler } from '../api.js';
import type { Cluster } from '../cluster.js';
import { badRequest, invalid, type FieldError } from '../errors.js';
import type { UserInfo } from '../types.js';
import { selfSubjectAccessReview, selfSubjectRulesReview, type AccessReviewSpec } from './reviews.js';

export type ReviewBody = { metadata?: Record<string, unknown>; spec?: Record<string, any> } & Record<string, unknown>;
type Body = ReviewBody;

const ANONYMOUS: UserInfo = { name: 'system:anonymous', groups: ['system:unauthenticated'] };

/** The request body when it is an object. */
export function bodyOf(req: ApiRequest): Body | undefined {
  const b = req.body;
  return b && typeof b === 'object' && !Array.isArray(b) ? (b as Body) : undefined;
}

/** The decoded request as the server echoes it: typed kind/apiVersion, metadata with a null timestamp (1.33's zero metav1.Time). */
export function echo(kind: string, apiVersion: string, body: Body): Record<string, unknown> {
  const metadata = { ...(body.metadata ?? {}) };
  if (metadata.creationTimestamp === undefined) metadata.creationTimestamp = null;
  return { kind, apiVersion, metadata, spec: body.spec ?? {} };
}

/** A body that is not an object: what the API server says of an undecodable request. */
export const unknownFormat = (): ApiResponse => {
  const s = badRequest('the body of the request was in an unknown format - accepted media types include: application/json, application/yaml, application/vnd.kubernetes.protobuf');
  return { code: s.code, body: s };
};

/** Access reviews name exactly one of resourceAttributes and nonResourceAttributes (pkg/apis/authorization/validation). */
export function attributeErrors(spec: AccessReviewSpec): FieldError[] {
  const errors: FieldError[] = [];
  if (spec.resourceAttributes && spec.nonResourceAttributes) {
    errors.push({ type: 'FieldValueInvalid', field: 'spec.nonResourceAttributes', value: 'null', detail: 'cannot be specified in combination with resourceAttributes' });
  }
  if (!spec.resourceAttributes && !spec.nonResourceAttributes) {
    errors.push({ type: 'FieldValueInvalid', field: 'spec.resourceAttributes', value: 'null', detail: 'exactly one of nonResourceAttributes or resourceAttributes must be specified' });
  }
  return errors;
}

function accessReview(cluster: Cluster): CreateHandler {
  return (req) => {
    const body = bodyOf(req);
    if (!body) return unknownFormat();
    const spec = (body.spec ?? {}) as AccessReviewSpec;
    const errors = attributeErrors(spec);
    if (errors.length) {
      const s = invalid('SelfSubjectAccessReview', 'authorization.k8s.io', '', errors);
      return { code: s.code, body: s };
    }
    const status = selfSubjectAccessReview(cluster, req.user ?? ANONYMOUS, spec);
    return { code: 201, body: { ...echo('SelfSubjectAccessReview', 'authorization.k8s.io/v1', body), status } };
  };
}

function rulesReview(cluster: Cluster): CreateHandler {
  return (req) => {
    const body = bodyOf(req);
    if (!body) return unknownFormat();
    const namespace = typeof body.spec?.namespace === 'string' ? body.spec.namespace : '';
    if (!namespace) {
      const s = badRequest('no namespace on request');
      return { code: s.code, body: s };
    }
    const status = selfSubjectRulesReview(cluster, req.user ?? ANONYMOUS, namespace);
    return { code: 201, body: { ...echo('SelfSubjectRulesReview', 'authorization.k8s.io/v1', body), status } };
  };
}

function subjectReview(cluster: Cluster): CreateHandler {
  return (req) => {
    const u = req.user ?? ANONYMOUS;
    const userInfo: Record<string, unknown> = { username: u.name };
    if (u.uid) userInfo.uid = u.uid;
    if (u.groups.length) userInfo.groups = [...u.groups];
    if (u.extra && Object.keys(u.extra).length) userInfo.extra = u.extra;
    // The server builds a fresh object stamped now; the request's spec is empty anyway.
    return {
      code: 201,
      body: { kind: 'SelfSubjectReview', apiVersion: 'authentication.k8s.io/v1', metadata: { creationTimestamp: cluster.clock.iso() }, status: { userInfo } },
    };
  };
}

/** Registers the three review resources on the cluster's API. */
export function registerReviewHandlers(cluster: Cluster): void {
  cluster.api.registerCreateHandler('selfsubjectaccessreviews.authorization.k8s.io', accessReview(cluster));
  cluster.api.registerCreateHandler('selfsubjectrulesreviews.authorization.k8s.io', rulesReview(cluster));
  cluster.api.registerCreateHandler('selfsubjectreviews.authentication.k8s.io', subjectReview(cluster));
}
