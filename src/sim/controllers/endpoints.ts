/**
 * The Endpoints controller (kubernetes/kubernetes pkg/controller/endpoint/endpoints_controller.go):
 * for every Service with a selector, the matching pods that should be in endpoints
 * (`ShouldPodBeInEndpoints`: not terminal, has an IP, not terminating unless
 * publishNotReadyAddresses) become `addresses` (ready) or `notReadyAddresses`, per
 * resolved target port. Addresses are ordered as `RepackSubsets` orders them (IP as a
 * string, then uid). Also owns the apiserver-managed `kubernetes` Endpoints.
 *
 * Pod changes are batched: a service is synced once per BATCH_MS window after the pod
 * updates that triggered it (upstream's workqueue coalesces bursts the same way).
 */
import { R } from '../client.js';
import { deepClone, deepEqual, keyOf, splitKey } from '../objects.js';
import type { Store, StoreEvent } from '../store.js';
import type { Container, EndpointAddress, Endpoints, KObject, Pod, Service, ServicePort } from '../types.js';
import type { ControllerContext, ControllerDef } from './framework.js';

export const TRIGGER_TIME = 'endpoints.kubernetes.io/last-change-trigger-time';
const MAX_ADDRESSES = 1000;

/** `ShouldPodBeInEndpoints(pod, includeTerminating)` from staging/src/k8s.io/endpointslice/util. */
export function shouldPodBeInEndpoints(pod: Pod, includeTerminating: boolean): boolean {
  if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') return false;
  if (!pod.status?.podIP) return false;
  return includeTerminating || !pod.metadata.deletionTimestamp;
}

