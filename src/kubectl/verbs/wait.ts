/**
 * `kubectl wait` (kubectl pkg/cmd/wait at v0.33.0): for each selected object, watch it
 * until the `--for` condition holds, then print `deployment.apps/web condition met`.
 * Virtual time runs for at most `--timeout` (default 30s; 0 checks once, negative means a
 * week) shared by all objects; expiry is `error: timed out waiting for the condition on
 * deployments/web`.
 */
import { notFound, type KObject, type ResourceType } from '../../sim/index.js';
import { fail, failStatus } from '../context.js';
import { flag, parseDuration } from '../flags.js';
import { resolveArgs } from '../resources.js';
import type { VerbContext, VerbDef } from '../types.js';
import { parseWaitFor, type WaitCondition } from './wait-conditions.js';

const WEEK_MS = 168 * 3_600_000;

interface Info {
  type: ResourceType;
  namespace: string;
  name: string;
}

const kindString = (t: ResourceType): string => (t.group ? `${t.kind.toLowerCase()}.${t.group}` : t.kind.toLowerCase());

function getObj(ctx: VerbContext, info: Info): KObject | undefined {
  const got = ctx.client.get({ group: info.type.group, resource: info.type.plural }, info.namespace, info.name);
  return got.ok ? got.value : undefined;
}

/** The builder: names, `-l`, or `--all` of the given types. NotFound objects are Status errors. */
function selectInfos(ctx: VerbContext, forDelete: boolean): { ok: true; infos: Info[] } | { ok: false; code: number } {
  const resolved = resolveArgs(ctx.parsed.args);
  if (!resolved.ok) return { ok: false, code: fail(ctx, resolved.error) };
  if (!resolved.items.length) return { ok: false, code: fail(ctx, 'You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   \'-f rsrc.yaml\'\n   \'--filename=rsrc.json\'\n   \'<resource> <name>\'\n   \'<resource>\'') };
  const selector = flag.str(ctx.parsed, 'selector');
  const all = flag.bool(ctx.parsed, 'all');
  const allNamespaces = flag.bool(ctx.parsed, 'all-namespaces');
  const infos: Info[] = [];
  for (const item of resolved.items) {
    const ref = { group: item.type.group, resource: item.type.plural };
    if (!item.names.length) {
      if (!selector && !all) return { ok: false, code: fail(ctx, `resource(s) were provided, but no name was specified`) };
      const query: Record<string, string> = {};
      if (selector) query.labelSelector = selector;
      const fieldSelector = flag.str(ctx.parsed, 'field-selector');
      if (fieldSelector) query.fieldSelector = fieldSelector;
      const listed = ctx.client.list(ref, allNamespaces ? undefined : ctx.namespace, query);
      if (!listed.ok) return { ok: false, code: failStatus(ctx, listed.status) };
      for (const o of listed.value.items) infos.push({ type: item.type, namespace: o.metadata.namespace ?? '', name: o.metadata.name ?? '' });
      continue;
    }
    for (const name of item.names) {
      const got = ctx.client.get(ref, ctx.namespace, name);
      if (!got.ok) {
        if (forDelete && got.status.reason === 'NotFound') continue;
        return { ok: false, code: failStatus(ctx, got.status) };
      }
      infos.push({ type: item.type, namespace: ctx.namespace, name });
    }
  }
  return { ok: true, infos };
}

/** Waits for one object; returns an error message or undefined when the condition is met. */
function waitOne(ctx: VerbContext, info: Info, cond: WaitCondition, deadline: number, timeoutMs: number): string | { notFound: true } | undefined {
  const cluster = ctx.session.cluster;
  const timedOut = `timed out waiting for the condition on ${info.type.plural}/${info.name}`;
  if (cond.kind === 'delete') {
    if (!getObj(ctx, info)) return undefined;
    if (timeoutMs === 0) return `condition not met for ${info.type.plural}/${info.name}`;
    const gone = cluster.advanceUntil(() => !getObj(ctx, info), Math.max(0, deadline - cluster.now()));
    return gone ? undefined : timedOut;
  }
  if (cond.kind === 'create') return undefined;
  let error: string | undefined;
  let notFound = false;
  const met = (): boolean => {
    const obj = getObj(ctx, info);
    if (!obj) {
      notFound = true;
      return true;
    }
    const r = cond.check(obj);
    if (!r.ok) {
      error = r.error;
      return true;
    }
    return r.met;
  };
  if (timeoutMs === 0) {
    const ok = met();
    if (notFound) return { notFound: true };
    if (error) return error;
    return ok ? undefined : `condition not met for ${info.type.plural}/${info.name}`;
  }
  const done = cluster.advanceUntil(met, Math.max(0, deadline - cluster.now()));
  if (notFound) return { notFound: true };
  if (error) return error;
  return done ? undefined : timedOut;
}

