/** describeNode (describe.go): header, lease, conditions, addresses, capacity, system info, pods and allocation. */
import { R, type KObject, type Pod } from '../../../sim/index.js';
import { describeEvents, searchEvents } from './events.js';
import { annotationsMultiline, labelsMultiline, rfc1123z, since, PrefixWriter, type DescribeContext } from './writer.js';

const SUFFIX: Record<string, number> = {
  '': 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4, Pi: 1024 ** 5, Ei: 1024 ** 6,
};

/** A quantity's value (`100m` → 0.1, `64Mi` → 67108864). */
function value(q: string | undefined): number {
  const m = /^([0-9.]+)([a-zA-Z]*)$/.exec(q ?? '');
  if (!m || !(m[2] in SUFFIX)) return 0;
  return parseFloat(m[1]) * SUFFIX[m[2]];
}

/** Quantity.String() of a sum: cpu in whole cores or millicores, memory in the largest even binary unit. */
function formatQty(resource: string, v: number): string {
  if (v === 0) return '0';
  if (resource === 'cpu') {
    const milli = Math.round(v * 1000);
    return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
  }
  for (const s of ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki']) if (v % SUFFIX[s] === 0) return `${v / SUFFIX[s]}${s}`;
  return String(v);
}

function podTotals(pod: Pod): { req: Record<string, number>; lim: Record<string, number> } {
  const req: Record<string, number> = {};
  const lim: Record<string, number> = {};
  for (const c of pod.spec.containers ?? []) {
    for (const [k, v] of Object.entries(c.resources?.requests ?? {})) req[k] = (req[k] ?? 0) + value(v);
    for (const [k, v] of Object.entries(c.resources?.limits ?? {})) lim[k] = (lim[k] ?? 0) + value(v);
  }
  // A limit without a request counts as the request (defaulting does this server-side).
  for (const [k, v] of Object.entries(lim)) if (req[k] === undefined) req[k] = v;
  return { req, lim };
}

function pct(v: number, total: number): number {
  return total ? Math.trunc((v / total) * 100) : 0;
}

/** findNodeRoles: `node-role.kubernetes.io/<role>` label suffixes and `kubernetes.io/role` values, sorted. */
function roles(node: KObject): string[] {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/')) out.add(k.slice('node-role.kubernetes.io/'.length));
    else if (k === 'kubernetes.io/role' && v) out.add(v);
  }
  return [...out].filter(Boolean).sort();
}

