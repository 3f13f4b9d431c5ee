/**
 * PodSpec validation, in upstream's order (kubernetes/kubernetes
 * pkg/apis/core/validation/validation.go: ValidatePodSpec, validateContainers,
 * validateContainerCommon, validateContainerPorts, validateProbe, validateHandler,
 * validateRestartPolicy, validateDNSPolicy, validatePullPolicy, ValidatePodTemplateSpec).
 */
import type { Container, PodSpec, Probe } from '../../types.js';
import { duplicate, forbidden, invalid, nonNegative, notFound, notSupported, required, type Errs } from './field.js';
import { validateAnnotations, validateLabels } from './meta.js';
import { isDNS1123Label, isDNS1123Subdomain, isValidPortName, isValidPortNum } from './names.js';

type Obj = Record<string, any>;

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;
const LIFECYCLE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'] as const;

function dns1123Label(v: string, path: string, errs: Errs): void {
  for (const msg of isDNS1123Label(v)) errs.push(invalid(path, v, msg));
}

/** ValidatePortNumOrName. */
export function validatePortNumOrName(port: unknown, path: string, errs: Errs): void {
  if (typeof port === 'number') for (const msg of isValidPortNum(port)) errs.push(invalid(path, port, msg));
  else if (typeof port === 'string') for (const msg of isValidPortName(port)) errs.push(invalid(path, port, msg));
}

function validateHandlerActions(h: Obj, path: string, names: readonly string[], errs: Errs): void {
  let n = 0;
  for (const name of names) {
    const a = h[name];
    if (a === undefined || a === null) continue;
    if (n > 0) { errs.push(forbidden(`${path}.${name}`, 'may not specify more than 1 handler type')); continue; }
    n++;
    const p = `${path}.${name}`;
    if (name === 'exec' && !a.command?.length) errs.push(required(`${p}.command`));
    if (name === 'httpGet') {
      if (!a.path) errs.push(required(`${p}.path`));
      validatePortNumOrName(a.port, `${p}.port`, errs);
      if (a.scheme && a.scheme !== 'HTTP' && a.scheme !== 'HTTPS') errs.push(notSupported(`${p}.scheme`, a.scheme, ['HTTP', 'HTTPS']));
    }
    if (name === 'tcpSocket') validatePortNumOrName(a.port, `${p}.port`, errs);
    if (name === 'grpc') for (const msg of isValidPortNum(a.port)) errs.push(invalid(`${p}.port`, a.port, msg));
  }
  if (n === 0) errs.push(required(path, 'must specify a handler type'));
}

function validateProbe(p: Probe | undefined, path: string, errs: Errs, mustBeOne: boolean): void {
  if (!p || typeof p !== 'object') return;
  validateHandlerActions(p as Obj, path, HANDLERS, errs);
  nonNegative(p.initialDelaySeconds, `${path}.initialDelaySeconds`, errs);
  nonNegative(p.timeoutSeconds, `${path}.timeoutSeconds`, errs);
  nonNegative(p.periodSeconds, `${path}.periodSeconds`, errs);
  nonNegative(p.successThreshold, `${path}.successThreshold`, errs);
  nonNegative(p.failureThreshold, `${path}.failureThreshold`, errs);
  if (typeof p.terminationGracePeriodSeconds === 'number' && p.terminationGracePeriodSeconds <= 0) {
    errs.push(invalid(`${path}.terminationGracePeriodSeconds`, p.terminationGracePeriodSeconds, 'must be greater than 0'));
  }
  if (mustBeOne && p.successThreshold !== 1) errs.push(invalid(`${path}.successThreshold`, p.successThreshold ?? 0, 'must be 1'));
}

function validatePorts(ports: Obj[] | undefined, path: string, errs: Errs): void {
  const names = new Set<string>();
  (ports ?? []).forEach((p, i) => {
    const ip = `${path}[${i}]`;
    if (p.name) {
      const msgs = isValidPortName(p.name);
      if (msgs.length) for (const m of msgs) errs.push(invalid(`${ip}.name`, p.name, m));
      else if (names.has(p.name)) errs.push(duplicate(`${ip}.name`, p.name));
      else names.add(p.name);
    }
    if (!p.containerPort) errs.push(required(`${ip}.containerPort`));
    else for (const m of isValidPortNum(p.containerPort)) errs.push(invalid(`${ip}.containerPort`, p.containerPort, m));
    if (p.hostPort) for (const m of isValidPortNum(p.hostPort)) errs.push(invalid(`${ip}.hostPort`, p.hostPort, m));
    if (!p.protocol) errs.push(required(`${ip}.protocol`));
    else if (!PROTOCOLS.includes(p.protocol)) errs.push(notSupported(`${ip}.protocol`, p.protocol, PROTOCOLS));
  });
}

