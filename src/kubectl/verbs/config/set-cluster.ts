/** `kubectl config set-cluster NAME --server=...` (`Cluster "NAME" set.`). */
import { fail } from '../../context.js';
import { flag } from '../../flags.js';
import type { FlagSpec } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';

function run(ctx: VerbContext): number {
  const p = ctx.parsed;
  const name = p.args[0];
  if (!name) return fail(ctx, 'you must specify a non-empty cluster name');
  const cfg = ctx.session.kubeconfig;
  let c = cfg.clusters.find((x) => x.name === name);
  if (!c) {
    c = { name, server: '' };
    cfg.clusters.push(c);
  }
  if (flag.given(p, 'server')) c.server = flag.str(p, 'server');
  ctx.io.out(`Cluster "${name}" set.\n`);
  return 0;
}

const FLAGS: FlagSpec[] = [
  { name: 'certificate-authority', type: 'string', usage: "Path to certificate-authority file for the cluster entry in kubeconfig" },
  { name: 'embed-certs', type: 'bool', usage: "embed-certs for the cluster entry in kubeconfig" },
  { name: 'insecure-skip-tls-verify', type: 'bool', usage: "insecure-skip-tls-verify for the cluster entry in kubeconfig" },
  { name: 'proxy-url', type: 'string', usage: "proxy-url for the cluster entry in kubeconfig" },
  { name: 'server', type: 'string', usage: "server for the cluster entry in kubeconfig" },
  { name: 'tls-server-name', type: 'string', usage: "tls-server-name for the cluster entry in kubeconfig" },
];

export const setClusterVerb: VerbDef = {
  name: 'set-cluster',
  short: "Set a cluster entry in kubeconfig",
  long: "Set a cluster entry in kubeconfig.\n\n Specifying a name that already exists will merge new fields on top of existing values for those fields.",
  examples: "  # Set only the server field on the e2e cluster entry without touching other values\n  kubectl config set-cluster e2e --server=https://1.2.3.4\n  \n  # Embed certificate authority data for the e2e cluster entry\n  kubectl config set-cluster e2e --embed-certs --certificate-authority=~/.kube/e2e/kubernetes.ca.crt\n  \n  # Disable cert checking for the e2e cluster entry\n  kubectl config set-cluster e2e --insecure-skip-tls-verify=true\n  \n  # Set the custom TLS server name to use for validation for the e2e cluster entry\n  kubectl config set-cluster e2e --tls-server-name=my-cluster-name\n  \n  # Set the proxy URL for the e2e cluster entry\n  kubectl config set-cluster e2e --proxy-url=https://1.2.3.4",
  usage: "kubectl config set-cluster NAME [--server=server] [--certificate-authority=path/to/certificate/authority] [--insecure-skip-tls-verify=true] [--tls-server-name=example.com] [options]",
  flags: FLAGS,
  run,
};