export function isPodReady(pod: Pod): boolean {
  return (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

/** `podutil.FindPort`: a numeric targetPort as is, a named one looked up in the pod's containers. */
export function findPort(pod: Pod, sp: ServicePort): number | undefined {
  const target = sp.targetPort ?? sp.port;
  if (typeof target === 'number') return target;
  if (/^\d+$/.test(target)) return Number(target);
  for (const c of pod.spec.containers as Container[]) {
    for (const p of c.ports ?? []) if (p.name === target && (p.protocol ?? 'TCP') === (sp.protocol ?? 'TCP')) return p.containerPort;
  }
  return undefined;
}

function selects(svc: Service, labels: Record<string, string> | undefined): boolean {
  const sel = svc.spec?.selector;
  if (!sel || !Object.keys(sel).length) return false;
  for (const [k, v] of Object.entries(sel)) if (labels?.[k] !== v) return false;
  return true;
}

/** Pods of the service's namespace that its selector matches. */
export function selectedPods(store: Store, svc: Service): Pod[] {
  const out: Pod[] = [];
  for (const p of store.scan('pods', svc.metadata.namespace)) if (selects(svc, p.metadata.labels)) out.push(p as Pod);
  return out;
}

/** The trigger time: the newest change among the service and its pods' readiness. */
export function triggerTime(svc: Service, pods: Pod[]): string | undefined {
  let t = svc.metadata.creationTimestamp;
  for (const p of pods) {
    const ready = (p.status?.conditions ?? []).find((c) => c.type === 'Ready')?.lastTransitionTime ?? p.metadata.creationTimestamp;
    if (ready && (!t || ready > t)) t = ready;
  }
  return t;
}

/** Pod-triggered syncs of a service are batched into windows this long (kube-controller-manager's workqueue coalesces them too). */
export const BATCH_MS = 100;

/** Batches pod-triggered syncs: one per service per BATCH_MS window. */
export function batchedKeys(pending: Set<string>, ctx: ControllerContext, keys: string[]): string[] {
  for (const k of keys) {
    if (pending.has(k)) continue;
    pending.add(k);
    const now = ctx.clock.now();
    ctx.at(Math.ceil(now / BATCH_MS) * BATCH_MS, () => { pending.delete(k); ctx.enqueue(k); });
  }
  return [];
}

/** Cheap pre-check: does the namespace have any Service with a selector at all? */
export function hasSelectorServices(store: Store, namespace: string | undefined): boolean {
  for (const s of store.scan('services', namespace)) if (s.spec?.selector && Object.keys(s.spec.selector).length) return true;
  return false;
}

/** Services in the pod's namespace whose selector matched the pod before or after the change. */
export function servicesForPod(store: Store, e: StoreEvent): string[] {
  const keys: string[] = [];
  for (const s of store.scan('services', e.object.metadata.namespace)) {
    const svc = s as Service;
    if (selects(svc, e.object.metadata.labels) || (e.oldObject && selects(svc, e.oldObject.metadata.labels))) keys.push(keyOf(svc));
  }
  return keys;
}

/** What of a pod the endpoint controllers read; a change elsewhere cannot matter to them. */
function contribution(p: KObject | undefined): string {
  if (!p) return '';
  const pod = p as Pod;
  if (!pod.status?.podIP) return '';
  return [pod.status.podIP, pod.status.phase, isPodReady(pod), pod.metadata.deletionTimestamp ?? '', pod.spec?.nodeName, pod.spec?.hostname ?? '', pod.spec?.subdomain ?? '', JSON.stringify(pod.metadata.labels ?? {})].join('|');
}

/** Whether a pod change can matter to endpoints (IP, readiness, phase, deletion, labels). */
export function endpointRelevant(e: StoreEvent): boolean {
  const before = e.type === 'ADDED' ? '' : contribution(e.oldObject);
  const after = e.type === 'DELETED' ? '' : contribution(e.object);
  return before !== after;
}

function byIpThenUid(a: EndpointAddress, b: EndpointAddress): number {
  if (a.ip !== b.ip) return a.ip < b.ip ? -1 : 1;
  const ua = a.targetRef?.uid ?? '';
  const ub = b.targetRef?.uid ?? '';
  return ua < ub ? -1 : ua > ub ? 1 : 0;
}

type Subset = NonNullable<Endpoints['subsets']>[number];

/** The subsets for a service, repacked (one subset per distinct port set). */
export function computeSubsets(svc: Service, pods: Pod[]): Subset[] {
  const publish = !!svc.spec.publishNotReadyAddresses;
  const groups = new Map<string, Subset>();
  const headlessNoPorts = svc.spec.clusterIP === 'None' && !(svc.spec.ports ?? []).length;
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod, publish)) continue;
    const addr: EndpointAddress = { ip: pod.status!.podIP! };
    if (pod.spec.hostname && pod.spec.subdomain === svc.metadata.name) addr.hostname = pod.spec.hostname as string;
    addr.nodeName = pod.spec.nodeName;
    addr.targetRef = { kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name!, uid: pod.metadata.uid };
    const ports: NonNullable<Subset['ports']> = [];
    if (!headlessNoPorts) {
      for (const sp of svc.spec.ports ?? []) {
        const port = findPort(pod, sp);
        if (port === undefined) continue;
        ports.push({ ...(sp.name ? { name: sp.name } : {}), port, protocol: sp.protocol ?? 'TCP', ...(sp.appProtocol ? { appProtocol: sp.appProtocol } : {}) });
      }
      if (!ports.length) continue;
    }
    const key = JSON.stringify(ports);
    let sub = groups.get(key);
    if (!sub) groups.set(key, (sub = ports.length ? { ports } : {}));
    const ready = publish || isPodReady(pod);
    const list = ready ? (sub.addresses ??= []) : (sub.notReadyAddresses ??= []);
    list.push(addr);
  }
  const subsets = [...groups.values()];
  for (const s of subsets) {
    s.addresses?.sort(byIpThenUid);
    s.notReadyAddresses?.sort(byIpThenUid);
  }
  return subsets.map((s) => ({ ...(s.addresses ? { addresses: s.addresses } : {}), ...(s.notReadyAddresses ? { notReadyAddresses: s.notReadyAddresses } : {}), ...(s.ports ? { ports: s.ports } : {}) }));
}

