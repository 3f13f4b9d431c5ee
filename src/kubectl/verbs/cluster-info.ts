/**
 * `kubectl cluster-info` (pkg/cmd/clusterinfo/clusterinfo.go, 1.33: no colours): the API
 * server address from the kubeconfig, then every Service labelled
 * kubernetes.io/cluster-service=true in kube-system (or -n) as an API-server proxy link.
 */
import { R, type Service } from '../../sim/index.js';
import { currentContext } from '../kubeconfig.js';
import { toJson } from './get-printers.js';
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

/**
 * `kubectl cluster-info dump` (approximate): the nodes, then per namespace the events,
 * replication controllers, services, daemon sets, deployments, replica sets and pods as
 * JSON lists, as the real dump prints them to stdout (container logs are not included).
 */
function dump(ctx: VerbContext): number {
  const list = (group: string, resource: string, namespace?: string) => {
    const r = ctx.client.request({ verb: 'list', group, resource, namespace });
    return r.code < 300 ? r.body : { kind: 'List', apiVersion: 'v1', metadata: {}, items: [] };
  };
  let out = toJson(list('', 'nodes'));
  const namespaces = ctx.parsed.values.get('all-namespaces') === true
    ? (list('', 'namespaces').items as { metadata: { name: string } }[]).map((n) => n.metadata.name)
    : ['kube-system', ctx.namespaceExplicit ? ctx.namespace : 'default'];
  for (const ns of [...new Set(namespaces)]) {
    for (const [group, resource] of [['', 'events'], ['', 'replicationcontrollers'], ['', 'services'], ['apps', 'daemonsets'], ['apps', 'deployments'], ['apps', 'replicasets'], ['', 'pods']]) {
      out += toJson(list(group, resource, ns));
    }
  }
  ctx.io.out(out);
  return 0;
}

const dumpVerb: VerbDef = {
  name: 'dump',
  short: 'Dump relevant information for debugging and diagnosis',
  long: "Dump cluster information out suitable for debugging and diagnosing cluster problems.  By default, dumps everything to stdout. You can optionally specify a directory with --output-directory.  If you specify a directory, Kubernetes will build a set of files in that directory.  By default, only dumps things in the current namespace and 'kube-system' namespace, but you can switch to a different namespace with the --namespaces flag, or specify --all-namespaces to dump all namespaces.\n\n The command also dumps the logs of all of the pods in the cluster; these logs are dumped into different directories based on namespace and pod name.",
  usage: 'kubectl cluster-info dump [flags] [options]',
  flags: [{ name: 'all-namespaces', shorthand: 'A', type: 'bool', usage: 'If true, dump all namespaces.  If true, --namespaces is ignored.' }],
  run: dump,
};

export const clusterInfoVerb: VerbDef = {
  name: 'cluster-info',
  group: 'Cluster Management Commands',
  short: 'Display cluster information',
  long: "Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.",
  examples: '  # Print the address of the control plane and cluster services\n  kubectl cluster-info',
  usage: 'kubectl cluster-info [flags] [options]',
  flags: [],
  subcommands: [dumpVerb],
  run,
};
