/**
 * Decoding, as the API server's JSON serializer does it (sigs.k8s.io/json over the typed
 * struct): type mismatches are decode errors whatever the field validation level; unknown
 * fields are strict-decoding errors with `fieldValidation=Strict`, warnings with `Warn`,
 * and silently dropped with `Ignore` (k8s.io/apiserver pkg/endpoints/handlers/create.go,
 * update.go, patch.go; k8s.io/apimachinery pkg/runtime/serializer/json).
 */
import { badRequest, type Status } from '../errors.js';
import { groupVersion } from '../registry.js';
import type { KObject } from '../types.js';
import { base64ErrorOffset } from './base64.js';
import { goPlusV, goQuote } from './go-format.js';
import { canonicalQuantity } from './quantity-format.js';
import type { AdmissionContext } from './index.js';
import { rootModel, type ModelNode, type TypeNode } from './schema.js';

const QUANTITY_RE = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;
const QUANTITY_SUFFIX_RE = /^(|Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][-+]?[0-9]+)$/;
const QUANTITY_FORMAT_ERROR = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

const INT_RANGE: Record<string, [number, number]> = {
  i32: [-2147483648, 2147483647],
  i64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

interface Walk {
  /** Collect unknown fields (in the order a sorted-key JSON document presents them). */
  unknown: string[] | undefined;
  /** Remove unknown fields from the object. */
  drop: boolean;
  /** First decode (type) error; encoding/json reports the first one it saves. */
  error: string | undefined;
  /** Visit keys sorted, as kubectl's JSON (marshalled from a Go map) presents them. */
  sorted: boolean;
}

function jsonKind(v: unknown): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'array';
  return 'object';
}

/** `json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32`. */
function typeError(value: string, struct: string, goPath: string, goType: string): string {
  return `json: cannot unmarshal ${value} into Go struct field ${struct}.${goPath} of type ${goType}`;
}

/** Checks a scalar; returns an error text or undefined. */
function checkScalar(v: unknown, node: TypeNode & { k: 'scalar' }, struct: string, goPath: string): string | undefined {
  switch (node.code) {
    case 'x': case 't':
      return undefined;
    case 's': case 'byte':
      return typeof v === 'string' ? undefined : typeError(jsonKind(v), struct, goPath, node.goType);
    case 'b':
      return typeof v === 'boolean' ? undefined : typeError(jsonKind(v), struct, goPath, node.goType);
    case 'f':
      return typeof v === 'number' ? undefined : typeError(jsonKind(v), struct, goPath, node.goType);
    case 'i32': case 'i64': {
      if (typeof v !== 'number') return typeError(jsonKind(v), struct, goPath, node.goType);
      const [lo, hi] = INT_RANGE[node.code];
      if (!Number.isInteger(v) || v < lo || v > hi) return typeError(`number ${v}`, struct, goPath, node.goType);
      return undefined;
    }
    case 'is':
      // intstr.IntOrString.UnmarshalJSON: strings as-is, anything else decoded into an int32.
      if (typeof v === 'string') return undefined;
      if (typeof v === 'number' && Number.isInteger(v) && v >= -2147483648 && v <= 2147483647) return undefined;
      return `json: cannot unmarshal ${typeof v === 'number' ? `number ${v}` : jsonKind(v)} into Go value of type int32`;
    case 'q': {
      // resource.Quantity.UnmarshalJSON parses strings and bare numbers alike.
      if (typeof v !== 'string' && typeof v !== 'number') return QUANTITY_FORMAT_ERROR;
      const s = String(v).trim();
      const m = QUANTITY_RE.exec(s);
      if (!m) return QUANTITY_FORMAT_ERROR;
      if (!QUANTITY_SUFFIX_RE.test(m[2])) return "unable to parse quantity's suffix";
      return undefined;
    }
  }
}

function isQuantity(node: TypeNode): boolean {
  return node.k === 'scalar' && node.code === 'q';
}

/** Quantities are written back in canonical form (the object is the request's working copy). */
function setIfChanged(o: Record<string, unknown>, k: string, v: unknown): void {
  if (o[k] !== v) o[k] = v;
}

function walkValue(v: unknown, node: TypeNode, struct: string, path: string, goPath: string, w: Walk): void {
  if (v === null || v === undefined || w.error) return;
  switch (node.k) {
    case 'scalar': {
      const err = checkScalar(v, node, struct, goPath);
      if (err) w.error = err;
      return;
    }
    case 'list':
      if (!Array.isArray(v)) { w.error = typeError(jsonKind(v), struct, goPath, node.goType); return; }
      for (let i = 0; i < v.length; i++) walkValue(v[i], node.elem, struct, `${path}[${i}]`, goPath, w);
      return;
    case 'map': {
      if (typeof v !== 'object' || Array.isArray(v)) { w.error = typeError(jsonKind(v), struct, goPath, node.goType); return; }
      const o = v as Record<string, unknown>;
      const keys = w.sorted ? Object.keys(o).sort() : Object.keys(o);
      for (const k of keys) {
        walkValue(o[k], node.elem, struct, `${path}[${k}]`, goPath, w);
        if (isQuantity(node.elem) && !w.error && o[k] !== null && o[k] !== undefined) setIfChanged(o, k, canonicalQuantity(o[k] as string));
      }
      return;
    }
    case 'model':
      if (typeof v !== 'object' || Array.isArray(v)) { w.error = typeError(jsonKind(v), struct, goPath, node.goType); return; }
      walkModel(v as Record<string, unknown>, node, path, goPath, w);
  }
}

