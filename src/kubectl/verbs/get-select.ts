/**
 * What `kubectl get` fetches: the resource builder's part of get.go. Arguments (`pods`,
 * `pod a b`, `pod/a svc/b`, `deploy,svc`, `all`) or `-f` files become requests; every
 * request's answer (a server-side Table for human output, the object or list otherwise)
 * becomes one "info", in argument order. Missing names become errors without stopping the
 * rest (ContinueOnError), as kubectl prints found objects and then the NotFound lines.
 */
import { RESOURCE_TYPES, isStatus, preferredResourceTypes, qualifiedResource, type KObject, type ResourceType, type Status, type Table } from '../../sim/index.js';
import { refOf } from '../apply/common.js';
import { flag } from '../flags.js';
import { loadManifests } from '../manifests.js';
import { infoGetError } from '../info-get.js';
import { resolveArgs, type ResourceSelection } from '../resources.js';
import type { VerbContext } from '../types.js';
import { resolveResource } from '../../sim/index.js';

/** The server warning 1.33 sends for every core/v1 Endpoints request. */
export const ENDPOINTS_WARNING = 'v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice';

export interface GetInfo {
  type: ResourceType;
  /** A Table when asTable, else the object or (for collections) the list. */
  body: any;
  /** The info came from a collection request (a list), not a name. */
  isList: boolean;
}

export interface Fetched {
  infos: GetInfo[];
  /** Formatted error lines (checkErr wording), printed after the output. */
  errors: string[];
  /** One name was asked for (`get pod x`, `get pod/x`, one object in one file): print it alone, not as a List. */
  singleItemImplied: boolean;
  /** Every requested type is namespaced (for the "No resources found in x namespace." wording). */
  allNamespaced: boolean;
}

/** Expands `all` (and other categories) into the resource types that carry it, in discovery order. */
export function expandCategory(name: string): ResourceType[] | undefined {
  const types = preferredResourceTypes().filter((t) => t.categories?.includes(name.toLowerCase()));
  return types.length ? types : undefined;
}

/** Like resolveArgs, with category names (`all`) expanded as kubectl's category expander does. */
export function selectResources(args: string[]): { ok: true; items: ResourceSelection[] } | { ok: false; error: string } {
  if (args.length && !args.some((a) => a.includes('/'))) {
    const [typesArg, ...names] = args;
    const items: ResourceSelection[] = [];
    for (const t of typesArg.split(',')) {
      if (!t) continue;
      const direct = resolveResource(t);
      const types = direct ? [direct] : expandCategory(t);
      if (!types) return { ok: false, error: `the server doesn't have a resource type "${t}"` };
      for (const type of types) if (!items.some((x) => x.type === type)) items.push({ type, names: [...names] });
    }
    return { ok: true, items };
  }
  return resolveArgs(args);
}

function ref(t: ResourceType) {
  return refOf(t);
}

