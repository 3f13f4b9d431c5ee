/**
 * What the write verbs share: resolving an object's type, the name printer line
 * (`deployment.apps/web created`), `--dry-run` and `--validate` handling, the namespace an
 * object from a file goes to, and wrapping API errors with the file they came from.
 */
import {
  typeForKind, typeForResource, versionsOfKind, type KObject, type ResourceRef, type ResourceType, type Status,
} from '../../sim/index.js';
import { flag } from '../flags.js';
import type { VerbContext } from '../types.js';

export type DryRun = 'none' | 'client' | 'server';

/** The ApiClient reference of a resource type. */
export function refOf(t: ResourceType): ResourceRef {
  // A non-preferred version (an autoscaling/v1 manifest) is requested in that version, as kubectl's RESTMapping does.
  const preferred = typeForResource(t.group, t.plural);
  return preferred && preferred.version !== t.version ? { group: t.group, resource: t.plural, version: t.version } : { group: t.group, resource: t.plural };
}

/** `deployment.apps` / `pod`: how the name printer names a kind. */
export function kindGroup(t: ResourceType): string {
  return t.group ? `${t.kind.toLowerCase()}.${t.group}` : t.kind.toLowerCase();
}

/** `deployment.apps/web created (server dry run)` (cli-runtime pkg/printers/name.go). */
export function nameLine(t: ResourceType, name: string, op: string, dryRun: DryRun = 'none'): string {
  const suffix = dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
  return `${kindGroup(t)}/${name}${op ? ` ${op}` : ''}${suffix}\n`;
}

/** Parses `--dry-run` (cmdutil.GetDryRunStrategy). */
export function dryRunOf(ctx: VerbContext): { ok: true; value: DryRun } | { ok: false; error: string } {
  const raw = ctx.parsed.values.has('dry-run') ? flag.str(ctx.parsed, 'dry-run') : 'none';
  switch (raw) {
    case '':
    case 'none':
    case 'false':
      return { ok: true, value: 'none' };
    case 'client':
    case 'true':
    case 'unchanged':
      return { ok: true, value: 'client' };
    case 'server':
      return { ok: true, value: 'server' };
    default:
      return { ok: false, error: `Invalid dry-run value (${raw}). Must be "none", "server", or "client".` };
  }
}

/** `--validate` → the fieldValidation query value (cmdutil.GetValidationDirective). */
export function fieldValidationOf(ctx: VerbContext): { ok: true; value: string } | { ok: false; error: string } {
  if (!ctx.parsed.values.has('validate')) return { ok: true, value: 'Strict' };
  const raw = flag.str(ctx.parsed, 'validate').toLowerCase();
  const table: Record<string, string> = { strict: 'Strict', true: 'Strict', warn: 'Warn', ignore: 'Ignore', false: 'Ignore' };
  const v = table[raw];
  if (!v) return { ok: false, error: `invalid - validate option "${flag.str(ctx.parsed, 'validate')}"; must be one of: strict (or true), warn, ignore (or false)` };
  return { ok: true, value: v };
}

/** Query parameters of a write: fieldManager, fieldValidation and dryRun=All for server dry runs. */
export function writeQuery(manager: string, validation: string | undefined, dryRun: DryRun): Record<string, string> {
  const q: Record<string, string> = { fieldManager: manager };
  if (validation) q.fieldValidation = validation;
  if (dryRun === 'server') q.dryRun = 'All';
  return q;
}

export type TypeResult = { ok: true; type: ResourceType } | { ok: false; error: string };

/** The resource type of a manifest object, or kubectl's mapping error. */
export function typeOfObject(obj: KObject, source: string, namespace: string): TypeResult {
  const t = typeForKind(obj.apiVersion ?? '', obj.kind);
  if (t) return { ok: true, type: t };
  const name = obj.metadata?.name ?? '';
  const ns = obj.metadata?.namespace ?? (versionsOfKind(obj.kind)[0]?.namespaced === false ? '' : namespace);
  return {
    ok: false,
    error: `resource mapping not found for name: "${name}" namespace: "${ns}" from "${source}": no matches for kind "${obj.kind}" in version "${obj.apiVersion ?? ''}"\nensure CRDs are installed first`,
  };
}

/**
 * The namespace an object from a file is written to: its own, else -n / the context's.
 * A mismatch with an explicit -n is an error (cli-runtime resource.Info / EnforceNamespace).
 */
export function namespaceFor(ctx: VerbContext, obj: KObject, t: ResourceType): { ok: true; ns?: string } | { ok: false; error: string } {
  if (!t.namespaced) return { ok: true, ns: undefined };
  const own = obj.metadata?.namespace;
  if (own && ctx.namespaceExplicit && own !== ctx.namespace) {
    return { ok: false, error: `the namespace from the provided object "${own}" does not match the namespace "${ctx.namespace}". You must pass '--namespace=${own}' to perform this operation.` };
  }
  return { ok: true, ns: own || ctx.namespace };
}

/** Where a manifest object goes: its resource type and namespace, or the mapping/namespace error. */
export function placeObject(ctx: VerbContext, obj: KObject, source: string): { ok: true; type: ResourceType; ns?: string } | { ok: false; error: string } {
  const t = typeOfObject(obj, source, ctx.namespace);
  if (!t.ok) return t;
  const ns = namespaceFor(ctx, obj, t.type);
  return ns.ok ? { ok: true, type: t.type, ns: ns.ns } : ns;
}

/** AddSourceToErr: `error when creating "x.yaml": <message>` keeps the Status's reason. */
export function withSource(status: Status, verbing: string, source: string): string {
  return `error when ${verbing} "${source}": ${status.message}`;
}

/** Prints `error: ...` lines for each message and returns 1 (or 0 when there were none). */
export function printErrors(ctx: VerbContext, errors: string[]): number {
  for (const e of errors) ctx.io.err(`${e.startsWith('error: ') ? e : `error: ${e}`}\n`);
  return errors.length ? 1 : 0;
}

/** The "You must provide one or more resources" usage text (cmdutil). */
export const NO_RESOURCES = `You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

/**
 * Flags real kubectl has that need something the simulation does not: kustomize builds and
 * raw URI requests. Says so instead of silently ignoring them; undefined when none was given.
 */
export function unsupportedFlag(ctx: VerbContext): string | undefined {
  if (ctx.parsed.values.has('kustomize') && flag.str(ctx.parsed, 'kustomize')) {
    return `-k/--kustomize is not supported by this simulated kubectl; render the kustomization elsewhere and use -f with the resulting manifests`;
  }
  if (ctx.parsed.values.has('raw') && flag.str(ctx.parsed, 'raw')) return '--raw is not supported by this simulated kubectl';
  return undefined;
}
