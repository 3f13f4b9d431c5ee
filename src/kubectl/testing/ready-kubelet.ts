/**
 * A stand-in kubelet for kubectl tests that need pods to become Ready without the full node
 * model: every new pod gets a Running/Ready status `delayMs` after it appears. Pods are
 * never bound to a node, so deleting one removes it at once.
 *
 *   vi.mock('../../../sim/node/index.js', async () => ({
 *     nodeModelPlugin: (await import('../../testing/ready-kubelet.js')).readyKubeletPlugin(5_000),
 *   }));
 */
// Type-only imports: tests load this from inside a vi.mock factory of the node model, where a
// runtime import of the simulator would wait on the very module being mocked.
import type { ClusterPlugin, KObject } from '../../sim/index.js';

const PODS = { group: '', resource: 'pods' };
const rfc3339 = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** Writes the Running, Ready status a kubelet reports once containers started and probes passed. */
function readyStatus(pod: KObject, now: string): KObject['status'] {
  const containers = (pod.spec?.containers ?? []) as { name: string; image?: string }[];
  return {
    phase: 'Running',
    conditions: ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({ type, status: 'True', lastProbeTime: null, lastTransitionTime: now })),
    startTime: now,
    containerStatuses: containers.map((c) => ({ name: c.name, ready: true, restartCount: 0, started: true, image: c.image ?? '', imageID: '', state: { running: { startedAt: now } } })),
  };
}

/** A cluster plugin installing the stand-in kubelet. */
export function readyKubeletPlugin(delayMs: number): ClusterPlugin {
  return {
    name: 'ready-kubelet',
    install(cluster) {
      cluster.addController({
        name: 'ready-kubelet',
        component: 'kubelet',
        watches: [{ resource: 'pods', keys: (e) => (e.type === 'ADDED' ? [`${e.object.metadata.namespace}/${e.object.metadata.name}`] : []) }],
        sync(key, ctx) {
          ctx.at(ctx.clock.now() + delayMs, () => {
            const [namespace, name] = key.split('/');
            const pod = ctx.store.get('pods', namespace, name);
            if (!pod || pod.metadata.deletionTimestamp) return;
            const copy = structuredClone(pod) as KObject;
            copy.status = readyStatus(pod, rfc3339(ctx.clock.now()));
            ctx.api.updateStatus(PODS, copy);
          });
        },
      });
    },
  };
}
