/**
 * Admission: what the API server does to every object written through it, in order —
 * decoding (strict: unknown fields are errors), defaulting, and validation (create and
 * update rules, immutable fields) — with Kubernetes' own wording.
 *
 * The steps are a table so each concern lives in its own file.
 */
import type { Status } from '../errors.js';
import type { SeededRandom } from '../random.js';
import type { ResourceType } from '../registry.js';
import type { Store } from '../store.js';
import type { KObject, UserInfo } from '../types.js';
import { ADMISSION_STEPS } from './steps.js';

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

export interface AdmissionContext {
  operation: 'CREATE' | 'UPDATE';
  type: ResourceType;
  /** The stored object on update. */
  oldObject?: KObject;
  /** From the request's `fieldValidation` query parameter (kubectl sends Strict by default). */
  fieldValidation: FieldValidation;
  /** `status` for status-subresource writes. */
  subresource?: string;
  /** Set when the object comes from a patch: decode errors are then reported on the patch. */
  patch?: unknown;
  now: string;
  rand: SeededRandom;
  /** Read-only view of the cluster (e.g. to allocate a free cluster IP or NodePort). */
  store: Store;
  /** The request comes from an in-process system component (see ApiRequest.internal). */
  internal?: boolean;
  /** Who makes the request (strategies that record the requester, e.g. a CSR's spec.username). */
  user?: UserInfo;
}

export type AdmissionResult =
  | { ok: true; object: KObject; warnings: string[] }
  | { ok: false; status: Status };

/** One admission step: returns the (possibly changed) object, or a Status to stop the write. */
export type AdmissionStep = (obj: KObject, ctx: AdmissionContext, warnings: string[]) => KObject | Status;

/** decode → default → validate → allocate (steps.ts), then whatever other parts register. */
const steps: { name: string; step: AdmissionStep }[] = [...ADMISSION_STEPS];

/** Registers a step; steps run in registration order. */
export function registerAdmissionStep(name: string, step: AdmissionStep): void {
  steps.push({ name, step });
}

/** Runs every admission step over a working copy of the object. */
export function admit(obj: KObject, ctx: AdmissionContext): AdmissionResult {
  const warnings: string[] = [];
  let current = obj;
  for (const { step } of steps) {
    const out = step(current, ctx, warnings);
    if ((out as Status).kind === 'Status') return { ok: false, status: out as Status };
    current = out as KObject;
  }
  return { ok: true, object: current, warnings };
}
