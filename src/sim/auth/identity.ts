/**
 * Well-known identities (kubernetes/apiserver pkg/authentication/serviceaccount/util.go,
 * pkg/authentication/user/user.go).
 */
import type { UserInfo } from '../types.js';

export const SA_PREFIX = 'system:serviceaccount:';
export const ALL_SERVICE_ACCOUNTS = 'system:serviceaccounts';
export const AUTHENTICATED = 'system:authenticated';
export const MASTERS = 'system:masters';

/** `system:serviceaccount:NS:NAME`. */
export function serviceAccountUsername(namespace: string, name: string): string {
  return `${SA_PREFIX}${namespace}:${name}`;
}

/** The identity a ServiceAccount's token authenticates as. */
export function serviceAccountUser(namespace: string, name: string, uid?: string): UserInfo {
  const u: UserInfo = {
    name: serviceAccountUsername(namespace, name),
    groups: [ALL_SERVICE_ACCOUNTS, `${ALL_SERVICE_ACCOUNTS}:${namespace}`, AUTHENTICATED],
  };
  if (uid) u.uid = uid;
  return u;
}

/** Namespace and name of a ServiceAccount user name, or undefined for other users. */
export function splitServiceAccountUsername(username: string): { namespace: string; name: string } | undefined {
  if (!username.startsWith(SA_PREFIX)) return undefined;
  const parts = username.slice(SA_PREFIX.length).split(':');
  if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
  return { namespace: parts[0], name: parts[1] };
}