function validateEnv(env: Obj[] | undefined, path: string, errs: Errs): void {
  (env ?? []).forEach((e, i) => {
    const ip = `${path}[${i}]`;
    if (!e.name) errs.push(required(`${ip}.name`));
    else if (!/^[\x21-\x3c\x3e-\x7e\x20]+$/.test(e.name)) errs.push(invalid(`${ip}.name`, e.name, "a valid environment variable name must consist only of printable ASCII characters other than '='"));
    const vf = e.valueFrom;
    if (vf && typeof vf === 'object') {
      const vp = `${ip}.valueFrom`;
      const sources = ['fieldRef', 'resourceFieldRef', 'configMapKeyRef', 'secretKeyRef'].filter((k) => vf[k]);
      if (e.value) errs.push(invalid(vp, '', 'may not be specified when `value` is not empty'));
      if (sources.length === 0) errs.push(invalid(vp, '', 'must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`'));
      else if (sources.length > 1) errs.push(invalid(vp, '', 'may not have more than one field specified at a time'));
      for (const k of ['configMapKeyRef', 'secretKeyRef']) {
        const ref = vf[k];
        if (!ref) continue;
        if (!ref.key) errs.push(required(`${vp}.${k}.key`));
        if (!ref.name) errs.push(required(`${vp}.${k}.name`));
      }
    }
  });
}

function validateVolumeMounts(mounts: Obj[] | undefined, volumes: Set<string>, path: string, errs: Errs): void {
  const paths = new Set<string>();
  (mounts ?? []).forEach((m, i) => {
    const ip = `${path}[${i}]`;
    if (!m.name) errs.push(required(`${ip}.name`));
    else if (!volumes.has(m.name)) errs.push(notFound(`${ip}.name`, m.name));
    if (!m.mountPath) errs.push(required(`${ip}.mountPath`));
    else if (paths.has(m.mountPath)) errs.push(invalid(`${ip}.mountPath`, m.mountPath, 'must be unique'));
    else paths.add(m.mountPath);
  });
}

function validateContainerCommon(c: Container, volumes: Set<string>, path: string, errs: Errs): void {
  if (!c.name) errs.push(required(`${path}.name`));
  else dns1123Label(c.name, `${path}.name`, errs);
  if (!c.image) errs.push(required(`${path}.image`));
  switch (c.terminationMessagePolicy) {
    case 'File': case 'FallbackToLogsOnError': break;
    case undefined: case '': errs.push(required(`${path}.terminationMessagePolicy`)); break;
    default: errs.push(notSupported(`${path}.terminationMessagePolicy`, c.terminationMessagePolicy, ['File', 'FallbackToLogsOnError']));
  }
  validatePorts(c.ports as Obj[] | undefined, `${path}.ports`, errs);
  validateEnv(c.env, `${path}.env`, errs);
  validateVolumeMounts(c.volumeMounts, volumes, `${path}.volumeMounts`, errs);
  if (!c.imagePullPolicy) errs.push(required(`${path}.imagePullPolicy`));
  else if (!PULL_POLICIES.includes(c.imagePullPolicy)) errs.push(notSupported(`${path}.imagePullPolicy`, c.imagePullPolicy, PULL_POLICIES));
}

function validateContainers(containers: Container[] | undefined, volumes: Set<string>, path: string, errs: Errs): void {
  if (!containers?.length) { errs.push(required(path)); return; }
  const names = new Set<string>();
  containers.forEach((c, i) => {
    const p = `${path}[${i}]`;
    validateContainerCommon(c, volumes, p, errs);
    if (names.has(c.name)) errs.push(duplicate(`${p}.name`, c.name));
    else names.add(c.name);
    if (c.lifecycle && typeof c.lifecycle === 'object') {
      for (const h of ['postStart', 'preStop'] as const) {
        if (c.lifecycle[h]) validateHandlerActions(c.lifecycle[h], `${p}.lifecycle.${h}`, LIFECYCLE_HANDLERS, errs);
      }
    }
    validateProbe(c.livenessProbe, `${p}.livenessProbe`, errs, true);
    validateProbe(c.readinessProbe, `${p}.readinessProbe`, errs, false);
    if (c.readinessProbe?.terminationGracePeriodSeconds !== undefined) errs.push(invalid(`${p}.readinessProbe.terminationGracePeriodSeconds`, c.readinessProbe.terminationGracePeriodSeconds, 'must not be set for readinessProbes'));
    validateProbe(c.startupProbe, `${p}.startupProbe`, errs, true);
    if (c.restartPolicy !== undefined) errs.push(forbidden(`${p}.restartPolicy`, 'may not be set for non-init containers'));
  });
}

