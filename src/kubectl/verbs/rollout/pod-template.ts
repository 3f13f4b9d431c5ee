/**
 * A pod template in `kubectl describe` layout (kubectl pkg/describe/describe.go
 * DescribePodTemplate at v0.33.0), as `rollout history --revision=N` and
 * `rollout undo --dry-run=client` print it: raw tabs, no tabwriter alignment.
 *
 *   Pod Template:
 *     Labels:<TAB>app=web
 *   <TAB>pod-template-hash=5d4f8c6b9f
 *     Containers:
 *      nginx:
 *       Image:<TAB>nginx:1.27
 *       ...
 */
import type { Container, PodTemplateSpec } from '../../../sim/index.js';

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const MAX_ANNOTATION_LEN = 140;

type Out = string[];

const level = (n: number) => '  '.repeat(n);

/** printLabelsMultilineWithIndent with no initial indent and a tab inner indent. */
function labelsBlock(out: Out, title: string, labels: Record<string, string> | undefined): void {
  const keys = Object.keys(labels ?? {}).sort();
  if (!keys.length) {
    out.push(`${title}:\t<none>\n`);
    return;
  }
  keys.forEach((k, i) => out.push(`${i === 0 ? `${title}:\t` : '\t'}${k}=${labels![k]}\n`));
}

