/**
 * ServiceAccount tokens: JWT-shaped strings (header.payload.signature, base64url) with the
 * claims a real kube-apiserver puts in them (pkg/serviceaccount/claims.go), signed with an
 * HMAC whose key comes from the cluster's seed, so the same run issues the same bytes.
 * Authentication checks the signature and that the ServiceAccount (and, for bound tokens,
 * the bound object) still exists with the same uid.
 */
import { createHmac } from 'node:crypto';
import type { Store } from '../store.js';
import type { UserInfo } from '../types.js';
import { serviceAccountUser } from './identity.js';

export const ISSUER = 'https://kubernetes.default.svc.cluster.local';

export interface TokenClaims {
  aud: string[];
  exp: number;
  iat: number;
  iss: string;
  jti?: string;
  'kubernetes.io': {
    namespace: string;
    node?: { name: string; uid: string };
    pod?: { name: string; uid: string };
    secret?: { name: string; uid: string };
    serviceaccount: { name: string; uid: string };
    warnafter?: number;
  };
  nbf: number;
  sub: string;
}

const b64url = (s: string | Buffer): string => Buffer.from(s).toString('base64url');

export class TokenIssuer {
  constructor(private readonly key: string, private readonly kid: string) {}

  /** Signs `claims` into a compact JWT. */
  sign(claims: TokenClaims | Record<string, unknown>): string {
    const head = b64url(JSON.stringify({ alg: 'RS256', kid: this.kid }));
    const body = b64url(JSON.stringify(claims));
    const sig = createHmac('sha256', this.key).update(`${head}.${body}`).digest();
    // An RS256 signature is 256 bytes; repeat the MAC so the token looks the usual length.
    return `${head}.${body}.${b64url(Buffer.concat(Array(8).fill(sig)))}`;
  }

  /** The claims of a token this issuer signed, or undefined. */
  verify(token: string): Record<string, any> | undefined {
    const parts = token.split('.');
    if (parts.length !== 3) return undefined;
    if (!this.signatureOk(parts[0], parts[1], parts[2])) return undefined;
    try {
      return JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
    } catch {
      return undefined;
    }
  }

  private signatureOk(head: string, body: string, sig: string): boolean {
    const mac = createHmac('sha256', this.key).update(`${head}.${body}`).digest();
    return sig === b64url(Buffer.concat(Array(8).fill(mac)));
  }
}

/**
 * Who a bearer token authenticates as, or undefined (the API server then answers 401
 * Unauthorized). Legacy Secret-based tokens stay valid while their Secret exists.
 */
export function authenticateToken(issuer: TokenIssuer, store: Store, token: string, nowMs: number): UserInfo | undefined {
  const claims = issuer.verify(token);
  const k = claims?.['kubernetes.io'];
  if (claims && k?.serviceaccount) {
    if (typeof claims.exp === 'number' && claims.exp * 1000 <= nowMs) return undefined;
    const sa = store.get('serviceaccounts', k.namespace, k.serviceaccount.name);
    if (!sa || sa.metadata.uid !== k.serviceaccount.uid) return undefined;
    for (const [kind, resource] of [['pod', 'pods'], ['secret', 'secrets']] as const) {
      const ref = k[kind];
      if (ref && store.get(resource, k.namespace, ref.name)?.metadata.uid !== ref.uid) return undefined;
    }
    const user = serviceAccountUser(k.namespace, k.serviceaccount.name, sa.metadata.uid);
    // What the authenticator adds as extra (pkg/serviceaccount/claims.go, 1.30+ defaults).
    const extra: Record<string, string[]> = {};
    if (claims.jti) extra['authentication.kubernetes.io/credential-id'] = [`JTI=${claims.jti}`];
    if (k.node) { extra['authentication.kubernetes.io/node-name'] = [k.node.name]; extra['authentication.kubernetes.io/node-uid'] = [k.node.uid]; }
    if (k.pod) { extra['authentication.kubernetes.io/pod-name'] = [k.pod.name]; extra['authentication.kubernetes.io/pod-uid'] = [k.pod.uid]; }
    if (Object.keys(extra).length) user.extra = extra;
    return user;
  }
  // Legacy token: `kubernetes.io/serviceaccount/namespace`-style claims in a Secret-bound token.
  if (claims && claims['kubernetes.io/serviceaccount/namespace']) {
    const ns = claims['kubernetes.io/serviceaccount/namespace'] as string;
    const secretName = claims['kubernetes.io/serviceaccount/secret.name'] as string;
    const saName = claims['kubernetes.io/serviceaccount/service-account.name'] as string;
    const saUid = claims['kubernetes.io/serviceaccount/service-account.uid'] as string;
    const secret = store.get('secrets', ns, secretName);
    const sa = store.get('serviceaccounts', ns, saName);
    if (!secret || !sa || sa.metadata.uid !== saUid) return undefined;
    return serviceAccountUser(ns, saName, saUid);
  }
  return undefined;
}

/** The claims of a legacy Secret token (pkg/serviceaccount/legacy.go LegacyClaims). */
export function legacyClaims(namespace: string, saName: string, saUid: string, secretName: string): Record<string, unknown> {
  return {
    iss: 'kubernetes/serviceaccount',
    'kubernetes.io/serviceaccount/namespace': namespace,
    'kubernetes.io/serviceaccount/secret.name': secretName,
    'kubernetes.io/serviceaccount/service-account.name': saName,
    'kubernetes.io/serviceaccount/service-account.uid': saUid,
    sub: `system:serviceaccount:${namespace}:${saName}`,
  };
}
