/**
 * `system:controller:*` ClusterRoles (kubernetes/kubernetes plugin/pkg/auth/authorizer/rbac/
 * bootstrappolicy/controller_policy.go), one per kube-controller-manager controller, each
 * bound by a ClusterRoleBinding of the same name to the controller's ServiceAccount in
 * kube-system. Rules are abridged to each controller's main resources.
 */
import { EVENTS, READ, rule, type RoleData } from './policy-helpers.js';


/** Controller name → its rules (besides Events). */
const CONTROLLERS: Record<string, ReturnType<typeof rule>[]> = {
  'attachdetach-controller': [rule(['list', 'watch'], [''], ['persistentvolumeclaims', 'persistentvolumes']), rule(['get', 'list', 'watch'], [''], ['nodes']), rule(['patch', 'update'], [''], ['nodes/status']), rule(['list', 'watch'], [''], ['pods']), rule(['create', 'delete', 'get', 'list', 'watch'], ['storage.k8s.io'], ['volumeattachments'])],
  'certificate-controller': [rule(['delete', 'get', 'list', 'watch'], ['certificates.k8s.io'], ['certificatesigningrequests']), rule(['update'], ['certificates.k8s.io'], ['certificatesigningrequests/approval', 'certificatesigningrequests/status']), rule(['create'], ['authorization.k8s.io'], ['subjectaccessreviews'])],
  'clusterrole-aggregation-controller': [rule(['escalate', 'get', 'list', 'patch', 'update', 'watch'], ['rbac.authorization.k8s.io'], ['clusterroles'])],
  'cronjob-controller': [rule(['get', 'list', 'update', 'watch'], ['batch'], ['cronjobs']), rule(['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'], ['batch'], ['jobs']), rule(['update'], ['batch'], ['cronjobs/status']), rule(['update'], ['batch'], ['cronjobs/finalizers']), rule(['delete', 'list'], [''], ['pods'])],
  'daemon-set-controller': [rule(READ, ['apps', 'extensions'], ['daemonsets']), rule(['update'], ['apps', 'extensions'], ['daemonsets/status']), rule(['update'], ['apps', 'extensions'], ['daemonsets/finalizers']), rule(['list', 'watch'], [''], ['nodes']), rule(['create', 'delete', 'list', 'patch', 'watch'], [''], ['pods']), rule(['create'], [''], ['pods/binding']), rule(['create', 'delete', 'list', 'patch', 'update', 'watch'], ['apps'], ['controllerrevisions'])],
  'deployment-controller': [rule(['get', 'list', 'update', 'watch'], ['apps', 'extensions'], ['deployments']), rule(['update'], ['apps', 'extensions'], ['deployments/status']), rule(['update'], ['apps', 'extensions'], ['deployments/finalizers']), rule(['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'], ['apps', 'extensions'], ['replicasets']), rule(['get', 'list', 'update', 'watch'], [''], ['pods'])],
  'disruption-controller': [rule(READ, ['apps', 'extensions'], ['deployments']), rule(READ, ['apps', 'extensions'], ['replicasets']), rule(READ, [''], ['replicationcontrollers']), rule(READ, ['policy'], ['poddisruptionbudgets']), rule(READ, ['apps'], ['statefulsets']), rule(['update'], ['policy'], ['poddisruptionbudgets/status']), rule(['get'], ['*'], ['*/scale'])],
  'endpoint-controller': [rule(READ, [''], ['pods', 'services']), rule(['create', 'delete', 'get', 'list', 'update'], [''], ['endpoints']), rule(['create'], [''], ['endpoints/restricted'])],
  'endpointslice-controller': [rule(READ, [''], ['nodes', 'pods', 'services']), rule(['update'], [''], ['services/finalizers']), rule(['create', 'delete', 'get', 'list', 'update'], ['discovery.k8s.io'], ['endpointslices'])],
  'endpointslicemirroring-controller': [rule(READ, [''], ['endpoints', 'services']), rule(['update'], [''], ['services/finalizers']), rule(['update'], [''], ['endpoints/finalizers']), rule(['create', 'delete', 'get', 'list', 'update'], ['discovery.k8s.io'], ['endpointslices'])],
  'ephemeral-volume-controller': [rule(['get', 'list', 'watch'], [''], ['pods']), rule(['update'], [''], ['pods/finalizers']), rule(['create', 'get', 'list', 'watch'], [''], ['persistentvolumeclaims'])],
  'expand-controller': [rule(['get', 'list', 'patch', 'update', 'watch'], [''], ['persistentvolumes']), rule(['patch', 'update'], [''], ['persistentvolumeclaims/status']), rule(['get', 'list', 'watch'], [''], ['persistentvolumeclaims']), rule(['get', 'list', 'watch'], ['storage.k8s.io'], ['storageclasses']), rule(['get'], [''], ['endpoints', 'services']), rule(['get'], [''], ['secrets'])],
  'generic-garbage-collector': [rule(['delete', 'get', 'list', 'patch', 'update', 'watch'], ['*'], ['*'])],
  'horizontal-pod-autoscaler': [rule(['get', 'list', 'watch'], ['autoscaling'], ['horizontalpodautoscalers']), rule(['update'], ['autoscaling'], ['horizontalpodautoscalers/status']), rule(['get', 'update'], ['*'], ['*/scale']), rule(['list'], [''], ['pods']), rule(['list'], ['metrics.k8s.io'], ['pods']), rule(['get', 'list'], ['custom.metrics.k8s.io'], ['*']), rule(['get', 'list'], ['external.metrics.k8s.io'], ['*'])],
  'job-controller': [rule(['get', 'list', 'patch', 'update', 'watch'], ['batch'], ['jobs']), rule(['update'], ['batch'], ['jobs/status']), rule(['update'], ['batch'], ['jobs/finalizers']), rule(['create', 'delete', 'list', 'patch', 'watch'], [''], ['pods'])],
  'legacy-service-account-token-cleaner': [rule(['delete', 'patch'], [''], ['secrets']), rule(['get'], [''], ['configmaps'], ['kube-apiserver-legacy-service-account-token-tracking'])],
  'namespace-controller': [rule(['delete', 'get', 'list', 'watch'], [''], ['namespaces']), rule(['update'], [''], ['namespaces/finalize', 'namespaces/status']), rule(['delete', 'deletecollection', 'get', 'list'], ['*'], ['*'])],
  'node-controller': [rule(['delete', 'get', 'list', 'patch', 'update'], [''], ['nodes']), rule(['patch', 'update'], [''], ['nodes/status']), rule(['patch', 'update'], [''], ['pods/status']), rule(['delete', 'list'], [''], ['pods']), rule(['get'], [''], ['pods'])],
  'persistent-volume-binder': [rule(['create', 'delete', 'get', 'list', 'update', 'watch'], [''], ['persistentvolumes']), rule(['update'], [''], ['persistentvolumes/status']), rule(['get', 'list', 'update', 'watch'], [''], ['persistentvolumeclaims']), rule(['update'], [''], ['persistentvolumeclaims/status']), rule(['create', 'delete', 'get', 'list', 'watch'], [''], ['pods']), rule(['get', 'list', 'watch'], ['storage.k8s.io'], ['storageclasses']), rule(['get', 'list', 'watch'], [''], ['nodes'])],
  'pod-garbage-collector': [rule(['delete', 'list', 'watch'], [''], ['pods']), rule(['get', 'list'], [''], ['nodes']), rule(['patch'], [''], ['pods/status'])],
  'pv-protection-controller': [rule(['get', 'list', 'update', 'watch'], [''], ['persistentvolumes'])],
  'pvc-protection-controller': [rule(['get', 'list', 'update', 'watch'], [''], ['persistentvolumeclaims']), rule(['get', 'list', 'watch'], [''], ['pods'])],
  'replicaset-controller': [rule(['get', 'list', 'update', 'watch'], ['apps', 'extensions'], ['replicasets']), rule(['update'], ['apps', 'extensions'], ['replicasets/status']), rule(['update'], ['apps', 'extensions'], ['replicasets/finalizers']), rule(['create', 'delete', 'list', 'patch', 'watch'], [''], ['pods'])],
  'replication-controller': [rule(['get', 'list', 'update', 'watch'], [''], ['replicationcontrollers']), rule(['update'], [''], ['replicationcontrollers/status']), rule(['update'], [''], ['replicationcontrollers/finalizers']), rule(['create', 'delete', 'list', 'patch', 'watch'], [''], ['pods'])],
  'resourcequota-controller': [rule(['list', 'watch'], ['*'], ['*']), rule(['update'], [''], ['resourcequotas/status'])],
  'root-ca-cert-publisher': [rule(['create', 'update'], [''], ['configmaps'])],
  'route-controller': [rule(['list', 'watch'], [''], ['nodes']), rule(['patch'], [''], ['nodes/status'])],
  'service-account-controller': [rule(['create'], [''], ['serviceaccounts'])],
  'service-cidrs-controller': [rule(['get', 'list', 'patch', 'update', 'watch'], ['networking.k8s.io'], ['servicecidrs']), rule(['patch', 'update'], ['networking.k8s.io'], ['servicecidrs/finalizers']), rule(['patch', 'update'], ['networking.k8s.io'], ['servicecidrs/status']), rule(['get', 'list', 'watch'], ['networking.k8s.io'], ['ipaddresses'])],
  'service-controller': [rule(READ, [''], ['services']), rule(['patch', 'update'], [''], ['services/status']), rule(['list', 'watch'], [''], ['nodes'])],
  'statefulset-controller': [rule(['list', 'watch'], [''], ['pods']), rule(['get', 'list', 'watch'], ['apps'], ['statefulsets']), rule(['update'], ['apps'], ['statefulsets/status']), rule(['update'], ['apps'], ['statefulsets/finalizers']), rule(['create', 'delete', 'get', 'patch', 'update'], [''], ['pods']), rule(['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'], ['apps'], ['controllerrevisions']), rule(['create', 'get'], [''], ['persistentvolumeclaims'])],
  'ttl-after-finished-controller': [rule(['delete', 'get', 'list', 'watch'], ['batch'], ['jobs'])],
  'ttl-controller': [rule(['list', 'patch', 'update', 'watch'], [''], ['nodes'])],
  'validatingadmissionpolicy-status-controller': [rule(['get', 'list', 'watch'], ['admissionregistration.k8s.io'], ['validatingadmissionpolicies']), rule(['get', 'patch', 'update'], ['admissionregistration.k8s.io'], ['validatingadmissionpolicies/status'])],
};

/** Controllers that run (and so have a ServiceAccount in kube-system) on a kind cluster without a cloud provider. */
export const CONTROLLER_SERVICE_ACCOUNTS = Object.keys(CONTROLLERS).filter((n) => n !== 'route-controller' && n !== 'service-controller');

export const CONTROLLER_ROLE_NAMES = Object.keys(CONTROLLERS).map((n) => `system:controller:${n}`);

export const CONTROLLER_ROLES: RoleData[] = Object.entries(CONTROLLERS).map(([name, rules]) => ({
  name: `system:controller:${name}`,
  rules: name === 'generic-garbage-collector' || name === 'resourcequota-controller' || name === 'namespace-controller' ? rules : [...rules, EVENTS],
}));
