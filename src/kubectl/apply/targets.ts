/**
 * The objects a verb acts on, as kubectl's resource builder finds them: `-f` files,
 * `TYPE NAME...`, `TYPE/NAME...`, or `TYPE` with `-l`, `--field-selector` or `--all`
 * (in one namespace or, with -A, all of them). Problems are collected, not thrown:
 * kubectl continues with what it found and reports the rest at the end.
 */
import { preferredResourceTypes, resolveResource, type KObject, type ResourceType, type Status } from '../../sim/index.js';
import { formatStatus } from '../errors.js';
import { flag } from '../flags.js';
import { infoGetError } from '../info-get.js';
import { loadManifests } from '../manifests.js';
import { resolveArgs } from '../resources.js';
import type { VerbContext } from '../types.js';
import { placeObject, refOf } from './common.js';

export interface Target {
  type: ResourceType;
  namespace?: string;
  name: string;
  /** The manifest the target came from, for `error when deleting "x.yaml"`. */
  source?: string;
  /** The object, when the builder already has it (listed, or read from a file). */
  object?: KObject;
}

export interface TargetOptions {
  /** Allow TYPE without names (with selectors or --all). */
  allowList: boolean;
  /** Flags present on this verb. */
  selector?: string;
  fieldSelector?: string;
  all?: boolean;
  allNamespaces?: boolean;
  /** GET each named object (RequireObject); a missing one is an error in `errors`. */
  fetch: boolean;
}

export type TargetResult =
  | { ok: true; targets: Target[]; errors: string[]; listed: boolean }
  | { ok: false; error: string; usage?: boolean };

/** An API error as checkErr prints it (one line of an aggregate). */
export function statusLine(status: Status, message?: string): string {
  return formatStatus(status, message);
}

/**
 * `all` (and any other category) stands for every resource type in it, in discovery order
 * (`kubectl delete all --all`). Only the plain `TYPE[,TYPE] NAME...` form can name one.
 */
function expandCategories(args: string[]): string[] {
  if (!args.length || args[0].includes('/')) return args;
  const parts = args[0].split(',').flatMap((part) => {
    if (resolveResource(part)) return [part];
    const members = preferredResourceTypes().filter((t) => t.categories?.includes(part));
    return members.length ? members.map((t) => (t.group ? `${t.plural}.${t.group}` : t.plural)) : [part];
  });
  return [parts.join(','), ...args.slice(1)];
}

export function findTargets(ctx: VerbContext, args: string[], o: TargetOptions): TargetResult {
  const filenames = ctx.parsed.values.has('filename') ? flag.list(ctx.parsed, 'filename') : [];
  const errors: string[] = [];
  const targets: Target[] = [];
  if (filenames.length) {
    if (args.length) return { ok: false, error: `Unexpected args: [${args.join(' ')}]`, usage: true };
    const loaded = loadManifests(ctx, filenames, flag.bool(ctx.parsed, 'recursive'));
    if (!loaded.objects.length && loaded.errors.length) return { ok: false, error: loaded.errors[0] };
    for (const { object, source } of loaded.objects) {
      const t = placeObject(ctx, object, source);
      if (!t.ok) {
        errors.push(`error: ${t.error}`);
        continue;
      }
      targets.push({ type: t.type, namespace: t.ns, name: object.metadata?.name ?? '', source, object });
    }
    errors.push(...loaded.errors.map((e) => `error: ${e}`));
    return { ok: true, targets, errors, listed: false };
  }
  const resolved = resolveArgs(expandCategories(args));
  if (!resolved.ok) return { ok: false, error: resolved.error };
  if (!resolved.items.length) {
    // resource.Builder visitBySelector: a selector needs a resource type to select from.
    if (o.selector || o.fieldSelector) return { ok: false, error: 'at least one resource must be specified to use a selector' };
    return { ok: false, error: 'NO_RESOURCES' };
  }
  const selecting = !!(o.selector || o.fieldSelector || o.all);
  let listed = false;
  for (const item of resolved.items) {
    const ns = item.type.namespaced ? ctx.namespace : undefined;
    if (item.names.length) {
      if (o.selector) return { ok: false, error: 'name cannot be provided when a selector is specified' };
      for (const name of item.names) {
        if (!o.fetch) {
          targets.push({ type: item.type, namespace: ns, name });
          continue;
        }
        const got = ctx.client.get(refOf(item.type), ns, name);
        if (!got.ok) errors.push(statusLine(infoGetError(ctx.client, got.status, ns)));
        else targets.push({ type: item.type, namespace: ns, name, object: got.value });
      }
      continue;
    }
    if (!o.allowList || !selecting) return { ok: false, error: `resource(s) were provided, but no name was specified` };
    listed = true;
    const query: Record<string, string> = {};
    if (o.selector) query.labelSelector = o.selector;
    if (o.fieldSelector) query.fieldSelector = o.fieldSelector;
    const list = ctx.client.list(refOf(item.type), o.allNamespaces ? undefined : ns, query);
    if (!list.ok) {
      errors.push(statusLine(list.status));
      continue;
    }
    for (const obj of list.value.items) {
      targets.push({ type: item.type, namespace: obj.metadata.namespace, name: obj.metadata.name ?? '', object: obj });
    }
  }
  return { ok: true, targets, errors, listed };
}
