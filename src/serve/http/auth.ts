/**
 * Who makes an HTTP request: the bearer token (the server's own admin token, or a token the
 * cluster issued to a ServiceAccount), then the impersonation headers, authorized as the
 * apiserver's impersonation filter does (src/sim/auth/impersonation.ts).
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { authenticateBearerToken, impersonateUser, unauthorized, type Cluster, type ImpersonationRequest, type Status, type UserInfo } from '../../sim/index.js';

export interface AuthConfig {
  token: string;
  admin: UserInfo;
}

export type AuthResult = { ok: true; user: UserInfo } | { ok: false; status: Status };

/** The bearer token of an `Authorization` header, or ''. The scheme is case-insensitive (bearertoken authenticator). */
export function bearerToken(req: IncomingMessage): string {
  const h = req.headers.authorization ?? '';
  const m = /^\s*bearer\s+(\S+)\s*$/i.exec(h);
  return m ? m[1] : '';
}

/** Constant-time comparison, so response timing does not leak how much of the token was right. */
function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Authentication: 401 Unauthorized unless the token is ours or the cluster's. */
export function authenticate(cluster: Cluster, cfg: AuthConfig, req: IncomingMessage): AuthResult {
  const token = bearerToken(req);
  if (!token) return { ok: false, status: unauthorized() };
  if (sameSecret(token, cfg.token)) return { ok: true, user: cfg.admin };
  const user = authenticateBearerToken(cluster, token);
  return user ? { ok: true, user } : { ok: false, status: unauthorized() };
}

/** The impersonation headers of a request (every value of repeated headers). */
export function impersonationHeaders(req: IncomingMessage): ImpersonationRequest {
  const all = req.headersDistinct;
  const out: ImpersonationRequest = {};
  const user = all['impersonate-user']?.[0];
  if (user) out.user = user;
  const groups = all['impersonate-group'];
  if (groups?.length) out.groups = [...groups];
  const uid = all['impersonate-uid']?.[0];
  if (uid) out.uid = uid;
  const prefix = 'impersonate-extra-';
  for (const [name, values] of Object.entries(all)) {
    if (!name.startsWith(prefix) || !values) continue;
    let key = name.slice(prefix.length);
    try {
      key = decodeURIComponent(key);
    } catch {
      // a malformed escape is kept as sent (unescapeExtraKey)
    }
    out.extra = { ...(out.extra ?? {}), [key]: [...values] };
  }
  return out;
}

/** Authentication, then impersonation: the identity the request runs as. */
export function identify(cluster: Cluster, cfg: AuthConfig, req: IncomingMessage): AuthResult {
  const base = authenticate(cluster, cfg, req);
  if (!base.ok) return base;
  return impersonateUser(cluster, base.user, impersonationHeaders(req));
}
