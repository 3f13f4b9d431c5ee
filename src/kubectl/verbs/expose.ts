/**
 * `kubectl expose (TYPE NAME | -f FILE) [--port] [--target-port] [--type] [--name]
 * [--selector] [--protocol]` (pkg/cmd/expose/expose.go): a Service for a Deployment,
 * ReplicaSet, ReplicationController, Pod or Service, taking the selector, ports, protocols and
 * labels from the object unless given. Prints `service/web exposed`.
 */
import type { KObject } from '../../sim/index.js';
import { helpOf } from '../apply/flag-specs.js';
import { applyOverrides } from '../apply/overrides.js';
import { podSpecOf } from '../apply/pod-template.js';
import { findTargets } from '../apply/targets.js';
import { fail, failUsage } from '../context.js';
import { flag } from '../flags.js';
import type { VerbContext, VerbDef } from '../types.js';
import { createGenerated } from './create/generator.js';
import { NO_RESOURCES } from '../apply/common.js';

const EXPOSABLE = new Set(['Pod', 'Service', 'ReplicationController', 'Deployment', 'ReplicaSet']);

const mapString = (m: Record<string, string>) => Object.keys(m).sort().map((k) => `${k}=${m[k]}`).join(',');

/** MapBasedSelectorForObject. */
function selectorOf(obj: KObject): { ok: true; value: string } | { ok: false; error: string } {
  switch (obj.kind) {
    case 'Pod':
      if (!Object.keys(obj.metadata.labels ?? {}).length) return { ok: false, error: 'the pod has no labels and cannot be exposed' };
      return { ok: true, value: mapString(obj.metadata.labels!) };
    case 'Service':
      if (!Object.keys(obj.spec?.selector ?? {}).length) return { ok: false, error: 'the service has no pod selector set' };
      return { ok: true, value: mapString(obj.spec.selector) };
    case 'ReplicationController':
      return { ok: true, value: mapString(obj.spec?.selector ?? {}) };
    default: {
      const sel = obj.spec?.selector ?? {};
      if (sel.matchExpressions?.length) return { ok: false, error: `couldn't convert expressions - "${JSON.stringify(sel.matchExpressions)}" to map-based selector format` };
      return { ok: true, value: mapString(sel.matchLabels ?? {}) };
    }
  }
}

/** PortsForObject and ProtocolsForObject, in object order. */
function portsOf(obj: KObject): { port: string; protocol: string }[] {
  if (obj.kind === 'Service') return (obj.spec?.ports ?? []).map((p: any) => ({ port: String(p.port), protocol: p.protocol ?? 'TCP' }));
  const spec = podSpecOf(JSON.parse(JSON.stringify(obj)));
  const out: { port: string; protocol: string }[] = [];
  for (const c of spec?.containers ?? []) for (const p of c.ports ?? []) out.push({ port: String(p.containerPort), protocol: p.protocol ?? 'TCP' });
  return out;
}

function parseLabelSpec(spec: string): { ok: true; value: Record<string, string> } | { ok: false; error: string } {
  const out: Record<string, string> = {};
  for (const part of spec.split(',')) {
    const kv = part.split('=');
    if (kv.length !== 2) return { ok: false, error: `unexpected label spec: ${part}` };
    if (!kv[0]) return { ok: false, error: 'unexpected empty label key' };
    out[kv[0]] = kv[1];
  }
  return { ok: true, value: out };
}

