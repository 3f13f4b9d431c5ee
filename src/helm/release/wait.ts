/**
 * `--wait` (helm/helm pkg/kube/wait.go, ready.go): poll every 2 s (virtual) until every
 * resource is ready or the timeout passes (`context deadline exceeded`). Readiness per kind is
 * a table, as ReadyChecker does it: Deployments need the newest ReplicaSet to have
 * replicas − maxUnavailable ready; Pods the Ready condition; Services a cluster IP (and an
 * ingress for LoadBalancers); StatefulSets/DaemonSets/ReplicaSets their ready counts; PVCs Bound.
 */
import { R, type ApiClient, type Cluster, type KObject } from '../../sim/index.js';
import type { Resource } from './resources.js';

type Check = (client: ApiClient, live: KObject, waitForJobs: boolean) => boolean;

function intOrPercent(v: unknown, total: number, roundUp: boolean): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.endsWith('%')) {
    const x = (parseInt(v, 10) * total) / 100;
    return roundUp ? Math.ceil(x) : Math.floor(x);
  }
  return 0;
}

function deploymentReady(client: ApiClient, d: KObject): boolean {
  if ((d.status?.observedGeneration ?? 0) < (d.metadata.generation ?? 0)) return false;
  if (d.spec?.paused) return true;
  const replicas: number = d.spec?.replicas ?? 1;
  const strategy = d.spec?.strategy ?? {};
  const maxUnavailable = strategy.type === 'Recreate' ? 0 : intOrPercent(strategy.rollingUpdate?.maxUnavailable ?? '25%', replicas, false);
  const rsList = client.list(R.replicasets, d.metadata.namespace);
  if (!rsList.ok) return false;
  const owned = rsList.value.items.filter((rs) => rs.metadata.ownerReferences?.some((o) => o.uid === d.metadata.uid));
  const rev = (rs: KObject): number => parseInt(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? '0', 10);
  const newest = owned.sort((a, b) => rev(b) - rev(a))[0];
  if (!newest) return false;
  return (newest.status?.readyReplicas ?? 0) >= replicas - maxUnavailable;
}

const CHECKS: Record<string, Check> = {
  Deployment: (c, o) => deploymentReady(c, o),
  Pod: (_c, o) => (o.status?.conditions ?? []).some((x: { type: string; status: string }) => x.type === 'Ready' && x.status === 'True'),
  Service: (_c, o) => o.spec?.type === 'ExternalName' || (!!o.spec?.clusterIP && (o.spec?.type !== 'LoadBalancer' || (o.status?.loadBalancer?.ingress ?? []).length > 0)),
  ReplicaSet: (_c, o) => (o.status?.readyReplicas ?? 0) >= (o.spec?.replicas ?? 1),
  ReplicationController: (_c, o) => (o.status?.readyReplicas ?? 0) >= (o.spec?.replicas ?? 1),
  StatefulSet: (_c, o) => (o.status?.readyReplicas ?? 0) >= (o.spec?.replicas ?? 1),
  DaemonSet: (_c, o) => (o.status?.numberReady ?? 0) >= (o.status?.desiredNumberScheduled ?? 0),
  PersistentVolumeClaim: (_c, o) => o.status?.phase === 'Bound',
  Job: (_c, o, w) => !w || (o.status?.succeeded ?? 0) >= (o.spec?.completions ?? 1),
};

/** True when every resource is ready now. */
export function allReady(client: ApiClient, resources: Resource[], waitForJobs: boolean): boolean {
  for (const r of resources) {
    const check = CHECKS[r.obj.kind];
    if (!check) continue;
    const live = client.get(r.ref, r.namespace, r.name);
    if (!live.ok) return false;
    if (!check(client, live.value, waitForJobs)) return false;
  }
  return true;
}

/** Advances virtual time in 2 s polls until ready; the error text when the timeout passes. */
export function waitForResources(cluster: Cluster, client: ApiClient, resources: Resource[], timeoutMs: number, waitForJobs = false): string | undefined {
  const deadline = cluster.now() + timeoutMs;
  cluster.settle();
  for (;;) {
    if (allReady(client, resources, waitForJobs)) return undefined;
    if (cluster.now() + 2000 > deadline) {
      cluster.advanceTo(deadline);
      return 'context deadline exceeded';
    }
    cluster.advance(2000);
  }
}
