/**
 * `type: min-during` — a number never dropped below `min` between the end of the set-up and
 * grading: "never fewer than 3 available replicas while you fix it".
 *   { type: min-during, metric: available-replicas, resource: deployment, name: nginx-deployment, min: 3 }
 */
import { z } from 'zod';
import type { CheckType } from '../types.js';
import { at, describeSeries, series, seriesFields, seriesRefine, seriesRefineMessage } from './series.js';

const schema = z.object({ ...seriesFields, min: z.number().int().min(0) }).strict().refine(seriesRefine, seriesRefineMessage);

export const minDuringCheck: CheckType<z.infer<typeof schema>> = {
  schema,
  run(p, ctx) {
    const points = series(p, ctx);
    const low = points.reduce((a, b) => (b.value < a.value ? b : a));
    const what = describeSeries(p);
    return low.value >= p.min
      ? { passed: true, message: `${what} stayed at ${p.min} or more (lowest ${low.value})` }
      : { passed: false, message: `expected ${what} to stay at ${p.min} or more the whole time, found ${low.value} at ${at(low.t, ctx)}` };
  },
};
