/**
 * The ClusterRoles a fresh kind v1.33 cluster shows in `kubectl get clusterroles`:
 * upstream's bootstrap policy (kubernetes/kubernetes plugin/pkg/auth/authorizer/rbac/
 * bootstrappolicy/policy.go, testdata/cluster-roles.yaml), the controller roles
 * (controller_policy.go), kubeadm's `kubeadm:get-nodes` and the kind add-ons' roles.
 * cluster-admin, admin/edit/view and their aggregate-to-* parts, basic-user, discovery and
 * public-info-viewer follow upstream rule for rule; the other system roles are abridged.
 */
import { CONTROLLER_ROLES } from './policy-controller-roles.js';
import { EVENTS, READ, READ_WRITE, rule, urls, WRITE, type RoleData } from './policy-helpers.js';

const AGG = 'rbac.authorization.k8s.io/aggregate-to-';

const aggregateToEdit = [
  rule(READ, [''], ['pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy', 'secrets', 'services/proxy']),
  rule(['impersonate'], [''], ['serviceaccounts']),
  rule(WRITE, [''], ['pods', 'pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy']),
  rule(['create'], [''], ['pods/eviction']),
  rule(WRITE, [''], ['configmaps', 'persistentvolumeclaims', 'replicationcontrollers', 'replicationcontrollers/scale', 'secrets', 'serviceaccounts', 'services', 'services/proxy']),
  rule(['create'], [''], ['serviceaccounts/token']),
  rule(WRITE, ['apps'], ['daemonsets', 'deployments', 'deployments/rollback', 'deployments/scale', 'replicasets', 'replicasets/scale', 'statefulsets', 'statefulsets/scale']),
  rule(WRITE, ['autoscaling'], ['horizontalpodautoscalers']),
  rule(WRITE, ['batch'], ['cronjobs', 'jobs']),
  rule(WRITE, ['extensions'], ['daemonsets', 'deployments', 'deployments/rollback', 'deployments/scale', 'ingresses', 'networkpolicies', 'replicasets', 'replicasets/scale', 'replicationcontrollers/scale']),
  rule(WRITE, ['policy'], ['poddisruptionbudgets']),
  rule(WRITE, ['networking.k8s.io'], ['ingresses', 'networkpolicies']),
];

const aggregateToView = [
  rule(READ, [''], ['configmaps', 'endpoints', 'persistentvolumeclaims', 'persistentvolumeclaims/status', 'pods', 'replicationcontrollers', 'replicationcontrollers/scale', 'serviceaccounts', 'services', 'services/status']),
  rule(READ, [''], ['bindings', 'events', 'limitranges', 'namespaces/status', 'pods/log', 'pods/status', 'replicationcontrollers/status', 'resourcequotas', 'resourcequotas/status']),
  rule(READ, [''], ['namespaces']),
  rule(READ, ['apps'], ['controllerrevisions', 'daemonsets', 'daemonsets/status', 'deployments', 'deployments/scale', 'deployments/status', 'replicasets', 'replicasets/scale', 'replicasets/status', 'statefulsets', 'statefulsets/scale', 'statefulsets/status']),
  rule(READ, ['autoscaling'], ['horizontalpodautoscalers', 'horizontalpodautoscalers/status']),
  rule(READ, ['batch'], ['cronjobs', 'cronjobs/status', 'jobs', 'jobs/status']),
  rule(READ, ['extensions'], ['daemonsets', 'daemonsets/status', 'deployments', 'deployments/scale', 'deployments/status', 'ingresses', 'ingresses/status', 'networkpolicies', 'replicasets', 'replicasets/scale', 'replicasets/status', 'replicationcontrollers/scale']),
  rule(READ, ['policy'], ['poddisruptionbudgets', 'poddisruptionbudgets/status']),
  rule(READ, ['networking.k8s.io'], ['ingresses', 'ingresses/status', 'networkpolicies']),
];

const DISCOVERY_URLS = ['/api', '/api/*', '/apis', '/apis/*', '/healthz', '/livez', '/openapi', '/openapi/*', '/readyz', '/version', '/version/'];

