/**
 * `kubectl describe` (kubernetes/kubectl pkg/cmd/describe/describe.go): one describer per
 * kind from a table, the generic describer for the rest; several objects are separated by
 * a blank line; `describe TYPE PREFIX` falls back to every object whose name starts with
 * PREFIX when there is no exact match.
 */
import { isStatus, typeForKind, type KObject, type ResourceType } from '../../../sim/index.js';
import { fail } from '../../context.js';
import { flag, type FlagSpec } from '../../flags.js';
import { loadManifests } from '../../manifests.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { ENDPOINTS_WARNING, enhanceListError, selectResources } from '../get-select.js';
import { describeCronJob, describeJob } from './batch.js';
import { describeGeneric } from './generic.js';
import { describeIngress } from './ingress.js';
import { describeNode } from './node.js';
import { describePod } from './pod.js';
import { describeRole, describeRoleBinding } from './rbac.js';
import { describeEndpoints, describeService } from './service.js';
import { describeConfigMap, describeNamespace, describeSecret, describeServiceAccount } from './simple.js';
import { describeDaemonSet, describeDeployment, describeReplicaSet, describeReplicationController, describeStatefulSet } from './workloads.js';
import type { DescribeContext } from './writer.js';

export { describePodTemplate } from './containers.js';
export { PrefixWriter, type DescribeContext } from './writer.js';

export type Describer = (obj: KObject, ctx: DescribeContext) => string;

/** Describers by `group/Kind` (core group: `/Kind`). */
export const DESCRIBERS: Record<string, Describer> = {
  '/Pod': describePod,
  'apps/Deployment': describeDeployment,
  'apps/ReplicaSet': describeReplicaSet,
  'apps/DaemonSet': describeDaemonSet,
  'apps/StatefulSet': describeStatefulSet,
  '/ReplicationController': describeReplicationController,
  '/Service': describeService,
  '/Endpoints': describeEndpoints,
  '/Node': describeNode,
  '/Namespace': describeNamespace,
  '/ConfigMap': describeConfigMap,
  '/Secret': describeSecret,
  '/ServiceAccount': describeServiceAccount,
  'batch/Job': describeJob,
  'batch/CronJob': describeCronJob,
  'networking.k8s.io/Ingress': describeIngress,
  'rbac.authorization.k8s.io/Role': describeRole,
  'rbac.authorization.k8s.io/ClusterRole': describeRole,
  'rbac.authorization.k8s.io/RoleBinding': describeRoleBinding,
  'rbac.authorization.k8s.io/ClusterRoleBinding': describeRoleBinding,
};

/** Describes one object with its kind's describer (exported for rollout history and friends). */
export function describeObject(type: Pick<ResourceType, 'group' | 'kind'>, obj: KObject, ctx: DescribeContext): string {
  return (DESCRIBERS[`${type.group}/${type.kind}`] ?? describeGeneric)(obj, ctx);
}

const LONG = "Show details of a specific resource or group of resources.\n\n Print a detailed description of the selected resources, including related resources such as events or controllers. You may select a single object by name, all objects of that type, provide a name prefix, or label selector. For example:\n\n        $ kubectl describe TYPE NAME_PREFIX\n        \n will first check for an exact match on TYPE and NAME_PREFIX. If no such resource exists, it will output details for every resource that has a name prefixed with NAME_PREFIX.\n\nUse \"kubectl api-resources\" for a complete list of supported resources.";
const EXAMPLES = "  # Describe a node\n  kubectl describe nodes kubernetes-node-emt8.c.myproject.internal\n  \n  # Describe a pod\n  kubectl describe pods/nginx\n  \n  # Describe a pod identified by type and name in \"pod.json\"\n  kubectl describe -f pod.json\n  \n  # Describe all pods\n  kubectl describe pods\n  \n  # Describe pods by label name=myLabel\n  kubectl describe pods -l name=myLabel\n  \n  # Describe all pods managed by the 'frontend' replication controller\n  # (rc-created pods get the name of the rc as a prefix in the pod name)\n  kubectl describe pods frontend";
const USAGE = "kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]";
const FLAGS: FlagSpec[] = [
  { name: 'all-namespaces', shorthand: 'A', type: 'bool', usage: "If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace." },
  { name: 'chunk-size', type: 'int', default: 500, usage: "Return large lists in chunks rather than all at once. Pass 0 to disable. This flag is beta and may change in the future." },
  { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: "Filename, directory, or URL to files containing the resource to describe" },
  { name: 'kustomize', shorthand: 'k', type: 'string', usage: "Process the kustomization directory. This flag can't be used together with -f or -R." },
  { name: 'recursive', shorthand: 'R', type: 'bool', usage: "Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory." },
  { name: 'selector', shorthand: 'l', type: 'string', usage: "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints." },
  { name: 'show-events', type: 'bool', default: true, usage: "If true, display events related to the described object." },
];

