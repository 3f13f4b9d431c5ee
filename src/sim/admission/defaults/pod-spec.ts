/**
 * Defaults of a PodSpec wherever one appears (Pods and every pod template), as the
 * v1 defaulting functions set them (kubernetes/kubernetes pkg/apis/core/v1/defaults.go:
 * SetDefaults_PodSpec, _Container, _Probe, _HTTPGetAction, _Volume, volume sources,
 * _ObjectFieldSelector) plus the `serviceAccount` alias the v1 conversion fills.
 */
import type { Container, PodSpec, Probe } from '../../types.js';

type Obj = Record<string, any>;

/** Tag of an image reference as parsers.ParseImageName reads it ('' when only a digest is given). */
export function imageTag(image: string): string | undefined {
  if (!image || image !== image.trim()) return undefined;
  let ref = image;
  let digest = '';
  const at = ref.indexOf('@');
  if (at >= 0) { digest = ref.slice(at + 1); ref = ref.slice(0, at); }
  const slash = ref.lastIndexOf('/');
  const colon = ref.lastIndexOf(':');
  const repo = colon > slash ? ref.slice(0, colon) : ref;
  // Docker references reject upper-case repositories: ParseImageName fails, no tag.
  if (/[A-Z]/.test(repo)) return undefined;
  const tag = colon > slash ? ref.slice(colon + 1) : '';
  return !tag && !digest ? 'latest' : tag;
}

function defaultHandler(h: Obj | undefined): void {
  if (!h) return;
  if (h.httpGet && typeof h.httpGet === 'object') {
    if (!h.httpGet.path) h.httpGet.path = '/';
    if (!h.httpGet.scheme) h.httpGet.scheme = 'HTTP';
  }
  if (h.grpc && typeof h.grpc === 'object' && h.grpc.service === undefined) h.grpc.service = '';
}

function defaultProbe(p: Probe | undefined): void {
  if (!p || typeof p !== 'object') return;
  if (!p.timeoutSeconds) p.timeoutSeconds = 1;
  if (!p.periodSeconds) p.periodSeconds = 10;
  if (!p.successThreshold) p.successThreshold = 1;
  if (!p.failureThreshold) p.failureThreshold = 3;
  defaultHandler(p as Obj);
}

/** SetDefaults_Container (also used for init containers). */
export function defaultContainer(c: Container): void {
  if (!c || typeof c !== 'object') return;
  if (!c.imagePullPolicy) c.imagePullPolicy = imageTag(c.image ?? '') === 'latest' ? 'Always' : 'IfNotPresent';
  if (!c.terminationMessagePath) c.terminationMessagePath = '/dev/termination-log';
  if (!c.terminationMessagePolicy) c.terminationMessagePolicy = 'File';
  // ResourceRequirements is a struct, not a pointer: the server always serializes it.
  if (!c.resources) c.resources = {};
  for (const p of c.ports ?? []) if (p && typeof p === 'object' && !p.protocol) p.protocol = 'TCP';
  for (const e of c.env ?? []) {
    const f = e?.valueFrom?.fieldRef;
    if (f && typeof f === 'object' && !f.apiVersion) f.apiVersion = 'v1';
  }
  defaultProbe(c.livenessProbe);
  defaultProbe(c.readinessProbe);
  defaultProbe(c.startupProbe);
  if (c.lifecycle && typeof c.lifecycle === 'object') {
    defaultHandler(c.lifecycle.postStart);
    defaultHandler(c.lifecycle.preStop);
  }
}

const VOLUME_SOURCES = [
  'hostPath', 'emptyDir', 'gcePersistentDisk', 'awsElasticBlockStore', 'gitRepo', 'secret', 'nfs', 'iscsi', 'glusterfs',
  'persistentVolumeClaim', 'rbd', 'flexVolume', 'cinder', 'cephfs', 'flocker', 'downwardAPI', 'fc', 'azureFile',
  'configMap', 'vsphereVolume', 'quobyte', 'azureDisk', 'photonPersistentDisk', 'projected', 'portworxVolume',
  'scaleIO', 'storageos', 'csi', 'ephemeral', 'image',
];

function defaultVolume(v: Obj): void {
  if (!v || typeof v !== 'object') return;
  if (!VOLUME_SOURCES.some((s) => v[s] !== undefined && v[s] !== null)) v.emptyDir = {};
  for (const s of ['secret', 'configMap', 'downwardAPI', 'projected']) {
    if (v[s] && typeof v[s] === 'object' && v[s].defaultMode === undefined) v[s].defaultMode = 420;
  }
  if (v.hostPath && typeof v.hostPath === 'object' && v.hostPath.type === undefined) v.hostPath.type = '';
  for (const src of v.projected?.sources ?? []) {
    const t = src?.serviceAccountToken;
    if (t && typeof t === 'object' && t.expirationSeconds === undefined) t.expirationSeconds = 3600;
    for (const item of src?.downwardAPI?.items ?? []) if (item?.fieldRef && !item.fieldRef.apiVersion) item.fieldRef.apiVersion = 'v1';
  }
  for (const item of v.downwardAPI?.items ?? []) if (item?.fieldRef && !item.fieldRef.apiVersion) item.fieldRef.apiVersion = 'v1';
}

/** SetDefaults_PodSpec and the defaults of everything nested in it. */
export function defaultPodSpec(spec: PodSpec | undefined): void {
  if (!spec || typeof spec !== 'object') return;
  if (!spec.dnsPolicy) spec.dnsPolicy = 'ClusterFirst';
  if (!spec.restartPolicy) spec.restartPolicy = 'Always';
  if (!spec.securityContext) spec.securityContext = {};
  if (spec.terminationGracePeriodSeconds === undefined || spec.terminationGracePeriodSeconds === null) spec.terminationGracePeriodSeconds = 30;
  if (!spec.schedulerName) spec.schedulerName = 'default-scheduler';
  // v1 conversion: serviceAccountName wins; the deprecated alias mirrors it.
  if (!spec.serviceAccountName && spec.serviceAccount) spec.serviceAccountName = spec.serviceAccount;
  if (spec.serviceAccountName) spec.serviceAccount = spec.serviceAccountName;
  if (Array.isArray(spec.containers)) for (const c of spec.containers) defaultContainer(c);
  if (Array.isArray(spec.initContainers)) for (const c of spec.initContainers) defaultContainer(c);
  if (Array.isArray(spec.volumes)) for (const v of spec.volumes) defaultVolume(v);
  if (spec.hostNetwork === true) {
    for (const c of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
      for (const p of c?.ports ?? []) if (p && !p.hostPort) p.hostPort = p.containerPort;
    }
  }
}

/** A pod template: the spec defaults, and ObjectMeta's zero creationTimestamp the server serializes as null. */
export function defaultPodTemplate(tpl: { metadata?: Obj; spec?: PodSpec } | undefined): void {
  if (!tpl || typeof tpl !== 'object') return;
  if (!tpl.metadata || typeof tpl.metadata !== 'object') tpl.metadata = {};
  if (!('creationTimestamp' in tpl.metadata)) tpl.metadata.creationTimestamp = null;
  defaultPodSpec(tpl.spec);
}
