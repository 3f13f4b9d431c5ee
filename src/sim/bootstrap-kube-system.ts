/**
 * kube-system as a fresh kind v1.33 cluster has it when the learner arrives: CoreDNS and the
 * local-path provisioner (Deployments, scheduled onto the control-plane node, which is the
 * only node when kind starts them), kube-proxy and kindnet on every node, and the
 * control-plane static pods (mirror pods owned by their Node). Everything is created
 * through the API at boot and given a minute to start.
 *
 * Boot work draws its names and uids from a random stream of its own, so adding it does not
 * change the names generated for the learner later in a run.
 */
import { R } from './client.js';
import type { Cluster, ClusterPlugin } from './cluster.js';
import {
  CONFIG_MAPS, COREDNS, DAEMON_SETS, IMAGES, KUBE_DNS_SERVICE, LOCAL_PATH_PROVISIONER, STATIC_PODS, STORAGE_CLASS,
} from './bootstrap-kube-system-objects.js';
import { parseImageRef } from './node/image-ref.js';
import { nodeModel } from './node/state.js';
import { SeededRandom } from './random.js';
import { SYSTEM_ADMIN, type KObject } from './types.js';

/** How long the boot sequence runs before the cluster is handed over. */
const BOOT_MS = 60_000;

type WithState = { state: number };

/** Runs `fn` with the cluster's and the node model's random streams switched to boot streams. */
function withBootRandomness(cluster: Cluster, fn: () => void): void {
  const streams = [cluster.rand, nodeModel(cluster).rand] as unknown as WithState[];
  const saved = streams.map((s) => s.state);
  streams.forEach((s, i) => { s.state = (new SeededRandom((cluster.options.seed * 374761393 + 7 + i) >>> 0) as unknown as WithState).state; });
  try {
    fn();
  } finally {
    streams.forEach((s, i) => { s.state = saved[i]; });
  }
}

function must(res: { ok: boolean; status?: { message: string } }, what: string): void {
  if (!res.ok) throw new Error(`kube-system bootstrap: ${what}: ${res.status?.message}`);
}

/** kind's node image has every system image preloaded (`already present on machine`). */
function preloadImages(cluster: Cluster): void {
  const m = nodeModel(cluster);
  for (const node of m.nodes.values()) {
    for (const image of Object.values(IMAGES)) {
      const ref = parseImageRef(image);
      if (ref) node.images.add(ref.full);
    }
  }
}

function setUnschedulable(cluster: Cluster, names: string[], value: boolean): void {
  const api = cluster.systemClient(SYSTEM_ADMIN);
  for (const name of names) must(api.patch(R.nodes, undefined, name, { spec: { unschedulable: value ? true : null } }), `cordon ${name}`);
}

function createDaemonSetPods(cluster: Cluster, ds: KObject): void {
  const api = cluster.systemClient(SYSTEM_ADMIN);
  const nodes = cluster.options.nodes.map((n) => n.name);
  for (const nodeName of nodes) {
    const tpl = ds.spec.template;
    const pod: KObject = {
      apiVersion: 'v1', kind: 'Pod',
      metadata: {
        generateName: `${ds.metadata.name}-`,
        labels: { ...tpl.metadata.labels, 'controller-revision-hash': '5d9d8f7c9b', 'pod-template-generation': '1' },
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: ds.metadata.name!, uid: ds.metadata.uid!, controller: true, blockOwnerDeletion: true }],
      },
      spec: { ...JSON.parse(JSON.stringify(tpl.spec)), nodeName },
    };
    must(api.create(R.pods, 'kube-system', pod), `pod of ${ds.metadata.name}`);
  }
  const n = nodes.length;
  const status = { currentNumberScheduled: n, desiredNumberScheduled: n, numberAvailable: n, numberMisscheduled: 0, numberReady: n, observedGeneration: 1, updatedNumberScheduled: n };
  must(api.request({ verb: 'patch', group: 'apps', resource: 'daemonsets', namespace: 'kube-system', name: ds.metadata.name, subresource: 'status', body: { status }, patchType: 'application/merge-patch+json' }).code < 300 ? { ok: true } : { ok: false }, `status of ${ds.metadata.name}`);
}

function createStaticPods(cluster: Cluster): void {
  const api = cluster.systemClient(SYSTEM_ADMIN);
  const cp = cluster.options.nodes.find((n) => n.role === 'control-plane');
  if (!cp) return;
  const node = cluster.store.get('nodes', '', cp.name);
  for (const s of STATIC_PODS) {
    const pod: KObject = {
      apiVersion: 'v1', kind: 'Pod',
      metadata: {
        name: `${s.component}-${cp.name}`,
        labels: { component: s.component, tier: 'control-plane' },
        annotations: { 'kubernetes.io/config.source': 'file' },
        ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: cp.name, uid: node?.metadata.uid ?? '', controller: true }],
      },
      spec: {
        nodeName: cp.name, hostNetwork: true, priorityClassName: 'system-node-critical',
        tolerations: [{ effect: 'NoExecute', operator: 'Exists' }],
        containers: [{ name: s.component, image: s.image, imagePullPolicy: 'IfNotPresent', command: s.command, resources: { requests: { cpu: s.component === 'etcd' ? '100m' : s.component === 'kube-apiserver' ? '250m' : s.component === 'kube-scheduler' ? '100m' : '200m' } } }],
      },
    };
    must(api.create(R.pods, 'kube-system', pod), `static pod ${s.component}`);
  }
}

export const kubeSystemPlugin: ClusterPlugin = {
  name: 'kube-system',
  install(cluster) {
    // Without nodes (a cluster built without the node model) there is nothing to run them on.
    if (!cluster.store.count('nodes')) return;
    withBootRandomness(cluster, () => {
      const api = cluster.systemClient(SYSTEM_ADMIN);
      preloadImages(cluster);
      must(api.create(R.namespaces, undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'local-path-storage', labels: { 'kubernetes.io/metadata.name': 'local-path-storage' } } }), 'namespace');
      cluster.settle();
      must(api.create(R.serviceaccounts, 'local-path-storage', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'local-path-provisioner-service-account' } }), 'sa');
      for (const cm of CONFIG_MAPS) must(api.create(R.configmaps, cm.metadata.namespace, cm), `configmap ${cm.metadata.name}`);
      must(api.create(R.services, 'kube-system', KUBE_DNS_SERVICE), 'kube-dns');
      must(api.create({ group: 'storage.k8s.io', resource: 'storageclasses' }, undefined, STORAGE_CLASS), 'storageclass');
      createStaticPods(cluster);
      // When kind starts CoreDNS and the provisioner, the workers have not joined yet.
      const workers = cluster.options.nodes.filter((n) => n.role !== 'control-plane').map((n) => n.name);
      setUnschedulable(cluster, workers, true);
      must(api.create(R.deployments, 'kube-system', COREDNS), 'coredns');
      must(api.create(R.deployments, 'local-path-storage', LOCAL_PATH_PROVISIONER), 'local-path-provisioner');
      cluster.settle();
      setUnschedulable(cluster, workers, false);
      for (const ds of DAEMON_SETS) {
        const created = api.create({ group: 'apps', resource: 'daemonsets' }, 'kube-system', ds);
        must(created, `daemonset ${ds.metadata.name}`);
        if (created.ok) createDaemonSetPods(cluster, created.value);
      }
      cluster.advance(BOOT_MS);
    });
  },
};
