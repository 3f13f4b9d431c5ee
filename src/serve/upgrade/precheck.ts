/**
 * What the API server checks before it upgrades a pods/exec, pods/attach or
 * pods/portforward connection; a failure is answered as plain HTTP with a Status, which
 * kubectl prints as `Error from server (Reason): message`.
 *
 * Order as upstream: authorization (filters), the pod (getPod), the container and the
 * node (pkg/registry/core/pod/strategy.go `streamLocation`).
 */
import {
  badRequest, forbidden, forbiddenReason, selfSubjectAccessReview,
  type Cluster, type KObject, type Status, type UserInfo,
} from '../../sim/index.js';
import type { UpgradeTarget } from './target.js';

const PODS = { plural: 'pods', group: '' };

/**
 * The verbs that let `user` in, tried in order. A WebSocket upgrade is a GET, which the
 * 1.33 API server authorizes as `get` (the extra `create` check came with the
 * AuthorizePodWebsocketUpgradeCreatePermission gate in 1.35, kubernetes/kubernetes#134577).
 * A user with only `create` still gets through on a real 1.33 cluster, because kubectl
 * falls back to SPDY (a POST, `create`); since this server does not speak SPDY, `create`
 * is accepted on the WebSocket path too, so kubectl's outcome is the same.
 */
export function verbsFor(webSocket: boolean): string[] {
  return webSocket ? ['get', 'create'] : ['create'];
}

/**
 * The first of `verbs` the user may use on the subresource, or the Forbidden Status the
 * request's own verb (the first) gets.
 */
export function authorize(cluster: Cluster, user: UserInfo, t: UpgradeTarget, verbs: string[]): { ok: true; verb: string } | { ok: false; status: Status } {
  for (const verb of verbs) {
    const attrs = { verb, resource: 'pods', subresource: t.subresource, namespace: t.namespace, name: t.pod };
    if (selfSubjectAccessReview(cluster, user, { resourceAttributes: { ...attrs, group: '' } }).allowed) return { ok: true, verb };
  }
  const verb = verbs[0];
  const reason = forbiddenReason({ user, verb, group: '', resource: 'pods', subresource: t.subresource, namespace: t.namespace, name: t.pod });
  return { ok: false, status: forbidden(PODS, t.pod, reason) };
}

/** The pod, read as the API server itself reads it (no further authorization). */
export function getPod(cluster: Cluster, t: UpgradeTarget): { ok: true; pod: KObject } | { ok: false; status: Status } {
  const res = cluster.api.handle({ verb: 'get', group: '', resource: 'pods', namespace: t.namespace, name: t.pod });
  return res.code === 200 ? { ok: true, pod: res.body as KObject } : { ok: false, status: res.body as Status };
}

const names = (list: { name: string }[] | undefined): string[] => (list ?? []).map((c) => c.name);

/**
 * streamLocation's container and node checks: the named container must exist (regular,
 * init or ephemeral), an empty name is fine only for a single-container pod, and the pod
 * must be bound to a node. Returns the container to run in.
 */
export function resolveContainer(pod: KObject, requested: string): { ok: true; container: string } | { ok: false; status: Status } {
  const name = pod.metadata.name ?? '';
  const containers = names(pod.spec?.containers);
  const inits = names(pod.spec?.initContainers);
  let container = requested;
  if (!container) {
    if (containers.length === 1) container = containers[0];
    else if (containers.length === 0) return { ok: false, status: badRequest(`a container name must be specified for pod ${name}`) };
    else {
      const more = inits.length ? ` or one of the init containers: [${inits.join(' ')}]` : '';
      return { ok: false, status: badRequest(`a container name must be specified for pod ${name}, choose one of: [${containers.join(' ')}]${more}`) };
    }
  } else if (![...containers, ...inits, ...names(pod.spec?.ephemeralContainers)].includes(container)) {
    return { ok: false, status: badRequest(`container ${container} is not valid for pod ${name}`) };
  }
  if (!pod.spec?.nodeName) return { ok: false, status: badRequest(`pod ${name} does not have a host assigned`) };
  return { ok: true, container };
}
