/**
 * Where an object keeps its pod spec (polymorphichelpers.UpdatePodSpecForObject): a Pod's
 * own spec, the template of Deployments, ReplicaSets, ReplicationControllers, DaemonSets,
 * StatefulSets and Jobs, and a CronJob's job template.
 */
import type { KObject, PodSpec } from '../../sim/index.js';

const TEMPLATE_PATHS: Record<string, string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  ReplicationController: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** The pod spec inside `obj` (a live reference into it), or undefined for kinds without one. */
export function podSpecOf(obj: KObject): PodSpec | undefined {
  const path = TEMPLATE_PATHS[obj.kind];
  if (!path) return undefined;
  let cur: any = obj;
  for (const k of path) {
    if (!cur || typeof cur !== 'object') return undefined;
    cur[k] ??= {};
    cur = cur[k];
  }
  cur.containers ??= [];
  return cur as PodSpec;
}

/** The error kubectl gives for an object without a pod template. */
export function noPodTemplate(obj: KObject): string {
  const group = obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0] : 'core';
  return `the object is not a pod or does not have a pod template: *${group === 'core' ? 'v1' : `${group}${obj.apiVersion.split('/')[1] ?? ''}`}.${obj.kind}`;
}

/** filepath.Match for container selectors (`*`, `?`, character classes kept simple). */
export function matchContainer(pattern: string, name: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
  return re.test(name);
}
