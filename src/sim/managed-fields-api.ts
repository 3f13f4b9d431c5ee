/**
 * The API layer's side of field ownership: which manager a request writes as, the
 * managedFields every create/update/patch leaves, and the apply endpoint
 * (`PATCH` with `application/apply-patch+yaml`, staging/src/k8s.io/apiserver/pkg/endpoints/
 * handlers/patch.go applyPatcher): create-on-apply, option checks, conflicts.
 */
import type { ApiRequest, ApiResponse } from './api.js';
import { badRequest, invalid, type Status } from './errors.js';
import { applyConfiguration, managedFieldsAfterWrite, type WriteContext } from './managed-fields.js';
import { groupVersion, type ResourceType } from './registry.js';
import type { KObject } from './types.js';

/**
 * The manager a write is recorded under: `fieldManager`, else the User-Agent's product
 * name (managerOrUserAgent: `kubectl/v1.33.0 (linux/amd64) ...` → `kubectl`). In-process
 * callers without either are our kubectl.
 */
export function managerOf(req: ApiRequest): string {
  const fm = req.query?.fieldManager;
  if (fm) return fm;
  const ua = req.userAgent?.split('/')[0]?.replace(/[^\x20-\x7e]/g, '').slice(0, 128);
  return ua || 'kubectl';
}

function contextFor(req: ApiRequest, type: ResourceType, now: string): WriteContext {
  return {
    kind: type.kind, apiVersion: groupVersion(type), manager: managerOf(req),
    subresource: req.managedSubresource ?? req.subresource, hasStatus: !!type.subresources?.includes('status'), now,
  };
}

/**
 * Sets `next.metadata.managedFields` for a create (`old` undefined) or update by `req`.
 * Requests of the simulator's own components are not tracked (their objects have
 * managedFields upstream too, but nobody looks, and the hot path stays cheap); apply
 * requests arrive with theirs already computed.
 */
export function trackWrite(req: ApiRequest, type: ResourceType, old: KObject | undefined, next: KObject, now: string): void {
  if (req.internal || req.patchType === 'application/apply-patch+yaml') return;
  const entries = managedFieldsAfterWrite(old, next, contextFor(req, type, now));
  if (entries) next.metadata.managedFields = entries;
  else delete next.metadata.managedFields;
}

/** What the apply endpoint needs from the Api (its private create and update paths). */
export interface ApplyHooks {
  get(): KObject | undefined;
  create(obj: KObject): ApiResponse;
  update(old: KObject, obj: KObject): ApiResponse;
  now: string;
}

const fail = (s: Status): ApiResponse => ({ code: s.code, body: s });

/** PATCH with `application/apply-patch+yaml`: 201 when it created the object, else 200. */
export function serveApply(req: ApiRequest, type: ResourceType, hooks: ApplyHooks): ApiResponse {
  if (!req.query?.fieldManager) {
    // validation.ValidatePatchOptions: apply requires a manager.
    return fail(invalid('PatchOptions', 'meta.k8s.io', '', [{ type: 'FieldValueRequired', field: 'fieldManager', detail: 'is required for apply patch' }]));
  }
  let config: unknown = req.body;
  if (typeof config === 'string') {
    try {
      config = JSON.parse(config);
    } catch (e) {
      return fail(badRequest(`error decoding YAML: ${(e as Error).message}`));
    }
  }
  if (!config || typeof config !== 'object' || Array.isArray(config)) {
    return fail(badRequest('error decoding YAML: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type map[string]interface {}'));
  }
  const obj = config as KObject;
  const gv = groupVersion(type);
  if (obj.apiVersion !== gv) {
    return fail(badRequest(`Incorrect version specified in apply patch. Specified patch version: ${obj.apiVersion ?? ''}, expected: ${gv}`));
  }
  if (obj.metadata?.managedFields !== undefined && obj.metadata?.managedFields !== null) return fail(badRequest('metadata.managedFields must be nil'));
  const name = obj.metadata?.name ?? '';
  if (name !== (req.name ?? '')) return fail(badRequest(`the name of the object (${name}) does not match the name on the URL (${req.name ?? ''})`));
  if (type.namespaced && obj.metadata?.namespace && obj.metadata.namespace !== req.namespace) {
    return fail(badRequest('the namespace of the provided object does not match the namespace sent on the request'));
  }
  const live = hooks.get();
  const force = req.query?.force === 'true';
  const applied = applyConfiguration(live, obj, contextFor(req, type, hooks.now), force);
  if (!applied.ok) return fail(applied.status);
  if (!live) return hooks.create(applied.object);
  return hooks.update(live, applied.object);
}
