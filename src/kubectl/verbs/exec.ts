/**
 * `kubectl exec` (kubectl pkg/cmd/exec/exec.go at v0.33.0): resolve POD or TYPE/NAME to a
 * running pod, pick the container, and call the `pods/exec` subresource with
 * `{ command, container, stdin, tty }`. The node model runs the command in its container
 * model and answers `{ stdout, stderr, exitCode }`; a non-zero exit code ends kubectl with
 * `command terminated with exit code N` and that code (cmdutil checkErr's ExitError case).
 */
import { R, type Pod, type Status } from '../../sim/index.js';
import { fail, failStatus, failUsage } from '../context.js';
import { flag, parseDuration } from '../flags.js';
import type { VerbContext, VerbDef } from '../types.js';
import { byActiveReversed, getByPodOrTypeName, podsForObject } from './pod-for-object.js';

/** How the node model words a kubelet that refuses to stream (container not running). */
const KUBELET_UPGRADE_FAILURE = 'unable to upgrade connection: ';

/** What the node model's `pods/exec` handler returns. */
export interface ExecResult {
  stdout?: string;
  stderr?: string;
  exitCode?: number;
}

function containerNames(p: Pod): string {
  return [...p.spec.containers.map((c) => c.name), ...(p.spec.initContainers ?? []).map((c) => `${c.name} (init)`)].join(', ');
}

/** podcmd.FindOrDefaultContainerByName with an empty name: the annotation, else the first container. */
function defaultContainer(ctx: VerbContext, pod: Pod, quiet: boolean): { ok: true; name: string } | { ok: false; error: string } {
  if (!pod.spec.containers?.length) return { ok: false, error: `pod ${pod.metadata.namespace}/${pod.metadata.name} does not have any containers` };
  const annotated = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
  if (annotated && [...pod.spec.containers, ...(pod.spec.initContainers ?? [])].some((c) => c.name === annotated)) return { ok: true, name: annotated };
  const first = pod.spec.containers[0].name;
  if (!quiet && (pod.spec.containers.length > 1 || (pod.spec.initContainers?.length ?? 0) > 0)) {
    ctx.io.err(`Defaulted container "${first}" out of: ${containerNames(pod)}\n`);
  }
  return { ok: true, name: first };
}

