/**
 * Naming objects in checks the way a learner would (`deployment`, `deploy`, `svc`,
 * `deployments.apps`) and finding them in the graded cluster.
 */
import { z } from 'zod';
import { resolveResource, storageKey, type Cluster, type KObject } from '../src/sim/index.js';

export const resourceParam = z.string().refine((r) => resolveResource(r) !== undefined, { message: 'unknown resource type' });

/** The store key (`deployments.apps`) of a resource as typed. */
export function storeResource(input: string): string {
  const t = resolveResource(input);
  return t ? storageKey(t) : input;
}

/** Human form for messages: `deployment/nginx-deployment`. */
export function describeRef(resource: string, name: string, namespace: string): string {
  const t = resolveResource(resource);
  return `${t ? t.singular : resource}/${name}${namespace !== 'default' ? ` in namespace ${namespace}` : ''}`;
}

export function getObject(cluster: Cluster, resource: string, namespace: string, name: string): KObject | undefined {
  const t = resolveResource(resource);
  return cluster.store.get(storeResource(resource), t && !t.namespaced ? '' : namespace, name);
}
