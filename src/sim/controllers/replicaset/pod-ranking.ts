/**
 * Which pods a ReplicaSet deletes first when it has too many (kubernetes/kubernetes
 * pkg/controller/replicaset/replica_set.go `getPodsToDelete` and controller_utils.go
 * `ActivePodsWithRanks.Less`, with PodDeletionCost and LogarithmicScaleDown on, as in 1.33).
 */
import type { KObject } from '../../types.js';
import { podFacts } from './pod-availability.js';

const PHASE_ORDER: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };
export const DELETION_COST_ANNOTATION = 'controller.kubernetes.io/pod-deletion-cost';

interface Ranked {
  pod: KObject;
  rank: number;
  ready: boolean;
  cost: number;
  readyTime?: number;
  restarts: number;
  created?: number;
}

function deletionCost(pod: KObject): number {
  const v = pod.metadata.annotations?.[DELETION_COST_ANNOTATION];
  if (v === undefined) return 0;
  const n = Number(v);
  return Number.isInteger(n) ? n : 0;
}

function maxRestarts(pod: KObject): number {
  let max = 0;
  for (const s of (pod.status?.containerStatuses ?? []) as { restartCount?: number }[]) max = Math.max(max, s.restartCount ?? 0);
  return max;
}

/** floor(log2(now − t)) in nanoseconds, −1 when t is not in the past (`logarithmicRankDiff`). */
function logRank(t: number, now: number): number {
  const d = (now - t) * 1e6;
  return d > 0 ? Math.floor(Math.log2(d)) : -1;
}

/** Upstream `afterOrZero`: empty first, then the later time first. */
function afterOrZero(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === undefined;
  return a > b;
}

function timeLess(a: number | undefined, b: number | undefined, ua: string, ub: string, now: number): boolean {
  if (a === undefined || b === undefined) return afterOrZero(a, b);
  const diff = logRank(a, now) - logRank(b, now);
  return diff === 0 ? ua < ub : diff < 0;
}

function less(x: Ranked, y: Ranked, now: number): boolean {
  const nx = x.pod.spec?.nodeName ?? '';
  const ny = y.pod.spec?.nodeName ?? '';
  if (nx !== ny && (!nx || !ny)) return !nx;
  const px = PHASE_ORDER[x.pod.status?.phase ?? ''] ?? 0;
  const py = PHASE_ORDER[y.pod.status?.phase ?? ''] ?? 0;
  if (px !== py) return px < py;
  if (x.ready !== y.ready) return !x.ready;
  if (x.cost !== y.cost) return x.cost < y.cost;
  if (x.rank !== y.rank) return x.rank > y.rank;
  if (x.ready && y.ready && x.readyTime !== y.readyTime) {
    return timeLess(x.readyTime, y.readyTime, x.pod.metadata.uid ?? '', y.pod.metadata.uid ?? '', now);
  }
  if (x.restarts !== y.restarts) return x.restarts > y.restarts;
  if (x.created !== y.created) return timeLess(x.created, y.created, x.pod.metadata.uid ?? '', y.pod.metadata.uid ?? '', now);
  return false;
}

/**
 * The `diff` pods to delete from `pods`. `onNode` counts the active pods of every set owned
 * by the same controller per node (for the "doubled up on one node" rank).
 */
export function podsToDelete(pods: KObject[], onNode: Map<string, number>, diff: number, now: number): KObject[] {
  if (diff >= pods.length) return pods.slice(0, diff);
  const ranked: Ranked[] = pods.map((pod) => {
    const f = podFacts(pod);
    return {
      pod,
      rank: onNode.get(pod.spec?.nodeName ?? '') ?? 0,
      ready: f.ready,
      cost: deletionCost(pod),
      readyTime: f.readyTime,
      restarts: maxRestarts(pod),
      created: f.created,
    };
  });
  ranked.sort((a, b) => (less(a, b, now) ? -1 : less(b, a, now) ? 1 : 0));
  return ranked.slice(0, diff).map((r) => r.pod);
}
