/**
 * Front matter keys and their checks, as a table: adding a key is adding a row.
 */

export type FieldCheck = (value: unknown) => string | undefined;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const isPositiveInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

/** Every allowed key; `required` keys must be present. */
export const FRONT_MATTER_FIELDS: ReadonlyArray<{ key: string; required: boolean; check: FieldCheck }> = [
  {
    key: 'id',
    required: true,
    check: (v) => (typeof v === 'string' && ID.test(v) ? undefined : 'must be a kebab-case string such as "rc-rolling-update"'),
  },
  {
    key: 'title',
    required: true,
    check: (v) => (typeof v === 'string' && v.trim() !== '' ? undefined : 'must be a non-empty string'),
  },
  { key: 'order', required: true, check: (v) => (isPositiveInt(v) ? undefined : 'must be a positive integer') },
  {
    key: 'prerequisites',
    required: true,
    check: (v) =>
      Array.isArray(v) && v.every((p) => typeof p === 'string' && ID.test(p))
        ? undefined
        : 'must be a list of lesson ids (use [] for none)',
  },
  {
    key: 'estimatedMinutes',
    required: true,
    check: (v) => (isPositiveInt(v) ? undefined : 'must be a positive integer (minutes)'),
  },
];
