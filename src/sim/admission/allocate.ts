/**
 * Service IP and NodePort allocation, done by the service REST storage after validation
 * (pkg/registry/core/service/storage, ipallocator, portallocator). The service CIDR is
 * 10.96.0.0/12 (kind's default); 10.96.0.1 is the `kubernetes` Service and 10.96.0.10
 * kube-dns. Dynamic IPs come from above the static band (ServiceIPStaticSubrange: the
 * first 256 addresses of a /12 are left for explicit requests). Choices use the seeded
 * generator, so a run is reproducible.
 */
import { invalid as invalidStatus, type FieldError, type Status } from '../errors.js';
import type { KObject } from '../types.js';
import { goQuote } from './go-format.js';
import type { AdmissionContext } from './index.js';

const BASE = (10 << 24) | (96 << 16); // 10.96.0.0
const SIZE = 1 << 20; // /12
const STATIC_BAND = 256;
const RESERVED = new Set(['10.96.0.1', '10.96.0.10']);
const NODE_PORT_MIN = 30000;
const NODE_PORT_MAX = 32767;

type Obj = Record<string, any>;

function ipToString(n: number): string {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

function ipToNumber(ip: string): number | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(ip);
  if (!m) return undefined;
  return ((+m[1] << 24) | (+m[2] << 16) | (+m[3] << 8) | +m[4]) >>> 0;
}

function usedByServices(ctx: AdmissionContext, self: KObject): { ips: Set<string>; ports: Set<number> } {
  const ips = new Set<string>();
  const ports = new Set<number>();
  for (const s of ctx.store.scan('services')) {
    if (s.metadata.uid && s.metadata.uid === self.metadata.uid) continue;
    for (const ip of (s.spec?.clusterIPs ?? (s.spec?.clusterIP ? [s.spec.clusterIP] : [])) as string[]) ips.add(ip);
    for (const p of (s.spec?.ports ?? []) as Obj[]) if (p.nodePort) ports.add(p.nodePort);
  }
  return { ips, ports };
}

/** Allocates clusterIP(s), IP families and node ports; returns a Status when a requested value is taken or out of range. */
export function allocateService(obj: KObject, ctx: AdmissionContext): KObject | Status {
  const s = obj.spec as Obj | undefined;
  if (!s || typeof s !== 'object' || ctx.subresource) return obj;
  const errs: FieldError[] = [];
  const needsIP = s.type !== 'ExternalName';
  const used = usedByServices(ctx, obj);
  if (needsIP) {
    if (!s.clusterIP) {
      let ip: string;
      do ip = ipToString((BASE + STATIC_BAND + ctx.rand.int(SIZE - STATIC_BAND - 1)) >>> 0);
      while (used.ips.has(ip) || RESERVED.has(ip));
      s.clusterIP = ip;
      s.clusterIPs = [ip];
    } else if (s.clusterIP !== 'None' && ctx.operation === 'CREATE') {
      const n = ipToNumber(s.clusterIP);
      const detail = n === undefined || n < BASE || n >= BASE + SIZE
        ? `failed to allocate IP ${s.clusterIP}: the provided IP (${s.clusterIP}) is not in the valid range. The range of valid IPs is 10.96.0.0/12`
        : used.ips.has(s.clusterIP) ? `failed to allocate IP ${s.clusterIP}: provided IP is already allocated` : undefined;
      if (detail) errs.push({ type: 'FieldValueInvalid', field: 'spec.clusterIPs', value: `[]string{${(s.clusterIPs ?? [s.clusterIP]).map(goQuote).join(', ')}}`, detail });
      if (!s.clusterIPs) s.clusterIPs = [s.clusterIP];
    }
    if (!s.ipFamilies) s.ipFamilies = ['IPv4'];
    if (!s.ipFamilyPolicy) s.ipFamilyPolicy = s.clusterIP === 'None' && !s.selector ? 'RequireDualStack' : 'SingleStack';
  }
  if (s.type === 'NodePort' || (s.type === 'LoadBalancer' && s.allocateLoadBalancerNodePorts !== false)) {
    const oldPorts = new Set<number>(((ctx.oldObject?.spec?.ports ?? []) as Obj[]).map((p) => p.nodePort).filter(Boolean));
    (s.ports ?? []).forEach((p: Obj, i: number) => {
      if (p.nodePort) {
        if (oldPorts.has(p.nodePort)) return;
        const field = `spec.ports[${i}].nodePort`;
        if (p.nodePort < NODE_PORT_MIN || p.nodePort > NODE_PORT_MAX) {
          errs.push({ type: 'FieldValueInvalid', field, value: String(p.nodePort), detail: `provided port is not in the valid range. The range of valid ports is ${NODE_PORT_MIN}-${NODE_PORT_MAX}` });
        } else if (used.ports.has(p.nodePort)) {
          errs.push({ type: 'FieldValueInvalid', field, value: String(p.nodePort), detail: 'provided port is already allocated' });
        }
        used.ports.add(p.nodePort);
        return;
      }
      let port: number;
      do port = NODE_PORT_MIN + ctx.rand.int(NODE_PORT_MAX - NODE_PORT_MIN + 1);
      while (used.ports.has(port));
      used.ports.add(port);
      p.nodePort = port;
    });
  }
  if (errs.length) return invalidStatus(ctx.type.kind, ctx.type.group, obj.metadata.name ?? '', errs);
  return obj;
}
