/**
 * `kubectl logs` (kubectl pkg/cmd/logs/logs.go, pkg/polymorphichelpers/logsforobject.go at
 * v0.33.0): resolve POD or TYPE/NAME (or -l) to pods and containers, then read the
 * `pods/log` subresource for each. The node model answers that subresource with the
 * container's log text (query: container, previous, tailLines, sinceSeconds, sinceTime,
 * timestamps, limitBytes); `-f` keeps reading as virtual time passes, for at most the
 * session's watch window or until the container stops.
 */
import { R, type ApiResponse, type KObject, type Pod, type Status } from '../../sim/index.js';
import { fail, failStatus, failUsage } from '../context.js';
import { formatError, formatStatus } from '../errors.js';
import { flag, parseDuration } from '../flags.js';
import type { VerbContext, VerbDef } from '../types.js';
import { byLogging, getByPodOrTypeName, podsForObject } from './pod-for-object.js';

const USAGE_ERROR = "expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command";

interface LogRequest {
  pod: Pod;
  container: string;
}

function durationMs(ctx: VerbContext, name: string): number {
  const v = ctx.parsed.values.get(name);
  return typeof v === 'number' ? v : parseDuration(String(v ?? '0')) ?? 0;
}

/** The log text of a `pods/log` response (text/plain; tolerate a `{log}` wrapper). */
function logText(res: ApiResponse): string {
  if (typeof res.body === 'string') return res.body;
  if (res.body && typeof res.body.log === 'string') return res.body.log;
  return '';
}

const containerNames = (p: Pod): string => [
  ...(p.spec.containers ?? []).map((c) => c.name),
  ...((p.spec as { ephemeralContainers?: { name: string }[] }).ephemeralContainers ?? []).map((c) => `${c.name} (ephem)`),
  ...(p.spec.initContainers ?? []).map((c) => `${c.name} (init)`),
].join(', ');

const hasContainer = (p: Pod, name: string): boolean =>
  [...(p.spec.containers ?? []), ...(p.spec.initContainers ?? []), ...((p.spec as { ephemeralContainers?: { name: string }[] }).ephemeralContainers ?? [])].some((c) => c.name === name);

/** logsForObject for one pod: the container(s) to read, with upstream's notices on stderr. */
function requestsForPod(ctx: VerbContext, pod: Pod, container: string, all: boolean, quietDefault: boolean): LogRequest[] | { error: string } {
  if (all) {
    const names = [...(pod.spec.initContainers ?? []), ...(pod.spec.containers ?? [])].map((c) => c.name);
    return names.map((c) => ({ pod, container: c }));
  }
  let chosen = container;
  const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
  if (!chosen && annotated) {
    if (hasContainer(pod, annotated)) chosen = annotated;
    else ctx.io.err(`Default container name "${annotated}" not found in pod ${pod.metadata.name}\n`);
  }
  if (!chosen) {
    chosen = pod.spec.containers[0]?.name ?? '';
    const several = pod.spec.containers.length > 1 || (pod.spec.initContainers?.length ?? 0) > 0;
    if (several && !quietDefault) ctx.io.err(`Defaulted container "${chosen}" out of: ${containerNames(pod)}\n`);
  }
  if (!hasContainer(pod, chosen)) return { error: `container ${chosen} is not valid for pod ${pod.metadata.name}` };
  return [{ pod, container: chosen }];
}

function query(ctx: VerbContext, container: string, tailLines: number | undefined): Record<string, string | undefined> {
  const q: Record<string, string | undefined> = { container };
  if (flag.bool(ctx.parsed, 'previous')) q.previous = 'true';
  if (flag.bool(ctx.parsed, 'timestamps')) q.timestamps = 'true';
  if (tailLines !== undefined) q.tailLines = String(tailLines);
  const since = durationMs(ctx, 'since');
  if (since) q.sinceSeconds = String(Math.round(since / 1000));
  if (flag.str(ctx.parsed, 'since-time')) q.sinceTime = flag.str(ctx.parsed, 'since-time');
  if (flag.int(ctx.parsed, 'limit-bytes')) q.limitBytes = String(flag.int(ctx.parsed, 'limit-bytes'));
  return q;
}

function readLog(ctx: VerbContext, r: LogRequest, q: Record<string, string | undefined>): { ok: true; text: string } | { ok: false; status: Status } {
  const res = ctx.client.request({ verb: 'get', ...R.pods, namespace: r.pod.metadata.namespace, name: r.pod.metadata.name, subresource: 'log', query: q });
  if (res.code >= 300) return { ok: false, status: res.body as Status };
  return { ok: true, text: logText(res) };
}

function prefixed(text: string, prefix: string): string {
  if (!prefix || !text) return text;
  return text.split(/(?<=\n)/).map((l) => prefix + l).join('');
}

