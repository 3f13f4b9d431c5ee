/**
 * `type: event` — an Event was recorded after the set-up:
 *   { type: event, reason: Unhealthy, involved: '^kubia-', min: 1 }
 */
import { z } from 'zod';
import type { CheckType } from '../types.js';

const regex = z.string().refine((s) => { try { new RegExp(s); return true; } catch { return false; } }, { message: 'not a valid regular expression' });

const schema = z.object({
  reason: z.string(),
  eventType: z.enum(['Normal', 'Warning']).optional(),
  namespace: z.string().default('default'),
  /** Regular expression for the involved object's name. */
  involved: regex.optional(),
  message: regex.optional(),
  min: z.number().int().min(0).default(1),
  max: z.number().int().min(0).optional(),
}).strict();

interface EventEntry { reason: string; eventType: string; namespace: string; involved: { name: string }; message: string }

export const eventCheck: CheckType<z.infer<typeof schema>> = {
  schema,
  run(p, ctx) {
    const n = ctx.entries.filter((e) => {
      if (e.type !== 'event' || e.t > ctx.gradeTime) return false;
      const ev = e as unknown as EventEntry;
      return ev.reason === p.reason && ev.namespace === p.namespace && (!p.eventType || ev.eventType === p.eventType)
        && (!p.involved || new RegExp(p.involved).test(ev.involved?.name ?? '')) && (!p.message || new RegExp(p.message).test(ev.message ?? ''));
    }).length;
    const what = `${p.eventType ?? ''}${p.eventType ? ' ' : ''}events with reason ${p.reason}${p.involved ? ` for /${p.involved}/` : ''}`;
    if (n < p.min) return { passed: false, message: `expected at least ${p.min} ${what}, found ${n}` };
    if (p.max !== undefined && n > p.max) return { passed: false, message: `expected at most ${p.max} ${what}, found ${n}` };
    return { passed: true, message: `${n} ${what}` };
  },
};
