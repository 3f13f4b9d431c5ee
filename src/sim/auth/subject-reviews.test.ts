// SubjectAccessReview / LocalSubjectAccessReview / TokenReview as the apiserver answers them:
// the request echoed with a status, nothing stored (pkg/registry/authorization/*/rest.go,
// pkg/registry/authentication/tokenreview/storage.go); validation messages from
// pkg/apis/authorization/validation/validation.go ("at least one of user or group must be
// specified", "must match metadata.namespace"); the empty-token BadRequest of tokenreview.
import { describe, expect, it } from 'vitest';
import { Cluster } from '../cluster.js';

const sar = (spec: Record<string, unknown>, kind = 'SubjectAccessReview') => ({ apiVersion: 'authorization.k8s.io/v1', kind, spec });

describe('SubjectAccessReview', () => {
  it('answers for the subject in spec, not for the requester', () => {
    const c = Cluster.create({ seed: 1 });
    const ask = (spec: Record<string, unknown>) => c.api.handle({ verb: 'create', group: 'authorization.k8s.io', resource: 'subjectaccessreviews', body: sar(spec) });
    const jane = ask({ user: 'jane', resourceAttributes: { verb: 'list', resource: 'pods', namespace: 'default' } });
    expect(jane.code).toBe(201);
    expect(jane.body).toMatchObject({ kind: 'SubjectAccessReview', apiVersion: 'authorization.k8s.io/v1', metadata: { creationTimestamp: null }, status: { allowed: false } });
    const admin = ask({ user: 'x', groups: ['system:masters'], resourceAttributes: { verb: 'delete', resource: 'nodes' } });
    expect(admin.body.status.allowed).toBe(true);
    expect(c.api.handle({ verb: 'list', group: 'authorization.k8s.io', resource: 'subjectaccessreviews' }).code).toBe(405);
  });

  it('requires a user or group and one kind of attributes', () => {
    const c = Cluster.create({ seed: 1 });
    const r = c.api.handle({ verb: 'create', group: 'authorization.k8s.io', resource: 'subjectaccessreviews', body: sar({ resourceAttributes: { verb: 'get', resource: 'pods' } }) });
    expect(r.code).toBe(422);
    expect(r.body.message).toBe('SubjectAccessReview.authorization.k8s.io "" is invalid: spec.user: Invalid value: "": at least one of user or group must be specified');
  });

  it('LocalSubjectAccessReview: the attributes must name the request namespace', () => {
    const c = Cluster.create({ seed: 1 });
    const local = (ns: string) => c.api.handle({ verb: 'create', group: 'authorization.k8s.io', resource: 'localsubjectaccessreviews', namespace: 'default', body: sar({ user: 'jane', resourceAttributes: { verb: 'get', resource: 'pods', namespace: ns } }, 'LocalSubjectAccessReview') });
    expect(local('default').body).toMatchObject({ metadata: { namespace: 'default' }, status: { allowed: false } });
    expect(local('kube-system').body.message).toBe('LocalSubjectAccessReview.authorization.k8s.io "" is invalid: spec.resourceAttributes.namespace: Invalid value: "kube-system": must match metadata.namespace');
  });
});

describe('TokenReview', () => {
  it('authenticates a service account token and rejects an unknown one', () => {
    const c = Cluster.create({ seed: 1 });
    const tr = c.api.handle({ verb: 'create', group: '', resource: 'serviceaccounts', namespace: 'default', name: 'default', subresource: 'token', body: { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec: {} } });
    const token = tr.body.status.token as string;
    const review = (t: string) => c.api.handle({ verb: 'create', group: 'authentication.k8s.io', resource: 'tokenreviews', body: { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenReview', spec: { token: t } } });
    const ok = review(token);
    expect(ok.code).toBe(201);
    expect(ok.body.status.authenticated).toBe(true);
    expect(ok.body.status.user.username).toBe('system:serviceaccount:default:default');
    expect(ok.body.status.user.groups).toEqual(['system:serviceaccounts', 'system:serviceaccounts:default', 'system:authenticated']);
    expect(review('nope').body.status).toEqual({ user: {} });
    expect(review('').body.message).toBe('token is required for TokenReview in authentication');
  });
});