/** `-f`: print what the container writes as virtual time passes, until it stops or the window ends. */
function follow(ctx: VerbContext, requests: LogRequest[], base: (r: LogRequest) => Record<string, string | undefined>, prefix: (r: LogRequest) => string): number {
  const printed = requests.map((r) => {
    const full = readLog(ctx, r, { ...base(r), tailLines: undefined });
    return full.ok ? full.text.length : 0;
  });
  let error: Status | undefined;
  const stopped = (r: LogRequest): boolean => {
    const got = ctx.client.get<Pod>(R.pods, r.pod.metadata.namespace, r.pod.metadata.name ?? '');
    if (!got.ok) return true;
    const pod = got.value;
    const st = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])].find((c) => c.name === r.container);
    return !!st?.state?.terminated && !st.state.running;
  };
  ctx.session.cluster.advanceUntil(() => {
    let allStopped = true;
    requests.forEach((r, i) => {
      const got = readLog(ctx, r, { ...base(r), tailLines: undefined, sinceSeconds: undefined });
      if (!got.ok) {
        error = got.status;
        return;
      }
      if (got.text.length > printed[i]) {
        ctx.io.out(prefixed(got.text.slice(printed[i]), prefix(r)));
        printed[i] = got.text.length;
      }
      if (!stopped(r)) allStopped = false;
    });
    return allStopped || error !== undefined;
  }, ctx.session.watchWindowMs);
  return error ? failStatus(ctx, error) : 0;
}

function run(ctx: VerbContext): number {
  const p = ctx.parsed;
  const args = p.args;
  const selector = flag.str(p, 'selector');
  if (args.length === 0 && !selector) return failUsage(ctx, USAGE_ERROR);
  if (args.length === 1 && selector) return failUsage(ctx, 'only a selector (-l) or a POD name is allowed');
  if (args.length > 2) return failUsage(ctx, USAGE_ERROR);
  const allPods = flag.bool(p, 'all-pods');
  const prefix = flag.bool(p, 'prefix') || allPods;
  let container = flag.str(p, 'container');
  if (args.length === 2) container = args[1];
  if (flag.str(p, 'since-time') && durationMs(ctx, 'since')) return fail(ctx, 'at most one of `sinceTime` or `sinceSeconds` may be specified');
  const allContainers = flag.bool(p, 'all-containers');
  if (allContainers && container) return fail(ctx, `--all-containers=true should not be specified with container name ${container}`);
  if (flag.given(p, 'container') && args.length === 2) return fail(ctx, 'only one of -c or an inline [CONTAINER] arg is allowed');
  if (flag.int(p, 'limit-bytes') < 0) return fail(ctx, '--limit-bytes must be greater than 0');
  if (durationMs(ctx, 'since') < 0) return fail(ctx, '--since must be greater than 0');
  const tail = flag.int(p, 'tail');
  if (tail < -1) return fail(ctx, '--tail must be greater than or equal to -1');
  const tailLines = selector && tail === -1 && !flag.given(p, 'tail') ? 10 : tail !== -1 ? tail : undefined;
  const timeoutMs = durationMs(ctx, 'pod-running-timeout');

  let pods: Pod[];
  if (selector) {
    const listed = ctx.client.list<Pod>(R.pods, ctx.namespace, { labelSelector: selector });
    if (!listed.ok) return failStatus(ctx, listed.status);
    pods = listed.value.items;
    if (!pods.length) {
      ctx.io.err(`No resources found in ${ctx.namespace} namespace.\n`);
      return 0;
    }
  } else {
    const got = getByPodOrTypeName(ctx, args[0]);
    if (!got.ok) {
      if ('error' in got) return fail(ctx, got.error);
      if (got.status.reason === 'NotFound') return fail(ctx, `error from server (NotFound): ${got.status.message} in namespace "${ctx.namespace}"`);
      return failStatus(ctx, got.status);
    }
    const obj: KObject = got.object;
    const found = podsForObject(ctx, obj, byLogging, timeoutMs);
    if (!found.ok) return 'status' in found ? failStatus(ctx, found.status) : fail(ctx, found.error);
    pods = found.pods;
    if (obj.kind !== 'Pod' && !allPods) {
      if (pods.length > 1) ctx.io.err(`Found ${pods.length} pods, using pod/${pods[0].metadata.name}\n`);
      pods = [pods[0]];
    }
  }
  const requests: LogRequest[] = [];
  for (const pod of pods) {
    const r = requestsForPod(ctx, pod, container, allContainers, allPods);
    if ('error' in r) return fail(ctx, r.error);
    requests.push(...r);
  }
  const maxRequests = flag.int(p, 'max-log-requests');
  if (flag.bool(p, 'follow') && requests.length > 1 && requests.length > maxRequests) {
    return fail(ctx, `you are attempting to follow ${requests.length} log streams, but maximum allowed concurrency is ${maxRequests}, use --max-log-requests to increase the limit`);
  }
  const prefixOf = (r: LogRequest): string => (prefix ? `[pod/${r.pod.metadata.name}/${r.container}] ` : '');
  const ignoreErrors = flag.bool(p, 'ignore-errors');
  for (const r of requests) {
    const got = readLog(ctx, r, query(ctx, r.container, tailLines));
    if (!got.ok) {
      if (!ignoreErrors) return failStatus(ctx, got.status);
      ctx.io.out(`${formatError(formatStatus(got.status))}\n`);
      continue;
    }
    ctx.io.out(prefixed(got.text, prefixOf(r)));
  }
  if (flag.bool(p, 'follow')) return follow(ctx, requests, (r) => query(ctx, r.container, tailLines), prefixOf);
  return 0;
}

