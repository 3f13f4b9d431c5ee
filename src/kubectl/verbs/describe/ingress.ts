/** describeIngressV1 (describe.go): address, class, default backend, TLS, rules with backend endpoints. */
import { R, type KObject, type Service } from '../../../sim/index.js';
import { eventsSection, refOf } from './events.js';
import { formatEndpointSlices } from './service.js';
import { annotationsMultiline, labelsMultiline, PrefixWriter, type DescribeContext } from './writer.js';

interface Backend {
  service?: { name: string; port?: { number?: number; name?: string } };
  resource?: { apiGroup?: string; kind: string; name: string };
}

/** describeBackendV1: `web:80 (10.244.1.2:80,10.244.2.3:80)`, or the error in angle brackets. */
function backendText(ctx: DescribeContext, ns: string, b: Backend): string {
  if (b.service) {
    const port = b.service.port?.number ? String(b.service.port.number) : b.service.port?.name ?? '';
    const sb = `${b.service.name}:${port}`;
    const svc = ctx.client.get<Service>(R.services, ns, b.service.name);
    if (!svc.ok) return `${sb} (<error: ${svc.status.message}>)`;
    let spName = '';
    for (const sp of svc.value.spec.ports ?? []) {
      if (b.service.port?.number && b.service.port.number === sp.port) spName = sp.name ?? '';
      else if (b.service.port?.name && b.service.port.name === sp.name) spName = sp.name ?? '';
    }
    const slices = ctx.client.list(R.endpointslices, ns, { labelSelector: `kubernetes.io/service-name=${b.service.name}` });
    return `${sb} (${formatEndpointSlices(slices.ok ? (slices.value.items as never[]) : [], spName)})`;
  }
  if (b.resource) return `APIGroup: ${b.resource.apiGroup ?? '<none>'}, Kind: ${b.resource.kind}, Name: ${b.resource.name}`;
  return '';
}

export function describeIngress(ing: KObject, ctx: DescribeContext): string {
  const spec = ing.spec ?? {};
  const ns = ing.metadata.namespace ?? '';
  const w = new PrefixWriter();
  w.write(0, `Name:\t${ing.metadata.name}\n`);
  labelsMultiline(w, 'Labels', ing.metadata.labels);
  w.write(0, `Namespace:\t${ns}\n`);
  const addrs = [...new Set(((ing.status?.loadBalancer?.ingress ?? []) as { ip?: string; hostname?: string }[]).map((i) => i.ip || i.hostname).filter(Boolean) as string[])].sort();
  w.write(0, `Address:\t${addrs.join(',')}\n`);
  w.write(0, `Ingress Class:\t${spec.ingressClassName ?? '<none>'}\n`);
  const def = spec.defaultBackend ? backendText(ctx, ns, spec.defaultBackend) : '<default>';
  w.write(0, `Default backend:\t${def}\n`);
  const tls: { hosts?: string[]; secretName?: string }[] = spec.tls ?? [];
  if (tls.length) {
    w.write(0, 'TLS:\n');
    for (const t of tls) w.write(1, t.secretName ? `${t.secretName} terminates ${(t.hosts ?? []).join(',')}\n` : `SNI routes ${(t.hosts ?? []).join(',')}\n`);
  }
  w.write(0, 'Rules:\n  Host\tPath\tBackends\n');
  w.write(1, '----\t----\t--------\n');
  let count = 0;
  for (const rule of (spec.rules ?? []) as { host?: string; http?: { paths: { path?: string; backend: Backend }[] } }[]) {
    if (!rule.http) continue;
    count++;
    w.write(1, `${rule.host || '*'}\t\n`);
    for (const p of rule.http.paths) w.write(2, `\t${p.path ?? ''} \t${backendText(ctx, ns, p.backend)}\n`);
  }
  if (!count) w.write(1, `*\t*\t${def}\n`);
  annotationsMultiline(w, 'Annotations', ing.metadata.annotations);
  eventsSection(w, ctx, refOf(ing));
  return w.toString();
}
