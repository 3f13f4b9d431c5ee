/**
 * Installs authentication and authorization into a new cluster: the bootstrap policy and
 * boot-time ServiceAccounts, the RBAC authorizer behind every request, the TokenRequest
 * subresource and the ServiceAccount admission check.
 */
import { registerAdmissionStep } from '../admission/index.js';
import type { ClusterPlugin } from '../cluster.js';
import { installBootObjects } from './bootstrap.js';
import { serviceAccountExistsStep } from './sa-admission.js';
import { authState } from './state.js';
import { tokenRequestHandler } from './token-request.js';

// Admission steps are process-wide; register once.
registerAdmissionStep('serviceaccount', serviceAccountExistsStep);

export const authPlugin: ClusterPlugin = {
  name: 'auth',
  install(cluster) {
    const namespaces = cluster.store.list('namespaces').map((n) => n.metadata.name!);
    installBootObjects(cluster, namespaces);
    const { authorizer } = authState(cluster);
    cluster.api.setAuthorizer((a) => ({
      allowed: authorizer.authorize(a.user, { verb: a.verb, group: a.group, resource: a.resource, subresource: a.subresource, namespace: a.namespace, name: a.name }),
    }));
    cluster.api.registerSubresource('serviceaccounts', 'token', tokenRequestHandler(cluster));
  },
};