/** Every bootstrap ClusterRole, sorted by name as `kubectl get clusterroles` lists them. */
export const CLUSTER_ROLES: RoleData[] = [
  { name: 'admin', rules: [], aggregateFrom: `${AGG}admin` },
  { name: 'cluster-admin', rules: [rule(['*'], ['*'], ['*']), urls(['*'], ['*'])] },
  { name: 'edit', rules: [], aggregateFrom: `${AGG}edit`, labels: { [`${AGG}admin`]: 'true' } },
  { name: 'kindnet', rules: [rule(['list', 'watch', 'patch'], [''], ['nodes']), rule(['list', 'watch'], [''], ['namespaces', 'pods']), rule(['list', 'watch'], ['networking.k8s.io'], ['networkpolicies'])] },
  { name: 'kubeadm:get-nodes', rules: [rule(['get'], [''], ['nodes'])] },
  { name: 'local-path-provisioner-role', rules: [rule(READ, [''], ['nodes', 'persistentvolumeclaims', 'configmaps', 'pods', 'pods/log']), rule(['get', 'list', 'watch', 'create', 'patch', 'update', 'delete'], [''], ['persistentvolumes']), rule(['create', 'patch'], [''], ['events']), rule(READ, ['storage.k8s.io'], ['storageclasses'])] },
  { name: 'system:aggregate-to-admin', labels: { [`${AGG}admin`]: 'true' }, rules: [rule(['create'], ['authorization.k8s.io'], ['localsubjectaccessreviews']), rule(READ_WRITE, ['rbac.authorization.k8s.io'], ['rolebindings', 'roles'])] },
  { name: 'system:aggregate-to-edit', labels: { [`${AGG}edit`]: 'true' }, rules: aggregateToEdit },
  { name: 'system:aggregate-to-view', labels: { [`${AGG}view`]: 'true' }, rules: aggregateToView },
  { name: 'system:auth-delegator', rules: [rule(['create'], ['authentication.k8s.io'], ['tokenreviews']), rule(['create'], ['authorization.k8s.io'], ['subjectaccessreviews'])] },
  { name: 'system:basic-user', rules: [rule(['create'], ['authentication.k8s.io'], ['selfsubjectreviews']), rule(['create'], ['authorization.k8s.io'], ['selfsubjectaccessreviews', 'selfsubjectrulesreviews'])] },
  { name: 'system:certificates.k8s.io:certificatesigningrequests:nodeclient', rules: [rule(['create'], ['certificates.k8s.io'], ['certificatesigningrequests/nodeclient'])] },
  { name: 'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient', rules: [rule(['create'], ['certificates.k8s.io'], ['certificatesigningrequests/selfnodeclient'])] },
  { name: 'system:certificates.k8s.io:kube-apiserver-client-approver', rules: [rule(['approve'], ['certificates.k8s.io'], ['signers'], ['kubernetes.io/kube-apiserver-client'])] },
  { name: 'system:certificates.k8s.io:kube-apiserver-client-kubelet-approver', rules: [rule(['approve'], ['certificates.k8s.io'], ['signers'], ['kubernetes.io/kube-apiserver-client-kubelet'])] },
  { name: 'system:certificates.k8s.io:kubelet-serving-approver', rules: [rule(['approve'], ['certificates.k8s.io'], ['signers'], ['kubernetes.io/kubelet-serving'])] },
  { name: 'system:certificates.k8s.io:legacy-unknown-approver', rules: [rule(['approve'], ['certificates.k8s.io'], ['signers'], ['kubernetes.io/legacy-unknown'])] },
  ...CONTROLLER_ROLES,
  { name: 'system:coredns', rules: [rule(['list', 'watch'], [''], ['endpoints', 'services', 'pods', 'namespaces']), rule(['list', 'watch'], ['discovery.k8s.io'], ['endpointslices'])] },
  { name: 'system:discovery', rules: [urls(['get'], DISCOVERY_URLS)] },
  { name: 'system:heapster', rules: [rule(READ, [''], ['events', 'namespaces', 'nodes', 'pods']), rule(READ, ['extensions'], ['deployments'])] },
  { name: 'system:kube-aggregator', rules: [rule(READ, [''], ['endpoints', 'services'])] },
  { name: 'system:kube-controller-manager', rules: [EVENTS, rule(['create'], ['coordination.k8s.io'], ['leases']), rule(['get', 'update'], ['coordination.k8s.io'], ['leases'], ['kube-controller-manager']), rule(['create'], [''], ['secrets', 'serviceaccounts']), rule(['delete'], [''], ['secrets']), rule(['get'], [''], ['configmaps', 'namespaces', 'secrets', 'serviceaccounts']), rule(['update'], [''], ['secrets', 'serviceaccounts']), rule(['create'], ['authentication.k8s.io'], ['tokenreviews']), rule(['create'], ['authorization.k8s.io'], ['subjectaccessreviews']), rule(['list', 'watch'], ['*'], ['*']), rule(['create'], [''], ['serviceaccounts/token'])] },
  { name: 'system:kube-dns', rules: [rule(['list', 'watch'], [''], ['endpoints', 'services'])] },
  { name: 'system:kube-scheduler', rules: [EVENTS, rule(['create'], ['coordination.k8s.io'], ['leases']), rule(['get', 'update'], ['coordination.k8s.io'], ['leases'], ['kube-scheduler']), rule(['delete', 'get', 'list', 'watch'], [''], ['pods']), rule(['create'], [''], ['bindings', 'pods/binding']), rule(['patch', 'update'], [''], ['pods/status']), rule(READ, [''], ['nodes', 'namespaces', 'persistentvolumeclaims', 'persistentvolumes', 'replicationcontrollers', 'services']), rule(READ, ['apps'], ['replicasets', 'statefulsets']), rule(READ, ['policy'], ['poddisruptionbudgets']), rule(READ, ['storage.k8s.io'], ['csidrivers', 'csinodes', 'csistoragecapacities', 'storageclasses']), rule(['create'], ['authentication.k8s.io'], ['tokenreviews']), rule(['create'], ['authorization.k8s.io'], ['subjectaccessreviews'])] },
  { name: 'system:kubelet-api-admin', rules: [rule(['get', 'list', 'watch'], [''], ['nodes']), rule(['proxy'], [''], ['nodes']), rule(['*'], [''], ['nodes/log', 'nodes/metrics', 'nodes/proxy', 'nodes/stats'])] },
  { name: 'system:monitoring', rules: [urls(['get'], ['/healthz', '/healthz/*', '/livez', '/livez/*', '/metrics', '/metrics/slis', '/readyz', '/readyz/*'])] },
  { name: 'system:node', rules: [rule(['create'], ['authentication.k8s.io'], ['tokenreviews']), rule(['create'], ['authorization.k8s.io'], ['localsubjectaccessreviews', 'subjectaccessreviews']), rule(READ, [''], ['services']), rule(['create', 'get', 'list', 'watch'], [''], ['nodes']), rule(['patch', 'update'], [''], ['nodes/status']), rule(['patch', 'update'], [''], ['nodes']), rule(['create', 'patch', 'update'], ['', 'events.k8s.io'], ['events']), rule(['get', 'list', 'watch'], [''], ['pods']), rule(['create', 'delete'], [''], ['pods']), rule(['patch', 'update'], [''], ['pods/status']), rule(['create'], [''], ['pods/eviction']), rule(['get'], [''], ['configmaps', 'secrets']), rule(['get'], [''], ['persistentvolumeclaims', 'persistentvolumes']), rule(['get'], [''], ['endpoints']), rule(['get'], ['certificates.k8s.io'], ['certificatesigningrequests']), rule(['create', 'delete', 'get', 'patch', 'update'], ['coordination.k8s.io'], ['leases']), rule(['get'], ['storage.k8s.io'], ['volumeattachments']), rule(['create'], [''], ['serviceaccounts/token']), rule(['get', 'patch', 'update'], [''], ['persistentvolumeclaims/status']), rule(READ, ['storage.k8s.io'], ['csidrivers']), rule(['create', 'delete', 'get', 'patch', 'update'], ['storage.k8s.io'], ['csinodes']), rule(READ, ['node.k8s.io'], ['runtimeclasses'])] },
  { name: 'system:node-bootstrapper', rules: [rule(['create', 'get', 'list', 'watch'], ['certificates.k8s.io'], ['certificatesigningrequests'])] },
  { name: 'system:node-problem-detector', rules: [rule(['get'], [''], ['nodes']), rule(['patch'], [''], ['nodes/status']), EVENTS] },
  { name: 'system:node-proxier', rules: [rule(['list', 'watch'], [''], ['endpoints', 'services']), rule(['get', 'list', 'watch'], [''], ['nodes']), EVENTS, rule(['list', 'watch'], ['discovery.k8s.io'], ['endpointslices'])] },
  { name: 'system:persistent-volume-provisioner', rules: [rule(['create', 'delete', 'get', 'list', 'watch'], [''], ['persistentvolumes']), rule(['get', 'list', 'update', 'watch'], [''], ['persistentvolumeclaims']), rule(READ, ['storage.k8s.io'], ['storageclasses']), rule(['watch'], [''], ['events']), EVENTS] },
  { name: 'system:public-info-viewer', rules: [urls(['get'], ['/healthz', '/livez', '/readyz', '/version', '/version/'])] },
  { name: 'system:service-account-issuer-discovery', rules: [urls(['get'], ['/.well-known/openid-configuration', '/.well-known/openid-configuration/', '/openid/v1/jwks', '/openid/v1/jwks/'])] },
  { name: 'system:volume-scheduler', rules: [rule(['get', 'list', 'patch', 'update', 'watch'], [''], ['persistentvolumes']), rule(READ, ['storage.k8s.io'], ['storageclasses']), rule(['get', 'list', 'patch', 'update', 'watch'], [''], ['persistentvolumeclaims'])] },
  { name: 'view', rules: [], aggregateFrom: `${AGG}view`, labels: { [`${AGG}edit`]: 'true' } },
];