function statusLine(s: { reason?: string; message: string }): string {
  return s.reason && s.reason !== 'Unknown' ? `Error from server (${s.reason}): ${s.message}` : `Error from server: ${s.message}`;
}

function run(ctx: VerbContext): number {
  const p = ctx.parsed;
  const files = flag.list(p, 'filename');
  if (!p.args.length && !files.length) {
    return fail(ctx, 'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.');
  }
  const dctx: DescribeContext = { client: ctx.client, now: ctx.session.cluster.now(), showEvents: flag.bool(p, 'show-events') };
  const all = flag.bool(p, 'all-namespaces');
  const infos: { type: ResourceType; obj: KObject }[] = [];
  const errors: string[] = [];
  const notFound: string[] = [];
  const warned = new Set<string>();
  const warn = (type: ResourceType, warnings: string[] | undefined) => {
    // The 1.33 server warns on every core/v1 Endpoints request; print it if our API did not.
    for (const w of warnings ?? (type.kind === 'Endpoints' && type.group === '' ? [ENDPOINTS_WARNING] : [])) {
      if (!warned.has(w)) ctx.io.err(`Warning: ${w}\n`);
      warned.add(w);
    }
  };
  const getOne = (type: ResourceType, namespace: string, name: string) => {
    const res = ctx.client.request({ verb: 'get', group: type.group, resource: type.plural, namespace: type.namespaced ? namespace : undefined, name });
    warn(type, res.warnings);
    if (isStatus(res.body) && res.code >= 300) {
      errors.push(statusLine(res.body));
      if (res.body.reason === 'NotFound') notFound.push(name);
    } else infos.push({ type, obj: res.body as KObject });
  };
  if (files.length) {
    const loaded = loadManifests(ctx, files, flag.bool(p, 'recursive'));
    errors.push(...loaded.errors);
    for (const { object } of loaded.objects) {
      const type = typeForKind(object.apiVersion, object.kind);
      if (!type) {
        errors.push(`error: resource mapping not found for name: "${object.metadata?.name ?? ''}" namespace: "" from "": no matches for kind "${object.kind}" in version "${object.apiVersion}"`);
        continue;
      }
      getOne(type, object.metadata?.namespace || ctx.namespace, object.metadata?.name ?? '');
    }
  } else {
    const selected = selectResources(p.args);
    if (!selected.ok) return fail(ctx, selected.error);
    for (const sel of selected.items) {
      if (sel.names.length) {
        for (const name of sel.names) getOne(sel.type, ctx.namespace, name);
        continue;
      }
      const res = ctx.client.request({
        verb: 'list', group: sel.type.group, resource: sel.type.plural,
        namespace: sel.type.namespaced && !all ? ctx.namespace : undefined,
        query: { labelSelector: flag.str(p, 'selector') || undefined },
      });
      warn(sel.type, res.warnings);
      if (isStatus(res.body) && res.code >= 300) errors.push(statusLine(enhanceListError(res.body, sel.type, flag.str(p, 'selector') || undefined)));
      else for (const o of res.body.items as KObject[]) infos.push({ type: sel.type, obj: o });
    }
    // `describe TYPE PREFIX`: no exact match → every object whose name starts with PREFIX.
    if (p.args.length === 2 && !p.args[0].includes('/') && notFound.length === 1 && !infos.length) {
      const type = selected.items[0]?.type;
      const res = type && ctx.client.request({ verb: 'list', group: type.group, resource: type.plural, namespace: type.namespaced ? ctx.namespace : undefined });
      const matches = res && !isStatus(res.body) ? (res.body.items as KObject[]).filter((o) => (o.metadata.name ?? '').startsWith(p.args[1])) : [];
      if (matches.length) {
        for (const o of matches) ctx.io.out(`${describeObject(type!, o, dctx)}\n`);
        return 0;
      }
    }
  }
  infos.forEach(({ type, obj }, i) => ctx.io.out(`${i ? '\n\n' : ''}${describeObject(type, obj, dctx)}`));
  if (!infos.length && !errors.length) {
    ctx.io.err(all ? 'No resources found\n' : `No resources found in ${ctx.namespace} namespace.\n`);
  }
  for (const e of [...new Set(errors)]) ctx.io.err(`${e}\n`);
  return errors.length ? 1 : 0;
}

export const describeVerb: VerbDef = {
  name: 'describe',
  group: 'Troubleshooting and Debugging Commands',
  short: 'Show details of a specific resource or group of resources',
  long: LONG,
  examples: EXAMPLES,
  usage: USAGE,
  flags: FLAGS,
  run,
};
