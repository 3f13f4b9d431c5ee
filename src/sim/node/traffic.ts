/**
 * The traffic model: what `curl` gets. Names resolve like cluster DNS (`svc`, `svc.ns`,
 * `svc.ns.svc.cluster.local`), cluster IPs, NodePorts on node IPs (and localhost),
 * LoadBalancer IPs and pod IPs all lead to a pod; kube-proxy picks a ready endpoint at
 * random (seeded). kube-proxy learns endpoint changes PROXY_DELAY_MS late, which is why a
 * pod that exits on SIGTERM without a preStop delay drops requests. Every request and its
 * outcome goes to the timeline.
 */
import type { Cluster } from '../cluster.js';
import type { StoreEvent } from '../store.js';
import { fnv32a } from '../objects.js';
import type { Endpoints, KObject, Service } from '../types.js';
import { answer, findServing } from './http.js';
import type { HttpError, HttpResult } from './script/types.js';
import { nodeModel, type NodeModel, type PodRuntime } from './state.js';

/** How late kube-proxy programs an Endpoints change. */
export const PROXY_DELAY_MS = 1_000;

export interface SendRequestOptions {
  url?: string;
  host?: string;
  port?: number;
  path?: string;
  method?: string;
  headers?: Record<string, string>;
  /** Namespace for short DNS names (default `default`). */
  namespace?: string;
  /** Recorded with the timeline entry (e.g. the name of a background request stream). */
  tag?: string;
}

export type SendResult =
  | { ok: true; status: number; headers: Record<string, string>; body: string; pod: string }
  | { ok: false; error: string };

type Target = { ip: string; port: number };
interface ProxyVersion { at: number; ports: Map<string, Target[]> }
const proxyViews = new WeakMap<NodeModel, Map<string, ProxyVersion[]>>();

function views(m: NodeModel): Map<string, ProxyVersion[]> {
  let v = proxyViews.get(m);
  if (!v) proxyViews.set(m, (v = new Map()));
  return v;
}

/** Store watcher: records each Endpoints change as kube-proxy will see it. */
export function observeEndpoints(m: NodeModel, e: StoreEvent): void {
  if (e.resource !== 'endpoints') return;
  const ep = e.object as Endpoints;
  const key = `${ep.metadata.namespace}/${ep.metadata.name}`;
  const ports = new Map<string, Target[]>();
  if (e.type !== 'DELETED') {
    for (const s of ep.subsets ?? []) {
      for (const p of s.ports ?? []) {
        const list = ports.get(p.name ?? '') ?? [];
        for (const a of s.addresses ?? []) list.push({ ip: a.ip, port: p.port });
        ports.set(p.name ?? '', list);
      }
    }
  }
  const now = m.cluster.clock.now();
  const all = views(m);
  const list = (all.get(key) ?? []).filter((v, i, arr) => i === arr.length - 1 || arr[i + 1].at > now);
  list.push({ at: now + PROXY_DELAY_MS, ports });
  all.set(key, list);
}

function programmed(m: NodeModel, key: string): ProxyVersion | undefined {
  const now = m.cluster.clock.now();
  const list = views(m).get(key) ?? [];
  let cur: ProxyVersion | undefined;
  for (const v of list) if (v.at <= now) cur = v;
  return cur;
}

function refused(host: string, port: number): SendResult {
  return { ok: false, error: `curl: (7) Failed to connect to ${host} port ${port} after 0 ms: Couldn't connect to server` };
}

