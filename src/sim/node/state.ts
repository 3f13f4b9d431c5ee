/**
 * The node model's own state (what containerd and the kubelets would hold in memory): pod
 * sandboxes and container instances, node image caches and IP pools. It lives beside the
 * store, never in it; the kubelet publishes what it knows through pod status.
 */
import type { Cluster } from '../cluster.js';
import { SeededRandom } from '../random.js';
import type { Container, ContainerStateTerminated, Probe } from '../types.js';
import type { ImageSpec, ServerSpec, TagSpec } from './catalog-types.js';
import type { ImageRef } from './image-ref.js';
import type { Shell } from './script/run.js';
import type { Gen } from './script/types.js';

export interface NodeRuntime {
  name: string;
  ip: string;
  /** `10.244.N.` */
  cidrPrefix: string;
  nextIp: number;
  usedIps: Set<number>;
  /** Images pulled to this node (`docker.io/library/nginx:1.27`). */
  images: Set<string>;
  /** Pulls under way: image → completion time (a second pull of it waits for the first). */
  pulling: Map<string, number>;
}

export interface LogLine { t: number; text: string }

/** One run of a container: what `kubectl logs` (current/previous) and exec see. */
export interface Instance {
  id: string;
  startedAt: number;
  files: Map<string, string>;
  env: Record<string, string>;
  logs: LogLine[];
  partial: string;
  partialAt: number;
  /** Requests answered by this instance, probes included (kubia v3 fails from the 5th). */
  requests: number;
  server?: ServerSpec;
  /** Accepting connections. */
  serving: boolean;
  exited: boolean;
  proc?: Gen<number>;
  shell?: Shell;
  /** Set once SIGTERM/quit was delivered. */
  stopping: boolean;
  /** The main process's command line (templates may read flags from it, e.g. http-echo -text). */
  argv?: string[];
  /** Killed by the OOM killer (terminated reason OOMKilled). */
  oomKilled?: boolean;
}

export interface ProbeState { kind: 'liveness' | 'readiness' | 'startup'; probe: Probe; successes: number; failures: number }

export interface Backoff { delayMs: number; lastUpdate: number }

export interface ContainerRuntime {
  name: string;
  spec: Container;
  init: boolean;
  ref?: ImageRef;
  image?: ImageSpec;
  tag?: TagSpec;
  state: 'waiting' | 'running' | 'terminated';
  waiting?: { reason: string; message?: string };
  terminated?: ContainerStateTerminated;
  lastTerminated?: ContainerStateTerminated;
  restartCount: number;
  ready: boolean;
  started: boolean;
  current?: Instance;
  previous?: Instance;
  containerID?: string;
  /** containerStatuses[].imageID, computed once per image. */
  imageID?: string;
  crashBackoff?: Backoff;
  pullBackoff?: Backoff;
  /** The last pull error, repeated in the ImagePullBackOff message. */
  lastPullError?: string;
  probes: ProbeState[];
  /** Bumps with every (re)start: timers of an older run see a different epoch and stop. */
  epoch: number;
  /** A pull or start is under way (no second attempt meanwhile). */
  busy: boolean;
  /** Stopped on purpose (pod deletion): no restart. */
  stopping: boolean;
}

export interface PodRuntime {
  uid: string;
  key: string;
  namespace: string;
  name: string;
  node: NodeRuntime;
  ip?: string;
  startTime: number;
  sandboxReady: boolean;
  init: ContainerRuntime[];
  containers: ContainerRuntime[];
  /** Index of the init container running now; init.length once initialised. */
  initIndex: number;
  restartPolicy: 'Always' | 'OnFailure' | 'Never';
  serviceAccount: string;
  grace: number;
  deleting: boolean;
  /** Removed from the node; timers of a gone pod stop. */
  gone: boolean;
  /** Waiting for a Secret/ConfigMap to appear before creating containers. */
  blockedOnConfig: boolean;
  conditionTimes: Map<string, { status: string; at: number; iso: string }>;
  finalDeleteSent: boolean;
  /** When the last container of a deleted pod stopped (the kubelet notices at the next relist). */
  stoppedAt?: number;
  /** emptyDir volumes: one file map per volume, shared by the pod's containers. */
  emptyDirs: Map<string, Map<string, string>>;
  /** Set when the kubelet failed the whole pod (activeDeadlineSeconds). */
  failure?: { reason: string; message: string };
  activeDeadlineSeconds?: number;
}

export interface NodeModel {
  cluster: Cluster;
  nodes: Map<string, NodeRuntime>;
  pods: Map<string, PodRuntime>;
  byIp: Map<string, PodRuntime>;
  rand: SeededRandom;
  trafficRand: SeededRandom;
  /** A kubectl that runs inside pods (installed by the kubectl layer, which sim cannot import). */
  inPodKubectl?: (pod: { namespace: string; name: string; serviceAccount: string }, argv: string[]) => { stdout: string; stderr: string; code: number };
  /** Ask the kubelet to re-sync a pod (after a timer changed its runtime state). */
  touch(rt: PodRuntime): void;
}

const KEY = 'node-model';

/** The node model of a cluster (created on first use). */
export function nodeModel(cluster: Cluster): NodeModel {
  let m = cluster.shared.get(KEY) as NodeModel | undefined;
  if (!m) {
    m = {
      cluster,
      nodes: new Map(),
      pods: new Map(),
      byIp: new Map(),
      rand: new SeededRandom((cluster.options.seed * 2654435761 + 17) >>> 0),
      trafficRand: new SeededRandom((cluster.options.seed * 40503 + 101) >>> 0),
      touch: () => {},
    };
    cluster.shared.set(KEY, m);
  }
  return m;
}

/** What `pods/exec` returns in ApiResponse.body (code 200). */
export interface ExecResult { stdout: string; stderr: string; exitCode: number }

/**
 * Installs the kubectl that containers run (`kubectl get pods` inside a pod, as its
 * ServiceAccount). src/sim cannot import the kubectl layer, so that layer registers it.
 */
export function setInPodKubectl(cluster: Cluster, fn: NonNullable<NodeModel['inPodKubectl']>): void {
  nodeModel(cluster).inPodKubectl = fn;
}