function truncate(subsets: Subset[]): { subsets: Subset[]; truncated: boolean } {
  let total = 0;
  for (const s of subsets) total += (s.addresses?.length ?? 0) + (s.notReadyAddresses?.length ?? 0);
  if (total <= MAX_ADDRESSES) return { subsets, truncated: false };
  let budget = MAX_ADDRESSES;
  const out = subsets.map((s) => {
    const a = (s.addresses ?? []).slice(0, budget);
    budget -= a.length;
    const n = (s.notReadyAddresses ?? []).slice(0, budget);
    budget -= n.length;
    return { ...(a.length ? { addresses: a } : {}), ...(n.length ? { notReadyAddresses: n } : {}), ...(s.ports ? { ports: s.ports } : {}) };
  });
  return { subsets: out, truncated: true };
}

function syncService(key: string, ctx: ControllerContext): void {
  const { namespace, name } = splitKey(key);
  const svc = ctx.store.get('services', namespace, name) as Service | undefined;
  const current = ctx.store.get('endpoints', namespace, name) as Endpoints | undefined;
  if (!svc) {
    if (current && !(namespace === 'default' && name === 'kubernetes')) ctx.api.delete(R.endpoints, namespace, name);
    return;
  }
  if (!svc.spec?.selector || !Object.keys(svc.spec.selector).length || svc.spec.type === 'ExternalName') return;
  const pods = selectedPods(ctx.store, svc);
  const { subsets, truncated } = truncate(computeSubsets(svc, pods));
  const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}) };
  if (svc.spec.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
  if (current && deepEqual(current.subsets ?? [], subsets) && deepEqual(current.metadata.labels ?? {}, labels)
    && (current.metadata.annotations?.['endpoints.kubernetes.io/over-capacity'] !== undefined) === truncated) return;
  const annotations: Record<string, string> = { ...(current?.metadata.annotations ?? {}) };
  const trig = triggerTime(svc, pods);
  if (trig) annotations[TRIGGER_TIME] = trig;
  if (truncated) annotations['endpoints.kubernetes.io/over-capacity'] = 'truncated';
  else delete annotations['endpoints.kubernetes.io/over-capacity'];
  if (!current) {
    ctx.api.create(R.endpoints, namespace, { apiVersion: 'v1', kind: 'Endpoints', metadata: { name, namespace, ...(Object.keys(labels).length ? { labels } : {}), annotations }, ...(subsets.length ? { subsets } : {}) } as KObject);
    return;
  }
  const next = deepClone(current) as Endpoints;
  if (Object.keys(labels).length) next.metadata.labels = labels;
  else delete next.metadata.labels;
  next.metadata.annotations = annotations;
  if (subsets.length) next.subsets = subsets;
  else delete next.subsets;
  ctx.api.update(R.endpoints, next);
}

/** The `kubernetes` Endpoints the API server maintains: the control plane at :6443. */
export function ensureKubernetesEndpoints(ctx: ControllerContext): void {
  if (ctx.store.get('endpoints', 'default', 'kubernetes')) return;
  const cp = ctx.store.list('nodes').find((n) => n.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined);
  const ip = (cp?.status?.addresses ?? []).find((a: { type: string }) => a.type === 'InternalIP')?.address;
  if (!ip) return;
  ctx.api.create(R.endpoints, 'default', {
    apiVersion: 'v1', kind: 'Endpoints',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } },
    subsets: [{ addresses: [{ ip }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }],
  } as KObject);
}

/** The endpoints controller row. */
export const endpointsController: ControllerDef = {
  name: 'endpoint-controller',
  component: 'endpoint-controller',
  watches: [
    { resource: 'services', keys: (e) => [keyOf(e.object)] },
    { resource: 'pods', keys: (e, ctx) => (hasSelectorServices(ctx.store, e.object.metadata.namespace) && endpointRelevant(e) ? batchedKeys(pendingFor(ctx), ctx, servicesForPod(ctx.store, e)) : []) },
    { resource: 'endpoints', keys: (e) => (e.type === 'DELETED' ? [keyOf(e.object)] : []) },
  ],
  start(ctx) {
    ensureKubernetesEndpoints(ctx);
    for (const s of ctx.store.scan('services')) ctx.enqueue(keyOf(s));
  },
  sync: syncService,
};

const pendingByCtx = new WeakMap<ControllerContext, Set<string>>();
function pendingFor(ctx: ControllerContext): Set<string> {
  let p = pendingByCtx.get(ctx);
  if (!p) pendingByCtx.set(ctx, (p = new Set()));
  return p;
}
