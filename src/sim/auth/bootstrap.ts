/**
 * Writes the objects a fresh kind cluster already has at boot: the RBAC bootstrap policy,
 * the ServiceAccounts of kube-system's components and every standard namespace's `default`
 * ServiceAccount and `kube-root-ca.crt` ConfigMap. They are stored as they were before the
 * learner arrived (uids from the auth subsystem's own randomness), so adding them does not
 * shift the names generated later in a run.
 */
import type { Cluster } from '../cluster.js';
import type { KObject } from '../types.js';
import { CONTROLLER_SERVICE_ACCOUNTS } from './policy-controller-roles.js';
import { CLUSTER_ROLE_BINDINGS, ROLE_BINDINGS } from './policy-bindings.js';
import { CLUSTER_ROLES, NAMESPACE_ROLES } from './policy-cluster-roles.js';
import type { BindingData, RoleData } from './policy-helpers.js';
import { authState } from './state.js';

const RBAC_V1 = 'rbac.authorization.k8s.io/v1';
const BOOTSTRAP_LABELS = { 'kubernetes.io/bootstrapping': 'rbac-defaults' };
const AUTOUPDATE = { 'rbac.authorization.kubernetes.io/autoupdate': 'true' };
/** Roles the add-ons (kindnet, local-path-provisioner) and kubeadm create: no bootstrap label. */
const ADDON_ROLES = new Set(['kindnet', 'kubeadm:get-nodes', 'local-path-provisioner-role', 'kube-proxy', 'kubeadm:kubelet-config', 'kubeadm:nodes-kubeadm-config', 'kubeadm:bootstrap-signer-clusterinfo']);

/** A self-signed CA certificate, as kube-root-ca.crt carries (content is illustrative). */
export const ROOT_CA_PEM = '-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBAgIIKubeDojoCAwDQYJKoZIhvcNAQELBQAwFTETMBEGA1UE\nAxMKa3ViZXJuZXRlczAeFw0yNTA2MDIwODQ1MDBaFw0zNTA1MzEwODUwMDBaMBUx\nEzARBgNVBAMTCmt1YmVybmV0ZXMwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEK\n-----END CERTIFICATE-----\n';

/** The component ServiceAccounts of a kind cluster's kube-system besides the controllers'. */
const KUBE_SYSTEM_SAS = ['bootstrap-signer', 'coredns', 'kindnet', 'kube-proxy', 'token-cleaner'];

function role(d: RoleData, kind: 'Role' | 'ClusterRole'): KObject {
  const addon = ADDON_ROLES.has(d.name);
  const labels = { ...(addon ? {} : BOOTSTRAP_LABELS), ...(d.labels ?? {}) };
  const metadata: KObject['metadata'] = { name: d.name };
  if (d.namespace) metadata.namespace = d.namespace;
  if (!addon) metadata.annotations = { ...AUTOUPDATE };
  if (Object.keys(labels).length) metadata.labels = labels;
  const o: KObject = { apiVersion: RBAC_V1, kind, metadata, rules: d.rules.map((r) => ({ ...r })) };
  if (d.aggregateFrom) o.aggregationRule = { clusterRoleSelectors: [{ matchLabels: { [d.aggregateFrom]: 'true' } }] };
  return o;
}

function binding(d: BindingData, kind: 'RoleBinding' | 'ClusterRoleBinding'): KObject {
  const metadata: KObject['metadata'] = { name: d.name };
  if (d.namespace) metadata.namespace = d.namespace;
  if (!d.addon) {
    metadata.annotations = { ...AUTOUPDATE };
    metadata.labels = { ...BOOTSTRAP_LABELS };
  }
  const subjects = [
    ...(d.users ?? []).map((name) => ({ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name })),
    ...(d.groups ?? []).map((name) => ({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name })),
    ...(d.serviceAccounts ?? []).map((s) => ({ kind: 'ServiceAccount', name: s.split('/')[1], namespace: s.split('/')[0] })),
  ];
  const o: KObject = { apiVersion: RBAC_V1, kind, metadata, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: d.roleKind ?? 'ClusterRole', name: d.role } };
  if (subjects.length) o.subjects = subjects;
  return o;
}

/** `default` ServiceAccount and `kube-root-ca.crt` of a namespace. */
export function namespaceDefaults(namespace: string): KObject[] {
  return [
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace } },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-root-ca.crt', namespace, annotations: { 'kubernetes.io/description': 'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.' } }, data: { 'ca.crt': ROOT_CA_PEM } },
  ];
}

const STORAGE: Record<string, string> = {
  ClusterRole: 'clusterroles.rbac.authorization.k8s.io', Role: 'roles.rbac.authorization.k8s.io',
  ClusterRoleBinding: 'clusterrolebindings.rbac.authorization.k8s.io', RoleBinding: 'rolebindings.rbac.authorization.k8s.io',
  ServiceAccount: 'serviceaccounts', ConfigMap: 'configmaps', Namespace: 'namespaces',
};

/** Stores `obj` as pre-existing cluster state (no admission: the objects are complete). */
export function putBootObject(cluster: Cluster, obj: KObject): void {
  const key = STORAGE[obj.kind];
  if (cluster.store.get(key, obj.metadata.namespace ?? '', obj.metadata.name!)) return;
  const m = obj.metadata;
  m.uid = authState(cluster).rand.uuid();
  m.resourceVersion = cluster.store.nextResourceVersion();
  m.creationTimestamp = cluster.clock.iso();
  cluster.store.put(key, obj);
}

/** Installs the bootstrap policy and the boot-time ServiceAccounts. */
export function installBootObjects(cluster: Cluster, namespaces: string[]): void {
  for (const d of CLUSTER_ROLES) putBootObject(cluster, role(d, 'ClusterRole'));
  for (const d of NAMESPACE_ROLES) putBootObject(cluster, role(d, 'Role'));
  for (const d of CLUSTER_ROLE_BINDINGS) putBootObject(cluster, binding(d, 'ClusterRoleBinding'));
  for (const d of ROLE_BINDINGS) putBootObject(cluster, binding(d, 'RoleBinding'));
  for (const ns of namespaces) for (const o of namespaceDefaults(ns)) putBootObject(cluster, o);
  for (const name of [...CONTROLLER_SERVICE_ACCOUNTS, ...KUBE_SYSTEM_SAS].sort()) {
    putBootObject(cluster, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: 'kube-system' } });
  }
}
