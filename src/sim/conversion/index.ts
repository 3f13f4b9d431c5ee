/**
 * Serving a resource in a version other than its storage version: a table of converters,
 * keyed by `group/version/plural`, and the wrapper that converts a request's body to the
 * storage version and every object in the answer back (objects, lists, Table rows, watch events).
 */
import type { ApiRequest, ApiResponse } from '../api.js';
import { isStatus } from '../errors.js';
import type { KObject } from '../types.js';
import { hpaFromV1, hpaToV1 } from './hpa-v1.js';

export interface VersionConverter {
  /** The storage version it converts from and to. */
  storageVersion: string;
  /** Storage object → this version. */
  out(obj: KObject): KObject;
  /** This version (a request body) → storage object. */
  in(obj: KObject): KObject;
}

const CONVERTERS: Record<string, VersionConverter> = {
  'autoscaling/v1/horizontalpodautoscalers': { storageVersion: 'v2', out: hpaToV1, in: hpaFromV1 },
};

/** The converter serving (group, version, resource), if that version is not the storage one. */
export function converterFor(group: string, version: string | undefined, resource: string): VersionConverter | undefined {
  return version ? CONVERTERS[`${group}/${version}/${resource}`] : undefined;
}

/**
 * The version a request speaks: its own, or for an in-process write without one (our kubectl,
 * helm) the version its body's apiVersion names, as the real clients would have sent it to.
 */
export function requestVersion(req: ApiRequest): string | undefined {
  if (req.version) return req.version;
  const apiVersion = (req.body as { apiVersion?: unknown } | undefined)?.apiVersion;
  if ((req.verb !== 'create' && req.verb !== 'update' && req.verb !== 'patch') || typeof apiVersion !== 'string') return undefined;
  const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
  return group === req.group ? version : undefined;
}

/** Converts a response body (object, list or Table) with `out`; Status bodies pass through. */
export function convertBody(body: unknown, c: VersionConverter, apiVersion: string): unknown {
  if (!body || typeof body !== 'object' || isStatus(body)) return body;
  const b = body as Record<string, any>;
  if (b.kind === 'Table') {
    return { ...b, rows: (b.rows ?? []).map((r: { object?: KObject }) => (r.object && r.object.kind && r.object.kind !== 'PartialObjectMetadata' ? { ...r, object: c.out(r.object) } : r)) };
  }
  if (Array.isArray(b.items)) return { ...b, apiVersion, items: b.items.map((i: KObject) => c.out(i)) };
  if (typeof b.kind === 'string' && b.metadata) return c.out(b as KObject);
  return body;
}

/** The request as the storage version receives it (object bodies converted; patches are the caller's). */
export function requestToStorage(req: ApiRequest, c: VersionConverter): ApiRequest {
  const body = req.body as KObject | undefined;
  const convertible = (req.verb === 'create' || req.verb === 'update' || (req.verb === 'patch' && req.patchType === 'application/apply-patch+yaml'))
    && body && typeof body === 'object' && !Array.isArray(body);
  return { ...req, version: c.storageVersion, body: convertible ? c.in(body) : req.body };
}

/** The response in the requested version. */
export function responseFromStorage(res: ApiResponse, c: VersionConverter, apiVersion: string): ApiResponse {
  return { ...res, body: convertBody(res.body, c, apiVersion) };
}
