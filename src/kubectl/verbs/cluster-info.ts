/**
 * `kubectl cluster-info` (pkg/cmd/clusterinfo/clusterinfo.go, 1.33: no colours): the API
 * server address from the kubeconfig, then every Service labelled
 * kubernetes.io/cluster-service=true in kube-system (or -n) as an API-server proxy link.
 */
import { R, type Service } from '../../sim/index.js';
import { currentContext } from '../kubeconfig.js';
import type { VerbContext, VerbDef } from '../types.js';

function run(ctx: VerbContext): number {
  const cfg = ctx.session.kubeconfig;
  const kctx = currentContext(cfg, ctx.parsed.values.get('context') as string);
  const host = cfg.clusters.find((c) => c.name === kctx?.cluster)?.server ?? 'https://127.0.0.1:6443';
  const namespace = ctx.namespaceExplicit ? ctx.namespace : 'kube-system';
  let out = `Kubernetes control plane is running at ${host}\n`;
  const res = ctx.client.list<Service>(R.services, namespace, { labelSelector: 'kubernetes.io/cluster-service=true' });
  if (!res.ok) {
    ctx.io.out(`${out}\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`);
    ctx.io.err(`Error from server (${res.status.reason}): ${res.status.message}\n`);
    return 1;
  }
  for (const svc of res.value.items) {
    let link = '';
    const ingress = svc.status?.loadBalancer?.ingress?.[0];
    if (ingress) {
      const ip = ingress.ip || ingress.hostname;
      for (const p of svc.spec.ports ?? []) link += `http://${ip}:${p.port} `;
    } else {
      let name = svc.metadata.name!;
      const port = svc.spec.ports?.[0];
      if (port) {
        const scheme = port.name === 'https' || port.port === 443 ? 'https' : '';
        // utilnet.JoinSchemeNamePort: `scheme:name:port`, dropping empty trailing parts.
        name = scheme ? `${scheme}:${name}${port.name ? `:${port.name}` : ''}` : port.name ? `${name}:${port.name}` : name;
      }
      link = `${host}/api/v1/namespaces/${svc.metadata.namespace}/services/${name}/proxy`;
    }
    out += `${svc.metadata.labels?.['kubernetes.io/name'] || svc.metadata.name} is running at ${link}\n`;
  }
  ctx.io.out(`${out}\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`);
  return 0;
}

export const clusterInfoVerb: VerbDef = {
  name: 'cluster-info',
  group: 'Cluster Management Commands',
  short: 'Display cluster information',
  long: "Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.",
  examples: '  # Print the address of the control plane and cluster services\n  kubectl cluster-info',
  usage: 'kubectl cluster-info [flags] [options]',
  flags: [],
  run,
};
