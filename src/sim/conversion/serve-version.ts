/**
 * Serving a request in a version other than the storage one: the body is decoded against
 * this version's schema (unknown fields are found before conversion drops them) and converted
 * in, the answer converted out. A patch applies to the object as this version shows it, as
 * the apiserver patches the versioned object, and is stored as an update.
 */
import { decodeStep } from '../admission/decode.js';
import type { FieldValidation } from '../admission/index.js';
import type { ApiDeps, ApiRequest, ApiResponse } from '../api.js';
import { badRequest, isStatus, unsupportedMediaType, type Status } from '../errors.js';
import { applyPatch, PATCH_CONTENT_TYPES } from '../patch/index.js';
import { typeForResourceVersion } from '../registry.js';
import type { KObject } from '../types.js';
import { requestToStorage, responseFromStorage, type VersionConverter } from './index.js';

const fail = (status: Status): ApiResponse => ({ code: status.code, body: status });

/** Answers `req` (in its own version) through `dispatch`, which speaks the storage version. */
export function serveInVersion(
  req: ApiRequest, c: VersionConverter, dispatch: (r: ApiRequest) => ApiResponse, deps: ApiDeps, fieldValidation: FieldValidation,
): ApiResponse {
  const apiVersion = `${req.group}/${req.version}`;
  const t = typeForResourceVersion(req.group, req.version ?? '', req.resource);
  if (req.verb === 'patch' && req.patchType !== 'application/apply-patch+yaml' && t) {
    const current = dispatch({ ...req, verb: 'get', version: c.storageVersion, body: undefined });
    if (current.code !== 200) return current;
    const patchType = PATCH_CONTENT_TYPES[req.patchType ?? 'application/strategic-merge-patch+json'];
    if (!patchType) return fail(unsupportedMediaType(`the server does not support patch type ${req.patchType}`));
    const patched = applyPatch(patchType, c.out(current.body as KObject), req.body, t);
    if (!patched.ok) return fail({ ...badRequest(patched.error), code: 422, reason: 'Invalid' });
    const obj = c.in(patched.value as KObject);
    obj.metadata.resourceVersion = (patched.value as KObject).metadata?.resourceVersion ?? (current.body as KObject).metadata.resourceVersion;
    return responseFromStorage(dispatch({ ...req, verb: 'update', version: c.storageVersion, body: obj, patchType: undefined }), c, apiVersion);
  }
  const warnings: string[] = [];
  const body = req.body as KObject | undefined;
  if (t && (req.verb === 'create' || req.verb === 'update') && body && typeof body === 'object' && !Array.isArray(body)) {
    const decoded = decodeStep(body, {
      operation: req.verb === 'create' ? 'CREATE' : 'UPDATE', type: t, fieldValidation, subresource: req.subresource,
      now: deps.clock.iso(), rand: deps.rand, store: deps.store, internal: req.internal,
    }, warnings);
    if (isStatus(decoded)) return fail(decoded);
  }
  const res = responseFromStorage(dispatch(requestToStorage(req, c)), c, apiVersion);
  return warnings.length ? { ...res, warnings: [...warnings, ...(res.warnings ?? [])] } : res;
}
