/**
 * The "empty object" of a kind, as the field manager compares a create against it
 * (`objectCreater.New(gvk)` serialised: Go's zero values, where struct-valued fields that
 * are not pointers are always present as maps). Only the maps matter: a map present in
 * the empty object is not "added" by a create, so it gets no `.` entry in managedFields —
 * which is why a created Deployment's entry has `f:spec` and `f:strategy` without `.` but
 * `f:labels` and `f:rollingUpdate` with one.
 */

/** kubectl.kubernetes.io/last-applied-configuration (client-side apply's record). */
export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

type JMap = Record<string, unknown>;

// `containers` has no omitempty and ObjectMeta's creationTimestamp serialises as null.
const podTemplate = (): JMap => ({ metadata: { creationTimestamp: null }, spec: { containers: null } });

/** Non-pointer struct fields (as empty maps) of each kind's Go type, beyond metadata. */
const SKELETONS: Record<string, () => JMap> = {
  Pod: () => ({ spec: { containers: null }, status: {} }),
  PodTemplate: () => ({ template: podTemplate() }),
  Deployment: () => ({ spec: { template: podTemplate(), strategy: {} }, status: {} }),
  ReplicaSet: () => ({ spec: { template: podTemplate() }, status: {} }),
  ReplicationController: () => ({ spec: {}, status: {} }),
  DaemonSet: () => ({ spec: { template: podTemplate(), updateStrategy: {} }, status: {} }),
  StatefulSet: () => ({ spec: { template: podTemplate(), updateStrategy: {} }, status: {} }),
  Job: () => ({ spec: { template: podTemplate() }, status: {} }),
  CronJob: () => ({ spec: { jobTemplate: { metadata: { creationTimestamp: null }, spec: { template: podTemplate() } } }, status: {} }),
  Service: () => ({ spec: {}, status: { loadBalancer: {} } }),
  Namespace: () => ({ spec: {}, status: {} }),
  Node: () => ({ spec: {}, status: { daemonEndpoints: { kubeletEndpoint: {} }, nodeInfo: {} } }),
  PersistentVolumeClaim: () => ({ spec: { resources: {} }, status: {} }),
  PersistentVolume: () => ({ spec: {}, status: {} }),
  HorizontalPodAutoscaler: () => ({ spec: { scaleTargetRef: {} }, status: {} }),
  PodDisruptionBudget: () => ({ spec: {}, status: {} }),
  Ingress: () => ({ spec: {}, status: { loadBalancer: {} } }),
  NetworkPolicy: () => ({ spec: { podSelector: {} } }),
  RoleBinding: () => ({ roleRef: {} }),
  ClusterRoleBinding: () => ({ roleRef: {} }),
};

/** The empty object of `kind` at `apiVersion`. */
export function emptyObjectOf(kind: string, apiVersion: string): JMap {
  return { apiVersion, kind, metadata: { creationTimestamp: null }, ...(SKELETONS[kind]?.() ?? {}) };
}
