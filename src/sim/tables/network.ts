/**
 * Services, Endpoints, EndpointSlices, Ingresses (printService, printEndpoints,
 * printEndpointSlice, printIngress in kubernetes/kubernetes pkg/printers/internalversion/printers.go).
 * The API server prints with Wide=true, so load-balancer addresses are never clipped.
 */
import type { KObject } from '../types.js';
import { formatMap, listWithMore, since } from './helpers.js';
import { col, nameCol, registerTable } from './table-registry.js';

function lbAddresses(ingress: { ip?: string; hostname?: string }[] | undefined): string[] {
  const set = new Set<string>();
  for (const i of ingress ?? []) {
    if (i.ip) set.add(i.ip);
    else if (i.hostname) set.add(i.hostname);
  }
  return [...set].sort();
}

/** EXTERNAL-IP by service type (getServiceExternalIP). */
const EXTERNAL_IP: Record<string, (svc: KObject) => string> = {
  ClusterIP: (svc) => (svc.spec?.externalIPs?.length ? svc.spec.externalIPs.join(',') : '<none>'),
  NodePort: (svc) => (svc.spec?.externalIPs?.length ? svc.spec.externalIPs.join(',') : '<none>'),
  LoadBalancer: (svc) => {
    const all = [...lbAddresses(svc.status?.loadBalancer?.ingress), ...(svc.spec?.externalIPs ?? [])];
    return all.length ? all.join(',') : '<pending>';
  },
  ExternalName: (svc) => svc.spec?.externalName ?? '',
};

function portString(ports: { port: number; protocol?: string; nodePort?: number }[] | undefined): string {
  const pieces = (ports ?? []).map((p) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? 'TCP'}` : `${p.port}/${p.protocol ?? 'TCP'}`));
  return pieces.length ? pieces.join(',') : '<none>';
}

registerTable('services', {
  columns: [nameCol(), col('Type'), col('Cluster-IP'), col('External-IP'), col('Port(s)'), col('Age'), col('Selector', 'string', 1)],
  row(svc, ctx) {
    const type: string = svc.spec?.type ?? '';
    const clusterIP: string = svc.spec?.clusterIPs?.[0] ?? svc.spec?.clusterIP ?? '<none>';
    const external = (EXTERNAL_IP[type] ?? (() => '<unknown>'))(svc);
    return [svc.metadata.name, type, clusterIP || '<none>', external, portString(svc.spec?.ports), since(svc.metadata.creationTimestamp, ctx), formatMap(svc.spec?.selector)];
  },
});

/** formatEndpoints: ready addresses × ports, first three, then ` + N more...`. */
export function formatEndpoints(ep: KObject): string {
  const subsets: any[] = ep.subsets ?? [];
  if (!subsets.length) return '<none>';
  const list: string[] = [];
  let count = 0;
  const add = (s: string) => {
    if (list.length < 3) list.push(s);
    count++;
  };
  for (const ss of subsets) {
    const addresses: { ip: string }[] = ss.addresses ?? [];
    const ports: { port: number }[] = ss.ports ?? [];
    if (!ports.length) for (const a of addresses) add(a.ip);
    for (const p of ports) for (const a of addresses) add(a.ip.includes(':') ? `[${a.ip}]:${p.port}` : `${a.ip}:${p.port}`);
  }
  const ret = list.join(',');
  return count > 3 ? `${ret} + ${count - 3} more...` : ret;
}

registerTable('endpoints', {
  columns: [nameCol(), col('Endpoints'), col('Age')],
  row: (ep, ctx) => [ep.metadata.name, formatEndpoints(ep), since(ep.metadata.creationTimestamp, ctx)],
});

registerTable('endpointslices.discovery.k8s.io', {
  columns: [nameCol(), col('AddressType'), col('Ports'), col('Endpoints'), col('Age')],
  row(slice, ctx) {
    const ports: { port?: number; name?: string }[] = slice.ports ?? [];
    const portList = ports.map((p) => (p.port !== undefined && p.port !== null ? String(p.port) : p.name ?? '*'));
    const addresses: string[] = (slice.endpoints ?? []).flatMap((e: { addresses?: string[] }) => e.addresses ?? []);
    return [
      slice.metadata.name, slice.addressType ?? '', listWithMore(portList, 3, portList.length),
      listWithMore(addresses, 3, addresses.length), since(slice.metadata.creationTimestamp, ctx),
    ];
  },
});

function ingressHosts(rules: { host?: string }[] | undefined): string {
  const all = rules ?? [];
  const list: string[] = [];
  let more = false;
  for (const r of all) {
    if (list.length === 3) more = true;
    if (!more && r.host) list.push(r.host);
  }
  if (!list.length) return '*';
  return more ? `${list.join(',')} + ${all.length - 3} more...` : list.join(',');
}

registerTable('ingresses.networking.k8s.io', {
  columns: [nameCol(), col('Class'), col('Hosts'), col('Address'), col('Ports'), col('Age')],
  row(ing, ctx) {
    return [
      ing.metadata.name, ing.spec?.ingressClassName ?? '<none>', ingressHosts(ing.spec?.rules),
      lbAddresses(ing.status?.loadBalancer?.ingress).join(','), ing.spec?.tls?.length ? '80, 443' : '80', since(ing.metadata.creationTimestamp, ctx),
    ];
  },
});
