/**
 * The node model: nodes, the scheduler, the kubelet (image pulls, container lifecycle,
 * probes, termination) and the traffic model, installed into a new cluster.
 */
import type { ClusterPlugin } from '../cluster.js';
import { bindingHandler } from './binding.js';
import { kubeletController } from './kubelet.js';
import { nodeLifecycleController, startHeartbeats } from './node-lifecycle.js';
import { nodeIp, registerNodes } from './nodes.js';
import { Scheduler, schedulerController } from './scheduler.js';
import { nodeModel } from './state.js';
import { evictionHandler, execHandler, logHandler } from './subresources.js';
import { observeEndpoints } from './traffic.js';
import { startVolumeResync } from './volume-resync.js';

export const nodeModelPlugin: ClusterPlugin = {
  name: 'node-model',
  install(cluster) {
    const m = nodeModel(cluster);
    cluster.options.nodes.forEach((cfg, i) => {
      m.nodes.set(cfg.name, { name: cfg.name, ip: nodeIp(i), cidrPrefix: `10.244.${i}.`, nextIp: 2 + m.rand.int(8), usedIps: new Set(), images: new Set(), pulling: new Map() });
    });
    const scheduler = new Scheduler();
    cluster.store.watch((e) => {
      scheduler.observe(e);
      observeEndpoints(m, e);
    });
    cluster.api.registerSubresource('pods', 'binding', bindingHandler(cluster.clock));
    cluster.api.registerSubresource('pods', 'log', logHandler(m));
    cluster.api.registerSubresource('pods', 'exec', execHandler(m));
    cluster.api.registerSubresource('pods', 'eviction', evictionHandler());
    registerNodes(cluster);
    startHeartbeats(cluster);
    startVolumeResync(m);
    cluster.addController(nodeLifecycleController);
    cluster.addController(schedulerController(scheduler));
    cluster.addController(kubeletController(m));
  },
};

export { sendRequest, PROXY_DELAY_MS } from './traffic.js';
export { startRequestStream } from './request-stream.js';
export type { RequestStream } from './request-stream.js';
export type { SendRequestOptions, SendResult } from './traffic.js';
export { IMAGES, imageSpec } from './catalog.js';
export type { ImageSpec } from './catalog-types.js';
export { parseImageRef } from './image-ref.js';
export { nodeModel } from './state.js';

export { setInPodKubectl, type ExecResult } from './state.js';
