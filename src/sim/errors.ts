/**
 * API errors as metav1.Status values, worded as the real API server words them
 * (k8s.io/apimachinery/pkg/api/errors). They are data: the API layer returns them,
 * kubectl formats them.
 */
import { qualifiedResource } from './registry.js';

export interface StatusCause {
  reason: string;
  message: string;
  field?: string;
}

export interface Status {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure' | 'Success';
  message: string;
  reason: string;
  details?: { name?: string; group?: string; kind?: string; causes?: StatusCause[]; retryAfterSeconds?: number };
  code: number;
}

export function isStatus(v: unknown): v is Status {
  return !!v && typeof v === 'object' && (v as { kind?: string }).kind === 'Status';
}

interface Res { plural: string; group: string }

function status(code: number, reason: string, message: string, details?: Status['details']): Status {
  const s: Status = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code };
  if (details) s.details = details;
  return s;
}

export function notFound(res: Res, name: string): Status {
  return status(404, 'NotFound', `${qualifiedResource(res)} "${name}" not found`, { name, group: res.group || undefined, kind: res.plural });
}

export function alreadyExists(res: Res, name: string): Status {
  return status(409, 'AlreadyExists', `${qualifiedResource(res)} "${name}" already exists`, { name, group: res.group || undefined, kind: res.plural });
}

export function conflict(res: Res, name: string, detail: string): Status {
  return status(409, 'Conflict', `Operation cannot be fulfilled on ${qualifiedResource(res)} "${name}": ${detail}`, { name, group: res.group || undefined, kind: res.plural });
}

export const MODIFIED_CONFLICT = 'the object has been modified; please apply your changes to the latest version and try again';

export function badRequest(message: string): Status {
  return status(400, 'BadRequest', message);
}

export function methodNotAllowed(message: string): Status {
  return status(405, 'MethodNotAllowed', message);
}

export function unsupportedMediaType(message: string): Status {
  return status(415, 'UnsupportedMediaType', message);
}

export function internalError(message: string): Status {
  return status(500, 'InternalError', `Internal error occurred: ${message}`);
}

export function unauthorized(): Status {
  return status(401, 'Unauthorized', 'Unauthorized');
}

export function forbidden(res: Res, name: string | undefined, reason: string): Status {
  const what = name ? `${qualifiedResource(res)} "${name}"` : qualifiedResource(res);
  return status(403, 'Forbidden', `${what} is forbidden: ${reason}`, { name, group: res.group || undefined, kind: res.plural });
}

/** A field-level validation problem (apimachinery field.Error). */
export interface FieldError {
  type: FieldErrorType;
  field: string;
  /** Already rendered as the API server renders values (strings quoted, maps in Go syntax). */
  value?: string;
  detail?: string;
}

export type FieldErrorType =
  | 'FieldValueRequired' | 'FieldValueInvalid' | 'FieldValueNotSupported' | 'FieldValueDuplicate'
  | 'FieldValueForbidden' | 'FieldValueTooLong' | 'FieldValueTooMany' | 'FieldValueNotFound';

const TYPE_TEXT: Record<FieldErrorType, string> = {
  FieldValueRequired: 'Required value',
  FieldValueInvalid: 'Invalid value',
  FieldValueNotSupported: 'Unsupported value',
  FieldValueDuplicate: 'Duplicate value',
  FieldValueForbidden: 'Forbidden',
  FieldValueTooLong: 'Too long',
  FieldValueTooMany: 'Too many',
  FieldValueNotFound: 'Not found',
};

/** `spec.replicas: Invalid value: -1: must be greater than or equal to 0` (field.Error.Error()). */
export function formatFieldError(e: FieldError): string {
  let s = `${e.field}: ${TYPE_TEXT[e.type]}`;
  // field.Error.ErrorBody: Too many prints its count unless the caller had none (omitValue).
  const omitValue = e.type === 'FieldValueRequired' || e.type === 'FieldValueForbidden' || e.type === 'FieldValueTooLong';
  if (e.value !== undefined && !omitValue) s += `: ${e.value}`;
  if (e.detail) s += `: ${e.detail}`;
  return s;
}

/**
 * 422 Invalid: `Deployment.apps "web" is invalid: <cause>` or `... is invalid: [<c1>, <c2>]`.
 * kubectl re-renders it as `The Deployment "web" is invalid: ...` from the details.
 */
export function invalid(kind: string, group: string, name: string, errors: FieldError[]): Status {
  const qualifiedKind = group ? `${kind}.${group}` : kind;
  const causes = errors.map((e) => ({ reason: e.type, message: formatFieldError(e).slice(e.field.length + 2), field: e.field }));
  const texts = errors.map(formatFieldError);
  const msg = texts.length === 1 ? texts[0] : `[${texts.join(', ')}]`;
  return status(422, 'Invalid', `${qualifiedKind} "${name}" is invalid: ${msg}`, { name, group: group || undefined, kind, causes });
}

/** Renders a value as Go's %#v-ish form used in ≤1.33 validation messages. */
export function goValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'object' && !Array.isArray(v)) {
    const entries = Object.keys(v as object).sort().map((k) => `${JSON.stringify(k)}:${goValue((v as Record<string, unknown>)[k])}`);
    const allStrings = Object.values(v as object).every((x) => typeof x === 'string');
    return `${allStrings ? 'map[string]string' : 'map[string]interface {}'}{${entries.join(', ')}}`;
  }
  if (Array.isArray(v)) return `[]string{${v.map(goValue).join(', ')}}`;
  return String(v);
}
