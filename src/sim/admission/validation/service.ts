/**
 * Service validation (kubernetes/kubernetes pkg/apis/core/validation/validation.go
 * ValidateService, validateServicePort, ValidateServiceUpdate's clusterIP rule).
 */
import type { KObject } from '../../types.js';
import { goIntOrString, goQuote } from '../go-format.js';
import { duplicate, forbidden, invalid, notSupported, required, type Errs } from './field.js';
import { validateLabels } from './meta.js';
import { isDNS1123Label, isDNS1123Subdomain, isValidPortNum } from './names.js';
import { validatePortNumOrName } from './pod.js';

type Obj = Record<string, any>;

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];

/** `%#v` of the core.ServicePort key used for duplicate detection. */
function servicePortKey(protocol: string, port: number): string {
  return `core.ServicePort{Name:"", Protocol:${goQuote(protocol)}, AppProtocol:(*string)(nil), Port:${port}, TargetPort:${goIntOrString(0)}, NodePort:0}`;
}

function isHeadless(s: Obj): boolean {
  return s.clusterIP === 'None';
}

export function validateService(o: KObject, errs: Errs): void {
  const s = (o.spec ?? {}) as Obj;
  const ports = (Array.isArray(s.ports) ? s.ports : []) as Obj[];
  if (!ports.length && !isHeadless(s) && s.type !== 'ExternalName') errs.push(required('spec.ports'));
  if (s.type === 'ExternalName') {
    if (!s.externalName) errs.push(required('spec.externalName'));
    else for (const m of isDNS1123Subdomain(String(s.externalName).replace(/\.$/, ''))) errs.push(invalid('spec.externalName', s.externalName, m));
  }
  const names = new Set<string>();
  ports.forEach((p, i) => {
    const pp = `spec.ports[${i}]`;
    if (ports.length > 1 && !p.name) errs.push(required(`${pp}.name`));
    else if (p.name) {
      for (const m of isDNS1123Label(p.name)) errs.push(invalid(`${pp}.name`, p.name, m));
      if (names.has(p.name)) errs.push(duplicate(`${pp}.name`, p.name));
      else names.add(p.name);
    }
    for (const m of isValidPortNum(p.port ?? 0)) errs.push(invalid(`${pp}.port`, p.port ?? 0, m));
    if (!p.protocol) errs.push(required(`${pp}.protocol`));
    else if (!PROTOCOLS.includes(p.protocol)) errs.push(notSupported(`${pp}.protocol`, p.protocol, PROTOCOLS));
    validatePortNumOrName(p.targetPort, `${pp}.targetPort`, errs);
  });
  if (s.selector) validateLabels(s.selector, 'spec.selector', errs);
  if (!s.sessionAffinity) errs.push(required('spec.sessionAffinity'));
  else if (!['ClientIP', 'None'].includes(s.sessionAffinity)) errs.push(notSupported('spec.sessionAffinity', s.sessionAffinity, ['ClientIP', 'None']));
  if (!s.type) errs.push(required('spec.type'));
  else if (!TYPES.includes(s.type)) errs.push(notSupported('spec.type', s.type, TYPES));
  if (s.type === 'ClusterIP') {
    ports.forEach((p, i) => { if (p.nodePort) errs.push(forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'")); });
  }
  const nodePorts = new Set<string>();
  ports.forEach((p, i) => {
    if (!p.nodePort) return;
    const key = `${p.protocol}/${p.nodePort}`;
    if (nodePorts.has(key)) errs.push(duplicate(`spec.ports[${i}].nodePort`, p.nodePort));
    nodePorts.add(key);
  });
  const seen = new Set<string>();
  ports.forEach((p, i) => {
    const key = `${p.protocol}/${p.port}`;
    if (seen.has(key)) errs.push(duplicate(`spec.ports[${i}]`, servicePortKey(p.protocol ?? '', p.port ?? 0), true));
    seen.add(key);
  });
  if (s.clusterIP && s.clusterIP !== 'None' && !/^\d{1,3}(\.\d{1,3}){3}$/.test(s.clusterIP)) {
    errs.push(invalid('spec.clusterIPs[0]', s.clusterIP, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'));
  }
}

/** The primary cluster IP may not change once set (validateUpgradeDowngradeClusterIPs). */
export function validateServiceUpdate(o: KObject, old: KObject, errs: Errs): void {
  const s = (o.spec ?? {}) as Obj;
  const os = (old.spec ?? {}) as Obj;
  if (s.type === 'ExternalName' || os.type === 'ExternalName') return;
  const oldIPs: string[] = os.clusterIPs ?? (os.clusterIP ? [os.clusterIP] : []);
  const newIPs: string[] = s.clusterIPs ?? (s.clusterIP ? [s.clusterIP] : []);
  if (oldIPs.length && newIPs.length && oldIPs[0] !== newIPs[0]) {
    errs.push(invalid('spec.clusterIPs[0]', `[]string{${newIPs.map(goQuote).join(', ')}}`, 'may not change once set', true));
  }
}
