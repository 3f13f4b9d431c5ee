/**
 * Every message the decoder knows, and which message each apiVersion/kind is encoded as.
 * First the kinds kubectl 1.33 sends through its typed clients (create generators, auth,
 * create token, debug, certificate approve, autoscale); then the other workload, config,
 * storage and cluster kinds that client-go based tools (k9s) write with typed clients.
 */
import { buildMessageIndex, type MessageSpec } from './schema.js';
import { meta } from './descriptors/meta.js';
import { core } from './descriptors/core.js';
import { coreContainers } from './descriptors/core-containers.js';
import { coreScheduling } from './descriptors/core-scheduling.js';
import { coreVolumes } from './descriptors/core-volumes.js';
import { apps } from './descriptors/apps.js';
import { batch } from './descriptors/batch.js';
import { rbac } from './descriptors/rbac.js';
import { authz } from './descriptors/authz.js';
import { authn } from './descriptors/authn.js';
import { scheduling } from './descriptors/scheduling.js';
import { policy } from './descriptors/policy.js';
import { networking } from './descriptors/networking.js';
import { autoscaling } from './descriptors/autoscaling.js';
import { certificates } from './descriptors/certificates.js';
import { storage } from './descriptors/storage.js';
import { discovery } from './descriptors/discovery.js';
import { events } from './descriptors/events.js';
import { coordination } from './descriptors/coordination.js';

export const messages: ReadonlyMap<string, MessageSpec> = buildMessageIndex([
  meta, core, coreContainers, coreScheduling, coreVolumes, apps, batch, rbac, authz, authn,
  scheduling, policy, networking, autoscaling, certificates, storage, discovery, events, coordination,
]);

const DELETE_OPTIONS_VERSIONS = [
  'v1', 'meta.k8s.io/v1', 'apps/v1', 'batch/v1', 'rbac.authorization.k8s.io/v1', 'scheduling.k8s.io/v1',
  'policy/v1', 'networking.k8s.io/v1', 'autoscaling/v1', 'autoscaling/v2', 'certificates.k8s.io/v1',
  'storage.k8s.io/v1', 'discovery.k8s.io/v1', 'events.k8s.io/v1', 'coordination.k8s.io/v1',
];

/** `apiVersion/kind` → message name. */
const KINDS: ReadonlyMap<string, string> = new Map(Object.entries({
  'v1/ConfigMap': 'ConfigMap',
  'v1/Namespace': 'Namespace',
  'v1/Pod': 'Pod',
  'v1/ResourceQuota': 'ResourceQuota',
  'v1/Secret': 'Secret',
  'v1/Service': 'Service',
  'v1/ServiceAccount': 'ServiceAccount',
  'apps/v1/Deployment': 'Deployment',
  'batch/v1/Job': 'Job',
  'batch/v1/CronJob': 'CronJob',
  'rbac.authorization.k8s.io/v1/Role': 'Role',
  'rbac.authorization.k8s.io/v1/ClusterRole': 'ClusterRole',
  'rbac.authorization.k8s.io/v1/RoleBinding': 'RoleBinding',
  'rbac.authorization.k8s.io/v1/ClusterRoleBinding': 'ClusterRoleBinding',
  'authorization.k8s.io/v1/SelfSubjectAccessReview': 'SelfSubjectAccessReview',
  'authorization.k8s.io/v1/SelfSubjectRulesReview': 'SelfSubjectRulesReview',
  'authentication.k8s.io/v1/SelfSubjectReview': 'SelfSubjectReview',
  'authentication.k8s.io/v1/TokenRequest': 'TokenRequest',
  'scheduling.k8s.io/v1/PriorityClass': 'PriorityClass',
  'policy/v1/PodDisruptionBudget': 'PodDisruptionBudget',
  'policy/v1/Eviction': 'Eviction',
  'networking.k8s.io/v1/Ingress': 'Ingress',
  'autoscaling/v1/HorizontalPodAutoscaler': 'autoscaling.v1.HorizontalPodAutoscaler',
  'autoscaling/v2/HorizontalPodAutoscaler': 'autoscaling.v2.HorizontalPodAutoscaler',
  'certificates.k8s.io/v1/CertificateSigningRequest': 'CertificateSigningRequest',
  'v1/Node': 'Node',
  'v1/PersistentVolume': 'PersistentVolume',
  'v1/PersistentVolumeClaim': 'PersistentVolumeClaim',
  'v1/Endpoints': 'Endpoints',
  'v1/Event': 'core.v1.Event',
  'v1/LimitRange': 'LimitRange',
  'v1/ReplicationController': 'ReplicationController',
  'v1/PodTemplate': 'PodTemplate',
  'apps/v1/StatefulSet': 'StatefulSet',
  'apps/v1/DaemonSet': 'DaemonSet',
  'apps/v1/ReplicaSet': 'ReplicaSet',
  'apps/v1/ControllerRevision': 'ControllerRevision',
  'autoscaling/v1/Scale': 'Scale',
  'networking.k8s.io/v1/NetworkPolicy': 'NetworkPolicy',
  'networking.k8s.io/v1/IngressClass': 'IngressClass',
  'storage.k8s.io/v1/StorageClass': 'StorageClass',
  'discovery.k8s.io/v1/EndpointSlice': 'EndpointSlice',
  'events.k8s.io/v1/Event': 'events.v1.Event',
  'coordination.k8s.io/v1/Lease': 'Lease',
  // metav1.AddToGroupVersion registers DeleteOptions in every group version; typed clients'
  // Delete calls send it as the body.
  ...Object.fromEntries(DELETE_OPTIONS_VERSIONS.map((gv) => [`${gv}/DeleteOptions`, 'DeleteOptions'])),
}));

/** The message a kind is encoded as; undefined when this decoder does not know the kind. */
export function messageForKind(apiVersion: string, kind: string): MessageSpec | undefined {
  const name = KINDS.get(`${apiVersion}/${kind}`);
  return name === undefined ? undefined : messages.get(name);
}