function parseUrl(o: SendRequestOptions): { host: string; port: number; path: string } | undefined {
  if (o.url) {
    const m = /^(?:(https?):\/\/)?([^/:?#]+)(?::(\d+))?([^#]*)/.exec(o.url.trim());
    if (!m) return undefined;
    return { host: m[2], port: m[3] ? Number(m[3]) : m[1] === 'https' ? 443 : 80, path: m[4] || '/' };
  }
  if (!o.host) return undefined;
  return { host: o.host, port: o.port ?? 80, path: o.path ?? '/' };
}

const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;

function findService(c: Cluster, pred: (s: Service) => boolean): Service | undefined {
  for (const s of c.store.scan('services')) if (pred(s as Service)) return s as Service;
  return undefined;
}

function resolveName(c: Cluster, host: string, namespace: string): Service | undefined {
  const parts = host.replace(/\.$/, '').split('.');
  let ns = namespace;
  if (parts.length === 2 || (parts.length >= 3 && parts[2] === 'svc' && (parts.length === 3 || parts.slice(3).join('.') === 'cluster.local'))) ns = parts[1];
  else if (parts.length !== 1) return undefined;
  const svc = c.store.get('services', ns, parts[0]) as Service | undefined;
  return svc && svc.spec?.type !== 'ExternalName' ? svc : undefined;
}

/** Cluster DNS as a pod sees it: a Service name → its FQDN and addresses (cluster IP, or pod IPs when headless). */
export function lookupService(m: NodeModel, name: string, namespace: string): { fqdn: string; ips: string[] } | undefined {
  const svc = resolveName(m.cluster, name, namespace);
  if (!svc) return undefined;
  const fqdn = `${svc.metadata.name}.${svc.metadata.namespace}.svc.cluster.local`;
  if (svc.spec.clusterIP !== 'None') return svc.spec.clusterIP ? { fqdn, ips: [svc.spec.clusterIP] } : undefined;
  const ready = programmed(m, keyOf(svc));
  return { fqdn, ips: [...new Set([...(ready?.ports.values() ?? [])].flat().map((t) => t.ip))].sort() };
}

function deliver(m: NodeModel, rt: PodRuntime | undefined, shownHost: string, port: number, path: string, o: SendRequestOptions, client: string): SendResult {
  if (!rt || rt.gone) return refused(shownHost, port);
  const target = findServing(rt, port);
  if (!target) return refused(shownHost, port);
  const res = answer(m, rt, target.c, target.inst, { method: o.method ?? 'GET', path, headers: o.headers ?? {}, client });
  if (res.status === 0) return { ok: false, error: 'curl: (52) Empty reply from server' };
  return { ok: true, status: res.status, headers: res.headers, body: res.body, pod: rt.name };
}

/**
 * kube-proxy's choice: a random ready endpoint (seeded); with `sessionAffinity: ClientIP` the
 * same endpoint for the same client; with `externalTrafficPolicy: Local` on a NodePort only
 * endpoints on the node that was addressed.
 */
function viaService(m: NodeModel, svc: Service, port: number, shownHost: string, path: string, o: SendRequestOptions, via: { nodePort?: boolean; nodeIp?: string; client?: string } = {}): SendResult {
  const sp = (svc.spec.ports ?? []).find((p) => (via.nodePort ? p.nodePort === port : p.port === port));
  if (!sp) return refused(shownHost, port);
  const key = `${svc.metadata.namespace}/${svc.metadata.name}`;
  let targets = programmed(m, key)?.ports.get(sp.name ?? '') ?? [];
  if (via.nodePort && via.nodeIp && svc.spec.externalTrafficPolicy === 'Local') targets = targets.filter((t) => m.byIp.get(t.ip)?.node.ip === via.nodeIp);
  if (!targets.length) return refused(shownHost, port);
  const client = via.client ?? 'learner';
  const t = svc.spec.sessionAffinity === 'ClientIP'
    ? [...targets].sort((a, b) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0))[fnv32a(`${client}/${key}`) % targets.length]
    : targets[m.trafficRand.int(targets.length)];
  const rt = m.byIp.get(t.ip);
  return deliver(m, rt, shownHost, t.port, path, o, rt ? `${rt.node.cidrPrefix}1` : '10.244.0.1');
}

function route(m: NodeModel, o: SendRequestOptions, from?: PodRuntime): SendResult & { service?: string } {
  const c = m.cluster;
  const u = parseUrl(o);
  if (!u) return { ok: false, error: `curl: (3) URL rejected: Malformed input to a URL function` };
  const ns = o.namespace ?? from?.namespace ?? 'default';
  if (from && (u.host === 'localhost' || u.host === '127.0.0.1')) return deliver(m, from, u.host, u.port, u.path, o, '127.0.0.1');
  if (IPV4.test(u.host) || u.host === 'localhost') {
    const pod = m.byIp.get(u.host);
    if (pod) return deliver(m, pod, u.host, u.port, u.path, o, from?.ip ?? `${pod.node.cidrPrefix}1`);
    const byCluster = findService(c, (s) => s.spec?.clusterIP === u.host || (s.spec?.clusterIPs ?? []).includes(u.host));
    if (byCluster) return { ...viaService(m, byCluster, u.port, u.host, u.path, o, { client: from?.ip }), service: keyOf(byCluster) };
    const isNode = u.host === 'localhost' || u.host === '127.0.0.1' || [...m.nodes.values()].some((n) => n.ip === u.host);
    if (isNode) {
      const np = findService(c, (s) => (s.spec?.type === 'NodePort' || s.spec?.type === 'LoadBalancer') && (s.spec.ports ?? []).some((p) => p.nodePort === u.port));
      if (!np) return refused(u.host, u.port);
      const nodeIp = u.host === 'localhost' || u.host === '127.0.0.1' ? [...m.nodes.values()][0]?.ip : u.host;
      return { ...viaService(m, np, u.port, u.host, u.path, o, { nodePort: true, nodeIp, client: from?.ip }), service: keyOf(np) };
    }
    const lb = findService(c, (s) => ((s as KObject).status?.loadBalancer?.ingress ?? []).some((i: { ip?: string }) => i.ip === u.host) || (s.spec?.externalIPs ?? []).includes(u.host));
    if (lb) return { ...viaService(m, lb, u.port, u.host, u.path, o, { client: from?.ip }), service: keyOf(lb) };
    return refused(u.host, u.port);
  }
  const svc = resolveName(c, u.host, ns);
  if (!svc) return { ok: false, error: `curl: (6) Could not resolve host: ${u.host}` };
  if (svc.spec.clusterIP === 'None') {
    const ready = programmed(m, keyOf(svc));
    const ips = [...new Set([...(ready?.ports.values() ?? [])].flat().map((t) => t.ip))];
    if (!ips.length) return { ok: false, error: `curl: (6) Could not resolve host: ${u.host}` };
    const rt = m.byIp.get(ips[m.trafficRand.int(ips.length)]);
    return { ...deliver(m, rt, u.host, u.port, u.path, o, from?.ip ?? '10.244.0.1'), service: keyOf(svc) };
  }
  return { ...viaService(m, svc, u.port, u.host, u.path, o, { client: from?.ip }), service: keyOf(svc) };
}

function keyOf(s: KObject): string {
  return `${s.metadata.namespace}/${s.metadata.name}`;
}

function record(m: NodeModel, o: SendRequestOptions, r: SendResult & { service?: string }, from?: PodRuntime): void {
  m.cluster.timeline.add({
    t: m.cluster.clock.now(), type: 'request', url: o.url ?? `http://${o.host}:${o.port ?? 80}${o.path ?? '/'}`,
    service: r.service, from: from ? `${from.namespace}/${from.name}` : undefined, tag: o.tag,
    ok: r.ok && r.status < 500, status: r.ok ? r.status : undefined, pod: r.ok ? r.pod : undefined, error: r.ok ? undefined : r.error,
  });
}

/**
 * One HTTP request from the learner's machine (what `curl URL` gets):
 *   sendRequest(cluster, { url: 'http://kubia' }) → { ok: true, status: 200, body: 'This is v1 running in pod kubia-…\n', … }
 *   sendRequest(cluster, { url: 'http://nope' })  → { ok: false, error: 'curl: (6) Could not resolve host: nope' }
 */
export function sendRequest(cluster: Cluster, o: SendRequestOptions): SendResult {
  const m = nodeModel(cluster);
  const r = route(m, o);
  record(m, o, r);
  const { service: _s, ...out } = r as SendResult & { service?: string };
  return out;
}

/** A request made from inside a pod (curl/wget in a container). */
export function requestFromPod(m: NodeModel, from: PodRuntime, url: string, method: string, headers: Record<string, string>): HttpResult | HttpError {
  const o = { url, method, headers, namespace: from.namespace };
  const r = route(m, o, from);
  record(m, o, r, from);
  if (r.ok) return { ok: true, status: r.status, body: r.body };
  const code = Number(/^curl: \((\d+)\)/.exec(r.error)?.[1] ?? 7);
  return { ok: false, error: r.error, code };
}
