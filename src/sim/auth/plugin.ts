/**
 * Installs authentication and authorization into a new cluster: the bootstrap policy and
 * boot-time ServiceAccounts, the RBAC authorizer behind every request, the TokenRequest
 * subresource and the ServiceAccount admission check.
 */
import { registerAdmissionStep } from '../admission/index.js';
import type { ClusterPlugin } from '../cluster.js';
import { installBootObjects } from './bootstrap.js';
import { enableEscalationCheck, escalationStep, noteRequest } from './escalation.js';
import { serviceAccountExistsStep } from './sa-admission.js';
import { authState } from './state.js';
import { setProjectedTokenSource } from './projected.js';
import { registerReviewHandlers } from './review-handlers.js';
import { issueServiceAccountToken, tokenRequestHandler } from './token-request.js';

// Admission steps are process-wide; register once.
registerAdmissionStep('serviceaccount', serviceAccountExistsStep);
registerAdmissionStep('rbac-escalation', escalationStep);

export const authPlugin: ClusterPlugin = {
  name: 'auth',
  install(cluster) {
    const namespaces = cluster.store.list('namespaces').map((n) => n.metadata.name!);
    installBootObjects(cluster, namespaces);
    const { authorizer } = authState(cluster);
    enableEscalationCheck(cluster.store, authorizer);
    cluster.api.setAuthorizer((a) => {
      const allowed = authorizer.authorize(a.user, { verb: a.verb, group: a.group, resource: a.resource, subresource: a.subresource, namespace: a.namespace, name: a.name });
      if (allowed) noteRequest(cluster.store, a.user, a.group, a.resource, a.name);
      return { allowed };
    });
    cluster.api.registerSubresource('serviceaccounts', 'token', tokenRequestHandler(cluster));
    registerReviewHandlers(cluster);
    // The kubelet's TokenRequest for a pod's projected token: bound to the pod. Like the
    // kubelet's token manager, it reuses a token until 80% of its lifetime has passed.
    const cache = new Map<string, Map<string, { token: string; refreshAt: number }>>();
    setProjectedTokenSource(cluster.store, (pod, expirationSeconds, audience) => {
      const sa = cluster.store.get('serviceaccounts', pod.metadata.namespace ?? '', pod.spec.serviceAccountName || 'default');
      if (!sa) return undefined;
      const podUid = pod.metadata.uid ?? '';
      const key = `${sa.metadata.uid}|${expirationSeconds}|${audience ?? ''}`;
      const now = cluster.clock.now();
      const hit = cache.get(podUid)?.get(key);
      if (hit && now < hit.refreshAt) return hit.token;
      const issued = issueServiceAccountToken(cluster, sa, { expirationSeconds, audiences: audience ? [audience] : undefined }, pod);
      let perPod = cache.get(podUid);
      if (!perPod) cache.set(podUid, (perPod = new Map()));
      perPod.set(key, { token: issued.token, refreshAt: now + (issued.expiresAt - now) * 0.8 });
      return issued.token;
    });
    // Forget tokens of pods that are gone, so the cache stays as small as the cluster.
    cluster.api.onDeleted((obj) => {
      if (obj.kind === 'Pod') cache.delete(obj.metadata.uid ?? '');
    });
  },
};
