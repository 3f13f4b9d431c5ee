/**
 * What a check type sees and returns. A check type is a row in the CHECK_TYPES table: a zod
 * schema for its parameters and a pure function of the graded cluster.
 */
import type { z } from 'zod';
import type { Cluster, ObjectEntry, TimelineEntry } from '../src/sim/index.js';

/** One answer of the grader's steady request stream (scenario `traffic:` block). */
export interface TrafficRecord {
  t: number;
  ok: boolean;
  status?: number;
  body?: string;
  pod?: string;
  error?: string;
}

export interface GradeContext {
  cluster: Cluster;
  /** Virtual time the set-up ended (start of the graded interval). */
  setupEnd: number;
  /** Virtual time the checks run (end of the graded interval). */
  gradeTime: number;
  /** Timeline entries up to the end of the set-up, and the learner's from there on. */
  setupEntries: TimelineEntry[];
  entries: TimelineEntry[];
  traffic: TrafficRecord[];
}

export interface CheckOutcome {
  passed: boolean;
  /** What was expected and what was found, in one or two sentences. */
  message: string;
}

export interface CheckType<P = any> {
  /** Parameters beyond id/title/type/points/hint. */
  schema: z.ZodType<P, z.ZodTypeDef, unknown>;
  run(params: P, ctx: GradeContext): CheckOutcome;
}

/** The last object entry for a resource/namespace/name among `entries`. */
export function lastEntry(entries: TimelineEntry[], resource: string, namespace: string, name: string): ObjectEntry | undefined {
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i] as ObjectEntry;
    if (e.type === 'object' && e.resource === resource && e.namespace === namespace && e.name === name) return e;
  }
  return undefined;
}
