/**
 * The kubelets of all nodes, as one controller over pods bound to a node. `sync(key)` makes
 * sure a runtime exists for the pod, starts termination when the pod is being deleted,
 * removes it when its containers have stopped, and publishes status when it changed.
 */
import { R } from '../client.js';
import type { ControllerContext, ControllerDef } from '../controllers/framework.js';
import { deepEqual, keyOf, splitKey } from '../objects.js';
import type { Container, Pod } from '../types.js';
import { imageSpec } from './catalog.js';
import { parseImageRef } from './image-ref.js';
import { beginPod, RELIST_MS, retryBlocked, startContainer } from './lifecycle.js';
import { buildStatus } from './pod-status.js';
import type { ContainerRuntime, NodeModel, PodRuntime } from './state.js';
import { allStopped, beginTermination, stopContainer } from './termination.js';

function containerRuntime(spec: Pod['spec']['containers'][number], init: boolean): ContainerRuntime {
  const ref = parseImageRef(spec.image ?? '');
  const image = ref ? imageSpec(ref.repository) : undefined;
  return {
    name: spec.name, spec, init, ref, image, tag: ref?.tag ? image?.tags[ref.tag] : undefined,
    state: 'waiting', restartCount: 0, ready: false, started: false, probes: [], epoch: 0, busy: false, stopping: false,
  };
}

function createRuntime(m: NodeModel, pod: Pod): PodRuntime | undefined {
  const node = m.nodes.get(pod.spec.nodeName!);
  if (!node) return undefined;
  const init = (pod.spec.initContainers ?? []).map((c) => containerRuntime(c, true));
  const rt: PodRuntime = {
    uid: pod.metadata.uid!, key: keyOf(pod), namespace: pod.metadata.namespace!, name: pod.metadata.name!, node,
    startTime: m.cluster.clock.now(), sandboxReady: false, init, containers: (pod.spec.containers ?? []).map((c) => containerRuntime(c, false)),
    initIndex: 0, restartPolicy: pod.spec.restartPolicy ?? 'Always', grace: pod.spec.terminationGracePeriodSeconds ?? 30,
    deleting: false, gone: false, blockedOnConfig: false, conditionTimes: new Map(), finalDeleteSent: false, emptyDirs: new Map(),
    activeDeadlineSeconds: pod.spec.activeDeadlineSeconds, serviceAccount: pod.spec.serviceAccountName ?? 'default',
  };
  m.pods.set(rt.uid, rt);
  return rt;
}

/** Forgets a pod that left the node; its timers see `gone` and stop. */
function cleanup(m: NodeModel, rt: PodRuntime): void {
  rt.gone = true;
  m.pods.delete(rt.uid);
  if (rt.ip && m.byIp.get(rt.ip) === rt) m.byIp.delete(rt.ip);
  const last = rt.ip ? Number(rt.ip.split('.')[3]) : undefined;
  if (last !== undefined && rt.ip!.startsWith(rt.node.cidrPrefix)) rt.node.usedIps.delete(last);
  for (const c of [...rt.init, ...rt.containers]) if (c.current) { c.current.exited = true; c.current.serving = false; }
}

function images(p: Pod): string {
  return [...(p.spec.initContainers ?? []), ...(p.spec.containers ?? [])].map((c) => c.image).join(',');
}

/**
 * `kubectl set image` on a pod: the kubelet restarts a running container with the new image
 * ("definition changed"); a container stuck pulling a bad image retries at once, since the
 * pull back-off is kept per image.
 */
function changeImage(m: NodeModel, rt: PodRuntime, c: ContainerRuntime, spec: Container): void {
  const fresh = containerRuntime(spec, c.init);
  Object.assign(c, { spec, ref: fresh.ref, image: fresh.image, tag: fresh.tag, pullBackoff: undefined, imageID: undefined });
  if (c.state === 'running' && c.current && !c.current.exited) {
    stopContainer(m, rt, c, rt.grace, `Container ${c.name} definition changed, will be restarted`, false);
    return;
  }
  if (c.state === 'waiting' && rt.sandboxReady) {
    c.crashBackoff = undefined;
    c.epoch++;
    c.busy = false;
    startContainer(m, rt, c, () => {});
  }
}

