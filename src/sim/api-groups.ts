/**
 * Priorities of the built-in API group versions, as kube-apiserver registers its local
 * APIServices (pkg/controlplane/apiserver/aggregator.go apiVersionPriorities, 1.33): the group
 * priority (groupPriorityMinimum) orders `/apis` and discovery, higher first; the version
 * priority orders a group's versions. Groups not listed (CRDs) have 1000, the APIService default.
 */
export const GROUP_PRIORITY: Record<string, number> = {
  '': 18000,
  'apiregistration.k8s.io': 18000,
  apps: 17800,
  'events.k8s.io': 17750,
  'authentication.k8s.io': 17700,
  'authorization.k8s.io': 17600,
  autoscaling: 17500,
  batch: 17400,
  'certificates.k8s.io': 17300,
  'networking.k8s.io': 17200,
  policy: 17100,
  'rbac.authorization.k8s.io': 17000,
  'storage.k8s.io': 16800,
  'admissionregistration.k8s.io': 16700,
  'apiextensions.k8s.io': 16700,
  'scheduling.k8s.io': 16600,
  'coordination.k8s.io': 16500,
  'node.k8s.io': 16300,
  'discovery.k8s.io': 16200,
  'flowcontrol.apiserver.k8s.io': 16100,
  'internal.apiserver.k8s.io': 16000,
  'resource.k8s.io': 15900,
  'storagemigration.k8s.io': 15800,
};

/** Version priorities that differ from the usual 15 (the core group's v1 is 1). */
const VERSION_PRIORITY: Record<string, number> = {
  v1: 1,
  'autoscaling/v2': 30,
  'flowcontrol.apiserver.k8s.io/v1': 21,
};

/** versionPriority of a group version (`apps/v1`, or `v1` for the core group). */
export function versionPriority(groupVersion: string): number {
  return VERSION_PRIORITY[groupVersion] ?? 15;
}
