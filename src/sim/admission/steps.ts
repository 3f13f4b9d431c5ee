/**
 * The admission pipeline, in the API server's order: decode (types, unknown fields) →
 * default (defaulting, mutating admission, strategy PrepareForCreate/Update) → validate →
 * allocate (service IPs and node ports, which the REST storage assigns after validation).
 */
import type { Status } from '../errors.js';
import type { KObject } from '../types.js';
import { allocateService } from './allocate.js';
import { decodeStep } from './decode.js';
import { defaultStep } from './defaults/index.js';
import type { AdmissionContext, AdmissionStep } from './index.js';
import { validateStep } from './validation/index.js';

function allocateStep(obj: KObject, ctx: AdmissionContext): KObject | Status {
  return ctx.type.group === '' && ctx.type.kind === 'Service' ? allocateService(obj, ctx) : obj;
}

/** Step table: name and function, run in this order for every write. */
export const ADMISSION_STEPS: { name: string; step: AdmissionStep }[] = [
  { name: 'decode', step: decodeStep },
  { name: 'default', step: defaultStep },
  { name: 'validate', step: validateStep },
  { name: 'allocate', step: allocateStep },
];