function writeStatus(ctx: ControllerContext, rt: PodRuntime, pod: Pod): void {
  if (!rt.sandboxReady && rt.gone) return;
  const status = buildStatus(rt, pod, ctx.clock.now());
  if (deepEqual(status, pod.status)) return;
  ctx.api.updateStatus(R.pods, { ...pod, status });
}

/** The kubelet controller over the node model `m`. */
export function kubeletController(m: NodeModel): ControllerDef {
  const byKey = new Map<string, PodRuntime>();
  const blockedIn = (ns: string) => {
    for (const rt of byKey.values()) if (rt.namespace === ns && rt.blockedOnConfig) m.cluster.clock.after(0, () => retryBlocked(m, rt));
    return [] as string[];
  };
  return {
    name: 'kubelet',
    component: 'kubelet',
    watches: [
      {
        resource: 'pods',
        // The kubelet's own timers drive container changes (touch); from the API it only needs
        // new bindings, deletions and removals, not the echo of its own status writes.
        keys: (e) => {
          if (!e.object.spec?.nodeName && e.type !== 'DELETED') return [];
          const o = e.oldObject;
          if (e.type === 'MODIFIED' && o && o.spec?.nodeName && o.metadata.deletionTimestamp === e.object.metadata.deletionTimestamp
            && byKey.get(keyOf(e.object))?.uid === e.object.metadata.uid && images(o as Pod) === images(e.object as Pod)) return [];
          return [keyOf(e.object)];
        },
      },
      { resource: 'secrets', keys: (e) => blockedIn(e.object.metadata.namespace ?? '') },
      { resource: 'configmaps', keys: (e) => blockedIn(e.object.metadata.namespace ?? '') },
    ],
    start(ctx) {
      m.touch = (rt) => ctx.enqueue(rt.key);
    },
    sync(key, ctx) {
      const { namespace, name } = splitKey(key);
      const pod = ctx.store.get('pods', namespace, name) as Pod | undefined;
      let rt = byKey.get(key);
      if (rt && (!pod || pod.metadata.uid !== rt.uid)) {
        cleanup(m, rt);
        byKey.delete(key);
        rt = undefined;
      }
      if (!pod?.spec?.nodeName) return;
      if (!rt) {
        const phase = pod.status?.phase;
        if (phase === 'Succeeded' || phase === 'Failed') return;
        rt = createRuntime(m, pod);
        if (!rt) return;
        byKey.set(key, rt);
        beginPod(m, rt);
      }
      if (!rt.deleting) for (const c of [...rt.init, ...rt.containers]) {
        const spec = [...(pod.spec.initContainers ?? []), ...pod.spec.containers].find((x) => x.name === c.name);
        if (spec && spec.image !== c.spec.image) changeImage(m, rt, c, spec);
      }
      if (pod.metadata.deletionTimestamp && !rt.deleting) beginTermination(m, rt, pod);
      if (rt.deleting && allStopped(rt)) {
        if (rt.finalDeleteSent) return;
        const now = ctx.clock.now();
        if (rt.stoppedAt === undefined) {
          rt.stoppedAt = now;
          const target = rt;
          ctx.at(now + RELIST_MS, () => m.touch(target));
        }
        if (now < rt.stoppedAt + RELIST_MS) return writeStatus(ctx, rt, pod);
        rt.finalDeleteSent = true;
        writeStatus(ctx, rt, pod);
        ctx.api.delete(R.pods, namespace, name, { gracePeriodSeconds: 0, preconditions: { uid: rt.uid } });
        return;
      }
      writeStatus(ctx, rt, pod);
    },
  };
}
