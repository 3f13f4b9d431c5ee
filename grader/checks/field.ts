/**
 * `type: field` — one field of one object, read with kubectl's JSONPath engine:
 *   { type: field, resource: deployment, name: nginx-deployment, path: '{.spec.template.spec.containers[0].image}', equals: nginx:1.16.1 }
 * A path without braces (`.spec.replicas`) is wrapped in them.
 */
import { z } from 'zod';
import { checkJsonPath, findJsonPathResults } from '../../src/kubectl/printers/index.js';
import { describeRef, getObject, resourceParam } from '../resources.js';
import type { CheckType } from '../types.js';
import { compare, comparisonFields, hasComparison, shown } from './compare.js';

const template = (p: string): string => (p.includes('{') ? p : `{${p.startsWith('.') ? p : `.${p}`}}`);

const schema = z.object({
  resource: resourceParam,
  name: z.string(),
  namespace: z.string().default('default'),
  path: z.string().refine((p) => checkJsonPath(template(p)).ok, { message: 'not a valid JSONPath expression' }),
  ...comparisonFields,
}).strict().refine(hasComparison, { message: 'needs one of equals, matches, exists, absent, gt, gte, lt, lte' });

/** The value at `path` in `obj`: undefined when missing, a list when the path matches several. */
export function valueAt(obj: unknown, path: string): unknown {
  const r = findJsonPathResults(template(path), obj, true);
  if (!r.ok) return undefined;
  const flat = r.results.flat();
  if (flat.length === 0) return undefined;
  return flat.length === 1 ? flat[0] : flat;
}

export const fieldCheck: CheckType<z.infer<typeof schema>> = {
  schema,
  run(p, ctx) {
    const ref = describeRef(p.resource, p.name, p.namespace);
    const obj = getObject(ctx.cluster, p.resource, p.namespace, p.name);
    if (!obj) {
      if (p.absent) return { passed: true, message: `${ref} does not exist, so ${p.path} is absent` };
      return { passed: false, message: `expected ${ref} to exist, found no such object` };
    }
    const value = valueAt(obj, p.path);
    const { ok, expected } = compare(p, value);
    return ok
      ? { passed: true, message: `${ref} ${p.path} is ${shown(value)}` }
      : { passed: false, message: `expected ${ref} ${p.path} ${expected}, found ${shown(value)}` };
  },
};
