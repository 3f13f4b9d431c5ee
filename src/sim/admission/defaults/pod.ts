/**
 * What the API server does to a Pod beyond the PodSpec defaults: SetDefaults_Pod
 * (requests from limits, enableServiceLinks), the ServiceAccount admission plugin
 * (serviceAccountName and the kube-api-access-xxxxx projected volume), the
 * DefaultTolerationSeconds and Priority admission plugins, and the pod strategy's
 * PrepareForCreate (status Pending with the QoS class, pkg/apis/core/helper/qos).
 */
import type { Container, Pod } from '../../types.js';
import type { AdmissionContext } from '../index.js';
import { defaultPodSpec } from './pod-spec.js';
import { quantityValue } from './quantity.js';

const SA_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

/** Built-in priority classes (pkg/apis/scheduling/types.go). */
const SYSTEM_PRIORITY: Record<string, number> = {
  'system-cluster-critical': 2000000000,
  'system-node-critical': 2000001000,
};

function allContainers(pod: Pod): Container[] {
  return [...(pod.spec.initContainers ?? []), ...(pod.spec.containers ?? [])].filter((c) => c && typeof c === 'object');
}

/** SetDefaults_Pod: a limit without a request sets the request (per resource). */
function requestsFromLimits(c: Container): void {
  const limits = c.resources?.limits;
  if (!limits || typeof limits !== 'object') return;
  const requests = (c.resources!.requests ??= {});
  for (const [k, v] of Object.entries(limits)) if (requests[k] === undefined) requests[k] = v;
}

/** GetPodQOS over cpu and memory of all containers. */
export function qosClass(pod: Pod): 'BestEffort' | 'Burstable' | 'Guaranteed' {
  const requests: Record<string, number> = {};
  const limits: Record<string, number> = {};
  let guaranteed = true;
  for (const c of allContainers(pod)) {
    const seenLimits = new Set<string>();
    for (const r of ['cpu', 'memory']) {
      const rq = quantityValue(c.resources?.requests?.[r]);
      if (rq > 0) requests[r] = (requests[r] ?? 0) + rq;
      const lm = quantityValue(c.resources?.limits?.[r]);
      if (lm > 0) { limits[r] = (limits[r] ?? 0) + lm; seenLimits.add(r); }
    }
    if (seenLimits.size < 2) guaranteed = false;
  }
  if (!Object.keys(requests).length && !Object.keys(limits).length) return 'BestEffort';
  if (guaranteed) {
    for (const r of Object.keys(requests)) if (requests[r] !== limits[r]) guaranteed = false;
  }
  return guaranteed && Object.keys(requests).length === Object.keys(limits).length ? 'Guaranteed' : 'Burstable';
}

function serviceAccountAdmission(pod: Pod, ctx: AdmissionContext): void {
  const spec = pod.spec;
  if (!spec.serviceAccountName) spec.serviceAccountName = 'default';
  spec.serviceAccount = spec.serviceAccountName;
  if (spec.automountServiceAccountToken === false) return;
  const sa = ctx.store.get('serviceaccounts', pod.metadata.namespace ?? '', spec.serviceAccountName);
  if (spec.automountServiceAccountToken === undefined && sa && (sa as { automountServiceAccountToken?: boolean }).automountServiceAccountToken === false) return;
  const containers = allContainers(pod);
  if (containers.some((c) => (c.volumeMounts ?? []).some((m: { mountPath?: string }) => m?.mountPath === SA_MOUNT_PATH))) return;
  const name = `kube-api-access-${ctx.rand.nameSuffix(5)}`;
  (spec.volumes ??= []).push({
    name,
    projected: {
      defaultMode: 420,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
        { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
      ],
    },
  });
  for (const c of containers) (c.volumeMounts ??= []).push({ mountPath: SA_MOUNT_PATH, name, readOnly: true });
}

/** DefaultTolerationSeconds: tolerate not-ready/unreachable NoExecute taints for 300 s unless the pod says otherwise. */
function defaultTolerations(pod: Pod): void {
  const tolerations = (pod.spec.tolerations ?? []) as { key?: string; operator?: string; effect?: string }[];
  const tolerates = (key: string) => tolerations.some((t) => t && (t.effect === 'NoExecute' || !t.effect) && (t.key === key || (!t.key && t.operator === 'Exists')));
  const add: object[] = [];
  for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
    if (!tolerates(key)) add.push({ effect: 'NoExecute', key, operator: 'Exists', tolerationSeconds: 300 });
  }
  if (add.length) pod.spec.tolerations = [...tolerations, ...add];
}

function priorityAdmission(pod: Pod, ctx: AdmissionContext): void {
  const spec = pod.spec as Pod['spec'] & { priorityClassName?: string };
  let value = 0;
  let policy: string | undefined;
  if (spec.priorityClassName) {
    const builtin = SYSTEM_PRIORITY[spec.priorityClassName];
    const pc = ctx.store.get('priorityclasses.scheduling.k8s.io', '', spec.priorityClassName) as { value?: number; preemptionPolicy?: string } | undefined;
    value = builtin ?? pc?.value ?? 0;
    policy = pc?.preemptionPolicy;
  }
  if (spec.priority === undefined) spec.priority = value;
  if (!spec.preemptionPolicy) spec.preemptionPolicy = policy ?? 'PreemptLowerPriority';
}

/** Pod defaults; on CREATE also the admission plugins and the initial status. */
export function defaultPod(pod: Pod, ctx: AdmissionContext): void {
  if (!pod.spec || typeof pod.spec !== 'object') return;
  for (const c of allContainers(pod)) requestsFromLimits(c);
  if (pod.spec.enableServiceLinks === undefined) pod.spec.enableServiceLinks = true;
  defaultPodSpec(pod.spec);
  if (ctx.operation === 'CREATE') {
    serviceAccountAdmission(pod, ctx);
    priorityAdmission(pod, ctx);
  }
  if (!ctx.subresource) defaultTolerations(pod);
  if (ctx.operation === 'CREATE') pod.status = { phase: 'Pending', qosClass: qosClass(pod) };
}