function walkModel(o: Record<string, unknown>, node: ModelNode, path: string, goPath: string, w: Walk): void {
  const keys = w.sorted ? Object.keys(o).sort() : Object.keys(o);
  for (const k of keys) {
    const child = node.fields.get(k);
    const p = path ? `${path}.${k}` : k;
    if (!child) {
      w.unknown?.push(p);
      if (w.drop) delete o[k];
      continue;
    }
    walkValue(o[k], child, node.goName, p, goPath ? `${goPath}.${k}` : k, w);
    if (w.error) return;
    if (isQuantity(child) && o[k] !== null && o[k] !== undefined) setIfChanged(o, k, canonicalQuantity(o[k] as string));
  }
}

/** `[]byte` fields carried as base64 strings, per kind. */
const BYTE_MAPS: Record<string, string> = { '/Secret': 'data', '/ConfigMap': 'binaryData' };

/** encoding/json decodes `[]byte` from base64 and fails on the first bad value (keys in JSON order). */
function base64Error(obj: KObject, groupKind: string): string | undefined {
  const field = BYTE_MAPS[groupKind];
  const m = field ? obj[field] : undefined;
  if (!m || typeof m !== 'object') return undefined;
  for (const k of Object.keys(m).sort()) {
    const v = m[k];
    if (typeof v !== 'string') continue;
    const at = base64ErrorOffset(v);
    if (at >= 0) return `illegal base64 data at input byte ${at}`;
  }
  return undefined;
}

/** Result of decoding: unknown field paths in document order, or the first type error. */
export interface DecodeResult { unknown: string[]; error?: string }

/**
 * Walks `obj` against its kind's schema. With `drop`, unknown fields are removed in place
 * (the object must be a working copy).
 */
export function decodeObject(obj: KObject, apiVersion: string, kind: string, drop: boolean): DecodeResult {
  const root = rootModel(apiVersion, kind);
  if (!root) return { unknown: [] };
  // Fast pass in insertion order; only when something is wrong walk again with sorted keys
  // so the reported order matches the JSON kubectl sends.
  const fast: Walk = { unknown: [], drop: false, error: undefined, sorted: false };
  walkModel(obj as Record<string, unknown>, root, '', '', fast);
  if (!fast.error && fast.unknown!.length === 0) return { unknown: [] };
  const slow: Walk = { unknown: [], drop, error: undefined, sorted: true };
  walkModel(obj as Record<string, unknown>, root, '', '', slow);
  return { unknown: slow.unknown!, error: slow.error ?? fast.error };
}

/** `strict decoding error: unknown field "a", unknown field "b"` (apimachinery runtime/error.go). */
export function strictDecodingError(unknown: string[]): string {
  return `strict decoding error: ${unknown.map((u) => `unknown field ${goQuote(u)}`).join(', ')}`;
}

/** Errors reported against a patch: 422 with an empty kind (`The request is invalid: patch: ...`). */
function patchInvalid(patch: unknown, detail: string): Status {
  const value = goQuote(goPlusV(patch));
  const cause = `Invalid value: ${value}: ${detail}`;
  return {
    kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: 422, reason: 'Invalid',
    message: ` "" is invalid: patch: ${cause}`,
    details: { causes: [{ reason: 'FieldValueInvalid', message: cause, field: 'patch' }] },
  };
}

/** The decode admission step. */
export function decodeStep(obj: KObject, ctx: AdmissionContext, warnings: string[]): KObject | Status {
  // Objects built by our own controllers never went through a wire encoding.
  if (ctx.internal) return obj;
  const t = ctx.type;
  const gv = groupVersion(t);
  if (typeof obj.apiVersion === 'string' && obj.apiVersion && obj.apiVersion !== gv) {
    return badRequest(`the API version in the data (${obj.apiVersion}) does not match the expected API version (${gv})`);
  }
  const res = decodeObject(obj, gv, t.kind, ctx.fieldValidation !== 'Strict');
  if (!res.error) res.error = base64Error(obj, `${t.group}/${t.kind}`);
  const handledAs = `${t.kind} in version ${goQuote(t.version)} cannot be handled as a ${t.kind}: `;
  if (res.error) return ctx.patch !== undefined ? patchInvalid(ctx.patch, res.error) : badRequest(handledAs + res.error);
  if (!res.unknown.length) return obj;
  switch (ctx.fieldValidation) {
    case 'Strict':
      return ctx.patch !== undefined ? patchInvalid(ctx.patch, strictDecodingError(res.unknown)) : badRequest(handledAs + strictDecodingError(res.unknown));
    case 'Warn':
      for (const u of res.unknown) warnings.push(`unknown field ${goQuote(u)}`);
      return obj;
    case 'Ignore':
      return obj;
  }
}
