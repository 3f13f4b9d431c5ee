/**
 * pods/log and pods/exec, served from the node model (what the API server proxies to the
 * kubelet). Errors are the kubelet's (kubelet_pods.go `validateContainerLogStatus`).
 *
 * log query: container, previous ("true"), tailLines, sinceSeconds, timestamps ("true") → text.
 * exec body: { command: string[], container?: string, input?: string (stdin) } → { stdout, stderr, exitCode }.
 */
import type { ApiRequest, ApiResponse } from '../api.js';
import { badRequest } from '../errors.js';
import type { KObject } from '../types.js';
import { executable, runSync } from './process.js';
import type { ContainerRuntime, Instance, NodeModel, PodRuntime } from './state.js';

const bad = (msg: string): ApiResponse => ({ code: 400, body: badRequest(msg) });

function pickContainer(rt: PodRuntime | undefined, pod: KObject, name: string | undefined): { c?: ContainerRuntime; error?: ApiResponse } {
  const names = (pod.spec?.containers ?? []).map((c: { name: string }) => c.name);
  const inits = (pod.spec?.initContainers ?? []).map((c: { name: string }) => c.name);
  if (!name) {
    if (names.length !== 1) {
      const more = inits.length ? ` or one of the init containers: [${inits.join(' ')}]` : '';
      return { error: bad(`a container name must be specified for pod ${pod.metadata.name}, choose one of: [${names.join(' ')}]${more}`) };
    }
    name = names[0];
  }
  if (!names.includes(name) && !inits.includes(name)) return { error: bad(`container ${name} is not valid for pod ${pod.metadata.name}`) };
  return { c: rt ? [...rt.init, ...rt.containers].find((c) => c.name === name) : undefined };
}

function nanoStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, (_m, f: string) => `.${f}000000Z`);
}

/** Builds the pods/log handler. */
export function logHandler(m: NodeModel) {
  return (req: ApiRequest, pod: KObject): ApiResponse => {
    const q = req.query ?? {};
    const rt = m.pods.get(pod.metadata.uid!);
    const picked = pickContainer(rt, pod, q.container);
    if (picked.error) return picked.error;
    if (!pod.spec?.nodeName) return { code: 200, body: '' };
    const c = picked.c;
    const name = q.container ?? (pod.spec.containers[0]?.name as string);
    const previous = q.previous === 'true';
    let inst: Instance | undefined;
    if (previous) {
      inst = c?.previous;
      if (!inst) return bad(`previous terminated container "${name}" in pod "${pod.metadata.name}" not found`);
    } else {
      inst = c?.current;
      if (!inst) {
        const reason = c?.waiting?.reason ?? 'ContainerCreating';
        const why = reason === 'ErrImagePull' || reason === 'ImagePullBackOff' ? 'trying and failing to pull image' : reason;
        return bad(`container "${name}" in pod "${pod.metadata.name}" is waiting to start: ${why}`);
      }
    }
    let lines = inst.logs.map((l) => ({ ...l }));
    if (inst.partial) lines.push({ t: inst.partialAt, text: inst.partial });
    if (q.sinceSeconds !== undefined) {
      const since = m.cluster.clock.now() - Number(q.sinceSeconds) * 1000;
      lines = lines.filter((l) => l.t >= since);
    }
    if (q.tailLines !== undefined && Number(q.tailLines) >= 0) lines = lines.slice(Math.max(0, lines.length - Number(q.tailLines)));
    const stamp = q.timestamps === 'true';
    return { code: 200, body: lines.map((l) => (stamp ? `${nanoStamp(l.t)} ${l.text}` : l.text)).join('') };
  };
}

/** Builds the pods/exec handler (runs at this instant: sleeps inside add up but do not pass). */
export function execHandler(m: NodeModel) {
  return (req: ApiRequest, pod: KObject): ApiResponse => {
    const body = (req.body ?? {}) as { command?: string[]; container?: string; input?: string };
    const q = req.query ?? {};
    const command = body.command ?? (q.command ? [q.command] : []);
    if (!command.length) return bad('you must specify at least 1 command');
    const rt = m.pods.get(pod.metadata.uid!);
    const picked = pickContainer(rt, pod, body.container ?? q.container);
    if (picked.error) return picked.error;
    // streamLocation (pkg/registry/core/pod/strategy.go): after the container checks, a pod
    // that is not bound to a node has no kubelet to stream from.
    if (!pod.spec?.nodeName) return bad(`pod ${pod.metadata.name} does not have a host assigned`);
    const c = picked.c;
    const inst = c?.current;
    const name = body.container ?? q.container ?? pod.spec?.containers?.[0]?.name;
    if (!rt || !c || !inst || inst.exited || c.state !== 'running') return bad(`unable to upgrade connection: container not found ("${name}")`);
    const argv0 = command[0];
    if (!executable(c, argv0)) {
      return { code: 200, body: { stdout: '', stderr: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv0}": executable file not found in $PATH: unknown\n`, exitCode: 126 } };
    }
    const r = runSync(m, rt, c, inst, command, Infinity, body.input);
    return { code: 200, body: { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode } };
  };
}

/**
 * pods/eviction (what `kubectl drain` posts): deletes the pod gracefully, honouring the
 * Eviction's deleteOptions. PodDisruptionBudgets are not modelled. Answers the Eviction
 * (201) — the real server answers a Success Status, which this API layer reserves for errors.
 */
export function evictionHandler() {
  return (req: ApiRequest, pod: KObject, api: import('../api.js').Api): ApiResponse => {
    const body = (req.body ?? {}) as { deleteOptions?: Record<string, unknown> };
    const res = api.handle({ verb: 'delete', group: '', resource: 'pods', namespace: pod.metadata.namespace, name: pod.metadata.name, body: body.deleteOptions ?? {}, user: req.user });
    if (res.code >= 300) return res;
    return { code: 201, body: { apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: pod.metadata.name, namespace: pod.metadata.namespace } } };
  };
}