function shorten(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}...` : s;
}

/** printAnnotationsMultiline: last-applied is skipped; long or multi-line values get their own lines. */
function annotationsBlock(out: Out, title: string, annotations: Record<string, string>): void {
  const keys = Object.keys(annotations).filter((k) => k !== LAST_APPLIED).sort();
  if (!keys.length) {
    out.push(`${title}:\t<none>\n`);
    return;
  }
  keys.forEach((k, i) => {
    const head = i === 0 ? `${title}:\t` : '\t';
    const value = annotations[k].replace(/\n$/, '');
    if (value.length + k.length + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      out.push(`${head}${k}:\n`);
      for (const s of value.split('\n')) out.push(`\t  ${shorten(s, MAX_ANNOTATION_LEN - 2)}\n`);
    } else {
      out.push(`${head}${k}: ${value}\n`);
    }
  });
}

function portsOf(c: Container, hostPort: boolean): string {
  return (c.ports ?? []).map((p) => `${hostPort ? p.hostPort ?? 0 : p.containerPort}/${p.protocol ?? 'TCP'}`).join(', ');
}

/** DescribeProbe: `http-get http://:8080/ delay=0s timeout=1s period=10s #success=1 #failure=3`. */
export function describeProbe(p: Record<string, any>): string {
  const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
  if (p.exec) return `exec [${(p.exec.command ?? []).join(' ')}] ${attrs}`;
  if (p.httpGet) {
    const scheme = String(p.httpGet.scheme ?? 'HTTP').toLowerCase();
    const port = p.httpGet.port === undefined ? '' : String(p.httpGet.port);
    const host = p.httpGet.host ?? '';
    const hostPort = port ? `${host.includes(':') ? `[${host}]` : host}:${port}` : host;
    return `http-get ${scheme}://${hostPort}${p.httpGet.path ?? ''} ${attrs}`;
  }
  if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ''}:${p.tcpSocket.port} ${attrs}`;
  if (p.grpc) return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}

function envBlock(out: Out, c: Container & Record<string, any>): void {
  const env: any[] = c.env ?? [];
  out.push(`${level(2)}Environment:${env.length ? '' : '\t<none>'}\n`);
  for (const e of env) {
    if (!e.valueFrom) {
      String(e.value ?? '').split('\n').forEach((s, i) => out.push(i === 0 ? `${level(3)}${e.name}:\t${s}\n` : `${level(3)}\t${s}\n`));
      continue;
    }
    const vf = e.valueFrom;
    if (vf.fieldRef) out.push(`${level(3)}${e.name}:\t (${vf.fieldRef.apiVersion ?? 'v1'}:${vf.fieldRef.fieldPath})\n`);
    else if (vf.resourceFieldRef) out.push(`${level(3)}${e.name}:\t (${vf.resourceFieldRef.resource})\n`);
    else if (vf.secretKeyRef) out.push(`${level(3)}${e.name}:\t<set to the key '${vf.secretKeyRef.key}' in secret '${vf.secretKeyRef.name}'>\tOptional: ${vf.secretKeyRef.optional === true}\n`);
    else if (vf.configMapKeyRef) out.push(`${level(3)}${e.name}:\t<set to the key '${vf.configMapKeyRef.key}' of config map '${vf.configMapKeyRef.name}'>\tOptional: ${vf.configMapKeyRef.optional === true}\n`);
  }
}

function resourcesBlock(out: Out, r: { limits?: Record<string, string>; requests?: Record<string, string> } | undefined): void {
  for (const [title, map] of [['Limits', r?.limits], ['Requests', r?.requests]] as const) {
    const keys = Object.keys(map ?? {}).sort();
    if (!keys.length) continue;
    out.push(`${level(2)}${title}:\n`);
    for (const k of keys) out.push(`${level(3)}${k}:\t${map![k]}\n`);
  }
}

function containersBlock(out: Out, label: string, containers: (Container & Record<string, any>)[]): void {
  out.push(`  ${label}:${containers.length ? '' : ' <none>'}\n`);
  for (const c of containers) {
    out.push(`${level(1)} ${c.name}:\n`);
    out.push(`${level(2)}Image:\t${c.image ?? ''}\n`);
    const ports = portsOf(c, false);
    out.push(ports.includes(',') ? `${level(2)}Ports:\t${ports}\n` : `${level(2)}Port:\t${ports || '<none>'}\n`);
    const hostPorts = portsOf(c, true);
    out.push(hostPorts.includes(',') ? `${level(2)}Host Ports:\t${hostPorts}\n` : `${level(2)}Host Port:\t${hostPorts || '<none>'}\n`);
    for (const [title, list] of [['Command', c.command], ['Args', c.args]] as const) {
      if (!list?.length) continue;
      out.push(`${level(2)}${title}:\n`);
      for (const item of list) for (const s of String(item).split('\n')) out.push(`${level(3)}${s}\n`);
    }
    resourcesBlock(out, c.resources);
    if (c.livenessProbe) out.push(`${level(2)}Liveness:\t${describeProbe(c.livenessProbe)}\n`);
    if (c.readinessProbe) out.push(`${level(2)}Readiness:\t${describeProbe(c.readinessProbe)}\n`);
    if (c.startupProbe) out.push(`${level(2)}Startup:\t${describeProbe(c.startupProbe)}\n`);
    envBlock(out, c);
    const mounts: any[] = [...(c.volumeMounts ?? [])].sort((a, b) => String(a.mountPath).localeCompare(String(b.mountPath)));
    out.push(`${level(2)}Mounts:${mounts.length ? '' : '\t<none>'}\n`);
    for (const m of mounts) {
      const flags = [m.readOnly ? 'ro' : 'rw', ...(m.subPath ? [`path=${JSON.stringify(m.subPath)}`] : [])];
      out.push(`${level(3)}${m.mountPath} from ${m.name} (${flags.join(',')})\n`);
    }
  }
}

/** The volume kinds the course uses; others print upstream's `<unknown>`. */
const VOLUME_PRINTERS: Record<string, (v: any) => string> = {
  emptyDir: (v) => `${level(2)}Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.medium ?? ''}\n    SizeLimit:\t${v.sizeLimit ?? '<unset>'}\n`,
  secret: (v) => `${level(2)}Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secretName ?? ''}\n    Optional:\t${v.optional === true}\n`,
  configMap: (v) => `${level(2)}Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.name ?? ''}\n    Optional:\t${v.optional === true}\n`,
  persistentVolumeClaim: (v) => `${level(2)}Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${v.claimName}\n    ReadOnly:\t${v.readOnly === true}\n`,
};

function volumesBlock(out: Out, volumes: any[]): void {
  if (!volumes.length) {
    out.push('  Volumes:\t<none>\n');
    return;
  }
  out.push('  Volumes:\n');
  for (const v of volumes) {
    out.push(`${level(1)} ${v.name}:\n`);
    const kind = Object.keys(VOLUME_PRINTERS).find((k) => v[k] !== undefined);
    out.push(kind ? VOLUME_PRINTERS[kind](v[kind]) : `${level(1)}<unknown>\n`);
  }
}

function tolerationsBlock(out: Out, tolerations: any[]): void {
  if (!tolerations.length) {
    out.push('  Tolerations:\t<none>\n');
    return;
  }
  [...tolerations].sort((a, b) => String(a.key ?? '').localeCompare(String(b.key ?? ''))).forEach((t, i) => {
    let s = `${i === 0 ? '  Tolerations:\t' : '\t'}${t.key ?? ''}`;
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists';
    if (t.tolerationSeconds !== undefined) s += ` for ${t.tolerationSeconds}s`;
    out.push(`${s}\n`);
  });
}

/** DescribePodTemplate: the text block that follows `... with revision #N`. */
export function describePodTemplate(template: PodTemplateSpec | undefined): string {
  const out: Out = ['Pod Template:\n'];
  if (!template) return `${out[0]}  <unset>`;
  const spec = (template.spec ?? {}) as Record<string, any>;
  labelsBlock(out, '  Labels', template.metadata?.labels);
  const annotations = template.metadata?.annotations ?? {};
  if (Object.keys(annotations).length) annotationsBlock(out, '  Annotations', annotations);
  if (spec.serviceAccountName) out.push(`${level(1)}Service Account:\t${spec.serviceAccountName}\n`);
  if (spec.initContainers?.length) containersBlock(out, 'Init Containers', spec.initContainers);
  containersBlock(out, 'Containers', spec.containers ?? []);
  volumesBlock(out, spec.volumes ?? []);
  if (spec.priorityClassName) out.push(`${level(1)}Priority Class Name:\t${spec.priorityClassName}\n`);
  labelsBlock(out, '  Node-Selectors', spec.nodeSelector);
  tolerationsBlock(out, spec.tolerations ?? []);
  return out.join('');
}
