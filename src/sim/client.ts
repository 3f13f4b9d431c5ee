/**
 * A typed convenience over Api.handle for in-process callers (controllers, the node model,
 * kubectl, helm). Every call is still one API request made as `user`.
 */
import type { Api, ApiRequest, ApiResponse } from './api.js';
import { isStatus, type Status } from './errors.js';
import type { KObject, UserInfo } from './types.js';

export interface ResourceRef {
  group: string;
  resource: string;
  /** A version other than the preferred one (e.g. autoscaling/v1), when the caller speaks it. */
  version?: string;
}

/** Well-known resources, so callers don't spell group/plural pairs by hand. */
export const R = {
  pods: { group: '', resource: 'pods' },
  nodes: { group: '', resource: 'nodes' },
  namespaces: { group: '', resource: 'namespaces' },
  services: { group: '', resource: 'services' },
  endpoints: { group: '', resource: 'endpoints' },
  events: { group: '', resource: 'events' },
  configmaps: { group: '', resource: 'configmaps' },
  secrets: { group: '', resource: 'secrets' },
  serviceaccounts: { group: '', resource: 'serviceaccounts' },
  replicationcontrollers: { group: '', resource: 'replicationcontrollers' },
  deployments: { group: 'apps', resource: 'deployments' },
  replicasets: { group: 'apps', resource: 'replicasets' },
  jobs: { group: 'batch', resource: 'jobs' },
  cronjobs: { group: 'batch', resource: 'cronjobs' },
  endpointslices: { group: 'discovery.k8s.io', resource: 'endpointslices' },
} as const satisfies Record<string, ResourceRef>;

export type Result<T> = { ok: true; value: T; warnings?: string[] } | { ok: false; status: Status };

function result<T>(res: ApiResponse): Result<T> {
  if (isStatus(res.body) && res.code >= 300) return { ok: false, status: res.body };
  return res.warnings ? { ok: true, value: res.body as T, warnings: res.warnings } : { ok: true, value: res.body as T };
}

export class ApiClient {
  /** `internal`: a system component of the simulator itself (skips wire decoding, see ApiRequest). */
  constructor(readonly api: Api, readonly user?: UserInfo, private readonly internal = false) {}

  request(req: Omit<ApiRequest, 'user'>): ApiResponse {
    return this.api.handle(this.internal ? { ...req, user: this.user, internal: true } : { ...req, user: this.user });
  }

  get<T extends KObject = KObject>(ref: ResourceRef, namespace: string | undefined, name: string): Result<T> {
    return result(this.request({ verb: 'get', ...ref, namespace, name }));
  }

  list<T extends KObject = KObject>(ref: ResourceRef, namespace?: string, query?: ApiRequest['query']): Result<{ items: T[] }> {
    return result(this.request({ verb: 'list', ...ref, namespace, query }));
  }

  create<T extends KObject = KObject>(ref: ResourceRef, namespace: string | undefined, body: KObject, query?: ApiRequest['query']): Result<T> {
    return result(this.request({ verb: 'create', ...ref, namespace, body, query }));
  }

  update<T extends KObject = KObject>(ref: ResourceRef, obj: KObject, query?: ApiRequest['query']): Result<T> {
    return result(this.request({ verb: 'update', ...ref, namespace: obj.metadata.namespace, name: obj.metadata.name, body: obj, query }));
  }

  updateStatus<T extends KObject = KObject>(ref: ResourceRef, obj: KObject): Result<T> {
    return result(this.request({ verb: 'update', ...ref, namespace: obj.metadata.namespace, name: obj.metadata.name, subresource: 'status', body: obj }));
  }

  patch<T extends KObject = KObject>(
    ref: ResourceRef, namespace: string | undefined, name: string, body: unknown,
    patchType = 'application/strategic-merge-patch+json', subresource?: string, query?: ApiRequest['query'],
  ): Result<T> {
    return result(this.request({ verb: 'patch', ...ref, namespace, name, body, patchType, subresource, query }));
  }

  delete(ref: ResourceRef, namespace: string | undefined, name: string, options?: { gracePeriodSeconds?: number; propagationPolicy?: string; preconditions?: { uid?: string } }): Result<KObject> {
    return result(this.request({ verb: 'delete', ...ref, namespace, name, body: options }));
  }
}
