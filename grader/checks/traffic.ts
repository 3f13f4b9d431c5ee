/**
 * `type: traffic` — what the grader's steady request stream (the scenario's `traffic:` block)
 * got while the learner worked: failed requests, and which versions answered, read from each
 * answer with `versionPattern` (its first group).
 *   { type: traffic, maxFailed: 0, versionPattern: 'APP_VERSION=(\S+)', served: [0.1.0, 0.2.0], finalVersion: 0.2.0 }
 * `fromCommand` narrows the interval to start at the first command matching it.
 */
import { z } from 'zod';
import type { CheckType, TrafficRecord } from '../types.js';

const regex = z.string().refine((s) => { try { new RegExp(s); return true; } catch { return false; } }, { message: 'not a valid regular expression' });

const schema = z.object({
  maxFailed: z.number().int().min(0).optional(),
  minRequests: z.number().int().min(0).default(1),
  versionPattern: regex.default('(.*)'),
  /** Versions that must have answered at least once. */
  served: z.array(z.string()).default([]),
  /** Versions that must never have answered. */
  notServed: z.array(z.string()).default([]),
  /** The version of the last successful answer. */
  finalVersion: z.string().optional(),
  /** Count only requests from the first command matching this (e.g. the scale-down itself). */
  fromCommand: regex.optional(),
}).strict();

function versionOf(r: TrafficRecord, re: RegExp): string | undefined {
  if (!r.ok || r.body === undefined) return undefined;
  const m = re.exec(r.body);
  return m ? (m[1] ?? m[0]).trim() : undefined;
}

export const trafficCheck: CheckType<z.infer<typeof schema>> = {
  schema,
  run(p, ctx) {
    let from = -Infinity;
    if (p.fromCommand !== undefined) {
      const re = new RegExp(p.fromCommand);
      const cmd = ctx.entries.find((e) => e.type === 'command' && re.test(String(e.command)));
      if (!cmd) return { passed: false, message: `expected a command matching /${p.fromCommand}/ (requests are counted from there), found none` };
      from = cmd.t;
    }
    const reqs = ctx.traffic.filter((r) => r.t >= from && r.t <= ctx.gradeTime);
    if (reqs.length < p.minRequests) return { passed: false, message: `expected at least ${p.minRequests} requests from the grader's request stream, found ${reqs.length} (does the scenario have a traffic block?)` };
    const failed = reqs.filter((r) => !r.ok);
    const re = new RegExp(p.versionPattern);
    const seen = new Map<string, number>();
    for (const r of reqs) {
      const v = versionOf(r, re);
      if (v !== undefined) seen.set(v, (seen.get(v) ?? 0) + 1);
    }
    const summary = `${reqs.length} requests, ${failed.length} failed${seen.size ? `, answered by ${[...seen].map(([v, n]) => `${v} (${n})`).join(', ')}` : ''}`;
    const problems: string[] = [];
    if (p.maxFailed !== undefined && failed.length > p.maxFailed) {
      const first = failed[0];
      problems.push(`at most ${p.maxFailed} failed requests (first failure ${Math.round((first.t - ctx.setupEnd) / 1000)}s after the start: ${first.error ?? `HTTP ${first.status}`})`);
    }
    for (const v of p.served) if (!seen.has(v)) problems.push(`answers from ${v}`);
    for (const v of p.notServed) if (seen.has(v)) problems.push(`no answer from ${v}`);
    if (p.finalVersion !== undefined) {
      const last = [...reqs].reverse().find((r) => versionOf(r, re) !== undefined);
      const lv = last && versionOf(last, re);
      if (lv !== p.finalVersion) problems.push(`the last answer from ${p.finalVersion} (it came from ${lv ?? 'nothing'})`);
    }
    return problems.length ? { passed: false, message: `expected ${problems.join('; ')}; found ${summary}` } : { passed: true, message: summary };
  },
};
