import { describe, expect, it } from 'vitest';
import { formatFieldError } from './errors.js';

// apimachinery pkg/util/validation/field/errors.go (*Error).ErrorBody: Required, Forbidden
// and TooLong never print the value; Invalid, NotSupported, TooMany... print it when given.
describe('formatFieldError', () => {
  it('prints the count of a Too many error', () => {
    expect(formatFieldError({ field: 'spec.containers', type: 'FieldValueTooMany', value: '5', detail: 'must have at most 3 items' }))
      .toBe('spec.containers: Too many: 5: must have at most 3 items');
  });
  it('omits the value where upstream does', () => {
    expect(formatFieldError({ field: 'metadata.name', type: 'FieldValueRequired', value: '""', detail: 'name or generateName is required' }))
      .toBe('metadata.name: Required value: name or generateName is required');
    expect(formatFieldError({ field: 'spec.containers', type: 'FieldValueTooMany', detail: 'must have at most 3 items' }))
      .toBe('spec.containers: Too many: must have at most 3 items');
  });
});
