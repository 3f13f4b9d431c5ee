/**
 * `type: max-during` — a number never rose above `max` between the end of the set-up and
 * grading: "never more than 4 kubia pods during the rollout".
 *   { type: max-during, metric: pods, selector: app=kubia, max: 4 }
 */
import { z } from 'zod';
import type { CheckType } from '../types.js';
import { at, describeSeries, series, seriesFields, seriesRefine, seriesRefineMessage } from './series.js';

const schema = z.object({ ...seriesFields, max: z.number().int().min(0) }).strict().refine(seriesRefine, seriesRefineMessage);

export const maxDuringCheck: CheckType<z.infer<typeof schema>> = {
  schema,
  run(p, ctx) {
    const points = series(p, ctx);
    const high = points.reduce((a, b) => (b.value > a.value ? b : a));
    const what = describeSeries(p);
    return high.value <= p.max
      ? { passed: true, message: `${what} stayed at ${p.max} or fewer (highest ${high.value})` }
      : { passed: false, message: `expected ${what} to stay at ${p.max} or fewer the whole time, found ${high.value} at ${at(high.t, ctx)}` };
  },
};
