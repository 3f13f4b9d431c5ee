/**
 * default-scheduler: binds pending pods to nodes. Filters as the default profile does, in
 * order (NodeUnschedulable, TaintToleration, NodeAffinity, NodeResourcesFit); the first
 * failing filter gives a node's reason. Scores by least allocated requests (spreads pods),
 * ties broken by node name. Unschedulable pods are retried whenever nodes or pods change.
 * Message format: kubernetes/kubernetes pkg/scheduler/framework/types.go `FitError.Error`.
 */
import { R } from '../client.js';
import type { ControllerContext, ControllerDef } from '../controllers/framework.js';
import { keyOf, splitKey } from '../objects.js';
import type { StoreEvent } from '../store.js';
import type { Node, Pod } from '../types.js';
import { milliCpu, quantityValue } from './quantity.js';

interface Usage { cpu: number; memory: number; pods: number; nzCpu: number; nzMemory: number }
interface Contribution { node: string; cpu: number; memory: number; nzCpu: number; nzMemory: number }

/** Requests the scheduler assumes for containers that set none (for scoring only). */
const DEFAULT_CPU = 100;
const DEFAULT_MEMORY = 200 * 1024 * 1024;

/** Sum of container requests (max with any init container), as NodeResourcesFit computes. */
export function podRequests(pod: Pod): { cpu: number; memory: number; nzCpu: number; nzMemory: number } {
  const r = { cpu: 0, memory: 0, nzCpu: 0, nzMemory: 0 };
  for (const c of pod.spec.containers ?? []) {
    const req = c.resources?.requests ?? c.resources?.limits ?? {};
    r.cpu += req.cpu ? milliCpu(req.cpu) : 0;
    r.memory += req.memory ? quantityValue(req.memory) : 0;
    r.nzCpu += req.cpu ? milliCpu(req.cpu) : DEFAULT_CPU;
    r.nzMemory += req.memory ? quantityValue(req.memory) : DEFAULT_MEMORY;
  }
  for (const c of pod.spec.initContainers ?? []) {
    const req = c.resources?.requests ?? c.resources?.limits ?? {};
    r.cpu = Math.max(r.cpu, req.cpu ? milliCpu(req.cpu) : 0);
    r.memory = Math.max(r.memory, req.memory ? quantityValue(req.memory) : 0);
  }
  return r;
}

function tolerates(pod: Pod, taint: { key: string; value?: string; effect: string }): boolean {
  return (pod.spec.tolerations ?? []).some((t: { key?: string; operator?: string; value?: string; effect?: string }) => {
    if (t.effect && t.effect !== taint.effect) return false;
    if (!t.key) return t.operator === 'Exists';
    if (t.key !== taint.key) return false;
    return t.operator === 'Exists' || (t.value ?? '') === (taint.value ?? '');
  });
}

function matchesExpr(labels: Record<string, string>, e: { key: string; operator: string; values?: string[] }): boolean {
  const v = labels[e.key];
  const table: Record<string, () => boolean> = {
    In: () => v !== undefined && (e.values ?? []).includes(v),
    NotIn: () => v === undefined || !(e.values ?? []).includes(v),
    Exists: () => v !== undefined,
    DoesNotExist: () => v === undefined,
    Gt: () => v !== undefined && Number(v) > Number(e.values?.[0]),
    Lt: () => v !== undefined && Number(v) < Number(e.values?.[0]),
  };
  return table[e.operator]?.() ?? false;
}

function matchesNode(pod: Pod, node: Node): boolean {
  const labels = node.metadata.labels ?? {};
  for (const [k, v] of Object.entries(pod.spec.nodeSelector ?? {})) if (labels[k] !== v) return false;
  const terms = (pod.spec.affinity as any)?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms as { matchExpressions?: any[]; matchFields?: any[] }[] | undefined;
  if (terms?.length) {
    return terms.some((t) => (t.matchExpressions ?? []).every((e) => matchesExpr(labels, e))
      && (t.matchFields ?? []).every((e) => matchesExpr({ 'metadata.name': node.metadata.name! }, e)));
  }
  return true;
}

