/**
 * The kubectl that containers run (`kubectl get pod --all-namespaces` in a pod's script):
 * an in-cluster configuration that authenticates with the pod's ServiceAccount token and
 * defaults to the pod's namespace, as rest.InClusterConfig does. Without a mounted token
 * (automountServiceAccountToken: false) there is no in-cluster configuration at all.
 *
 * It runs inside a kubelet timer, so it must not move the clock or settle the cluster:
 * it gets a view of the cluster whose settle/advance are no-ops.
 */
import { serviceAccountUser, setInPodKubectl, type Cluster } from '../sim/index.js';
import type { Kubeconfig } from './kubeconfig.js';
import type { KubectlFiles, KubectlSession } from './types.js';

const INSTALLED = 'in-pod-kubectl:installed';
const SA_MOUNT = '/var/run/secrets/kubernetes.io/serviceaccount';

/** No files inside the container that kubectl could read (`-f` is out of scope in pods). */
const NO_FILES: KubectlFiles = {
  read: (path) => ({ ok: false, error: `open ${path}: no such file or directory` }),
  stat: () => undefined,
  list: () => [],
  write: (path) => ({ ok: false, error: `open ${path}: read-only file system` }),
  join: (dir, name) => (dir.endsWith('/') ? dir + name : `${dir}/${name}`),
};

function frozenView(cluster: Cluster): Cluster {
  const view = Object.create(cluster) as Cluster;
  const noop = () => {};
  Object.defineProperties(view, {
    settle: { value: noop },
    advance: { value: noop },
    advanceTo: { value: noop },
    advanceUntil: { value: (done: () => boolean) => done() },
  });
  return view;
}

function mountsToken(cluster: Cluster, namespace: string, name: string): boolean {
  const pod = cluster.store.get('pods', namespace, name);
  const containers = [...(pod?.spec?.containers ?? []), ...(pod?.spec?.initContainers ?? [])] as { volumeMounts?: { mountPath?: string }[] }[];
  return containers.some((c) => (c.volumeMounts ?? []).some((m) => m.mountPath === SA_MOUNT));
}

function inClusterConfig(cluster: Cluster, pod: { namespace: string; name: string; serviceAccount: string }): Kubeconfig {
  const identity = serviceAccountUser(pod.namespace, pod.serviceAccount);
  return {
    clusters: [{ name: 'in-cluster', server: 'https://10.96.0.1:443' }],
    users: [{ name: 'in-cluster', identity }],
    contexts: [{ name: 'in-cluster', cluster: 'in-cluster', user: 'in-cluster', namespace: pod.namespace }],
    currentContext: 'in-cluster',
    preferences: {},
  };
}

/**
 * Installs the in-pod kubectl into `cluster` (once). `run` is runKubectl, passed in to keep
 * this module free of an import cycle with index.ts.
 */
export function installInPodKubectl(cluster: Cluster, run: (argv: string[], s: KubectlSession, io: { out(t: string): void; err(t: string): void }) => number): void {
  if (cluster.shared.get(INSTALLED)) return;
  cluster.shared.set(INSTALLED, true);
  const view = frozenView(cluster);
  setInPodKubectl(cluster, (pod, argv) => {
    // Without a mounted token, rest.InClusterConfig is not possible and kubectl falls back to
    // its built-in default server.
    if (!mountsToken(cluster, pod.namespace, pod.name)) {
      return { stdout: '', stderr: 'The connection to the server localhost:8080 was refused - did you specify the right host or port?\n', code: 1 };
    }
    let stdout = '';
    let stderr = '';
    const session: KubectlSession = { cluster: view, kubeconfig: inClusterConfig(cluster, pod), files: NO_FILES, env: {}, interactive: false, watchWindowMs: 0 };
    const code = run(argv, session, { out: (t) => { stdout += t; }, err: (t) => { stderr += t; } });
    return { stdout, stderr, code };
  });
}
