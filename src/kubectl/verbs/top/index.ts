/**
 * `kubectl top pod|node` (pkg/cmd/top): the simulated cluster runs no metrics-server, so
 * there is no metrics.k8s.io API and kubectl stops before asking for any metrics:
 *
 *   error: Metrics API not available
 */
import { fail } from '../../context.js';
import type { FlagSpec } from '../../flags.js';
import type { VerbContext, VerbDef } from '../../types.js';

const SELECTOR: FlagSpec = { name: 'selector', shorthand: 'l', type: 'string', usage: "Selector (label query) to filter on, supports '=', '==', '!=', 'in', 'notin'.(e.g. -l key1=value1,key2=value2,key3 in (value3)). Matching objects must satisfy all of the specified label constraints." };
const PROTOBUF: FlagSpec = { name: 'use-protocol-buffers', type: 'bool', default: true, usage: 'Enables using protocol-buffers to access Metrics API.' };

/** Both subcommands check for the Metrics API first (top_pod.go / top_node.go RunTopPod/RunTopNode). */
function noMetrics(ctx: VerbContext): number {
  return fail(ctx, 'Metrics API not available');
}

const topPodVerb: VerbDef = {
  name: 'pod',
  aliases: ['pods', 'po'],
  short: 'Display resource (CPU/memory) usage of pods',
  usage: 'kubectl top pod [NAME | -l label] [options]',
  long: `Display resource (CPU/memory) usage of pods.

 The 'top pod' command allows you to see the resource consumption of pods.

 Due to the metrics pipeline delay, they may be unavailable for a few minutes since pod creation.`,
  examples: `  # Show metrics for all pods in the default namespace
  kubectl top pod
  
  # Show metrics for all pods in the given namespace
  kubectl top pod --namespace=NAMESPACE
  
  # Show metrics for a given pod and its containers
  kubectl top pod POD_NAME --containers
  
  # Show metrics for the pods defined by label name=myLabel
  kubectl top pod -l name=myLabel`,
  flags: [
    { name: 'all-namespaces', shorthand: 'A', type: 'bool', usage: 'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.' },
    { name: 'containers', type: 'bool', usage: 'If present, print usage of containers within a pod.' },
    { name: 'field-selector', type: 'string', usage: "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type." },
    { name: 'no-headers', type: 'bool', usage: 'If present, print output without headers.' },
    SELECTOR,
    { name: 'sort-by', type: 'string', usage: "If non-empty, sort pods list using specified field. The field can be either 'cpu' or 'memory'." },
    { name: 'sum', type: 'bool', usage: 'Print the sum of the resource usage' },
    PROTOBUF,
  ],
  run: noMetrics,
};

const topNodeVerb: VerbDef = {
  name: 'node',
  aliases: ['nodes', 'no'],
  short: 'Display resource (CPU/memory) usage of nodes',
  usage: 'kubectl top node [NAME | -l label] [options]',
  long: `Display resource (CPU/memory) usage of nodes.

 The top-node command allows you to see the resource consumption of nodes.`,
  examples: `  # Show metrics for all nodes
  kubectl top node
  
  # Show metrics for a given node
  kubectl top node NODE_NAME`,
  flags: [
    { name: 'no-headers', type: 'bool', usage: 'If present, print output without headers' },
    SELECTOR,
    { name: 'show-capacity', type: 'bool', usage: 'Print node resources based on Capacity instead of Allocatable(default) of the nodes.' },
    { name: 'sort-by', type: 'string', usage: "If non-empty, sort nodes list using specified field. The field can be either 'cpu' or 'memory'." },
    PROTOBUF,
  ],
  run: noMetrics,
};

export const topVerb: VerbDef = {
  name: 'top',
  group: 'Cluster Management Commands',
  short: 'Display resource (CPU/memory) usage',
  usage: 'kubectl top [flags] [options]',
  long: `Display resource (CPU/memory) usage.

 The top command allows you to see the resource consumption for nodes or pods.

 This command requires Metrics Server to be correctly configured and working on the server.`,
  subcommands: [topNodeVerb, topPodVerb],
};
