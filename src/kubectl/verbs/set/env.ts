/**
 * `kubectl set env TYPE NAME KEY=VAL KEY- [--env/-e KEY=VAL] [--from=secret/x|configmap/x]
 * [--list] [-c CONTAINER]` (pkg/cmd/set/set_env.go): existing variables are replaced in
 * place, new ones appended, `KEY-` removes. Prints `deployment.apps/web env updated`.
 */
import { refOf } from '../../apply/common.js';
import { helpOf } from '../../apply/flag-specs.js';
import { matchContainer, noPodTemplate, podSpecOf } from '../../apply/pod-template.js';
import { findTargets, statusLine } from '../../apply/targets.js';
import { fail } from '../../context.js';
import { flag } from '../../flags.js';
import { resolveArgs } from '../../resources.js';
import type { Container, KObject } from '../../../sim/index.js';
import type { VerbContext, VerbDef } from '../../types.js';
import { runTemplateChange } from './apply-template-change.js';
import { splitResourcesAndPairs } from './pairs.js';

interface EnvVar { name: string; value?: string; valueFrom?: any }

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/** envutil.ParseEnv: KEY=VALUE sets, KEY- removes. */
function parseEnv(specs: string[]): { ok: true; env: EnvVar[]; remove: string[] } | { ok: false; error: string } {
  const env: EnvVar[] = [];
  const remove: string[] = [];
  for (const s of specs) {
    const eq = s.indexOf('=');
    if (eq > 0) {
      const name = s.slice(0, eq);
      if (!ENV_NAME.test(name)) return { ok: false, error: `invalid key name "${name}": a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')` };
      env.push({ name, value: s.slice(eq + 1) });
    } else if (s.endsWith('-') && s.length > 1) remove.push(s.slice(0, -1));
    else return { ok: false, error: `environment variables must be of the form key=value and can only contain letters, numbers, and underscores` };
  }
  return { ok: true, env, remove };
}

function updateEnv(existing: EnvVar[], env: EnvVar[], remove: string[]): EnvVar[] {
  const out: EnvVar[] = [];
  const covered = new Set(remove);
  for (const e of existing) {
    if (covered.has(e.name)) continue;
    const newer = env.find((x) => x.name === e.name);
    if (newer) {
      covered.add(e.name);
      out.push(newer);
    } else out.push(e);
  }
  for (const e of env) {
    if (covered.has(e.name)) continue;
    covered.add(e.name);
    out.push(e);
  }
  return out;
}

/** --from=secret/x or configmap/x: one valueFrom per key (keys sorted, for determinism). */
function fromSource(ctx: VerbContext, from: string, keys: string[], prefix: string): { ok: true; env: EnvVar[] } | { ok: false; error: string } {
  const resolved = resolveArgs([from]);
  if (!resolved.ok) return { ok: false, error: resolved.error };
  const env: EnvVar[] = [];
  for (const item of resolved.items) {
    if (item.type.kind !== 'Secret' && item.type.kind !== 'ConfigMap') return { ok: false, error: 'unsupported resource specified in --from' };
    for (const name of item.names) {
      const got = ctx.client.get(refOf(item.type), ctx.namespace, name);
      if (!got.ok) return { ok: false, error: statusLine(got.status) };
      const data = (got.value as KObject & { data?: Record<string, string> }).data ?? {};
      for (const key of Object.keys(data).sort()) {
        if (keys.length && !keys.includes(key)) continue;
        const envName = key.replace(/[^A-Za-z0-9_]/g, '_').toUpperCase();
        if (envName !== key) ctx.io.err(`Warning: key ${key} transferred to ${envName}\n`);
        const ref = item.type.kind === 'Secret' ? { secretKeyRef: { name, key } } : { configMapKeyRef: { name, key } };
        env.push({ name: `${prefix}${envName}`, valueFrom: ref });
      }
    }
  }
  return { ok: true, env };
}

/** envutil.GetEnvVarRefString. */
function refString(from: any): string {
  if (from?.configMapKeyRef) return `configmap ${from.configMapKeyRef.name}, key ${from.configMapKeyRef.key}`;
  if (from?.secretKeyRef) return `secret ${from.secretKeyRef.name}, key ${from.secretKeyRef.key}`;
  if (from?.fieldRef) return `field path ${from.fieldRef.fieldPath}`;
  if (from?.resourceFieldRef) return `resource ${from.resourceFieldRef.resource}${from.resourceFieldRef.containerName ? `, container ${from.resourceFieldRef.containerName}` : ''}`;
  return 'invalid valueFrom';
}

