/**
 * `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME`
 * (kubernetes/kubectl pkg/cmd/create/create_service.go): selector and label `app: NAME`,
 * one TCP port per `--tcp=port[:targetPort]`, named after the spec with `:` → `-`.
 */
import type { KObject } from '../../../sim/index.js';
import { helpOf } from '../../apply/flag-specs.js';
import { fail } from '../../context.js';
import { flag } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { createGenerated, generatedMeta, requiredFlag, singleName } from './generator.js';

type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** parsePorts: the port is a uint16, the target an int or a name. */
function parsePort(spec: string): { ok: true; port: number; target: number | string } | { ok: false; error: string } {
  const parts = spec.split(':');
  const p = parts[0];
  if (!/^\d+$/.test(p)) return { ok: false, error: `strconv.ParseUint: parsing ${JSON.stringify(p)}: invalid syntax` };
  const port = Number(p);
  if (port > 65535) return { ok: false, error: `strconv.ParseUint: parsing ${JSON.stringify(p)}: value out of range` };
  if (parts.length < 2) return { ok: true, port, target: port };
  const t = parts[1];
  return { ok: true, port, target: /^-?\d+$/.test(t) ? Number(t) : t };
}

function runFor(type: ServiceType) {
  return (ctx: VerbContext): number => {
    const name = singleName(ctx);
    if (typeof name === 'number') return name;
    const tcp = type === 'ExternalName' ? [] : flag.list(ctx.parsed, 'tcp');
    const clusterIP = type === 'ClusterIP' ? flag.str(ctx.parsed, 'clusterip') : '';
    const externalName = type === 'ExternalName' ? flag.str(ctx.parsed, 'external-name') : '';
    if (type === 'ExternalName' && !flag.given(ctx.parsed, 'external-name')) return requiredFlag(ctx, 'external-name');
    if (clusterIP === 'None' && type !== 'ClusterIP') return fail(ctx, 'ClusterIP=None can only be used with ClusterIP service type');
    if (clusterIP !== 'None' && !tcp.length && type !== 'ExternalName') return fail(ctx, 'at least one tcp port specifier must be provided');
    if (type === 'ExternalName' && !(externalName.length <= 253 && DNS1123_SUBDOMAIN.test(externalName))) return fail(ctx, `invalid service external name ${externalName}`);
    const ports: Record<string, unknown>[] = [];
    for (const spec of tcp) {
      const parsed = parsePort(spec);
      if (!parsed.ok) return fail(ctx, parsed.error);
      const port: Record<string, unknown> = { name: spec.replace(/:/g, '-'), protocol: 'TCP', port: parsed.port, targetPort: parsed.target };
      const nodePort = type === 'NodePort' ? flag.int(ctx.parsed, 'node-port') : 0;
      if (nodePort) port.nodePort = nodePort;
      ports.push(port);
    }
    const spec: Record<string, unknown> = {};
    if (ports.length) spec.ports = ports;
    spec.selector = { app: name };
    if (clusterIP) spec.clusterIP = clusterIP;
    spec.type = type;
    if (externalName) spec.externalName = externalName;
    const obj: KObject = { kind: 'Service', apiVersion: 'v1', metadata: generatedMeta(ctx, name, { app: name }), spec, status: { loadBalancer: {} } };
    return createGenerated(ctx, obj, `failed to create ${type} service`);
  };
}

const sub = (name: string, type: ServiceType): VerbDef => ({ name, ...helpOf(`create service ${name}`), short: `Create ${type === 'ExternalName' ? 'an' : 'a'} ${type} service`, run: runFor(type) });

export const createServiceVerb: VerbDef = {
  name: 'service',
  aliases: ['svc'],
  ...helpOf('create service'),
  short: 'Create a service using a specified subcommand',
  subcommands: [sub('clusterip', 'ClusterIP'), sub('externalname', 'ExternalName'), sub('loadbalancer', 'LoadBalancer'), sub('nodeport', 'NodePort')],
  // The real `kubectl create service` alone prints its help on stdout and exits 1.
  groupHelpStream: 'out',
};