function run(ctx: VerbContext): number {
  const p = ctx.parsed;
  const found = findTargets(ctx, p.args, { allowList: false, fetch: true });
  if (!found.ok) {
    if (found.error === 'NO_RESOURCES') return fail(ctx, NO_RESOURCES);
    return found.usage ? failUsage(ctx, found.error) : fail(ctx, found.error);
  }
  if (found.errors.length) {
    for (const e of found.errors) ctx.io.err(`${e}\n`);
    return 1;
  }
  for (const t of found.targets) {
    let obj = t.object as KObject;
    if (t.source) {
      const got = ctx.client.get({ group: t.type.group, resource: t.type.plural }, t.namespace, t.name);
      if (got.ok) obj = got.value;
    }
    if (!EXPOSABLE.has(t.type.kind)) return fail(ctx, `cannot expose a ${t.type.kind}`);
    const selectorSpec = flag.str(p, 'selector') || (() => {
      const s = selectorOf(obj);
      return s.ok ? s.value : `!${s.error}`;
    })();
    if (selectorSpec.startsWith('!')) return fail(ctx, `couldn't retrieve selectors via --selector flag or introspection: ${selectorSpec.slice(1)}`);
    if (!selectorSpec) return fail(ctx, 'selector must be specified');
    const selector = parseLabelSpec(selectorSpec);
    if (!selector.ok) return fail(ctx, selector.error);
    const headless = flag.str(p, 'cluster-ip') === 'None';
    const portFlag = flag.str(p, 'port');
    const objPorts = portsOf(obj);
    const portStrings = portFlag ? [portFlag] : objPorts.map((x) => x.port);
    if (!portStrings.length && !headless) return fail(ctx, "couldn't find port via --port flag or introspection");
    const protocolFlag = flag.str(p, 'protocol');
    const ports: Record<string, unknown>[] = [];
    for (let i = 0; i < portStrings.length; i++) {
      const ps = portStrings[i];
      if (!/^-?\d+$/.test(ps)) return fail(ctx, `strconv.Atoi: parsing ${JSON.stringify(ps)}: invalid syntax`);
      const protocols = objPorts.filter((x) => x.port === ps).map((x) => x.protocol).filter((x, k, a) => a.indexOf(x) === k);
      const baseName = portStrings.length > 1 ? `port-${i + 1}` : flag.str(p, 'port-name');
      if (!protocolFlag && protocols.length > 1) {
        for (const pr of protocols) ports.push({ name: `port-${i + 1}-${pr.toLowerCase()}`, protocol: pr, port: Number(ps) });
        continue;
      }
      const protocol = protocolFlag || protocols[0] || 'TCP';
      const port: Record<string, unknown> = {};
      if (baseName) port.name = baseName;
      port.protocol = protocol;
      port.port = Number(ps);
      ports.push(port);
    }
    const target = flag.str(p, 'target-port');
    for (const port of ports) port.targetPort = target ? (/^\d+$/.test(target) ? Number(target) : target) : port.port;
    const labelSpec = flag.str(p, 'labels');
    let labels: Record<string, string> | undefined;
    if (labelSpec) {
      const l = parseLabelSpec(labelSpec);
      if (!l.ok) return fail(ctx, l.error);
      labels = l.value;
    } else if (Object.keys(obj.metadata.labels ?? {}).length) labels = { ...obj.metadata.labels };
    const name = flag.str(p, 'name') || t.name.slice(0, 63);
    const spec: Record<string, unknown> = {};
    if (ports.length) spec.ports = ports;
    spec.selector = selector.value;
    const clusterIP = flag.str(p, 'cluster-ip');
    if (clusterIP) spec.clusterIP = clusterIP;
    const type = flag.str(p, 'type');
    if (type) spec.type = type;
    const externalIP = flag.str(p, 'external-ip');
    if (externalIP) spec.externalIPs = [externalIP];
    const affinity = flag.str(p, 'session-affinity');
    if (affinity) {
      if (affinity !== 'None' && affinity !== 'ClientIP') return fail(ctx, `unknown session affinity: ${affinity}`);
      spec.sessionAffinity = affinity;
    }
    const metadata: KObject['metadata'] = { name };
    if (ctx.namespaceExplicit) metadata.namespace = ctx.namespace;
    (metadata as Record<string, unknown>).creationTimestamp = null;
    if (labels) metadata.labels = labels;
    const svc: KObject = { kind: 'Service', apiVersion: 'v1', metadata, spec, status: { loadBalancer: {} } };
    const overridden = applyOverrides(ctx, svc);
    if (!overridden.ok) return fail(ctx, overridden.error);
    const code = createGenerated(ctx, overridden.object, undefined, 'exposed');
    if (code) return code;
  }
  return 0;
}

export const exposeVerb: VerbDef = {
  name: 'expose',
  group: 'Basic Commands (Beginner)',
  ...helpOf('expose'),
  short: 'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service',
  run,
};