/** Performs the requests for `selection` (or the `-f` files) and collects infos and errors. */
export function fetchForGet(ctx: VerbContext, items: ResourceSelection[], asTable: boolean): Fetched {
  const p = ctx.parsed;
  const all = flag.bool(p, 'all-namespaces');
  const query = {
    labelSelector: flag.str(p, 'selector') || undefined,
    fieldSelector: flag.str(p, 'field-selector') || undefined,
  };
  const ignoreNotFound = flag.bool(p, 'ignore-not-found');
  const infos: GetInfo[] = [];
  const errors: string[] = [];
  const statusError = (s: Status) => {
    if (ignoreNotFound && s.reason === 'NotFound') return;
    errors.push(formatGetStatus(s));
  };
  const warned = new Set<string>();
  const warn = (type: ResourceType, warnings: string[] | undefined) => {
    // 1.33's API server deprecates core Endpoints; if our API does not send it, kubectl still must print it.
    const list = warnings ?? (type.kind === 'Endpoints' && type.group === '' ? [ENDPOINTS_WARNING] : []);
    for (const w of list) {
      if (warned.has(w)) continue; // kubectl's warning handler deduplicates
      warned.add(w);
      ctx.io.err(`Warning: ${w}\n`);
    }
  };
  const one = (type: ResourceType, namespace: string | undefined, name: string) => {
    const res = ctx.client.request({ verb: 'get', ...ref(type), namespace: type.namespaced ? namespace : undefined, name, asTable });
    warn(type, res.warnings);
    if (isStatus(res.body) && res.code >= 300) statusError(infoGetError(ctx.client, res.body, type.namespaced ? namespace : undefined));
    else infos.push({ type, body: res.body, isList: false });
  };
  const files = flag.list(p, 'filename');
  if (files.length) {
    const loaded = loadManifests(ctx, files, flag.bool(p, 'recursive'));
    errors.push(...loaded.errors);
    for (const { object } of loaded.objects) {
      const type = typeOf(object);
      if (!type) {
        errors.push(`error: resource mapping not found for name: "${object.metadata?.name ?? ''}" namespace: "${object.metadata?.namespace ?? ''}" from "": no matches for kind "${object.kind}" in version "${object.apiVersion}"`);
        continue;
      }
      one(type, object.metadata?.namespace || ctx.namespace, object.metadata?.name ?? '');
    }
    return { infos, errors, singleItemImplied: loaded.objects.length === 1 && files.length === 1, allNamespaced: !all && infos.every((i) => i.type.namespaced) };
  }
  let singleItemImplied = false;
  if (items.length === 1 && items[0].names.length === 1) singleItemImplied = true;
  for (const sel of items) {
    const namespace = all ? undefined : ctx.namespace;
    if (sel.names.length) {
      for (const name of sel.names) one(sel.type, namespace ?? ctx.namespace, name);
      continue;
    }
    const res = ctx.client.request({ verb: 'list', ...ref(sel.type), namespace: sel.type.namespaced ? namespace : undefined, query, asTable });
    warn(sel.type, res.warnings);
    if (isStatus(res.body) && res.code >= 300) {
      statusError(enhanceListError(res.body, sel.type, query.labelSelector, query.fieldSelector));
      continue;
    }
    infos.push({ type: sel.type, body: res.body, isList: true });
  }
  return { infos, errors, singleItemImplied, allNamespaced: !all && items.every((i) => i.type.namespaced) };
}

function typeOf(obj: KObject): ResourceType | undefined {
  return RESOURCE_TYPES.find((t) => t.kind === obj.kind && (t.group ? `${t.group}/${t.version}` : t.version) === obj.apiVersion);
}

/**
 * cli-runtime's EnhanceListError: a BadRequest/NotFound from a list names what was listed
 * (`Unable to find "/v1, Resource=pods" that match label selector "", field selector "x=y": ...`).
 */
export function enhanceListError(s: Status, type: ResourceType, labelSelector?: string, fieldSelector?: string): Status {
  if (s.reason !== 'BadRequest' && s.reason !== 'NotFound') return s;
  const subj = `${type.group}/${type.version}, Resource=${type.plural}`;
  const message = !labelSelector && !fieldSelector
    ? `Unable to list ${JSON.stringify(subj)}: ${s.message}`
    : `Unable to find ${JSON.stringify(subj)} that match label selector ${JSON.stringify(labelSelector ?? '')}, field selector ${JSON.stringify(fieldSelector ?? '')}: ${s.message}`;
  return { ...s, message };
}

/** checkErr's rendering of a get failure (NotFound, Forbidden, BadRequest...). */
function formatGetStatus(s: Status): string {
  if (!s.reason || s.reason === 'Unknown') return `Error from server: ${s.message}`;
  return `Error from server (${s.reason}): ${s.message}`;
}

/** `pods`, `deployments.apps`: how the Table's rows are named in watch/No-resources messages. */
export function resourceName(t: ResourceType): string {
  return qualifiedResource(t);
}

/** Rows of a fetched Table, or the items of a fetched list, or the single object. */
export function objectsOf(info: GetInfo): KObject[] {
  const b = info.body;
  if (b?.kind === 'Table') return (b as Table).rows.map((r) => r.object!).filter(Boolean);
  if (Array.isArray(b?.items)) return b.items as KObject[];
  return [b as KObject];
}