function run(ctx: VerbContext): number {
  const cond = parseWaitFor(flag.str(ctx.parsed, 'for'));
  if ('error' in cond) return fail(ctx, cond.error);
  const raw = ctx.parsed.values.get('timeout');
  let timeoutMs = typeof raw === 'number' ? raw : parseDuration(String(raw)) ?? 30_000;
  if (timeoutMs < 0) timeoutMs = WEEK_MS;
  const cluster = ctx.session.cluster;
  const deadline = cluster.now() + timeoutMs;

  if (cond.kind === 'create') {
    // Poll until the named objects exist (every 0.5 s upstream; here: whenever something happens).
    const present = (): boolean => {
      const r = resolveArgs(ctx.parsed.args);
      return r.ok && r.items.every((it) => it.names.every((n) => !!getObj(ctx, { type: it.type, namespace: ctx.namespace, name: n })));
    };
    if (!cluster.advanceUntil(present, timeoutMs)) return fail(ctx, 'timed out waiting for the condition');
  }
  const selected = selectInfos(ctx, cond.kind === 'delete');
  if (!selected.ok) return selected.code;
  if (!selected.infos.length && cond.kind !== 'delete') return fail(ctx, 'no matching resources found');
  for (const info of selected.infos) {
    const r = waitOne(ctx, info, cond, deadline, timeoutMs);
    if (typeof r === 'object') {
      return failStatus(ctx, notFound(info.type, info.name));
    }
    if (r) return fail(ctx, r);
    ctx.io.out(`${kindString(info.type)}/${info.name} condition met\n`);
  }
  return 0;
}

export const waitVerb: VerbDef = {
  name: 'wait',
  group: 'Advanced Commands',
  short: 'Experimental: Wait for a specific condition on one or many resources',
  usage: "kubectl wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]] [options]",
  long: `Experimental: Wait for a specific condition on one or many resources.

 The command takes multiple resources and waits until the specified condition is seen in the Status field of every given resource.

 Alternatively, the command can wait for the given set of resources to be created or deleted by providing the "create" or "delete" keyword as the value to the --for flag.

 A successful message will be printed to stdout indicating when the specified condition has been met. You can use -o option to change to output destination.`,
  examples: `  # Wait for the pod "busybox1" to contain the status condition of type "Ready"
  kubectl wait --for=condition=Ready pod/busybox1
  
  # The default value of status condition is true; you can wait for other targets after an equal delimiter (compared after Unicode simple case folding, which is a more general form of case-insensitivity)
  kubectl wait --for=condition=Ready=false pod/busybox1
  
  # Wait for the pod "busybox1" to contain the status phase to be "Running"
  kubectl wait --for=jsonpath='{.status.phase}'=Running pod/busybox1
  
  # Wait for pod "busybox1" to be Ready
  kubectl wait --for='jsonpath={.status.conditions[?(@.type=="Ready")].status}=True' pod/busybox1
  
  # Wait for the service "loadbalancer" to have ingress
  kubectl wait --for=jsonpath='{.status.loadBalancer.ingress}' service/loadbalancer
  
  # Wait for the secret "busybox1" to be created, with a timeout of 30s
  kubectl create secret generic busybox1
  kubectl wait --for=create secret/busybox1 --timeout=30s
  
  # Wait for the pod "busybox1" to be deleted, with a timeout of 60s, after having issued the "delete" command
  kubectl delete pod/busybox1
  kubectl wait --for=delete pod/busybox1 --timeout=60s`,
  flags: [
    { name: 'all', type: 'bool', usage: 'Select all resources in the namespace of the specified resource types' },
    { name: 'all-namespaces', shorthand: 'A', type: 'bool', usage: 'If present, list the requested object(s) across all namespaces. Namespace in current context is ignored even if specified with --namespace.' },
    { name: 'allow-missing-template-keys', type: 'bool', default: true, usage: 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.' },
    { name: 'field-selector', type: 'string', usage: "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector key1=value1,key2=value2). The server only supports a limited number of field queries per type." },
    { name: 'filename', shorthand: 'f', type: 'stringArray', usage: 'identifying the resource.' },
    { name: 'for', type: 'string', usage: "The condition to wait on: [create|delete|condition=condition-name[=condition-value]|jsonpath='{JSONPath expression}'=[JSONPath value]]. The default condition-value is true. Condition values are compared after Unicode simple case folding, which is a more general form of case-insensitivity." },
    { name: 'local', type: 'bool', usage: 'If true, annotation will NOT contact api-server but run locally.' },
    { name: 'output', shorthand: 'o', type: 'string', usage: 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).' },
    { name: 'recursive', shorthand: 'R', type: 'bool', default: true, usage: 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.' },
    { name: 'selector', shorthand: 'l', type: 'string', usage: "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2)" },
    { name: 'show-managed-fields', type: 'bool', usage: 'If true, keep the managedFields when printing objects in JSON or YAML format.' },
    { name: 'template', type: 'string', usage: 'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].' },
    { name: 'timeout', type: 'duration', default: '30s', usage: "The length of time to wait before giving up. Zero means check once and don't wait, negative means wait for a week." },
  ],
  run,
};
