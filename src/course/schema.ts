/**
 * The scenario file format, version 1 (scenarios/<topic>/<name>.yaml). Validated with zod;
 * every issue carries a key path that the loader maps to a line of the file.
 *
 *   version: 1
 *   id: deployments/rollback
 *   title: Roll back a stuck rollout
 *   lesson: deployments
 *   setup: { seed: 7, steps: [ { apply: "<manifest>" }, { run: "kubectl set image …" }, { advance: 30s } ] }
 *   tasks: [ { text: "…", hints: [ { text: "…", whenFailing: [image] } ] } ]
 *   checks: [ { id: image, title: "…", points: 2, type: field, … } ]
 *   solution: { commands: "kubectl rollout undo …" }
 *   decoys: [ { id: recreate, commands: "…", fails: [same-deployment] } ]
 *
 * Check parameters beyond the common ones are validated by the check type itself (grader/).
 */
import { z } from 'zod';
import { parseDuration } from './duration.js';

export const SCENARIO_VERSION = 1;

const duration = z.union([z.string(), z.number()]).refine((v) => parseDuration(v) !== undefined, { message: 'must be a duration such as 30s, 5m or 1m30s' });

const step = z
  .object({
    apply: z.string().min(1).optional(),
    run: z.string().min(1).optional(),
    advance: duration.optional(),
  })
  .strict()
  .refine((s) => Object.keys(s).length === 1, { message: 'a step has exactly one of apply, run or advance' });

const hint = z.object({
  text: z.string().min(1),
  /** Shown only while one of these checks fails (a hint about what the state still lacks). */
  whenFailing: z.array(z.string()).optional(),
}).strict();

const task = z.object({ text: z.string().min(1), hints: z.array(hint).default([]) }).strict();

/** Common fields of every check; the rest belongs to its type. */
export const checkBase = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'),
    title: z.string().min(1),
    type: z.string().min(1),
    points: z.number().int().min(0).default(1),
    hint: z.string().optional(),
    /**
     * A guard that already holds at the start ("never fewer than 3 available", "the same
     * Deployment"): lint does not require it to fail on the untouched start state.
     */
    invariant: z.boolean().default(false),
  })
  .passthrough();

const files = z.record(z.string()).default({});

const submission = z.object({ commands: z.string(), files }).strict();

const decoy = z.object({
  id: z.string().min(1),
  description: z.string().optional(),
  commands: z.string(),
  files,
  /** Checks this wrong answer must fail. */
  fails: z.array(z.string()).min(1),
}).strict();

export const scenarioSchema = z
  .object({
    version: z.literal(SCENARIO_VERSION),
    id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'must be <topic>/<name> in lower case'),
    title: z.string().min(1),
    lesson: z.string().min(1),
    difficulty: z.enum(['beginner', 'intermediate', 'advanced']),
    estimatedMinutes: z.number().int().positive(),
    description: z.string().default(''),
    setup: z.object({
      seed: z.number().int().min(0).default(1),
      steps: z.array(step).default([]),
    }).strict(),
    /** A steady request stream during the replay (zero-downtime checks read it). */
    traffic: z.object({
      service: z.string().min(1),
      namespace: z.string().default('default'),
      port: z.number().int().min(1).max(65535).default(80),
      path: z.string().default('/'),
      everyMs: z.number().int().min(100).default(1000),
    }).strict().optional(),
    tasks: z.array(task).min(1),
    checks: z.array(checkBase).min(1),
    grading: z.object({
      passPercent: z.number().min(0).max(100).default(100),
      /** Virtual time that passes after the last command, before the checks run. */
      waitAfter: duration.default(0),
    }).strict().default({}),
    limits: z.object({
      virtualTime: duration.default('30m'),
      commands: z.number().int().positive().max(10_000).default(200),
    }).strict().default({}),
    solution: submission,
    decoys: z.array(decoy).min(1),
  })
  .strict()
  .superRefine((s, ctx) => {
    const ids = new Set<string>();
    s.checks.forEach((c, i) => {
      if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['checks', i, 'id'], message: `duplicate check id "${c.id}"` });
      ids.add(c.id);
    });
    s.decoys.forEach((d, i) => d.fails.forEach((f, j) => {
      if (!ids.has(f)) ctx.addIssue({ code: 'custom', path: ['decoys', i, 'fails', j], message: `no check with id "${f}"` });
    }));
    s.tasks.forEach((t, i) => t.hints.forEach((h, j) => (h.whenFailing ?? []).forEach((f, k) => {
      if (!ids.has(f)) ctx.addIssue({ code: 'custom', path: ['tasks', i, 'hints', j, 'whenFailing', k], message: `no check with id "${f}"` });
    })));
    if (!s.checks.some((c) => c.points > 0)) ctx.addIssue({ code: 'custom', path: ['checks'], message: 'at least one check must have points' });
  });

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioCheck = z.infer<typeof checkBase>;
export type SubmissionSpec = z.infer<typeof submission>;
export type Decoy = z.infer<typeof decoy>;
