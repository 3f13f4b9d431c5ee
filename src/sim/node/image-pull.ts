/**
 * Image pulls as the kubelet's image manager does them (pkg/kubelet/images/image_manager.go):
 * pull policy, Pulling/Pulled events with the 1.33 wording, containerd's errors for unknown
 * repositories and tags, and the pull back-off (10 s doubling to 300 s) that alternates
 * ErrImagePull and ImagePullBackOff.
 */
import { imageSpec } from './catalog.js';
import { parseImageRef, type ImageRef } from './image-ref.js';
import type { Backoff, ContainerRuntime, NodeModel, PodRuntime } from './state.js';

export const BACKOFF_INITIAL_MS = 10_000;
export const BACKOFF_MAX_MS = 300_000;
/** Time until a failed pull's error is known (resolving the reference). */
const FAILED_PULL_MS = 1_200;
/** A pull of an image the node has (policy Always): containerd only checks the manifest. */
const REFRESH_PULL_MS = 480;

/** Go's time.Duration formatting for whole milliseconds: `423ms`, `3.214s`, `1m5.5s`. */
export function goDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const m = Math.floor(ms / 60_000);
  const s = (ms % 60_000) / 1000;
  const sec = `${Number(s.toFixed(3))}s`;
  return m ? `${m}m${sec}` : sec;
}

/** flowcontrol.Backoff.Next: start at 10 s, double up to 300 s, reset after 2×max of quiet. */
export function nextBackoff(b: Backoff | undefined, now: number): Backoff {
  if (!b || now - b.lastUpdate > 2 * BACKOFF_MAX_MS) return { delayMs: BACKOFF_INITIAL_MS, lastUpdate: now };
  return { delayMs: Math.min(b.delayMs * 2, BACKOFF_MAX_MS), lastUpdate: now };
}

/** The default pull policy for an image (SetDefaults_Container). */
export function defaultPullPolicy(image: string): string {
  const ref = parseImageRef(image);
  return !ref || ref.tag === 'latest' ? 'Always' : 'IfNotPresent';
}

/** containerd's error for a reference the catalog does not have. */
export function pullError(ref: ImageRef): string | undefined {
  const spec = imageSpec(ref.repository);
  const prefix = `failed to pull and unpack image "${ref.full}": failed to resolve reference "${ref.full}"`;
  if (spec && (ref.digest || (ref.tag && spec.tags[ref.tag]))) return undefined;
  if (spec) return `rpc error: code = NotFound desc = ${prefix}: ${ref.full}: not found`;
  const domain = ref.repository.split('/')[0];
  if (domain === 'docker.io') {
    return `rpc error: code = Unknown desc = ${prefix}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
  }
  const path = ref.repository.slice(domain.length + 1);
  return `rpc error: code = Unknown desc = ${prefix}: failed to do request: Head "https://${domain}/v2/${path}/manifests/${ref.tag ?? ref.digest}": dial tcp: lookup ${domain} on 172.18.0.1:53: no such host`;
}

type Done = (ok: boolean) => void;

/**
 * Makes sure the container's image is on the node, emitting the kubelet's events.
 * Calls `done(true)` when it is, `done(false)` when the container must wait (the caller's
 * retry is scheduled here).
 */
export function ensureImage(m: NodeModel, rt: PodRuntime, c: ContainerRuntime, retry: () => void, done: Done): void {
  const ev = (type: 'Normal' | 'Warning', reason: string, msg: string) => m.cluster.recorder.record(podRef(m, rt), type, reason, msg, { component: 'kubelet', host: rt.node.name }, fieldPath(c));
  const image = c.spec.image ?? '';
  const ref = c.ref!;
  const node = rt.node;
  const policy = c.spec.imagePullPolicy ?? defaultPullPolicy(image);
  const present = node.images.has(ref.full);
  const now = m.cluster.clock.now();
  if (policy === 'Never' && !present) {
    const msg = `Container image "${image}" is not present with pull policy of Never`;
    ev('Warning', 'ErrImageNeverPull', msg);
    ev('Warning', 'Failed', 'Error: ErrImageNeverPull');
    c.state = 'waiting';
    c.waiting = { reason: 'ErrImageNeverPull', message: msg };
    return done(false);
  }
  if (present && policy !== 'Always') {
    ev('Normal', 'Pulled', `Container image "${image}" already present on machine`);
    return done(true);
  }
  const b = c.pullBackoff;
  if (b && now - b.lastUpdate < b.delayMs) {
    const msg = `Back-off pulling image "${image}"`;
    ev('Normal', 'BackOff', msg);
    ev('Warning', 'Failed', 'Error: ImagePullBackOff');
    c.state = 'waiting';
    // The waiting message carries the last pull error (image_manager.go prevPullErrMsg).
    c.waiting = { reason: 'ImagePullBackOff', message: c.lastPullError ? `${msg}: ErrImagePull: ${c.lastPullError}` : msg };
    m.cluster.clock.schedule(b.lastUpdate + b.delayMs, retry);
    return done(false);
  }
  c.lastPullError = undefined;
  ev('Normal', 'Pulling', `Pulling image "${image}"`);
  c.busy = true;
  const err = pullError(ref);
  const spec = imageSpec(ref.repository);
  const jitter = m.rand.int(400);
  const own = err ? FAILED_PULL_MS + jitter : present ? REFRESH_PULL_MS + jitter : (spec?.pullMs ?? 2_000) + jitter;
  const inFlight = node.pulling.get(ref.full);
  const at = Math.max(now + own, err ? 0 : inFlight ?? 0);
  if (!err && !present && inFlight === undefined) node.pulling.set(ref.full, at);
  const epoch = c.epoch;
  m.cluster.clock.schedule(at, () => {
    if (node.pulling.get(ref.full) === at) node.pulling.delete(ref.full);
    if (rt.gone || c.epoch !== epoch) return;
    c.busy = false;
    const t = m.cluster.clock.now();
    if (err) {
      ev('Warning', 'Failed', `Failed to pull image "${image}": ${err}`);
      ev('Warning', 'Failed', 'Error: ErrImagePull');
      c.state = 'waiting';
      c.waiting = { reason: 'ErrImagePull', message: err };
      c.pullBackoff = nextBackoff(c.pullBackoff, t);
      c.lastPullError = err;
      // The pod worker syncs again shortly and finds the image in back-off.
      m.cluster.clock.after(1_000, retry);
      m.touch(rt);
      return done(false);
    }
    node.images.add(ref.full);
    const size = c.tag?.size ?? 0;
    ev('Normal', 'Pulled', `Successfully pulled image "${image}" in ${goDuration(Math.min(own, t - now))} (${goDuration(t - now)} including waiting). Image size: ${size} bytes.`);
    done(true);
  });
}

/** `spec.containers{nginx}`: the fieldPath kubelet events carry. */
export function fieldPath(c: ContainerRuntime): string {
  return `${c.init ? 'spec.initContainers' : 'spec.containers'}{${c.name}}`;
}

/** The stored pod (for event references), or a stand-in if it is gone. */
export function podRef(m: NodeModel, rt: PodRuntime) {
  return m.cluster.store.get('pods', rt.namespace, rt.name) ?? { apiVersion: 'v1', kind: 'Pod', metadata: { name: rt.name, namespace: rt.namespace, uid: rt.uid } };
}