/** Roles kubeadm and the bootstrap policy create in kube-system and kube-public. */
export const NAMESPACE_ROLES: RoleData[] = [
  { namespace: 'kube-public', name: 'kubeadm:bootstrap-signer-clusterinfo', rules: [rule(['get'], [''], ['configmaps'], ['cluster-info'])] },
  { namespace: 'kube-public', name: 'system:controller:bootstrap-signer', rules: [rule(READ, [''], ['configmaps']), rule(['update'], [''], ['configmaps'], ['cluster-info']), EVENTS] },
  { namespace: 'kube-system', name: 'extension-apiserver-authentication-reader', rules: [rule(['get', 'list', 'watch'], [''], ['configmaps'], ['extension-apiserver-authentication'])] },
  { namespace: 'kube-system', name: 'kube-proxy', rules: [rule(['get'], [''], ['configmaps'], ['kube-proxy'])] },
  { namespace: 'kube-system', name: 'kubeadm:kubelet-config', rules: [rule(['get'], [''], ['configmaps'], ['kubelet-config'])] },
  { namespace: 'kube-system', name: 'kubeadm:nodes-kubeadm-config', rules: [rule(['get'], [''], ['configmaps'], ['kubeadm-config'])] },
  { namespace: 'kube-system', name: 'system::leader-locking-kube-controller-manager', rules: [rule(['watch'], [''], ['configmaps']), rule(['get', 'update'], [''], ['configmaps'], ['kube-controller-manager'])] },
  { namespace: 'kube-system', name: 'system::leader-locking-kube-scheduler', rules: [rule(['watch'], [''], ['configmaps']), rule(['get', 'update'], [''], ['configmaps'], ['kube-scheduler'])] },
  { namespace: 'kube-system', name: 'system:controller:bootstrap-signer', rules: [rule(READ, [''], ['secrets'])] },
  { namespace: 'kube-system', name: 'system:controller:cloud-provider', rules: [rule(['create', 'get', 'list', 'watch'], [''], ['configmaps'])] },
  { namespace: 'kube-system', name: 'system:controller:token-cleaner', rules: [rule(['delete', 'get', 'list', 'watch'], [''], ['secrets']), EVENTS] },
];
