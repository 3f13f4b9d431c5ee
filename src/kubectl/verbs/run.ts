/**
 * `kubectl run NAME --image=IMAGE [--port] [--labels] [--env] [--restart] [--command] --
 * [ARGS...]` (pkg/cmd/run/run.go and generate/versioned/run.go BasicPod): one Pod labelled
 * `run: NAME`, dnsPolicy ClusterFirst. Attaching (-i, -t, --attach, --rm) needs a terminal
 * connected to the container, which the simulated cluster does not have: that is explained
 * instead of pretending.
 */
import type { KObject } from '../../sim/index.js';
import { helpOf } from '../apply/flag-specs.js';
import { applyOverrides } from '../apply/overrides.js';
import { fail, failUsage } from '../context.js';
import { flag } from '../flags.js';
import type { VerbContext, VerbDef } from '../types.js';
import { createGenerated, generatedMeta, requiredFlag } from './create/generator.js';

const RESTART: Record<string, string> = { Always: 'Always', OnFailure: 'OnFailure', Never: 'Never' };
const PULL: Record<string, string> = { Always: 'Always', IfNotPresent: 'IfNotPresent', Never: 'Never' };

function parseLabels(spec: string): { ok: true; labels: Record<string, string> } | { ok: false; error: string } {
  const labels: Record<string, string> = {};
  for (const part of spec.split(',')) {
    const kv = part.split('=');
    if (kv.length !== 2) return { ok: false, error: `unexpected label spec: ${part}` };
    if (!kv[0]) return { ok: false, error: 'unexpected empty label key' };
    labels[kv[0]] = kv[1];
  }
  return { ok: true, labels };
}

function run(ctx: VerbContext): number {
  const p = ctx.parsed;
  const dash = p.argsLenAtDash;
  const before = dash >= 0 ? p.args.slice(0, dash) : p.args;
  if (!flag.given(p, 'image')) return requiredFlag(ctx, 'image');
  if (!before.length) return failUsage(ctx, 'NAME is required for run');
  const name = before[0];
  const args = [...before.slice(1), ...(dash >= 0 ? p.args.slice(dash) : [])];
  const image = flag.str(p, 'image');
  if (!image) return fail(ctx, '--image is required');
  const stdin = flag.bool(p, 'stdin');
  const tty = flag.bool(p, 'tty');
  if (tty && !stdin) return failUsage(ctx, '-i/--stdin is required for containers with -t/--tty=true');
  if (flag.bool(p, 'expose') && !flag.str(p, 'port')) return failUsage(ctx, '--port must be set when exposing a service');
  const attach = flag.bool(p, 'attach') || stdin;
  if (flag.bool(p, 'rm') && !attach) return failUsage(ctx, '--rm should only be used for attached containers');
  if (attach) {
    return fail(ctx, `kubectl run ${stdin ? '-i' : '--attach'} connects your terminal to the container, which this simulated cluster cannot do (there is no container process to attach to).
Start the pod without -i/-t/--attach/--rm, for example:
  kubectl run ${name} --image=${image}${args.length ? ` -- ${args.join(' ')}` : ''}
then read its output with 'kubectl logs ${name}' and remove it with 'kubectl delete pod ${name}'.`);
  }
  const restartRaw = flag.str(p, 'restart') || 'Always';
  const restart = RESTART[restartRaw];
  if (!restart) return failUsage(ctx, `invalid restart policy: ${restartRaw}`);
  const pullRaw = flag.str(p, 'image-pull-policy');
  if (pullRaw && !PULL[pullRaw]) return failUsage(ctx, `invalid image pull policy: ${pullRaw}`);
  let labels: Record<string, string> = { run: name };
  const labelSpec = flag.str(p, 'labels');
  if (labelSpec) {
    const parsed = parseLabels(labelSpec);
    if (!parsed.ok) return fail(ctx, parsed.error);
    labels = parsed.labels;
  }
  const container: Record<string, unknown> = { name, image };
  if (args.length) container[flag.bool(p, 'command') ? 'command' : 'args'] = args;
  const port = flag.str(p, 'port');
  if (port) {
    if (!/^-?\d+$/.test(port)) return fail(ctx, `strconv.Atoi: parsing ${JSON.stringify(port)}: invalid syntax`);
    container.ports = [{ containerPort: Number(port) }];
  }
  const envs = flag.list(p, 'env');
  if (envs.length) {
    const env: { name: string; value: string }[] = [];
    for (const e of envs) {
      const eq = e.indexOf('=');
      if (eq <= 0) return fail(ctx, `invalid env: ${e}`);
      env.push({ name: e.slice(0, eq), value: e.slice(eq + 1) });
    }
    container.env = env;
  }
  container.resources = {};
  if (pullRaw) container.imagePullPolicy = pullRaw;
  const annotations: Record<string, string> = {};
  for (const a of flag.list(p, 'annotations')) {
    const eq = a.indexOf('=');
    if (eq > 0) annotations[a.slice(0, eq)] = a.slice(eq + 1);
  }
  const metadata = generatedMeta(ctx, name, labels);
  if (Object.keys(annotations).length) metadata.annotations = annotations;
  const spec: Record<string, unknown> = { containers: [container], restartPolicy: restart, dnsPolicy: 'ClusterFirst' };
  const sa = flag.str(p, 'serviceaccount');
  if (sa) spec.serviceAccountName = sa;
  const pod: KObject = { kind: 'Pod', apiVersion: 'v1', metadata, spec, status: {} };
  const overridden = applyOverrides(ctx, pod);
  if (!overridden.ok) return fail(ctx, overridden.error);
  return createGenerated(ctx, overridden.object, undefined);
}

export const runVerb: VerbDef = {
  name: 'run',
  group: 'Basic Commands (Beginner)',
  ...helpOf('run'),
  short: 'Run a particular image on the cluster',
  run,
};
