/**
 * The `scale` subresource of Deployments, ReplicaSets, ReplicationControllers and
 * StatefulSets: an `autoscaling/v1` Scale view of `spec.replicas` (GET, PUT, PATCH), as the
 * API server's ScaleREST does (pkg/registry/apps/deployment/storage/storage.go). Writes go
 * through the parent's normal update path, so admission and generation bumps apply.
 */
import type { Api, ApiRequest, ApiResponse } from './api.js';
import type { ClusterPlugin } from './cluster.js';
import { badRequest, conflict, MODIFIED_CONFLICT, invalid, isStatus, methodNotAllowed } from './errors.js';
import { formatLabels, formatLabelSelector } from './labels.js';
import { deepClone } from './objects.js';
import { applyPatch, PATCH_CONTENT_TYPES } from './patch/index.js';
import { typeForResource } from './registry.js';
import type { KObject } from './types.js';

/** resource → how its selector reads in Scale.status.selector. */
const SCALABLE: Record<string, { group: string; selector: (o: KObject) => string }> = {
  deployments: { group: 'apps', selector: (o) => formatLabelSelector(o.spec?.selector) },
  replicasets: { group: 'apps', selector: (o) => formatLabelSelector(o.spec?.selector) },
  statefulsets: { group: 'apps', selector: (o) => formatLabelSelector(o.spec?.selector) },
  replicationcontrollers: { group: '', selector: (o) => formatLabels(o.spec?.selector) },
};

/** The Scale object for a parent. */
export function scaleOf(obj: KObject, resource: string): KObject {
  const m = obj.metadata;
  return {
    kind: 'Scale',
    apiVersion: 'autoscaling/v1',
    metadata: { name: m.name, namespace: m.namespace, uid: m.uid, resourceVersion: m.resourceVersion, creationTimestamp: m.creationTimestamp },
    spec: { replicas: obj.spec?.replicas ?? 0 },
    status: { replicas: obj.status?.replicas ?? 0, selector: SCALABLE[resource].selector(obj) },
  };
}

function handler(resource: string) {
  return (req: ApiRequest, obj: KObject, api: Api): ApiResponse => {
    if (req.verb === 'get') return { code: 200, body: scaleOf(obj, resource) };
    if (req.verb !== 'update' && req.verb !== 'patch') return { code: 405, body: methodNotAllowed(`the server does not allow this method on the requested resource`) };
    let desired: KObject;
    const current = scaleOf(obj, resource);
    if (req.verb === 'patch') {
      const type = PATCH_CONTENT_TYPES[req.patchType ?? 'application/merge-patch+json'];
      const t = typeForResource(SCALABLE[resource].group, resource)!;
      const r = type && type !== 'apply' ? applyPatch(type, current, req.body, { ...t, kind: 'Scale' }) : { ok: false as const, error: `the server does not support patch type ${req.patchType}` };
      if (!r.ok) return { code: 422, body: { ...badRequest(r.error), code: 422, reason: 'Invalid' } };
      desired = r.value as KObject;
    } else {
      desired = req.body as KObject;
      const rv = desired?.metadata?.resourceVersion;
      if (rv && rv !== obj.metadata.resourceVersion) {
        return { code: 409, body: conflict({ plural: resource, group: SCALABLE[resource].group }, obj.metadata.name ?? '', MODIFIED_CONFLICT) };
      }
    }
    const replicas = desired?.spec?.replicas;
    if (typeof replicas !== 'number' || replicas < 0 || !Number.isInteger(replicas)) {
      const value = typeof replicas === 'number' ? String(replicas) : 'null';
      const err = { type: 'FieldValueInvalid' as const, field: 'spec.replicas', value, detail: 'must be greater than or equal to 0' };
      return { code: 422, body: invalid('Scale', 'autoscaling', obj.metadata.name ?? '', [err]) };
    }
    const next = deepClone(obj);
    next.spec = { ...(next.spec ?? {}), replicas };
    const res = api.handle({
      verb: 'update', group: SCALABLE[resource].group, resource, namespace: obj.metadata.namespace, name: obj.metadata.name,
      body: next, query: req.query, userAgent: req.userAgent, managedSubresource: 'scale',
    });
    if (isStatus(res.body)) return res;
    return { code: 200, body: scaleOf(res.body as KObject, resource), warnings: res.warnings };
  };
}

/** Installs the scale subresource handlers. */
export const scaleSubresourcePlugin: ClusterPlugin = {
  name: 'scale-subresource',
  install(cluster) {
    for (const resource of Object.keys(SCALABLE)) {
      const t = typeForResource(SCALABLE[resource].group, resource);
      if (t) cluster.api.registerSubresource(t.group ? `${t.plural}.${t.group}` : t.plural, 'scale', handler(resource));
    }
  },
};
