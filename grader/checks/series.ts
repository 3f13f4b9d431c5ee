/**
 * A number that changes over the graded interval, rebuilt from the timeline: a workload's
 * available replicas, a Service's ready endpoints, the ready (or existing) pods that match
 * a selector. The value at the end of the set-up comes first, then one point per change.
 */
import { z } from 'zod';
import { matches, parseSelector, type ObjectEntry, type Selector, type TimelineEntry } from '../../src/sim/index.js';
import { storeResource } from '../resources.js';
import type { GradeContext } from '../types.js';

export const seriesFields = {
  metric: z.enum(['available-replicas', 'ready-endpoints', 'ready-pods', 'pods']),
  /** available-replicas: resource (deployment, replicaset, replicationcontroller). */
  resource: z.string().default('deployment'),
  /** available-replicas and ready-endpoints: the object's name. */
  name: z.string().optional(),
  /** ready-pods and pods: the pods' labels. */
  selector: z.string().refine((s) => parseSelector(s).ok, { message: 'not a valid label selector' }).optional(),
  namespace: z.string().default('default'),
};

export type SeriesParams = { metric: 'available-replicas' | 'ready-endpoints' | 'ready-pods' | 'pods'; resource: string; name?: string; selector?: string; namespace: string };

export const seriesRefine = (p: SeriesParams): boolean => (p.metric === 'ready-pods' || p.metric === 'pods' ? p.selector !== undefined : p.name !== undefined);
export const seriesRefineMessage = { message: 'available-replicas and ready-endpoints need a name; ready-pods and pods need a selector' };

export interface Point { t: number; value: number }

type Folder = { apply(e: ObjectEntry): void; value(): number };

function objectFolder(resource: string, ns: string, name: string, read: (s: Record<string, unknown>) => number): Folder {
  let v = 0;
  return {
    apply(e) {
      if (e.resource !== resource || e.namespace !== ns || e.name !== name) return;
      v = e.change === 'DELETED' ? 0 : read(e.summary ?? {});
    },
    value: () => v,
  };
}

function podFolder(ns: string, sel: Selector | undefined, readyOnly: boolean): Folder {
  const pods = new Map<string, boolean>();
  return {
    apply(e) {
      if (e.resource !== 'pods' || e.namespace !== ns) return;
      const s = e.summary ?? {};
      const done = s.phase === 'Succeeded' || s.phase === 'Failed';
      if (e.change === 'DELETED' || done || !matches(sel, s.labels as Record<string, string>)) pods.delete(e.name);
      else pods.set(e.name, readyOnly ? s.ready === true && s.terminating !== true : s.terminating !== true);
    },
    value: () => [...pods.values()].filter(Boolean).length,
  };
}

function folderFor(p: SeriesParams): Folder {
  if (p.metric === 'available-replicas') return objectFolder(storeResource(p.resource), p.namespace, p.name ?? '', (s) => Number(s.available ?? 0));
  if (p.metric === 'ready-endpoints') return objectFolder('endpoints', p.namespace, p.name ?? '', (s) => Number(s.ready ?? 0));
  const sel = parseSelector(p.selector ?? '');
  return podFolder(p.namespace, sel.ok ? sel.value : undefined, p.metric === 'ready-pods');
}

/** The metric at the end of the set-up, then after every change the learner's time saw. */
export function series(p: SeriesParams, ctx: GradeContext): Point[] {
  const f = folderFor(p);
  const objects = (es: TimelineEntry[]) => es.filter((e): e is ObjectEntry => e.type === 'object');
  for (const e of objects(ctx.setupEntries)) f.apply(e);
  const points: Point[] = [{ t: ctx.setupEnd, value: f.value() }];
  for (const e of objects(ctx.entries)) {
    if (e.t > ctx.gradeTime) break;
    f.apply(e);
    points.push({ t: e.t, value: f.value() });
  }
  return points;
}

/** Describes a metric for messages: `available replicas of deployment/kubia`. */
export function describeSeries(p: SeriesParams): string {
  const where = p.namespace !== 'default' ? ` in namespace ${p.namespace}` : '';
  switch (p.metric) {
    case 'available-replicas': return `available replicas of ${p.resource}/${p.name}${where}`;
    case 'ready-endpoints': return `ready endpoints of service ${p.name}${where}`;
    case 'ready-pods': return `ready pods with labels ${p.selector}${where}`;
    default: return `pods with labels ${p.selector}${where}`;
  }
}

/** Seconds after the set-up, for messages. */
export const at = (t: number, ctx: GradeContext): string => `${Math.round((t - ctx.setupEnd) / 100) / 10}s after the start`;
