/**
 * `type: same-object` — the object is the one the set-up created (same uid), not a
 * re-creation: deleting and re-applying a Deployment is not a rollback.
 */
import { z } from 'zod';
import { describeRef, getObject, resourceParam, storeResource } from '../resources.js';
import { lastEntry, type CheckType } from '../types.js';

const schema = z.object({ resource: resourceParam, name: z.string(), namespace: z.string().default('default') }).strict();

export const sameObjectCheck: CheckType<z.infer<typeof schema>> = {
  schema,
  run(p, ctx) {
    const ref = describeRef(p.resource, p.name, p.namespace);
    const before = lastEntry(ctx.setupEntries, storeResource(p.resource), p.namespace, p.name);
    const now = getObject(ctx.cluster, p.resource, p.namespace, p.name);
    if (!before || before.change === 'DELETED') return { passed: false, message: `${ref} did not exist at the start (scenario defect)` };
    if (!now) return { passed: false, message: `expected ${ref} from the start (uid ${before.uid}) to still exist, found it deleted` };
    return now.metadata.uid === before.uid
      ? { passed: true, message: `${ref} is the original object (uid ${before.uid})` }
      : { passed: false, message: `expected the original ${ref} (uid ${before.uid}), found a re-created one (uid ${now.metadata.uid})` };
  },
};
