/**
 * `componentstatuses` (v1 ComponentStatus, deprecated since 1.19): computed on each read from
 * the control plane's health checks, never stored (pkg/registry/core/componentstatus/rest.go).
 * The simulated control plane is always healthy, so every probe answers `ok`. The real List
 * gathers the probes concurrently, so its order varies; this is the order kind usually prints.
 */
import type { ComputedResource } from './api.js';
import type { ClusterPlugin } from './cluster.js';
import type { Status } from './errors.js';
import type { KObject } from './types.js';

const COMPONENTS = ['scheduler', 'controller-manager', 'etcd-0'];

function componentStatus(name: string): KObject {
  // No uid, resourceVersion or creationTimestamp: the object is built, not read from storage.
  return {
    kind: 'ComponentStatus', apiVersion: 'v1',
    metadata: { name, creationTimestamp: null } as unknown as KObject['metadata'],
    conditions: [{ type: 'Healthy', status: 'True', message: 'ok' }],
  };
}

/** The componentstatuses reads: three healthy components; an unknown name is a plain error (500, no reason). */
export const COMPONENT_STATUSES: ComputedResource = {
  objects: () => COMPONENTS.map(componentStatus),
  notFound: (name): Status => ({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `Component not found: ${name}`, reason: '', code: 500 }),
};

/** Registers the computed resources with the cluster's API. */
export const computedResourcesPlugin: ClusterPlugin = {
  name: 'computed-resources',
  install(cluster) {
    cluster.api.registerComputedResource('componentstatuses', COMPONENT_STATUSES);
  },
};