export function describeNode(node: KObject, ctx: DescribeContext): string {
  const w = new PrefixWriter();
  const st = node.status ?? {};
  w.write(0, `Name:\t${node.metadata.name}\n`);
  const r = roles(node);
  w.write(0, `Roles:\t${r.length ? r.join(',') : '<none>'}\n`);
  labelsMultiline(w, 'Labels', node.metadata.labels);
  annotationsMultiline(w, 'Annotations', node.metadata.annotations);
  w.write(0, `CreationTimestamp:\t${rfc1123z(node.metadata.creationTimestamp)}\n`);
  const taints: { key: string; value?: string; effect: string }[] = [...(node.spec?.taints ?? [])];
  w.write(0, 'Taints:\t');
  if (!taints.length) w.line('<none>');
  taints.sort((a, b) => (`${a.effect},${a.key}` < `${b.effect},${b.key}` ? -1 : 1)).forEach((t, i) => {
    if (i) w.write(0, '\t');
    w.write(0, `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}\n`);
  });
  w.write(0, `Unschedulable:\t${node.spec?.unschedulable === true}\n`);
  const lease = ctx.client.get({ group: 'coordination.k8s.io', resource: 'leases' }, 'kube-node-lease', node.metadata.name ?? '');
  if (lease.ok) {
    const spec = lease.value.spec ?? {};
    w.write(0, 'Lease:\n');
    w.write(1, `HolderIdentity:\t${spec.holderIdentity ?? '<unset>'}\n`);
    w.write(1, `AcquireTime:\t${spec.acquireTime ? rfc1123z(spec.acquireTime) : '<unset>'}\n`);
    w.write(1, `RenewTime:\t${spec.renewTime ? rfc1123z(spec.renewTime) : '<unset>'}\n`);
  } else {
    w.write(0, `Lease:\tFailed to get lease: ${lease.status.message}\n`);
  }
  const conditions: { type: string; status: string; lastHeartbeatTime?: string; lastTransitionTime?: string; reason?: string; message?: string }[] = st.conditions ?? [];
  if (conditions.length) {
    w.write(0, 'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of conditions) {
      w.write(1, `${c.type} \t${c.status} \t${rfc1123z(c.lastHeartbeatTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
    }
  }
  w.write(0, 'Addresses:\n');
  for (const a of st.addresses ?? []) w.write(1, `${a.type}:\t${a.address}\n`);
  for (const [title, list] of [['Capacity', st.capacity], ['Allocatable', st.allocatable]] as const) {
    const keys = Object.keys(list ?? {}).sort();
    if (!keys.length) continue;
    w.write(0, `${title}:\n`);
    for (const k of keys) w.write(0, `  ${k}:\t${list[k]}\n`);
  }
  const info = st.nodeInfo ?? {};
  w.write(0, 'System Info:\n');
  const rows: [string, string][] = [
    ['Machine ID', 'machineID'], ['System UUID', 'systemUUID'], ['Boot ID', 'bootID'], ['Kernel Version', 'kernelVersion'],
    ['OS Image', 'osImage'], ['Operating System', 'operatingSystem'], ['Architecture', 'architecture'],
    ['Container Runtime Version', 'containerRuntimeVersion'], ['Kubelet Version', 'kubeletVersion'], ['Kube-Proxy Version', 'kubeProxyVersion'],
  ];
  for (const [label, key] of rows) w.write(0, `  ${label}:\t${info[key] ?? ''}\n`);
  if (node.spec?.podCIDR) w.write(0, `PodCIDR:\t${node.spec.podCIDR}\n`);
  if (node.spec?.podCIDRs?.length) w.write(0, `PodCIDRs:\t${node.spec.podCIDRs.join(',')}\n`);
  if (node.spec?.providerID) w.write(0, `ProviderID:\t${node.spec.providerID}\n`);
  const podsRes = ctx.client.list<Pod>(R.pods, undefined);
  if (!podsRes.ok) {
    w.write(0, 'Pods:\tnot authorized\n');
  } else {
    const pods = podsRes.value.items.filter((p) => p.spec?.nodeName === node.metadata.name && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
    const alloc: Record<string, string> = Object.keys(st.allocatable ?? {}).length ? st.allocatable : st.capacity ?? {};
    const cpu = value(alloc.cpu);
    const mem = value(alloc.memory);
    const eph = value(alloc['ephemeral-storage']);
    w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
    w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
    w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
    const total = { req: {} as Record<string, number>, lim: {} as Record<string, number> };
    for (const p of pods) {
      const t = podTotals(p);
      for (const [k, v] of Object.entries(t.req)) total.req[k] = (total.req[k] ?? 0) + v;
      for (const [k, v] of Object.entries(t.lim)) total.lim[k] = (total.lim[k] ?? 0) + v;
      const cell = (res: string, v: number | undefined, of: number) => `${formatQty(res, v ?? 0)} (${pct(v ?? 0, of)}%)`;
      w.write(1, `${p.metadata.namespace}\t${p.metadata.name}\t\t${cell('cpu', t.req.cpu, cpu)}\t${cell('cpu', t.lim.cpu, cpu)}\t${cell('memory', t.req.memory, mem)}\t${cell('memory', t.lim.memory, mem)}\t${since(p.metadata.creationTimestamp, ctx.now)}\n`);
    }
    w.write(0, 'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n');
    w.write(1, 'Resource\tRequests\tLimits\n');
    w.write(1, '--------\t--------\t------\n');
    for (const [res, of] of [['cpu', cpu], ['memory', mem], ['ephemeral-storage', eph]] as const) {
      const q = (v: number | undefined) => `${formatQty(res, v ?? 0)} (${pct(v ?? 0, of)}%)`;
      w.write(1, `${res}\t${q(total.req[res])}\t${q(total.lim[res])}\n`);
    }
    for (const res of Object.keys(alloc).filter((k) => k.startsWith('hugepages-')).sort()) {
      w.write(1, `${res}\t0 (0%)\t0 (0%)\n`);
    }
  }
  // Node events are recorded against the node's uid by controllers and its name by the kubelet.
  if (ctx.showEvents) {
    const a = searchEvents(ctx, { name: node.metadata.name ?? '', kind: 'Node', uid: node.metadata.uid });
    const b = searchEvents(ctx, { name: node.metadata.name ?? '', kind: 'Node', uid: node.metadata.name });
    describeEvents(w, [...a, ...b.filter((e) => !a.includes(e))], ctx.now);
  }
  return w.toString();
}
