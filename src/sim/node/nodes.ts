/**
 * The cluster's nodes as a kind cluster registers them: labels, the control-plane taint,
 * capacity, conditions, addresses (172.18.0.x) and pod CIDRs (10.244.N.0/24).
 */
import { R } from '../client.js';
import type { Cluster, NodeConfig } from '../cluster.js';
import { hex64 } from './image-ref.js';
import { memoryKi } from './quantity.js';
import type { Node } from '../types.js';

export const KUBELET_VERSION = 'v1.33.1';
export const CONTAINER_RUNTIME = 'containerd://2.1.1';
export const OS_IMAGE = 'Debian GNU/Linux 12 (bookworm)';
export const KERNEL_VERSION = '6.8.0-60-generic';
export const EPHEMERAL_STORAGE = '102626232Ki';

/** The Node object for the i-th configured node. */
export function nodeObject(cfg: NodeConfig, index: number, clusterName: string): Node {
  const cidr = `10.244.${index}.0/24`;
  const ip = nodeIp(index);
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': cfg.name,
    'kubernetes.io/os': 'linux',
  };
  if (cfg.role === 'control-plane') {
    labels['node-role.kubernetes.io/control-plane'] = '';
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = '';
  }
  const resources = {
    cpu: cfg.cpu,
    'ephemeral-storage': EPHEMERAL_STORAGE,
    'hugepages-1Gi': '0',
    'hugepages-2Mi': '0',
    memory: memoryKi(cfg.memory),
    pods: String(cfg.pods),
  };
  const id = hex64(`${clusterName}/${cfg.name}`);
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: cfg.name,
      labels,
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: {
      podCIDR: cidr,
      podCIDRs: [cidr],
      providerID: `kind://docker/${clusterName}/${cfg.name}`,
      ...(cfg.role === 'control-plane' ? { taints: [{ effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' }] } : {}),
    } as Node['spec'],
    // Field order as the API server serialises NodeStatus.
    status: {
      capacity: { ...resources },
      allocatable: { ...resources },
      conditions: [],
      addresses: [{ address: ip, type: 'InternalIP' }, { address: cfg.name, type: 'Hostname' }],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: {
        architecture: 'amd64',
        bootID: uuidFrom(id.slice(0, 32)),
        containerRuntimeVersion: CONTAINER_RUNTIME,
        kernelVersion: KERNEL_VERSION,
        kubeletVersion: KUBELET_VERSION,
        machineID: id.slice(32, 64),
        operatingSystem: 'linux',
        osImage: OS_IMAGE,
        systemUUID: uuidFrom(id.slice(16, 48)),
      },
    },
  };
}

/** Node conditions as a healthy kubelet posts them. */
export function nodeConditions(at: string): object[] {
  const c = (type: string, status: string, reason: string, message: string) => ({ type, status, lastHeartbeatTime: at, lastTransitionTime: at, reason, message });
  return [
    c('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
    c('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
    c('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
    c('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
  ];
}

/** kind hands out node addresses in order from 172.18.0.2. */
export function nodeIp(index: number): string {
  return `172.18.0.${index + 2}`;
}

function uuidFrom(h: string): string {
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** Registers every configured node (at boot time). */
export function registerNodes(cluster: Cluster): void {
  const api = cluster.client();
  cluster.options.nodes.forEach((cfg, i) => {
    const node = nodeObject(cfg, i, cluster.options.clusterName);
    node.status.conditions = nodeConditions(cluster.clock.iso());
    const res = api.create(R.nodes, undefined, node);
    if (!res.ok) throw new Error(`node-model: cannot register node ${cfg.name}: ${res.status.message}`);
  });
}