function run(ctx: VerbContext): number {
  const { args, argsLenAtDash } = ctx.parsed;
  const filenames = flag.list(ctx.parsed, 'filename');
  const resourceName = args.length > 0 && argsLenAtDash !== 0 ? args[0] : '';
  let command: string[] = [];
  if (argsLenAtDash > -1) command = args.slice(argsLenAtDash);
  else if (args.length > 1 || (args.length > 0 && filenames.length)) {
    return failUsage(ctx, 'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead');
  }
  const timeoutRaw = ctx.parsed.values.get('pod-running-timeout');
  const timeoutMs = typeof timeoutRaw === 'number' ? timeoutRaw : parseDuration(String(timeoutRaw)) ?? 60_000;
  if (timeoutMs <= 0) return failUsage(ctx, '--pod-running-timeout must be higher than zero');
  if (!resourceName && !filenames.length) return fail(ctx, 'pod, type/name or --filename must be specified');
  if (!command.length) return fail(ctx, 'you must specify at least one command for the container');
  if (!resourceName) return fail(ctx, 'exec with --filename is not supported in this course; name the pod');

  const got = getByPodOrTypeName(ctx, resourceName);
  if (!got.ok) return 'status' in got ? failStatus(ctx, got.status) : fail(ctx, got.error);
  const found = podsForObject(ctx, got.object, byActiveReversed, timeoutMs);
  if (!found.ok) return 'status' in found ? failStatus(ctx, found.status) : fail(ctx, found.error.replace('cannot get the logs from', 'cannot attach to'));
  const pod = found.pods[0];
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return fail(ctx, `cannot exec into a container in a completed pod; current phase is ${phase}`);

  const quiet = flag.bool(ctx.parsed, 'quiet');
  let container = flag.str(ctx.parsed, 'container');
  if (!container) {
    const d = defaultContainer(ctx, pod, quiet);
    if (!d.ok) return fail(ctx, d.error);
    container = d.name;
  }
  const stdin = flag.bool(ctx.parsed, 'stdin');
  let tty = flag.bool(ctx.parsed, 'tty');
  if (!stdin) tty = false;
  else if (tty && !ctx.session.interactive) {
    // SetupTTY: stdin is not a terminal, so the TTY request is dropped with a notice.
    tty = false;
    if (!quiet) ctx.io.err('Unable to use a TTY - input is not a terminal or the right kind of file\n');
  }
  const request = (verb: 'get' | 'create') => ctx.client.request({
    verb, ...R.pods, namespace: pod.metadata.namespace, name: pod.metadata.name, subresource: 'exec',
    query: { container },
    body: { command, container, stdin, tty, ...(stdin && ctx.io.stdin !== undefined ? { input: ctx.io.stdin } : {}) },
  });
  // kubectl 1.33 tries a WebSocket upgrade first, a GET the API server authorizes as `get`
  // on pods/exec; when the upgrade is refused it falls back to SPDY, a POST (`create`).
  let res = request('get');
  if (res.code === 403) res = request('create');
  if (res.code >= 300) {
    const status = res.body as Status;
    // The kubelet's refusal comes after the WebSocket upgrade: the API server's stream
    // translator reports it as an internal error, which client-go prints as a plain error.
    if (status.message?.startsWith(KUBELET_UPGRADE_FAILURE)) return fail(ctx, `Internal error occurred: ${status.message}`);
    return failStatus(ctx, status);
  }
  const out = (res.body ?? {}) as ExecResult;
  if (out.stdout) ctx.io.out(out.stdout);
  if (out.stderr) ctx.io.err(out.stderr);
  const code = out.exitCode ?? 0;
  if (code !== 0) {
    ctx.io.err(`command terminated with exit code ${code}\n`);
    return code;
  }
  return 0;
}

export const execVerb: VerbDef = {
  name: 'exec',
  group: 'Troubleshooting and Debugging Commands',
  short: 'Execute a command in a container',
  usage: 'kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...] [options]',
  long: 'Execute a command in a container.',
  examples: `  # Get output from running the 'date' command from pod mypod, using the first container by default
  kubectl exec mypod -- date
  
  # Get output from running the 'date' command in ruby-container from pod mypod
  kubectl exec mypod -c ruby-container -- date
  
  # Switch to raw terminal mode; sends stdin to 'bash' in ruby-container from pod mypod
  # and sends stdout/stderr from 'bash' back to the client
  kubectl exec mypod -c ruby-container -i -t -- bash -il
  
  # List contents of /usr from the first container of pod mypod and sort by modification time
  # If the command you want to execute in the pod has any flags in common (e.g. -i),
  # you must use two dashes (--) to separate your command's flags/arguments
  # Also note, do not surround your command and its flags/arguments with quotes
  # unless that is how you would execute it normally (i.e., do ls -t /usr, not "ls -t /usr")
  kubectl exec mypod -i -t -- ls -t /usr
  
  # Get output from running 'date' command from the first pod of the deployment mydeployment, using the first container by default
  kubectl exec deploy/mydeployment -- date
  
  # Get output from running 'date' command from the first pod of the service myservice, using the first container by default
  kubectl exec svc/myservice -- date`,
  flags: [
    { name: 'container', shorthand: 'c', type: 'string', usage: 'Container name. If omitted, use the kubectl.kubernetes.io/default-container annotation for selecting the container to be attached or the first container in the pod will be chosen' },
    { name: 'filename', shorthand: 'f', type: 'stringArray', usage: 'to use to exec into the resource' },
    { name: 'pod-running-timeout', type: 'duration', default: '1m0s', usage: 'The length of time (like 5s, 2m, or 3h, higher than zero) to wait until at least one pod is running' },
    { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Only print output from the remote session' },
    { name: 'stdin', shorthand: 'i', type: 'bool', usage: 'Pass stdin to the container' },
    { name: 'tty', shorthand: 't', type: 'bool', usage: 'Stdin is a TTY' },
  ],
  run,
};
