/**
 * The `serviceaccounts/token` subresource (TokenRequest, pkg/registry/core/serviceaccount/
 * storage/token.go): validates the request, checks the bound object, and returns a signed
 * token valid for `expirationSeconds` (default one hour, at least ten minutes).
 */
import type { SubresourceHandler } from '../api.js';
import type { Cluster } from '../cluster.js';
import { rfc3339 } from '../clock.js';
import { badRequest, invalid, notFound } from '../errors.js';
import type { KObject } from '../types.js';
import { authState } from './state.js';
import { ISSUER, type TokenClaims } from './tokens.js';

const MIN_SECONDS = 600;
const BOUND_KINDS: Record<string, string> = { Pod: 'pods', Secret: 'secrets', Node: 'nodes' };

interface TokenRequestSpec { audiences?: string[]; expirationSeconds?: number; boundObjectRef?: { kind?: string; apiVersion?: string; name?: string; uid?: string } }

/** Issues a token for ServiceAccount `sa` (the claims a real API server writes). */
export function issueServiceAccountToken(cluster: Cluster, sa: KObject, spec: TokenRequestSpec, bound?: KObject): { token: string; expiresAt: number } {
  const s = authState(cluster);
  const now = Math.floor(cluster.clock.now() / 1000);
  const seconds = spec.expirationSeconds ?? 3600;
  const ns = sa.metadata.namespace ?? '';
  const k: TokenClaims['kubernetes.io'] = { namespace: ns, serviceaccount: { name: sa.metadata.name!, uid: sa.metadata.uid! } };
  if (bound?.kind === 'Pod') k.pod = { name: bound.metadata.name!, uid: bound.metadata.uid! };
  if (bound?.kind === 'Secret') k.secret = { name: bound.metadata.name!, uid: bound.metadata.uid! };
  if (bound?.kind === 'Pod' && bound.spec?.nodeName) {
    const node = cluster.store.get('nodes', '', bound.spec.nodeName);
    if (node) k.node = { name: node.metadata.name!, uid: node.metadata.uid! };
  }
  const claims: TokenClaims = {
    aud: spec.audiences?.length ? spec.audiences : [ISSUER],
    exp: now + seconds,
    iat: now,
    iss: ISSUER,
    jti: s.rand.uuid(),
    'kubernetes.io': k,
    nbf: now,
    sub: `system:serviceaccount:${ns}:${sa.metadata.name}`,
  };
  return { token: s.issuer.sign(claims), expiresAt: (now + seconds) * 1000 };
}

/** Handler for POST .../serviceaccounts/NAME/token. */
export function tokenRequestHandler(cluster: Cluster): SubresourceHandler {
  return (req, sa) => {
    if (req.verb !== 'create') return { code: 405, body: { ...badRequest('the server does not allow this method on the requested resource'), code: 405, reason: 'MethodNotAllowed' } };
    const body = (req.body ?? {}) as { spec?: TokenRequestSpec; metadata?: Record<string, unknown> };
    const spec = body.spec ?? {};
    // null is unset, as a decoded wire object has it (kubectl 1.33 sends protobuf; nil pointers read as null).
    if (spec.expirationSeconds != null && spec.expirationSeconds < MIN_SECONDS) {
      const st = invalid('TokenRequest', 'authentication.k8s.io', sa.metadata.name!, [{ type: 'FieldValueInvalid', field: 'spec.expirationSeconds', value: String(spec.expirationSeconds), detail: 'may not specify a duration less than 10 minutes' }]);
      return { code: st.code, body: st };
    }
    let bound: KObject | undefined;
    const ref = spec.boundObjectRef;
    if (ref?.kind) {
      const resource = BOUND_KINDS[ref.kind];
      if (!resource) {
        const st = badRequest(`cannot bind token for serviceaccount "${sa.metadata.name}" to object of kind "${ref.kind}"`);
        return { code: st.code, body: st };
      }
      bound = cluster.store.get(resource, resource === 'nodes' ? '' : sa.metadata.namespace ?? '', ref.name ?? '');
      if (!bound) {
        const st = notFound({ plural: resource, group: '' }, ref.name ?? '');
        return { code: st.code, body: st };
      }
      if (ref.uid && ref.uid !== bound.metadata.uid) {
        const st = { ...notFound({ plural: resource, group: '' }, ref.name ?? ''), message: `the UID in the bound object reference (${ref.uid}) does not match the UID in record. The object might have been deleted and then recreated` };
        return { code: 409, body: { ...st, code: 409, reason: 'Conflict' } };
      }
    }
    const { token, expiresAt } = issueServiceAccountToken(cluster, sa, spec, bound);
    const outSpec: Record<string, unknown> = {
      audiences: spec.audiences?.length ? spec.audiences : [ISSUER],
      boundObjectRef: ref?.kind ? { kind: ref.kind, apiVersion: ref.apiVersion ?? 'v1', name: ref.name, uid: bound!.metadata.uid } : null,
      expirationSeconds: spec.expirationSeconds ?? 3600,
    };
    return {
      code: 201,
      body: {
        kind: 'TokenRequest', apiVersion: 'authentication.k8s.io/v1',
        metadata: { name: sa.metadata.name, namespace: sa.metadata.namespace, creationTimestamp: null },
        spec: outSpec,
        status: { token, expirationTimestamp: rfc3339(expiresAt) },
      },
    };
  };
}
