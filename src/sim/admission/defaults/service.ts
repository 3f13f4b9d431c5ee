/**
 * Service defaults (SetDefaults_Service in pkg/apis/core/v1/defaults.go) and, on update,
 * what the service REST storage carries over from the stored object when the request
 * omits it (clusterIP(s), IP families, node ports — pkg/registry/core/service/storage
 * patchAllocatedValues), so `kubectl apply`/`replace` without them keeps them.
 */
import type { KObject, Service } from '../../types.js';
import type { AdmissionContext } from '../index.js';

type Obj = Record<string, any>;

export function externallyAccessible(s: Obj): boolean {
  return s.type === 'LoadBalancer' || s.type === 'NodePort' || (s.type === 'ClusterIP' && Array.isArray(s.externalIPs) && s.externalIPs.length > 0);
}

function needsClusterIP(s: Obj): boolean {
  return s.type !== 'ExternalName';
}

function needsNodePorts(s: Obj): boolean {
  return s.type === 'NodePort' || s.type === 'LoadBalancer';
}

function carryOver(s: Obj, old: Obj): void {
  if (needsClusterIP(s) && needsClusterIP(old)) {
    if (!s.clusterIP && old.clusterIP) {
      s.clusterIP = old.clusterIP;
      if (!s.clusterIPs) s.clusterIPs = old.clusterIPs;
    }
    if (!s.ipFamilies && old.ipFamilies) s.ipFamilies = old.ipFamilies;
    if (!s.ipFamilyPolicy && old.ipFamilyPolicy) s.ipFamilyPolicy = old.ipFamilyPolicy;
  }
  if (needsNodePorts(s) && needsNodePorts(old)) {
    for (const p of s.ports ?? []) {
      if (!p || typeof p !== 'object' || p.nodePort) continue;
      const match = (old.ports ?? []).find((o: Obj) => (p.name && o.name === p.name) || (o.port === p.port && (o.protocol ?? 'TCP') === (p.protocol ?? 'TCP')));
      if (match?.nodePort) p.nodePort = match.nodePort;
    }
  }
}

export function defaultService(o: KObject, ctx: AdmissionContext): void {
  const s = (o as Service).spec as Obj | undefined;
  if (s && typeof s === 'object') {
    if (!s.sessionAffinity) s.sessionAffinity = 'None';
    if (s.sessionAffinity === 'None') delete s.sessionAffinityConfig;
    if (s.sessionAffinity === 'ClientIP') {
      const cfg = (s.sessionAffinityConfig ??= {});
      const cip = (cfg.clientIP ??= {});
      if (cip.timeoutSeconds == null) cip.timeoutSeconds = 10800;
    }
    if (!s.type) s.type = 'ClusterIP';
    for (const p of s.ports ?? []) {
      if (!p || typeof p !== 'object') continue;
      if (!p.protocol) p.protocol = 'TCP';
      if (p.targetPort === undefined || p.targetPort === null || p.targetPort === 0 || p.targetPort === '') p.targetPort = p.port;
    }
    if (externallyAccessible(s) && !s.externalTrafficPolicy) s.externalTrafficPolicy = 'Cluster';
    if (!s.internalTrafficPolicy && (s.type === 'ClusterIP' || s.type === 'NodePort' || s.type === 'LoadBalancer')) s.internalTrafficPolicy = 'Cluster';
    if (s.type === 'LoadBalancer' && s.allocateLoadBalancerNodePorts == null) s.allocateLoadBalancerNodePorts = true;
    if (ctx.operation === 'UPDATE' && ctx.oldObject?.spec) carryOver(s, ctx.oldObject.spec);
    if (s.clusterIP && !s.clusterIPs && needsClusterIP(s)) s.clusterIPs = [s.clusterIP];
    if (!s.clusterIP && Array.isArray(s.clusterIPs) && s.clusterIPs.length) s.clusterIP = s.clusterIPs[0];
  }
  if (ctx.operation === 'CREATE') o.status = { loadBalancer: {} };
}
