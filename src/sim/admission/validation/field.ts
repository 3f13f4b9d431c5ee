/**
 * Builders for field errors (apimachinery pkg/util/validation/field/errors.go), with bad
 * values rendered as the ≤1.33 ErrorBody renders them.
 */
import type { FieldError } from '../../errors.js';
import { goQuote, goScalar } from '../go-format.js';

export type Errs = FieldError[];

export const required = (field: string, detail = ''): FieldError => ({ type: 'FieldValueRequired', field, detail: detail || undefined });
/** `value` is a JS scalar (rendered %q / %v) unless `raw` says it is already rendered. */
export const invalid = (field: string, value: unknown, detail: string, raw = false): FieldError => ({
  type: 'FieldValueInvalid', field, value: raw ? String(value) : goScalar(value), detail,
});
export const notSupported = (field: string, value: unknown, supported: string[], raw = false): FieldError => ({
  type: 'FieldValueNotSupported', field, value: raw ? String(value) : goScalar(value),
  detail: supported.length ? `supported values: ${supported.map(goQuote).join(', ')}` : undefined,
});
export const duplicate = (field: string, value: unknown, raw = false): FieldError => ({ type: 'FieldValueDuplicate', field, value: raw ? String(value) : goScalar(value) });
export const forbidden = (field: string, detail: string): FieldError => ({ type: 'FieldValueForbidden', field, detail });
export const notFound = (field: string, value: unknown): FieldError => ({ type: 'FieldValueNotFound', field, value: goScalar(value) });
export const tooLong = (field: string, max: number): FieldError => ({ type: 'FieldValueTooLong', field, detail: `may not be more than ${max} bytes` });

/** ValidateNonnegativeField. */
export function nonNegative(v: unknown, field: string, errs: Errs): void {
  if (typeof v === 'number' && v < 0) errs.push(invalid(field, v, 'must be greater than or equal to 0'));
}

/** `value` rendered by field.Error for apimachinery's ValidateImmutableField (value = the new value). */
export const IMMUTABLE = 'field is immutable';
