/** Test fixtures for Deployment tests: a defaulted apps/v1 Deployment and common edits. */
import { expect } from 'vitest';
import { R } from '../../client.js';
import type { Deployment, KObject } from '../../types.js';
import type { Harness } from './harness.js';

/** A Deployment as the API server stores it after defaulting (reference §1.1). */
export function deployment(name: string, replicas: number, image: string, spec: Partial<Deployment['spec']> = {}): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default', labels: { app: name } },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'nginx', image }], restartPolicy: 'Always' } },
      ...spec,
    },
  };
}

export function patchDeployment(h: Harness, name: string, patch: unknown): void {
  const r = h.client.patch(R.deployments, 'default', name, patch, 'application/merge-patch+json');
  expect(r.ok).toBe(true);
}

export function setImage(h: Harness, name: string, image: string): void {
  patchDeployment(h, name, { spec: { template: { spec: { containers: [{ name: 'nginx', image }] } } } });
}

export function getDeployment(h: Harness, name: string): Deployment {
  return h.store.get('deployments.apps', 'default', name) as Deployment;
}

/** ReplicaSets ordered by their revision annotation. */
export function setsByRevision(h: Harness): KObject[] {
  const rev = (o: KObject) => Number(o.metadata.annotations?.['deployment.kubernetes.io/revision']);
  return h.store.list('replicasets.apps', 'default').sort((a, b) => rev(a) - rev(b));
}

export function progressing(h: Harness, name: string) {
  return getDeployment(h, name).status?.conditions?.find((c) => c.type === 'Progressing');
}
