/**
 * The workloads and configuration a fresh kind v1.33 cluster (kindest/node:v1.33.1) runs
 * in kube-system and local-path-storage, as manifests: CoreDNS (Deployment `coredns`,
 * 2 replicas, Service `kube-dns` 10.96.0.10), kube-proxy and kindnet DaemonSets, the
 * control-plane static pods and the local-path provisioner with its `standard` StorageClass.
 */
import type { KObject } from './types.js';

export const K8S_VERSION = 'v1.33.1';
export const IMAGES = {
  coredns: 'registry.k8s.io/coredns/coredns:v1.12.0',
  etcd: 'registry.k8s.io/etcd:3.5.21-0',
  apiserver: `registry.k8s.io/kube-apiserver:${K8S_VERSION}`,
  controllerManager: `registry.k8s.io/kube-controller-manager:${K8S_VERSION}`,
  scheduler: `registry.k8s.io/kube-scheduler:${K8S_VERSION}`,
  kubeProxy: `registry.k8s.io/kube-proxy:${K8S_VERSION}`,
  kindnet: 'docker.io/kindest/kindnetd:v20250512-df8de77b',
  localPath: 'docker.io/kindest/local-path-provisioner:v20250214-acbabc1a',
};

const CONTROL_PLANE_TOLERATION = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };

const COREFILE = `.:53 {
    errors
    health {
       lameduck 5s
    }
    ready
    kubernetes cluster.local in-addr.arpa ip6.arpa {
       pods insecure
       fallthrough in-addr.arpa ip6.arpa
       ttl 30
    }
    prometheus :9153
    forward . /etc/resolv.conf {
       max_concurrent 1000
    }
    cache 30 {
       disable success cluster.local
       disable denial cluster.local
    }
    loop
    reload
    loadbalance
}
`;

export const CONFIG_MAPS: KObject[] = [
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'coredns', namespace: 'kube-system' }, data: { Corefile: COREFILE } },
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'extension-apiserver-authentication', namespace: 'kube-system' }, data: { 'client-ca-file': '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n', 'requestheader-allowed-names': '["front-proxy-client"]', 'requestheader-extra-headers-prefix': '["X-Remote-Extra-"]', 'requestheader-group-headers': '["X-Remote-Group"]', 'requestheader-username-headers': '["X-Remote-User"]' } },
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-apiserver-legacy-service-account-token-tracking', namespace: 'kube-system' }, data: { since: '2025-06-02' } },
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-proxy', namespace: 'kube-system', labels: { app: 'kube-proxy' } }, data: { 'config.conf': 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nclusterCIDR: 10.244.0.0/16\nmode: iptables\n', 'kubeconfig.conf': 'apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt\n    server: https://kind-control-plane:6443\n  name: default\n' } },
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kubeadm-config', namespace: 'kube-system' }, data: { ClusterConfiguration: `apiServer:\n  certSANs:\n  - localhost\n  - 127.0.0.1\napiVersion: kubeadm.k8s.io/v1beta4\nclusterName: kind\ncontrolPlaneEndpoint: kind-control-plane:6443\nkind: ClusterConfiguration\nkubernetesVersion: ${K8S_VERSION}\nnetworking:\n  dnsDomain: cluster.local\n  podSubnet: 10.244.0.0/16\n  serviceSubnet: 10.96.0.0/16\n` } },
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kubelet-config', namespace: 'kube-system' }, data: { kubelet: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\ncgroupDriver: systemd\nclusterDNS:\n- 10.96.0.10\nclusterDomain: cluster.local\n' } },
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'local-path-config', namespace: 'local-path-storage' }, data: { 'config.json': '{\n        "nodePathMap":[\n        {\n                "node":"DEFAULT_PATH_FOR_NON_LISTED_NODES",\n                "paths":["/var/local-path-provisioner"]\n        }\n        ]\n}', 'helperPod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: helper-pod\nspec:\n  containers:\n  - name: helper-pod\n    image: docker.io/kindest/local-path-helper:v20241212-8ac705d0\n', setup: '#!/bin/sh\nset -eu\nmkdir -m 0777 -p "$VOL_DIR"', teardown: '#!/bin/sh\nset -eu\nrm -rf "$VOL_DIR"' } },
];

