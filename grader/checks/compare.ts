/**
 * The comparisons shared by check types: equals, matches (a regular expression), exists,
 * absent and numeric bounds, with the phrases used in "expected … found …" messages.
 */
import { z } from 'zod';

export const comparisonFields = {
  equals: z.union([z.string(), z.number(), z.boolean()]).optional(),
  matches: z.string().refine((s) => { try { new RegExp(s); return true; } catch { return false; } }, { message: 'not a valid regular expression' }).optional(),
  exists: z.literal(true).optional(),
  absent: z.literal(true).optional(),
  gt: z.number().optional(),
  gte: z.number().optional(),
  lt: z.number().optional(),
  lte: z.number().optional(),
};

export type Comparison = { [K in keyof typeof comparisonFields]?: z.infer<(typeof comparisonFields)[K]> };

export const hasComparison = (c: Comparison): boolean => Object.values(c).some((v) => v !== undefined);

const NUMERIC: [keyof Comparison, string, (a: number, b: number) => boolean][] = [
  ['gt', 'greater than', (a, b) => a > b],
  ['gte', 'at least', (a, b) => a >= b],
  ['lt', 'less than', (a, b) => a < b],
  ['lte', 'at most', (a, b) => a <= b],
];

/** Does `value` (undefined when missing) satisfy every comparison in `c`? Returns what was expected when not. */
export function compare(c: Comparison, value: unknown): { ok: boolean; expected: string } {
  const wants: string[] = [];
  let ok = true;
  if (c.exists) {
    wants.push('to be set');
    ok &&= value !== undefined;
  }
  if (c.absent) {
    wants.push('to be absent');
    ok &&= value === undefined;
  }
  if (c.equals !== undefined) {
    wants.push(`to be ${JSON.stringify(c.equals)}`);
    ok &&= value !== undefined && String(value) === String(c.equals);
  }
  if (c.matches !== undefined) {
    wants.push(`to match /${c.matches}/`);
    ok &&= value !== undefined && new RegExp(c.matches).test(String(value));
  }
  for (const [key, phrase, fn] of NUMERIC) {
    const bound = c[key] as number | undefined;
    if (bound === undefined) continue;
    wants.push(`to be ${phrase} ${bound}`);
    const n = typeof value === 'number' ? value : Number(value);
    ok &&= value !== undefined && value !== '' && Number.isFinite(n) && fn(n, bound);
  }
  return { ok, expected: wants.join(' and ') };
}

/** How a found value reads in a message. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing (not set)';
  return typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
}
