/**
 * What the rollout subcommands share: their common flags, resolving `TYPE NAME`,
 * `TYPE/NAME` and `TYPE -l sel` arguments to objects (kubectl's resource builder with
 * ResourceTypeOrNameArgs), and the name printer (`deployment.apps/web paused`).
 */
import { R, typeForKind, type KObject, type ResourceType, type Status } from '../../../sim/index.js';
import type { FlagSpec } from '../../flags.js';
import { flag } from '../../flags.js';
import { loadManifests } from '../../manifests.js';
import { resolveArgs } from '../../resources.js';
import type { VerbContext } from '../../types.js';

const SELECTOR_USAGE = "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.";

/** -f/-k/-R/-l as every rollout subcommand declares them. */
export const RESOURCE_FLAGS: FlagSpec[] = [
  { name: 'filename', shorthand: 'f', type: 'stringArray', usage: 'Filename, directory, or URL to files identifying the resource to get from a server.' },
  { name: 'kustomize', shorthand: 'k', type: 'string', usage: "Process the kustomization directory. This flag can't be used together with -f or -R." },
  { name: 'recursive', shorthand: 'R', type: 'bool', usage: 'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.' },
  { name: 'selector', shorthand: 'l', type: 'string', usage: SELECTOR_USAGE },
];

/** The printer flags (-o, --template, ...) of history/undo/pause/resume/restart. */
export const PRINT_FLAGS: FlagSpec[] = [
  { name: 'allow-missing-template-keys', type: 'bool', default: true, usage: 'If true, ignore any errors in templates when a field or map key is missing in the template. Only applies to golang and jsonpath output formats.' },
  { name: 'output', shorthand: 'o', type: 'string', usage: 'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).' },
  { name: 'show-managed-fields', type: 'bool', usage: 'If true, keep the managedFields when printing objects in JSON or YAML format.' },
  { name: 'template', type: 'string', usage: 'Template string or path to template file to use when -o=go-template, -o=go-template-file. The template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].' },
];

export const FIELD_MANAGER_FLAG: FlagSpec = { name: 'field-manager', type: 'string', default: 'kubectl-rollout', usage: 'Name of the manager used to track field ownership.' };

/** One object the command acts on. */
export interface Target {
  type: ResourceType;
  object: KObject;
}

export type TargetsResult = { ok: true; targets: Target[]; errors: Status[] } | { ok: false; error: string } | { ok: false; status: Status };

/** `deployment.apps`, `replicationcontroller`: the kind part of a name-printer line. */
export function kindString(type: { kind: string; group: string }): string {
  return type.group ? `${type.kind.toLowerCase()}.${type.group}` : type.kind.toLowerCase();
}

/** The name printer: `deployment.apps/web paused` (operation may be empty). */
export function nameLine(type: { kind: string; group: string }, name: string, operation: string): string {
  return operation ? `${kindString(type)}/${name} ${operation}\n` : `${kindString(type)}/${name}\n`;
}

/** `deployments.apps`: how the pause/resume/restart errors name a resource. */
export function resourceString(type: ResourceType): string {
  return type.group ? `${type.plural}.${type.group}` : type.plural;
}

/** `Deployment.apps`, `Pod`: Go's schema.GroupKind String(). */
export function groupKind(type: ResourceType): string {
  return type.group ? `${type.kind}.${type.group}` : type.kind;
}

/** True when neither arguments nor -f were given (`required resource not specified`). */
export function noResources(ctx: VerbContext): boolean {
  return ctx.parsed.args.length === 0 && flag.list(ctx.parsed, 'filename').length === 0;
}

/**
 * Resolves the command's arguments to objects as the resource builder does: named objects
 * are fetched (a missing one is a NotFound error that does not stop the others), a bare
 * type lists every object of the type matching `-l`.
 */
export function resolveTargets(ctx: VerbContext, args: string[] = ctx.parsed.args): TargetsResult {
  const filenames = flag.list(ctx.parsed, 'filename');
  if (filenames.length) return targetsFromFiles(ctx, filenames);
  const resolved = resolveArgs(args);
  if (!resolved.ok) return { ok: false, error: resolved.error };
  const selector = flag.str(ctx.parsed, 'selector');
  const targets: Target[] = [];
  const errors: Status[] = [];
  for (const sel of resolved.items) {
    const ref = { group: sel.type.group, resource: sel.type.plural };
    if (!sel.names.length) {
      const listed = ctx.client.list(ref, ctx.namespace, selector ? { labelSelector: selector } : undefined);
      if (!listed.ok) return { ok: false, status: listed.status };
      const items = [...listed.value.items].sort((a, b) => (a.metadata.name ?? '').localeCompare(b.metadata.name ?? ''));
      for (const object of items) targets.push({ type: sel.type, object });
      continue;
    }
    if (selector) return { ok: false, error: 'name cannot be provided when a selector is specified' };
    for (const name of sel.names) {
      const got = ctx.client.get(ref, ctx.namespace, name);
      if (got.ok) targets.push({ type: sel.type, object: got.value });
      else errors.push(got.status);
    }
  }
  if (!resolved.items.length) return { ok: false, error: 'You must provide one or more resources by argument or filename.' };
  return { ok: true, targets, errors };
}

/** `-f FILE`: the objects the manifests name, fetched from the server. */
function targetsFromFiles(ctx: VerbContext, filenames: string[]): TargetsResult {
  const loaded = loadManifests(ctx, filenames, flag.bool(ctx.parsed, 'recursive'));
  if (loaded.errors.length) return { ok: false, error: loaded.errors[0] };
  const targets: Target[] = [];
  const errors: Status[] = [];
  for (const { object } of loaded.objects) {
    const type = typeForKind(object.apiVersion, object.kind);
    if (!type) return { ok: false, error: `resource mapping not found for name: "${object.metadata?.name}" namespace: "${object.metadata?.namespace ?? ''}" from "${filenames[0]}": no matches for kind "${object.kind}" in version "${object.apiVersion}"` };
    const got = ctx.client.get({ group: type.group, resource: type.plural }, object.metadata.namespace ?? ctx.namespace, object.metadata.name ?? '');
    if (got.ok) targets.push({ type, object: got.value });
    else errors.push(got.status);
  }
  return { ok: true, targets, errors };
}

/** The ReplicaSets resource, for the Deployment helpers. */
export const RS = R.replicasets;
