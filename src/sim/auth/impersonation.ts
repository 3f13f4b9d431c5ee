/**
 * Impersonation (`Impersonate-User`, `Impersonate-Group`, `Impersonate-Uid`,
 * `Impersonate-Extra-*` headers; kubectl's --as/--as-group/--as-uid), as the API server's
 * filter does it (k8s.io/apiserver pkg/endpoints/filters/impersonation): every requested
 * attribute is authorized as the `impersonate` verb first, then the request runs as the
 * new identity.
 */
import type { Cluster } from '../cluster.js';
import { badRequest, type Status } from '../errors.js';
import { qualifiedResource } from '../registry.js';
import type { UserInfo } from '../types.js';
import { AUTHENTICATED, serviceAccountUsername, splitServiceAccountUsername } from './identity.js';
import { authState } from './state.js';

const UNAUTHENTICATED = 'system:unauthenticated';
const ANONYMOUS = 'system:anonymous';

export interface ImpersonationRequest {
  user?: string;
  groups?: string[];
  uid?: string;
  /** Extra keys (already lower-cased, as the header names are) and their values. */
  extra?: Record<string, string[]>;
}

export type ImpersonationResult = { ok: true; user: UserInfo } | { ok: false; status: Status };

interface Check { resource: string; group: string; name: string; namespace?: string; subresource?: string }

/** The forbidden answer of the impersonation filter (responsewriters.Forbidden). */
function forbiddenImpersonation(actor: UserInfo, c: Check): Status {
  const res = c.subresource ? `${c.resource}/${c.subresource}` : c.resource;
  const scope = c.namespace ? `in the namespace "${c.namespace}"` : 'at the cluster scope';
  const reason = `User "${actor.name}" cannot impersonate resource "${res}" in API group "${c.group}" ${scope}`;
  const qualified = qualifiedResource({ plural: c.resource, group: c.group });
  return {
    kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: 403, reason: 'Forbidden',
    message: `${qualified} "${c.name}" is forbidden: ${reason}`,
    details: { name: c.name, group: c.group || undefined, kind: c.resource },
  };
}

/**
 * The identity `actor` acts as when it asks to impersonate `req`; `{ok: true, user: actor}`
 * when nothing is requested. Groups, extra or uid without a user is a BadRequest.
 */
export function impersonateUser(cluster: Cluster, actor: UserInfo, req: ImpersonationRequest): ImpersonationResult {
  const groupsRequested = req.groups ?? [];
  const extra = req.extra ?? {};
  const hasExtra = Object.keys(extra).length > 0;
  if (!req.user) {
    if (!groupsRequested.length && !hasExtra && !req.uid) return { ok: true, user: actor };
    return { ok: false, status: badRequest(`requested ${describeRequests(req)} without impersonating a user`) };
  }
  const checks: Check[] = [];
  const sa = splitServiceAccountUsername(req.user);
  if (sa) checks.push({ resource: 'serviceaccounts', group: '', name: sa.name, namespace: sa.namespace });
  else checks.push({ resource: 'users', group: '', name: req.user });
  for (const g of groupsRequested) checks.push({ resource: 'groups', group: '', name: g });
  for (const [key, values] of Object.entries(extra)) {
    for (const v of values) checks.push({ resource: 'userextras', group: 'authentication.k8s.io', subresource: key, name: v });
  }
  if (req.uid) checks.push({ resource: 'uids', group: 'authentication.k8s.io', name: req.uid });
  const { authorizer } = authState(cluster);
  for (const c of checks) {
    const allowed = authorizer.authorize(actor, { verb: 'impersonate', group: c.group, resource: c.resource, subresource: c.subresource, namespace: c.namespace, name: c.name });
    if (!allowed) return { ok: false, status: forbiddenImpersonation(actor, c) };
  }
  const username = sa ? serviceAccountUsername(sa.namespace, sa.name) : req.user;
  // A ServiceAccount's groups are a fixed mapping, used when no group is asked for.
  let groups = [...groupsRequested];
  if (sa && !groupsRequested.length) groups = ['system:serviceaccounts', `system:serviceaccounts:${sa.namespace}`];
  if (username !== ANONYMOUS) {
    if (!groups.includes(AUTHENTICATED) && !groups.includes(UNAUTHENTICATED)) groups.push(AUTHENTICATED);
  } else if (!groups.includes(UNAUTHENTICATED)) {
    groups.push(UNAUTHENTICATED);
  }
  const user: UserInfo = { name: username, groups };
  if (req.uid) user.uid = req.uid;
  if (hasExtra) user.extra = Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, [...v]]));
  return { ok: true, user };
}

/** `[{Group  group1 ...}]`-ish rendering of the requests, as Go's %v of ObjectReferences would list them. */
function describeRequests(req: ImpersonationRequest): string {
  const refs: string[] = [];
  for (const g of req.groups ?? []) refs.push(`{Group  ${g}    }`);
  for (const [k, vs] of Object.entries(req.extra ?? {})) for (const v of vs) refs.push(`{UserExtra  ${v}  authentication.k8s.io/v1  ${k}}`);
  if (req.uid) refs.push(`{UID  ${req.uid}  authentication.k8s.io/v1  }`);
  return `[${refs.join(' ')}]`;
}
