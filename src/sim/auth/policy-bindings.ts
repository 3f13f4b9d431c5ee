/**
 * The ClusterRoleBindings and RoleBindings of a fresh kind v1.33 cluster: upstream's
 * bootstrap bindings (testdata/cluster-role-bindings.yaml, controller-role-bindings.yaml,
 * namespace-role-bindings.yaml), kubeadm's (`kubeadm:cluster-admins` binds the admin
 * kubeconfig's group to cluster-admin) and the kind add-ons'.
 */
import { CONTROLLER_ROLE_NAMES } from './policy-controller-roles.js';
import type { BindingData } from './policy-helpers.js';

const BOOTSTRAP_TOKEN_GROUP = 'system:bootstrappers:kubeadm:default-node-token';

export const CLUSTER_ROLE_BINDINGS: BindingData[] = [
  { name: 'cluster-admin', role: 'cluster-admin', groups: ['system:masters'] },
  { name: 'kindnet', role: 'kindnet', serviceAccounts: ['kube-system/kindnet'], addon: true },
  { name: 'kubeadm:cluster-admins', role: 'cluster-admin', groups: ['kubeadm:cluster-admins'], addon: true },
  { name: 'kubeadm:get-nodes', role: 'kubeadm:get-nodes', groups: [BOOTSTRAP_TOKEN_GROUP], addon: true },
  { name: 'kubeadm:kubelet-bootstrap', role: 'system:node-bootstrapper', groups: [BOOTSTRAP_TOKEN_GROUP], addon: true },
  { name: 'kubeadm:node-autoapprove-bootstrap', role: 'system:certificates.k8s.io:certificatesigningrequests:nodeclient', groups: [BOOTSTRAP_TOKEN_GROUP], addon: true },
  { name: 'kubeadm:node-autoapprove-certificate-rotation', role: 'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient', groups: ['system:nodes'], addon: true },
  { name: 'kubeadm:node-proxier', role: 'system:node-proxier', serviceAccounts: ['kube-system/kube-proxy'], addon: true },
  { name: 'local-path-provisioner-bind', role: 'local-path-provisioner-role', serviceAccounts: ['local-path-storage/local-path-provisioner-service-account'], addon: true },
  { name: 'system:basic-user', role: 'system:basic-user', groups: ['system:authenticated'] },
  ...CONTROLLER_ROLE_NAMES.map((role): BindingData => ({ name: role, role, serviceAccounts: [`kube-system/${role.slice('system:controller:'.length)}`] })),
  { name: 'system:coredns', role: 'system:coredns', serviceAccounts: ['kube-system/coredns'], addon: true },
  { name: 'system:discovery', role: 'system:discovery', groups: ['system:authenticated'] },
  { name: 'system:kube-controller-manager', role: 'system:kube-controller-manager', users: ['system:kube-controller-manager'] },
  { name: 'system:kube-dns', role: 'system:kube-dns', serviceAccounts: ['kube-system/kube-dns'] },
  { name: 'system:kube-scheduler', role: 'system:kube-scheduler', users: ['system:kube-scheduler'] },
  { name: 'system:monitoring', role: 'system:monitoring', groups: ['system:monitoring'] },
  { name: 'system:node', role: 'system:node' },
  { name: 'system:node-proxier', role: 'system:node-proxier', users: ['system:kube-proxy'] },
  { name: 'system:public-info-viewer', role: 'system:public-info-viewer', groups: ['system:authenticated', 'system:unauthenticated'] },
  { name: 'system:service-account-issuer-discovery', role: 'system:service-account-issuer-discovery', groups: ['system:serviceaccounts'] },
  { name: 'system:volume-scheduler', role: 'system:volume-scheduler', users: ['system:kube-scheduler'] },
];

export const ROLE_BINDINGS: BindingData[] = [
  { namespace: 'kube-public', name: 'kubeadm:bootstrap-signer-clusterinfo', roleKind: 'Role', role: 'kubeadm:bootstrap-signer-clusterinfo', users: ['system:anonymous'], addon: true },
  { namespace: 'kube-public', name: 'system:controller:bootstrap-signer', roleKind: 'Role', role: 'system:controller:bootstrap-signer', serviceAccounts: ['kube-system/bootstrap-signer'] },
  { namespace: 'kube-system', name: 'kube-proxy', roleKind: 'Role', role: 'kube-proxy', groups: [BOOTSTRAP_TOKEN_GROUP], addon: true },
  { namespace: 'kube-system', name: 'kubeadm:kubelet-config', roleKind: 'Role', role: 'kubeadm:kubelet-config', groups: ['system:nodes', BOOTSTRAP_TOKEN_GROUP], addon: true },
  { namespace: 'kube-system', name: 'kubeadm:nodes-kubeadm-config', roleKind: 'Role', role: 'kubeadm:nodes-kubeadm-config', groups: [BOOTSTRAP_TOKEN_GROUP, 'system:nodes'], addon: true },
  { namespace: 'kube-system', name: 'system::extension-apiserver-authentication-reader', roleKind: 'Role', role: 'extension-apiserver-authentication-reader', users: ['system:kube-controller-manager', 'system:kube-scheduler'] },
  { namespace: 'kube-system', name: 'system::leader-locking-kube-controller-manager', roleKind: 'Role', role: 'system::leader-locking-kube-controller-manager', users: ['system:kube-controller-manager'], serviceAccounts: ['kube-system/kube-controller-manager'] },
  { namespace: 'kube-system', name: 'system::leader-locking-kube-scheduler', roleKind: 'Role', role: 'system::leader-locking-kube-scheduler', users: ['system:kube-scheduler'], serviceAccounts: ['kube-system/kube-scheduler'] },
  { namespace: 'kube-system', name: 'system:controller:bootstrap-signer', roleKind: 'Role', role: 'system:controller:bootstrap-signer', serviceAccounts: ['kube-system/bootstrap-signer'] },
  { namespace: 'kube-system', name: 'system:controller:cloud-provider', roleKind: 'Role', role: 'system:controller:cloud-provider', serviceAccounts: ['kube-system/cloud-provider'] },
  { namespace: 'kube-system', name: 'system:controller:token-cleaner', roleKind: 'Role', role: 'system:controller:token-cleaner', serviceAccounts: ['kube-system/token-cleaner'] },
];
