/**
 * The learner's kubeconfig: clusters, users, contexts and the current context, as a kind
 * cluster writes it. Commands read the current context for namespace and identity;
 * `kubectl config ...` changes it.
 */
import type { UserInfo } from '../sim/index.js';

export interface KubeconfigCluster {
  name: string;
  server: string;
  certificateAuthorityData?: string;
}

export interface KubeconfigUser {
  name: string;
  token?: string;
  clientCertificateData?: string;
  clientKeyData?: string;
  /** Who the credentials authenticate as (the subject of the client certificate). */
  identity?: UserInfo;
}

export interface KubeconfigContext {
  name: string;
  cluster: string;
  user: string;
  namespace?: string;
}

export interface Kubeconfig {
  clusters: KubeconfigCluster[];
  users: KubeconfigUser[];
  contexts: KubeconfigContext[];
  currentContext: string;
  preferences: Record<string, unknown>;
}

/** The admin identity of a kind cluster's kubeconfig (client certificate CN/O). */
export const KIND_ADMIN: UserInfo = { name: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] };

/** A kubeconfig like `kind create cluster` writes: context, cluster and user all `kind-kind`. */
export function defaultKubeconfig(clusterName = 'kind'): Kubeconfig {
  const name = `kind-${clusterName}`;
  return {
    clusters: [{ name, server: 'https://127.0.0.1:6443', certificateAuthorityData: 'DATA+OMITTED' }],
    users: [{ name, clientCertificateData: 'DATA+OMITTED', clientKeyData: 'DATA+OMITTED', identity: KIND_ADMIN }],
    contexts: [{ name, cluster: name, user: name }],
    currentContext: name,
    preferences: {},
  };
}

export function currentContext(cfg: Kubeconfig, override?: string): KubeconfigContext | undefined {
  const name = override || cfg.currentContext;
  return cfg.contexts.find((c) => c.name === name);
}
