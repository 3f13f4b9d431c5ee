/**
 * The pods/binding subresource. It is part of the API server (registry/core/pod/storage
 * `BindingREST`): spec.nodeName may only be set this way, once, so it writes the pod
 * through the store like the other API paths do.
 */
import type { ApiRequest, ApiResponse, Api } from '../api.js';
import { conflict } from '../errors.js';
import { deepClone } from '../objects.js';
import type { KObject } from '../types.js';
import type { VirtualClock } from '../clock.js';

/** Builds the handler; `clock` stamps the PodScheduled condition. */
export function bindingHandler(clock: VirtualClock) {
  return (req: ApiRequest, obj: KObject, api: Api): ApiResponse => {
    const body = (req.body ?? {}) as { target?: { name?: string } };
    const node = body.target?.name;
    const type = { group: '', plural: 'pods/binding', kind: 'Pod' };
    if (!node) return { code: 422, body: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Binding.core "' + obj.metadata.name + '" is invalid: target.name: Required value', reason: 'Invalid', code: 422 } };
    if (obj.metadata.deletionTimestamp) return { code: 409, body: conflict(type as any, obj.metadata.name!, `pod ${obj.metadata.name} is being deleted, cannot be assigned to a host`) };
    if (obj.spec?.nodeName) return { code: 409, body: conflict(type as any, obj.metadata.name!, `pod ${obj.metadata.name} is already assigned to node "${obj.spec.nodeName}"`) };
    const pod = deepClone(obj);
    pod.spec.nodeName = node;
    const conds = (pod.status?.conditions ?? []).filter((c: { type: string }) => c.type !== 'PodScheduled');
    pod.status = { ...(pod.status ?? {}), conditions: [...conds, { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: clock.iso() }] };
    pod.metadata.resourceVersion = api.store.nextResourceVersion();
    api.store.put('pods', pod);
    return { code: 201, body: api.store.get('pods', pod.metadata.namespace!, pod.metadata.name!) };
  };
}