function validateInitContainers(containers: Container[] | undefined, others: Container[] | undefined, volumes: Set<string>, path: string, errs: Errs): void {
  const names = new Set((others ?? []).map((c) => c.name));
  (containers ?? []).forEach((c, i) => {
    const p = `${path}[${i}]`;
    validateContainerCommon(c, volumes, p, errs);
    if (names.has(c.name)) errs.push(duplicate(`${p}.name`, c.name));
    else names.add(c.name);
    if (c.restartPolicy !== undefined && c.restartPolicy !== 'Always') errs.push(notSupported(`${p}.restartPolicy`, c.restartPolicy, ['Always']));
  });
}

function validateVolumes(volumes: Obj[] | undefined, path: string, errs: Errs): Set<string> {
  const names = new Set<string>();
  (volumes ?? []).forEach((v, i) => {
    const p = `${path}[${i}]`;
    if (!v.name) errs.push(required(`${p}.name`));
    else {
      dns1123Label(v.name, `${p}.name`, errs);
      if (names.has(v.name)) errs.push(duplicate(`${p}.name`, v.name));
      else names.add(v.name);
    }
  });
  return names;
}

/** ValidatePodSpec (the parts a course can reach). */
export function validatePodSpec(spec: PodSpec | undefined, path: string, errs: Errs): void {
  if (!spec || typeof spec !== 'object') { errs.push(required(`${path}.containers`)); return; }
  const volumes = validateVolumes(spec.volumes, `${path}.volumes`, errs);
  validateContainers(spec.containers, volumes, `${path}.containers`, errs);
  validateInitContainers(spec.initContainers, spec.containers, volumes, `${path}.initContainers`, errs);
  if (!spec.restartPolicy) errs.push(required(`${path}.restartPolicy`));
  else if (!RESTART_POLICIES.includes(spec.restartPolicy)) errs.push(notSupported(`${path}.restartPolicy`, spec.restartPolicy, RESTART_POLICIES));
  if (!spec.dnsPolicy) errs.push(required(`${path}.dnsPolicy`));
  else if (!DNS_POLICIES.includes(spec.dnsPolicy)) errs.push(notSupported(`${path}.dnsPolicy`, spec.dnsPolicy, DNS_POLICIES));
  validateLabels(spec.nodeSelector, `${path}.nodeSelector`, errs);
  if (spec.serviceAccountName) for (const m of isDNS1123Subdomain(spec.serviceAccountName)) errs.push(invalid(`${path}.serviceAccountName`, spec.serviceAccountName, m));
  if (typeof spec.activeDeadlineSeconds === 'number' && (spec.activeDeadlineSeconds < 1 || spec.activeDeadlineSeconds > 2147483647)) {
    errs.push(invalid(`${path}.activeDeadlineSeconds`, spec.activeDeadlineSeconds, 'must be between 1 and 2147483647, inclusive'));
  }
  if (spec.hostname) dns1123Label(spec.hostname, `${path}.hostname`, errs);
  if (spec.subdomain) dns1123Label(spec.subdomain, `${path}.subdomain`, errs);
}

/** ValidatePodTemplateSpec: note upstream reports template labels at `<path>.labels`. */
export function validatePodTemplateSpec(tpl: { metadata?: Obj; spec?: PodSpec } | undefined, path: string, errs: Errs): void {
  if (!tpl || typeof tpl !== 'object') { errs.push(required(path)); return; }
  validateLabels(tpl.metadata?.labels, `${path}.labels`, errs);
  validateAnnotations(tpl.metadata?.annotations, `${path}.annotations`, errs);
  validatePodSpec(tpl.spec, `${path}.spec`, errs);
}
