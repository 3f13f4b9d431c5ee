/**
 * The EndpointSlice controller (pkg/controller/endpointslice, staging/src/k8s.io/endpointslice):
 * one or more slices per selector Service, named `<service>-<5 random>`, labelled with
 * `kubernetes.io/service-name` and the managed-by label, at most 100 endpoints each.
 * Unlike Endpoints, terminating pods stay in with `ready: false, serving: <readiness>,
 * terminating: true` (reference §5.8).
 */
import { R } from '../client.js';
import { deepEqual, keyOf, splitKey } from '../objects.js';
import type { KObject, Pod, Service } from '../types.js';
import { batchedKeys, endpointRelevant, hasSelectorServices, findPort, isPodReady, selectedPods, servicesForPod, shouldPodBeInEndpoints, triggerTime, TRIGGER_TIME } from './endpoints.js';
import type { ControllerContext, ControllerDef } from './framework.js';

export const MANAGED_BY = 'endpointslice.kubernetes.io/managed-by';
export const CONTROLLER_NAME = 'endpointslice-controller.k8s.io';
export const SERVICE_NAME = 'kubernetes.io/service-name';
const MAX_PER_SLICE = 100;

interface SliceEndpoint {
  addresses: string[];
  conditions: { ready: boolean; serving: boolean; terminating: boolean };
  hostname?: string;
  nodeName?: string;
  targetRef: { kind: string; namespace?: string; name: string; uid?: string };
}
type SlicePort = { name: string; port: number; protocol: string; appProtocol?: string };

function desired(svc: Service, pods: Pod[]): { ports: SlicePort[]; endpoints: SliceEndpoint[] }[] {
  const publish = !!svc.spec.publishNotReadyAddresses;
  const groups = new Map<string, { ports: SlicePort[]; endpoints: SliceEndpoint[] }>();
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod, true)) continue;
    const ports: SlicePort[] = [];
    for (const sp of svc.spec.ports ?? []) {
      const port = findPort(pod, sp);
      if (port !== undefined) ports.push({ name: sp.name ?? '', port, protocol: sp.protocol ?? 'TCP', ...(sp.appProtocol ? { appProtocol: sp.appProtocol } : {}) });
    }
    const terminating = !!pod.metadata.deletionTimestamp;
    const serving = publish || isPodReady(pod);
    const ep: SliceEndpoint = {
      addresses: [pod.status!.podIP!],
      conditions: { ready: serving && !terminating, serving, terminating },
      ...(pod.spec.hostname && pod.spec.subdomain === svc.metadata.name ? { hostname: pod.spec.hostname as string } : {}),
      targetRef: { kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name!, uid: pod.metadata.uid },
      nodeName: pod.spec.nodeName,
    };
    const key = JSON.stringify(ports);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ports, endpoints: [] }));
    g.endpoints.push(ep);
  }
  const out: { ports: SlicePort[]; endpoints: SliceEndpoint[] }[] = [];
  for (const g of groups.values()) {
    for (let i = 0; i < g.endpoints.length; i += MAX_PER_SLICE) out.push({ ports: g.ports, endpoints: g.endpoints.slice(i, i + MAX_PER_SLICE) });
  }
  if (!out.length) out.push({ ports: [], endpoints: [] });
  return out;
}

function ownedSlices(ctx: ControllerContext, svc: { metadata: { namespace?: string; name?: string } }): KObject[] {
  const out: KObject[] = [];
  for (const s of ctx.store.scan('endpointslices.discovery.k8s.io', svc.metadata.namespace)) {
    if (s.metadata.labels?.[SERVICE_NAME] === svc.metadata.name && s.metadata.labels?.[MANAGED_BY] === CONTROLLER_NAME) out.push(s);
  }
  return out.sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : 1));
}

function syncService(key: string, ctx: ControllerContext): void {
  const { namespace, name } = splitKey(key);
  const svc = ctx.store.get('services', namespace, name) as Service | undefined;
  const existing = ownedSlices(ctx, { metadata: { namespace, name } });
  if (!svc || !svc.spec?.selector || !Object.keys(svc.spec.selector).length || svc.spec.type === 'ExternalName') {
    for (const s of existing) ctx.api.delete(R.endpointslices, namespace, s.metadata.name!);
    return;
  }
  const pods = selectedPods(ctx.store, svc);
  const want = desired(svc, pods);
  const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}), [MANAGED_BY]: CONTROLLER_NAME, [SERVICE_NAME]: name };
  if (svc.spec.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
  const trig = triggerTime(svc, pods);
  want.forEach((w, i) => {
    const cur = existing[i];
    const body = { addressType: 'IPv4', endpoints: w.endpoints, ...(w.ports.length ? { ports: w.ports } : {}) };
    if (cur && deepEqual(cur.endpoints ?? [], body.endpoints) && deepEqual(cur.ports, body.ports) && deepEqual(cur.metadata.labels, labels)) return;
    const metadata = {
      ...(cur ? cur.metadata : { generateName: `${name}-`, namespace }),
      labels,
      annotations: { ...(cur?.metadata.annotations ?? {}), ...(trig ? { [TRIGGER_TIME]: trig } : {}) },
      ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name, uid: svc.metadata.uid!, controller: true, blockOwnerDeletion: true }],
    };
    const obj = { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata, ...body } as KObject;
    if (cur) ctx.api.update(R.endpointslices, obj);
    else ctx.api.create(R.endpointslices, namespace, obj);
  });
  for (const s of existing.slice(want.length)) ctx.api.delete(R.endpointslices, namespace, s.metadata.name!);
}

/** The `kubernetes` EndpointSlice the API server maintains. */
function ensureKubernetesSlice(ctx: ControllerContext): void {
  if (ctx.store.get('endpointslices.discovery.k8s.io', 'default', 'kubernetes')) return;
  const cp = ctx.store.list('nodes').find((n) => n.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined);
  const ip = (cp?.status?.addresses ?? []).find((a: { type: string }) => a.type === 'InternalIP')?.address;
  if (!ip) return;
  ctx.api.create(R.endpointslices, 'default', {
    apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { [SERVICE_NAME]: 'kubernetes' } },
    addressType: 'IPv4',
    endpoints: [{ addresses: [ip], conditions: { ready: true } }],
    ports: [{ name: 'https', port: 6443, protocol: 'TCP' }],
  } as KObject);
}

const pendingByCtx = new WeakMap<ControllerContext, Set<string>>();
function pendingFor(ctx: ControllerContext): Set<string> {
  let p = pendingByCtx.get(ctx);
  if (!p) pendingByCtx.set(ctx, (p = new Set()));
  return p;
}

/** The EndpointSlice controller row. */
export const endpointSliceController: ControllerDef = {
  name: 'endpointslice-controller',
  component: 'endpoint-slice-controller',
  watches: [
    { resource: 'services', keys: (e) => [keyOf(e.object)] },
    { resource: 'pods', keys: (e, ctx) => (hasSelectorServices(ctx.store, e.object.metadata.namespace) && endpointRelevant(e) ? batchedKeys(pendingFor(ctx), ctx, servicesForPod(ctx.store, e)) : []) },
    {
      resource: 'endpointslices.discovery.k8s.io',
      keys: (e) => (e.type === 'DELETED' && e.object.metadata.labels?.[MANAGED_BY] === CONTROLLER_NAME ? [`${e.object.metadata.namespace}/${e.object.metadata.labels?.[SERVICE_NAME]}`] : []),
    },
  ],
  start(ctx) {
    ensureKubernetesSlice(ctx);
    for (const s of ctx.store.scan('services')) ctx.enqueue(keyOf(s));
  },
  sync: syncService,
};
