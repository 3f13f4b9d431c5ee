/**
 * Help text in kubectl's cobra layout (kubectl/pkg/util/templates): `kubectl --help` lists
 * every kubectl 1.33 command by group, whether or not the simulator implements it (the
 * real list is what a learner expects to read); `kubectl VERB --help` prints the long
 * description, aliases, examples, sub-commands, options and usage.
 */
import { formatDuration, type FlagSpec } from './flags.js';
import type { VerbDef } from './types.js';

/** kubectl 1.33's root command groups, in order, with each command's short description. */
export const ROOT_GROUPS: { title: string; commands: [string, string][] }[] = [
  { title: 'Basic Commands (Beginner)', commands: [
    ['create', 'Create a resource from a file or from stdin'],
    ['expose', 'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service'],
    ['run', 'Run a particular image on the cluster'],
    ['set', 'Set specific features on objects'],
  ] },
  { title: 'Basic Commands (Intermediate)', commands: [
    ['explain', 'Get documentation for a resource'],
    ['get', 'Display one or many resources'],
    ['edit', 'Edit a resource on the server'],
    ['delete', 'Delete resources by file names, stdin, resources and names, or by resources and label selector'],
  ] },
  { title: 'Deploy Commands', commands: [
    ['rollout', 'Manage the rollout of a resource'],
    ['scale', 'Set a new size for a deployment, replica set, or replication controller'],
    ['autoscale', 'Auto-scale a deployment, replica set, stateful set, or replication controller'],
  ] },
  { title: 'Cluster Management Commands', commands: [
    ['certificate', 'Modify certificate resources'],
    ['cluster-info', 'Display cluster information'],
    ['top', 'Display resource (CPU/memory) usage'],
    ['cordon', 'Mark node as unschedulable'],
    ['uncordon', 'Mark node as schedulable'],
    ['drain', 'Drain node in preparation for maintenance'],
    ['taint', 'Update the taints on one or more nodes'],
  ] },
  { title: 'Troubleshooting and Debugging Commands', commands: [
    ['describe', 'Show details of a specific resource or group of resources'],
    ['logs', 'Print the logs for a container in a pod'],
    ['attach', 'Attach to a running container'],
    ['exec', 'Execute a command in a container'],
    ['port-forward', 'Forward one or more local ports to a pod'],
    ['proxy', 'Run a proxy to the Kubernetes API server'],
    ['cp', 'Copy files and directories to and from containers'],
    ['auth', 'Inspect authorization'],
    ['debug', 'Create debugging sessions for troubleshooting workloads and nodes'],
    ['events', 'List events'],
  ] },
  { title: 'Advanced Commands', commands: [
    ['diff', 'Diff the live version against a would-be applied version'],
    ['apply', 'Apply a configuration to a resource by file name or stdin'],
    ['patch', 'Update fields of a resource'],
    ['replace', 'Replace a resource by file name or stdin'],
    ['wait', 'Experimental: Wait for a specific condition on one or many resources'],
    ['kustomize', 'Build a kustomization target from a directory or URL'],
  ] },
  { title: 'Settings Commands', commands: [
    ['label', 'Update the labels on a resource'],
    ['annotate', 'Update the annotations on a resource'],
    ['completion', 'Output shell completion code for the specified shell (bash, zsh, fish, or powershell)'],
  ] },
  { title: 'Subcommands provided by plugins', commands: [] },
  { title: 'Other Commands', commands: [
    ['api-resources', 'Print the supported API resources on the server'],
    ['api-versions', 'Print the supported API versions on the server, in the form of "group/version"'],
    ['config', 'Modify kubeconfig files'],
    ['plugin', 'Provides utilities for interacting with plugins'],
    ['version', 'Print the client and server version information'],
  ] },
];

/** cobra's command list: names padded to max(longest name, 11) + 2, then a space and the short text. */
function commandLines(commands: [string, string][], width: number): string[] {
  return commands.map(([name, short]) => `  ${name.padEnd(width)} ${short}`);
}

/**
 * `kubectl` / `kubectl --help`:
 *
 *   kubectl controls the Kubernetes cluster manager.
 *
 *    Find more information at: https://kubernetes.io/docs/reference/kubectl/
 *
 *   Basic Commands (Beginner):
 *     create          Create a resource from a file or from stdin
 */
export function renderRootHelp(verbs: VerbDef[]): string {
  void verbs;
  const all = ROOT_GROUPS.flatMap((g) => g.commands.map(([n]) => n));
  const width = Math.max(11, ...all.map((n) => n.length)) + 2;
  const lines = ['kubectl controls the Kubernetes cluster manager.', '', ' Find more information at: https://kubernetes.io/docs/reference/kubectl/', ''];
  for (const g of ROOT_GROUPS) lines.push(`${g.title}:`, ...commandLines(g.commands, width), '');
  lines.push(
    'Usage:', '  kubectl [flags] [options]', '',
    'Use "kubectl <command> --help" for more information about a given command.',
    'Use "kubectl options" for a list of global command-line options (applies to all commands).', '',
  );
  return lines.join('\n');
}

/** One option as kubectl's flag template prints it: `    -o, --output='':` then the usage after a tab. */
export function flagLines(f: FlagSpec): string[] {
  const name = f.shorthand ? `-${f.shorthand}, --${f.name}` : `--${f.name}`;
  let def: string;
  if (f.type === 'bool') def = f.default === true ? 'true' : 'false';
  else if (f.type === 'stringArray' || f.type === 'stringSlice') def = `[${((f.default as string[] | undefined) ?? []).join(',')}]`;
  else if (f.type === 'int') def = String(f.default ?? 0);
  else if (f.type === 'duration') def = typeof f.default === 'string' ? f.default : formatDuration(typeof f.default === 'number' ? f.default : 0);
  else def = `'${f.default ?? ''}'`;
  return [`    ${name}=${def}:`, `\t${f.usage}`, ''];
}

/** `kubectl VERB --help` in kubectl's cobra template. */
export function renderHelp(verb: VerbDef, path: string): string {
  const out: string[] = [];
  out.push(verb.long ?? verb.short, '');
  if (verb.examples) out.push('Examples:', verb.examples, '');
  const subs = verb.subcommands ?? [];
  if (subs.length) {
    const width = Math.max(11, ...subs.map((s) => s.name.length)) + 2;
    const visible = subs.filter((x) => !x.hidden).sort((a, b) => (a.name < b.name ? -1 : 1));
    out.push('Available Commands:', ...commandLines(visible.map((s) => [s.name, s.short]), width), '');
  }
  const flags = (verb.flags ?? []).filter((f) => !f.hidden);
  if (flags.length) {
    out.push('Options:');
    for (const f of [...flags].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) out.push(...flagLines(f));
  }
  out.push('Usage:', `  ${verb.usage ?? `${path} [options]`}`, '');
  if (subs.length) out.push(`Use "${path} <command> --help" for more information about a given command.`);
  out.push('Use "kubectl options" for a list of global command-line options (applies to all commands).', '');
  return out.join('\n');
}