type Verdict = { ok: true; score: number } | { ok: false; reasons: string[]; resolvable: boolean };

/** The scheduler's state: requested resources per node, kept current from pod watch events. */
export class Scheduler {
  private usage = new Map<string, Usage>();
  private contributions = new Map<string, Contribution>();
  /** Pods that did not fit, retried when the cluster changes. */
  readonly unschedulable = new Set<string>();

  /** Keeps per-node usage current (a store watcher: O(1) per event). */
  observe(e: StoreEvent): void {
    if (e.resource !== 'pods') return;
    const pod = e.object as Pod;
    const uid = pod.metadata.uid!;
    const old = this.contributions.get(uid);
    const counts = e.type !== 'DELETED' && !!pod.spec?.nodeName && pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed';
    if (old && (!counts || old.node !== pod.spec.nodeName)) {
      const u = this.usageOf(old.node);
      u.cpu -= old.cpu; u.memory -= old.memory; u.nzCpu -= old.nzCpu; u.nzMemory -= old.nzMemory; u.pods--;
      this.contributions.delete(uid);
    }
    if (counts && !this.contributions.has(uid)) {
      const r = podRequests(pod);
      const c: Contribution = { node: pod.spec.nodeName!, ...r };
      const u = this.usageOf(c.node);
      u.cpu += c.cpu; u.memory += c.memory; u.nzCpu += c.nzCpu; u.nzMemory += c.nzMemory; u.pods++;
      this.contributions.set(uid, c);
    }
  }

  private usageOf(node: string): Usage {
    let u = this.usage.get(node);
    if (!u) this.usage.set(node, (u = { cpu: 0, memory: 0, pods: 0, nzCpu: 0, nzMemory: 0 }));
    return u;
  }