export const logsVerb: VerbDef = {
  name: 'logs',
  group: 'Troubleshooting and Debugging Commands',
  short: 'Print the logs for a container in a pod',
  usage: 'kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]',
  long: 'Print the logs for a container in a pod or specified resource. If the pod has only one container, the container name is optional.',
  examples: `  # Return snapshot logs from pod nginx with only one container
  kubectl logs nginx
  
  # Return snapshot logs from pod nginx, prefixing each line with the source pod and container name
  kubectl logs nginx --prefix
  
  # Return snapshot logs from pod nginx, limiting output to 500 bytes
  kubectl logs nginx --limit-bytes=500
  
  # Return snapshot logs from pod nginx, waiting up to 20 seconds for it to start running.
  kubectl logs nginx --pod-running-timeout=20s
  
  # Return snapshot logs from pod nginx with multi containers
  kubectl logs nginx --all-containers=true
  
  # Return snapshot logs from all pods in the deployment nginx
  kubectl logs deployment/nginx --all-pods=true
  
  # Return snapshot logs from all containers in pods defined by label app=nginx
  kubectl logs -l app=nginx --all-containers=true
  
  # Return snapshot logs from all pods defined by label app=nginx, limiting concurrent log requests to 10 pods
  kubectl logs -l app=nginx --max-log-requests=10
  
  # Return snapshot of previous terminated ruby container logs from pod web-1
  kubectl logs -p -c ruby web-1
  
  # Begin streaming the logs from pod nginx, continuing even if errors occur
  kubectl logs nginx -f --ignore-errors=true
  
  # Begin streaming the logs of the ruby container in pod web-1
  kubectl logs -f -c ruby web-1
  
  # Begin streaming the logs from all containers in pods defined by label app=nginx
  kubectl logs -f -l app=nginx --all-containers=true
  
  # Display only the most recent 20 lines of output in pod nginx
  kubectl logs --tail=20 nginx
  
  # Show all logs from pod nginx written in the last hour
  kubectl logs --since=1h nginx
  
  # Show all logs with timestamps from pod nginx starting from August 30, 2024, at 06:00:00 UTC
  kubectl logs nginx --since-time=2024-08-30T06:00:00Z --timestamps=true
  
  # Show logs from a kubelet with an expired serving certificate
  kubectl logs --insecure-skip-tls-verify-backend nginx
  
  # Return snapshot logs from first container of a job named hello
  kubectl logs job/hello
  
  # Return snapshot logs from container nginx-1 of a deployment named nginx
  kubectl logs deployment/nginx -c nginx-1`,
  flags: [
    { name: 'all-containers', type: 'bool', usage: "Get all containers' logs in the pod(s)." },
    { name: 'all-pods', type: 'bool', usage: 'Get logs from all pod(s). Sets prefix to true.' },
    { name: 'container', shorthand: 'c', type: 'string', usage: 'Print the logs of this container' },
    { name: 'follow', shorthand: 'f', type: 'bool', usage: 'Specify if the logs should be streamed.' },
    { name: 'ignore-errors', type: 'bool', usage: 'If watching / following pod logs, allow for any errors that occur to be non-fatal' },
    { name: 'insecure-skip-tls-verify-backend', type: 'bool', usage: 'Skip verifying the identity of the kubelet that logs are requested from.  In theory, an attacker could provide invalid log content back. You might want to use this if your kubelet serving certificates have expired.' },
    { name: 'limit-bytes', type: 'int', usage: 'Maximum bytes of logs to return. Defaults to no limit.' },
    { name: 'max-log-requests', type: 'int', default: 5, usage: 'Specify maximum number of concurrent logs to follow when using by a selector. Defaults to 5.' },
    { name: 'pod-running-timeout', type: 'duration', default: '20s', usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running' },
    { name: 'prefix', type: 'bool', usage: 'Prefix each log line with the log source (pod name and container name)' },
    { name: 'previous', shorthand: 'p', type: 'bool', usage: 'If true, print the logs for the previous instance of the container in a pod if it exists.' },
    { name: 'selector', shorthand: 'l', type: 'string', usage: "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints." },
    { name: 'since', type: 'duration', default: '0s', usage: 'Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of since-time / since may be used.' },
    { name: 'since-time', type: 'string', usage: 'Only return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time / since may be used.' },
    { name: 'tail', type: 'int', default: -1, usage: 'Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided.' },
    { name: 'timestamps', type: 'bool', usage: 'Include timestamps on each line in the log output' },
  ],
  run,
};
