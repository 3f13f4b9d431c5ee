/**
 * `type: count` — how many objects of a kind match a label selector and field conditions:
 *   { type: count, resource: pods, selector: app=kubia, where: [{ path: .status.phase, equals: Running }], equals: 3 }
 * `namespace: '*'` counts in every namespace.
 */
import { z } from 'zod';
import { matches, parseSelector } from '../../src/sim/index.js';
import { resourceParam, storeResource } from '../resources.js';
import type { CheckType } from '../types.js';
import { compare, comparisonFields, hasComparison } from './compare.js';
import { valueAt } from './field.js';

const condition = z.object({ path: z.string(), ...comparisonFields }).strict().refine(hasComparison, { message: 'needs a comparison' });

const schema = z.object({
  resource: resourceParam,
  namespace: z.string().default('default'),
  selector: z.string().refine((s) => parseSelector(s).ok, { message: 'not a valid label selector' }).optional(),
  where: z.array(condition).default([]),
  ...comparisonFields,
}).strict().refine(hasComparison, { message: 'needs a count comparison (equals, gte, lte, ...)' });

export const countCheck: CheckType<z.infer<typeof schema>> = {
  schema,
  run(p, ctx) {
    const sel = p.selector ? parseSelector(p.selector) : undefined;
    const objs = ctx.cluster.store.list(storeResource(p.resource), p.namespace === '*' ? undefined : p.namespace);
    const n = objs.filter((o) => (!sel || (sel.ok && matches(sel.value, o.metadata.labels))) && p.where.every((w) => compare(w, valueAt(o, w.path)).ok)).length;
    const { ok, expected } = compare(p, n);
    const what = `${p.resource}${p.selector ? ` with labels ${p.selector}` : ''}${p.where.length ? ` where ${p.where.map((w) => `${w.path} ${compare(w, undefined).expected.replace(/^to be /, 'is ').replace(/^to /, '')}`).join(' and ')}` : ''}`;
    return ok ? { passed: true, message: `${n} ${what}` } : { passed: false, message: `expected the number of ${what} ${expected}, found ${n}` };
  },
};