  /** Runs the filters and the score for one node. */
  evaluate(pod: Pod, node: Node): Verdict {
    if (node.spec?.unschedulable && !tolerates(pod, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' })) {
      return { ok: false, reasons: ['node(s) were unschedulable'], resolvable: false };
    }
    for (const t of (node.spec?.taints ?? []) as { key: string; value?: string; effect: string }[]) {
      if (t.effect !== 'NoSchedule' && t.effect !== 'NoExecute') continue;
      if (!tolerates(pod, t)) return { ok: false, reasons: [`node(s) had untolerated taint {${t.key}: ${t.value ?? ''}}`], resolvable: false };
    }
    if (!matchesNode(pod, node)) return { ok: false, reasons: ["node(s) didn't match Pod's node affinity/selector"], resolvable: false };
    const alloc = node.status?.allocatable ?? {};
    const u = this.usageOf(node.metadata.name!);
    const r = podRequests(pod);
    const reasons: string[] = [];
    const maxPods = Number(alloc.pods ?? 110);
    if (u.pods + 1 > maxPods) reasons.push('Too many pods');
    const cpuAlloc = milliCpu(alloc.cpu ?? '0');
    const memAlloc = quantityValue(alloc.memory ?? '0');
    if (r.cpu > 0 && u.cpu + r.cpu > cpuAlloc) reasons.push('Insufficient cpu');
    if (r.memory > 0 && u.memory + r.memory > memAlloc) reasons.push('Insufficient memory');
    if (reasons.length) return { ok: false, reasons, resolvable: true };
    const free = (used: number, cap: number) => (cap > 0 ? Math.max(0, (cap - used) / cap) : 0);
    const score = (free(u.nzCpu + r.nzCpu, cpuAlloc) + free(u.nzMemory + r.nzMemory, memAlloc)) / 2;
    return { ok: true, score };
  }

  /** Picks a node, or explains (in the scheduler's words) why none fits. */
  place(pod: Pod, nodes: Node[]): { node: string } | { message: string } {
    let best: { name: string; score: number } | undefined;
    const reasons = new Map<string, number>();
    const preemption = new Map<string, number>();
    const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    for (const n of nodes) {
      const v = this.evaluate(pod, n);
      if (v.ok) {
        if (!best || v.score > best.score + 1e-12) best = { name: n.metadata.name!, score: v.score };
        continue;
      }
      for (const r of v.reasons) bump(reasons, r);
      bump(preemption, v.resolvable ? 'No preemption victims found for incoming pod' : 'Preemption is not helpful for scheduling');
    }
    if (best) return { node: best.name };
    if (!nodes.length) return { message: 'no nodes available to schedule pods' };
    const hist = (m: Map<string, number>) => [...m].map(([k, v]) => `${v} ${k}`).sort().join(', ');
    return { message: `0/${nodes.length} nodes are available: ${hist(reasons)}. preemption: 0/${nodes.length} nodes are available: ${hist(preemption)}.` };
  }
}

function isPending(pod: Pod | undefined): boolean {
  return !!pod && !pod.spec?.nodeName && !pod.metadata.deletionTimestamp
    && (pod.spec?.schedulerName ?? 'default-scheduler') === 'default-scheduler'
    && pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed';
}

/** The scheduler as a controller over pods and nodes. */
export function schedulerController(s: Scheduler): ControllerDef {
  const retryAll = () => [...s.unschedulable];
  return {
    name: 'default-scheduler',
    component: 'default-scheduler',
    watches: [
      {
        resource: 'pods',
        keys: (e) => {
          const pod = e.object as Pod;
          const key = keyOf(pod);
          if (e.type === 'DELETED' || (e.oldObject?.spec?.nodeName && (pod.metadata.deletionTimestamp || pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed'))) {
            s.unschedulable.delete(key);
            return retryAll();
          }
          if (!isPending(pod)) return [];
          if (e.type === 'ADDED' || !s.unschedulable.has(key)) return [key];
          // An unschedulable pod whose spec changed (e.g. new tolerations) is worth another try.
          return JSON.stringify(e.oldObject?.spec) !== JSON.stringify(pod.spec) ? [key] : [];
        },
      },
      { resource: 'nodes', keys: () => retryAll() },
    ],
    sync(key, ctx) {
      const { namespace, name } = splitKey(key);
      const pod = ctx.store.get('pods', namespace, name) as Pod | undefined;
      if (!isPending(pod)) {
        s.unschedulable.delete(key);
        return;
      }
      const nodes = ctx.store.list('nodes') as Node[];
      const placed = s.place(pod!, nodes);
      if ('node' in placed) {
        s.unschedulable.delete(key);
        bind(ctx, pod!, placed.node);
        return;
      }
      s.unschedulable.add(key);
      markUnschedulable(ctx, pod!, placed.message);
    },
  };
}

function bind(ctx: ControllerContext, pod: Pod, node: string): void {
  const res = ctx.api.request({
    verb: 'create', group: '', resource: 'pods', subresource: 'binding', namespace: pod.metadata.namespace, name: pod.metadata.name,
    body: { apiVersion: 'v1', kind: 'Binding', metadata: { name: pod.metadata.name, namespace: pod.metadata.namespace, uid: pod.metadata.uid }, target: { apiVersion: 'v1', kind: 'Node', name: node } },
  });
  if (res.code >= 300) return;
  ctx.event(pod, 'Normal', 'Scheduled', `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${node}`);
}

function markUnschedulable(ctx: ControllerContext, pod: Pod, message: string): void {
  ctx.event(pod, 'Warning', 'FailedScheduling', message);
  const conds = pod.status?.conditions ?? [];
  const cur = conds.find((c) => c.type === 'PodScheduled');
  if (cur && cur.status === 'False' && cur.reason === 'Unschedulable' && cur.message === message) return;
  const status = { ...(pod.status ?? {}), phase: pod.status?.phase ?? 'Pending' } as any;
  const cond = { type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: cur?.status === 'False' ? cur.lastTransitionTime : ctx.clock.iso(), reason: 'Unschedulable', message };
  status.conditions = [...conds.filter((c) => c.type !== 'PodScheduled'), cond];
  ctx.api.updateStatus(R.pods, { ...pod, status });
}