export const KUBE_DNS_SERVICE: KObject = {
  apiVersion: 'v1', kind: 'Service',
  metadata: {
    name: 'kube-dns', namespace: 'kube-system',
    labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
    annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
  },
  spec: {
    clusterIP: '10.96.0.10', clusterIPs: ['10.96.0.10'], selector: { 'k8s-app': 'kube-dns' },
    ports: [
      { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
      { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
      { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
    ],
  },
};

export const STORAGE_CLASS: KObject = {
  apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass',
  metadata: { name: 'standard', annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
  provisioner: 'rancher.io/local-path', reclaimPolicy: 'Delete', volumeBindingMode: 'WaitForFirstConsumer',
};

export const COREDNS: KObject = {
  apiVersion: 'apps/v1', kind: 'Deployment',
  metadata: { name: 'coredns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } },
  spec: {
    replicas: 2,
    selector: { matchLabels: { 'k8s-app': 'kube-dns' } },
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1 } },
    template: {
      metadata: { labels: { 'k8s-app': 'kube-dns' } },
      spec: {
        priorityClassName: 'system-cluster-critical',
        serviceAccountName: 'coredns',
        tolerations: [{ key: 'CriticalAddonsOnly', operator: 'Exists' }, CONTROL_PLANE_TOLERATION],
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        dnsPolicy: 'Default',
        containers: [{
          name: 'coredns', image: IMAGES.coredns, imagePullPolicy: 'IfNotPresent',
          args: ['-conf', '/etc/coredns/Corefile'],
          resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
          volumeMounts: [{ name: 'config-volume', mountPath: '/etc/coredns', readOnly: true }],
          ports: [{ containerPort: 53, name: 'dns', protocol: 'UDP' }, { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' }, { containerPort: 9153, name: 'metrics', protocol: 'TCP' }],
          securityContext: { allowPrivilegeEscalation: false, capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] }, readOnlyRootFilesystem: true },
          livenessProbe: { httpGet: { path: '/health', port: 8080, scheme: 'HTTP' }, initialDelaySeconds: 60, timeoutSeconds: 5, successThreshold: 1, failureThreshold: 5 },
          readinessProbe: { httpGet: { path: '/ready', port: 8181, scheme: 'HTTP' } },
        }],
        volumes: [{ name: 'config-volume', configMap: { name: 'coredns', items: [{ key: 'Corefile', path: 'Corefile' }] } }],
      },
    },
  },
};

export const LOCAL_PATH_PROVISIONER: KObject = {
  apiVersion: 'apps/v1', kind: 'Deployment',
  metadata: { name: 'local-path-provisioner', namespace: 'local-path-storage' },
  spec: {
    replicas: 1,
    selector: { matchLabels: { app: 'local-path-provisioner' } },
    template: {
      metadata: { labels: { app: 'local-path-provisioner' } },
      spec: {
        serviceAccountName: 'local-path-provisioner-service-account',
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        tolerations: [CONTROL_PLANE_TOLERATION, { key: 'node-role.kubernetes.io/master', operator: 'Equal', effect: 'NoSchedule' }],
        containers: [{
          name: 'local-path-provisioner', image: IMAGES.localPath, imagePullPolicy: 'IfNotPresent',
          command: ['local-path-provisioner', '--debug', 'start', '--helper-image', 'docker.io/kindest/local-path-helper:v20241212-8ac705d0', '--config', '/etc/config/config.json'],
          env: [{ name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } }, { name: 'CONFIG_MOUNT_PATH', value: '/etc/config/' }],
          volumeMounts: [{ name: 'config-volume', mountPath: '/etc/config/' }],
        }],
        volumes: [{ name: 'config-volume', configMap: { name: 'local-path-config' } }],
      },
    },
  },
};

function daemonSet(name: string, labels: Record<string, string>, podSpec: Record<string, unknown>): KObject {
  return {
    apiVersion: 'apps/v1', kind: 'DaemonSet',
    metadata: { name, namespace: 'kube-system', labels },
    spec: {
      selector: { matchLabels: name === 'kindnet' ? { app: 'kindnet' } : { 'k8s-app': 'kube-proxy' } },
      template: { metadata: { labels }, spec: { hostNetwork: true, nodeSelector: { 'kubernetes.io/os': 'linux' }, tolerations: [{ operator: 'Exists' }], ...podSpec } },
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } },
    },
  };
}

export const DAEMON_SETS: KObject[] = [
  daemonSet('kindnet', { app: 'kindnet', 'k8s-app': 'kindnet', tier: 'node' }, {
    serviceAccountName: 'kindnet',
    containers: [{
      name: 'kindnet-cni', image: IMAGES.kindnet,
      env: [{ name: 'HOST_IP', valueFrom: { fieldRef: { fieldPath: 'status.hostIP' } } }, { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } }, { name: 'POD_SUBNET', value: '10.244.0.0/16' }],
      resources: { limits: { cpu: '100m', memory: '50Mi' }, requests: { cpu: '100m', memory: '50Mi' } },
      securityContext: { capabilities: { add: ['NET_RAW', 'NET_ADMIN'] }, privileged: false },
    }],
  }),
  daemonSet('kube-proxy', { 'k8s-app': 'kube-proxy' }, {
    serviceAccountName: 'kube-proxy',
    priorityClassName: 'system-node-critical',
    containers: [{
      name: 'kube-proxy', image: IMAGES.kubeProxy, imagePullPolicy: 'IfNotPresent',
      command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'],
      env: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } }],
      securityContext: { privileged: true },
      volumeMounts: [{ name: 'kube-proxy', mountPath: '/var/lib/kube-proxy' }],
    }],
    volumes: [{ name: 'kube-proxy', configMap: { name: 'kube-proxy' } }],
  }),
];

/** The control-plane static pods: name prefix, component label, image and command. */
export const STATIC_PODS: { component: string; image: string; command: string[] }[] = [
  { component: 'etcd', image: IMAGES.etcd, command: ['etcd', '--advertise-client-urls=https://172.18.0.2:2379', '--data-dir=/var/lib/etcd', '--name=kind-control-plane'] },
  { component: 'kube-apiserver', image: IMAGES.apiserver, command: ['kube-apiserver', '--advertise-address=172.18.0.2', '--authorization-mode=Node,RBAC', '--service-cluster-ip-range=10.96.0.0/16'] },
  { component: 'kube-controller-manager', image: IMAGES.controllerManager, command: ['kube-controller-manager', '--cluster-cidr=10.244.0.0/16', '--cluster-name=kind', '--use-service-account-credentials=true'] },
  { component: 'kube-scheduler', image: IMAGES.scheduler, command: ['kube-scheduler', '--authentication-kubeconfig=/etc/kubernetes/scheduler.conf', '--leader-elect=true'] },
];
