/** describeService and describeEndpoints (describe.go). */
import { R, formatLabels, type Endpoints, type KObject, type Service } from '../../../sim/index.js';
import { eventsSection, refOf } from './events.js';
import { annotationsMultiline, labelsMultiline, PrefixWriter, type DescribeContext } from './writer.js';

interface Slice {
  ports?: { name?: string; port?: number }[];
  endpoints?: { addresses: string[]; conditions?: { ready?: boolean } }[];
}

/** formatEndpointSlices: ready `ip:port` for the named port, first 3 then ` + N more...`; `<none>` without slices. */
export function formatEndpointSlices(slices: Slice[], portName: string | undefined): string {
  if (!slices.length) return '<none>';
  const list: string[] = [];
  let count = 0;
  let more = false;
  const max = 3;
  for (const s of slices) {
    const ready = (e: NonNullable<Slice['endpoints']>[number]) => e.conditions?.ready === undefined || e.conditions.ready === null || e.conditions.ready;
    if (!s.ports?.length) {
      for (const e of s.endpoints ?? []) {
        if (list.length === max) more = true;
        if (!ready(e)) continue;
        if (!more) list.push(e.addresses[0]);
        count++;
      }
      continue;
    }
    for (const port of s.ports) {
      if (portName !== undefined && (port.name ?? '') !== portName) continue;
      for (const e of s.endpoints ?? []) {
        if (list.length === max) more = true;
        if (!ready(e)) continue;
        if (!more) list.push(`${e.addresses[0]}:${port.port}`);
        count++;
      }
    }
  }
  const ret = list.join(',');
  if (more) return `${ret} + ${count - max} more...`;
  return ret;
}

export function describeService(obj: KObject, ctx: DescribeContext): string {
  const svc = obj as Service;
  const spec = svc.spec ?? {};
  const slicesRes = ctx.client.list<KObject>(R.endpointslices, svc.metadata.namespace, { labelSelector: `kubernetes.io/service-name=${svc.metadata.name}` });
  const slices = (slicesRes.ok ? slicesRes.value.items : []) as unknown as Slice[];
  const w = new PrefixWriter();
  w.write(0, `Name:\t${svc.metadata.name}\n`);
  w.write(0, `Namespace:\t${svc.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', svc.metadata.labels);
  annotationsMultiline(w, 'Annotations', svc.metadata.annotations);
  w.write(0, `Selector:\t${formatLabels(spec.selector)}\n`);
  w.write(0, `Type:\t${spec.type ?? ''}\n`);
  if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
  const families = (spec.ipFamilies as string[] | undefined) ?? [];
  w.write(0, `IP Families:\t${families.length ? families.join(',') : '<none>'}\n`);
  w.write(0, `IP:\t${spec.clusterIP ?? ''}\n`);
  w.write(0, `IPs:\t${spec.clusterIPs?.length ? spec.clusterIPs.join(',') : '<none>'}\n`);
  if (spec.externalIPs?.length) w.write(0, `External IPs:\t${spec.externalIPs.join(',')}\n`);
  if (spec.loadBalancerIP) w.write(0, `Desired LoadBalancer IP:\t${spec.loadBalancerIP}\n`);
  if (spec.externalName) w.write(0, `External Name:\t${spec.externalName}\n`);
  const ingress: { ip?: string; hostname?: string; ipMode?: string }[] = svc.status?.loadBalancer?.ingress ?? [];
  if (ingress.length) w.write(0, `LoadBalancer Ingress:\t${ingress.map((i) => (i.ip ? `${i.ip}${i.ipMode ? ` (${i.ipMode})` : ''}` : i.hostname ?? '')).join(', ')}\n`);
  for (const p of spec.ports ?? []) {
    const name = p.name || '<unset>';
    const proto = p.protocol ?? 'TCP';
    w.write(0, `Port:\t${name}\t${p.port}/${proto}\n`);
    w.write(0, `TargetPort:\t${p.targetPort ?? p.port}/${proto}\n`);
    if (p.nodePort) w.write(0, `NodePort:\t${name}\t${p.nodePort}/${proto}\n`);
    w.write(0, `Endpoints:\t${formatEndpointSlices(slices, p.name ?? '')}\n`);
  }
  w.write(0, `Session Affinity:\t${spec.sessionAffinity ?? ''}\n`);
  if (spec.externalTrafficPolicy) w.write(0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
  if (spec.internalTrafficPolicy) w.write(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
  if (spec.healthCheckNodePort) w.write(0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
  const ranges = (spec.loadBalancerSourceRanges as string[] | undefined) ?? [];
  if (ranges.length) w.write(0, `LoadBalancer Source Ranges:\t${ranges.join(',')}\n`);
  eventsSection(w, ctx, refOf(svc));
  return w.toString();
}

export function describeEndpoints(obj: KObject, ctx: DescribeContext): string {
  const ep = obj as Endpoints;
  const w = new PrefixWriter();
  w.write(0, `Name:\t${ep.metadata.name}\n`);
  w.write(0, `Namespace:\t${ep.metadata.namespace}\n`);
  labelsMultiline(w, 'Labels', ep.metadata.labels);
  annotationsMultiline(w, 'Annotations', ep.metadata.annotations);
  w.write(0, 'Subsets:\n');
  for (const s of ep.subsets ?? []) {
    w.write(1, `Addresses:\t${(s.addresses ?? []).map((a) => a.ip).join(',') || '<none>'}\n`);
    w.write(1, `NotReadyAddresses:\t${(s.notReadyAddresses ?? []).map((a) => a.ip).join(',') || '<none>'}\n`);
    if (s.ports?.length) {
      w.write(1, 'Ports:\n');
      w.write(2, 'Name\tPort\tProtocol\n');
      w.write(2, '----\t----\t--------\n');
      for (const p of s.ports) w.write(2, `${p.name || '<unset>'}\t${p.port}\t${p.protocol ?? ''}\n`);
    }
    w.write(0, '\n');
  }
  eventsSection(w, ctx, refOf(ep));
  return w.toString();
}