function selected(containers: Container[] | undefined, pattern: string): Container[] {
  return (containers ?? []).filter((c) => matchContainer(pattern, c.name));
}

function list(ctx: VerbContext, resources: string[], pattern: string): number {
  const found = findTargets(ctx, resources, { allowList: true, selector: flag.str(ctx.parsed, 'selector'), all: flag.bool(ctx.parsed, 'all'), fetch: true });
  if (!found.ok) return fail(ctx, found.error);
  for (const t of found.targets) {
    const obj = t.object as KObject;
    const spec = podSpecOf(JSON.parse(JSON.stringify(obj)));
    if (!spec) {
      found.errors.push(`error: ${t.type.plural}/${t.name} ${noPodTemplate(obj)}`);
      continue;
    }
    for (const c of [...selected(spec.containers, pattern), ...selected(spec.initContainers, pattern)]) {
      ctx.io.out(`# ${obj.kind} ${t.name}, container ${c.name}\n`);
      for (const e of (c.env ?? []) as EnvVar[]) ctx.io.out(e.valueFrom ? `# ${e.name} from ${refString(e.valueFrom)}\n` : `${e.name}=${e.value ?? ''}\n`);
    }
  }
  for (const e of found.errors) ctx.io.err(`${e}\n`);
  return found.errors.length ? 1 : 0;
}

function run(ctx: VerbContext): number {
  const p = ctx.parsed;
  if (flag.bool(p, 'all') && flag.str(p, 'selector')) return fail(ctx, 'cannot set --all and --selector at the same time');
  const split = splitResourcesAndPairs(p.args, 'environment');
  if (!split.ok) return fail(ctx, `all resources must be specified before environment changes: ${p.args.join(' ')}`);
  if (!split.resources.length && !flag.list(p, 'filename').length) return fail(ctx, 'one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (flag.bool(p, 'list') && flag.str(p, 'output')) return fail(ctx, '--list and --output may not be specified together');
  const keys = flag.list(p, 'keys');
  const from = flag.str(p, 'from');
  if (keys.length && !from) return fail(ctx, 'when specifying --keys, a configmap or secret must be provided with --from');
  const pattern = flag.str(p, 'containers') || '*';
  if (flag.bool(p, 'list')) return list(ctx, split.resources, pattern);
  const parsed = parseEnv([...flag.list(p, 'env'), ...split.pairs]);
  if (!parsed.ok) return fail(ctx, parsed.error);
  const prefix = flag.str(p, 'prefix');
  let env = parsed.env;
  if (from) {
    const extra = fromSource(ctx, from, keys, '');
    if (!extra.ok) return fail(ctx, extra.error);
    env = [...env, ...extra.env];
  }
  if (prefix) env = env.map((e) => ({ ...e, name: `${prefix}${e.name}` }));
  if (!env.length && !parsed.remove.length) return fail(ctx, 'at least one environment variable must be provided');
  const overwrite = flag.bool(p, 'overwrite');
  return runTemplateChange(ctx, split.resources, {
    operation: 'env updated',
    fieldManager: 'kubectl-set',
    failurePrefix: 'failed to patch env update to pod template',
    change(spec, obj) {
      const containers = [...selected(spec.containers, pattern), ...selected(spec.initContainers, pattern)];
      if (!containers.length) {
        ctx.io.err(`Warning: ${obj.kind}/${obj.metadata.name} does not have any containers matching ${JSON.stringify(pattern)}\n`);
        return [];
      }
      for (const c of containers) {
        if (!overwrite) {
          const clash = env.find((e) => ((c.env ?? []) as EnvVar[]).some((x) => x.name === e.name && x.value !== e.value));
          if (clash) {
            const current = ((c.env ?? []) as EnvVar[]).find((x) => x.name === clash.name);
            return [`error: ${obj.kind.toLowerCase()}s/${obj.metadata.name} '${clash.name}' already has a value (${current?.value ?? ''}), and --overwrite is false`];
          }
        }
        const next = updateEnv((c.env ?? []) as EnvVar[], env, parsed.remove);
        if (next.length) c.env = next;
        else delete c.env;
      }
      return [];
    },
  });
}

export const setEnvVerb: VerbDef = { name: 'env', ...helpOf('set env'), short: 'Update environment variables on a pod template', run };
