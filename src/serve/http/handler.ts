/**
 * One HTTP request, end to end: authenticate (and impersonate), serve the meta endpoints,
 * or map the REST path and method onto an ApiRequest for the simulator's Api, then write
 * its answer. Everything with Kubernetes semantics happens in the Api; this file translates.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { internalError, isStatus, methodNotAllowed, type ApiRequest, type Cluster, type Status, type Table, type Verb } from '../../sim/index.js';
import type { MetaHandler, ProtobufDecoder } from '../types.js';
import type { ActivityTracker } from './activity.js';
import { identify, type AuthConfig } from './auth.js';
import type { WatchHistory } from './history.js';
import { decodeObjectBody, decodePatchBody, isEmpty, readBody } from './body.js';
import { serveLogs } from './logs.js';
import { wantsTable } from './negotiate.js';
import { pathNotFound, sendJson, sendReply, sendStatus, sendText, TABLE_CONTENT_TYPE } from './respond.js';
import { parseResourcePath, type ResourceRoute } from './route.js';
import { checkIncludeObject, shapeTable } from './tables.js';
import { serveWatch } from './watch.js';

export interface HandlerDeps {
  cluster: Cluster;
  auth: AuthConfig;
  settleAfterWrites: boolean;
  activity: ActivityTracker;
  /** Registers a closer for a long-running stream (watch, log follow); returns its unregister. */
  track(close: () => void): () => void;
  meta?: MetaHandler;
  protobuf?: ProtobufDecoder;
  history?: WatchHistory;
}

/** strconv.ParseBool's true spellings (how `watch=1` and `watch=true` both mean watch). */
const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);

/** The apiserver's health endpoints (kube-apiserver answers `ok`). */
const HEALTH_PATHS = new Set(['/healthz', '/livez', '/readyz']);

/** Subresources that only work as connection upgrades (handled by the server's 'upgrade' event). */
const UPGRADE_ONLY = new Set(['exec', 'attach', 'portforward']);

function queryRecord(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of params) if (!(k in out)) out[k] = v;
  return out;
}

type Planned = { ok: true; verb: Verb; watch: boolean } | { ok: false; status: Status };

/** The verb a method means on this path (installer.go's route table). */
function planVerb(method: string, route: ResourceRoute, query: Record<string, string>): Planned {
  const named = route.name !== undefined;
  const sub = route.subresource !== undefined;
  switch (method) {
    case 'GET':
    case 'HEAD': {
      const watch = TRUE.has(query.watch ?? '') || !!route.watchPrefix;
      if (watch && !sub) return { ok: true, verb: 'watch', watch };
      return { ok: true, verb: named ? 'get' : 'list', watch: false };
    }
    case 'POST':
      if (!named || sub) return { ok: true, verb: 'create', watch: false };
      break;
    case 'PUT':
      if (named) return { ok: true, verb: 'update', watch: false };
      break;
    case 'PATCH':
      if (named) return { ok: true, verb: 'patch', watch: false };
      break;
    case 'DELETE':
      if (!sub) return { ok: true, verb: named ? 'delete' : 'deletecollection', watch: false };
      break;
  }
  return { ok: false, status: notAllowed() };
}

/** 405 as the apiserver's router answers a method a path has no route for. */
function notAllowed(): Status {
  return { ...methodNotAllowed('the server does not allow this method on the requested resource'), details: {} };
}

/** Decodes the body a verb carries into ApiRequest fields. */
async function bodyFor(deps: HandlerDeps, req: IncomingMessage, verb: Verb, kind: string): Promise<{ ok: true; body?: unknown; patchType?: string } | { ok: false; status: Status }> {
  if (verb === 'get' || verb === 'list' || verb === 'watch') {
    req.resume();
    return { ok: true };
  }
  const read = await readBody(req);
  if (!read.ok) return read;
  const contentType = req.headers['content-type'];
  if (verb === 'patch') {
    const d = decodePatchBody(contentType, read.bytes);
    return d.ok ? { ok: true, body: d.value, patchType: d.patchType } : d;
  }
  // DELETE and deletecollection may come without DeleteOptions.
  if ((verb === 'delete' || verb === 'deletecollection') && isEmpty(read.bytes)) return { ok: true };
  const d = decodeObjectBody(contentType, read.bytes, kind, deps.protobuf);
  return d.ok ? { ok: true, body: d.value } : d;
}

/** Serves one request; never throws (a bug answers 500 with a Status). */
export async function handleRequest(deps: HandlerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  deps.activity.emit('request');
  // The end of the request too (for a watch or a log stream: when the stream ends).
  res.once('close', () => deps.activity.emit('request'));
  try {
    await route(deps, req, res);
  } catch (e) {
    if (!res.headersSent) sendStatus(res, internalError((e as Error)?.message ?? String(e)));
    else res.destroy();
  }
}

async function route(deps: HandlerDeps, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { cluster } = deps;
  const url = new URL(req.url ?? '/', 'http://localhost');
  const method = (req.method ?? 'GET').toUpperCase();
  const who = identify(cluster, deps.auth, req);
  if (!who.ok) {
    req.resume();
    return sendStatus(res, who.status);
  }
  const accept = req.headers.accept ?? '';
  const meta = deps.meta?.(cluster, { method, path: url.pathname, query: url.searchParams, accept, serverAddress: req.headers.host ?? '' });
  if (meta) {
    req.resume();
    return sendReply(res, meta);
  }
  const health = HEALTH_PATHS.has(url.pathname) && (method === 'GET' || method === 'HEAD');
  if (health) {
    // /healthz, /livez, /readyz: every check passes in a simulated control plane.
    req.resume();
    return sendText(res, 200, 'ok');
  }
  const r = parseResourcePath(url.pathname);
  // No such path, resource or version: the apiserver's NotFound handler.
  if (!r?.type) {
    req.resume();
    return sendStatus(res, pathNotFound());
  }
  // A namespaced resource's cluster-wide path has only the all-namespaces list and watch
  // routes (installer.go): an item there does not exist, other methods are not allowed.
  if (r.type.namespaced && r.namespace === undefined) {
    if (r.name !== undefined) {
      req.resume();
      return sendStatus(res, pathNotFound());
    }
    if (method !== 'GET' && method !== 'HEAD') {
      req.resume();
      return sendStatus(res, notAllowed());
    }
  }
  const query = queryRecord(url.searchParams);
  const plan = planVerb(method, r, query);
  // A verb the resource does not serve has no route (e.g. GET on selfsubjectaccessreviews).
  if (plan.ok && !r.subresource && !r.type.verbs.includes(plan.verb)) {
    req.resume();
    return sendStatus(res, notAllowed());
  }
  if (!plan.ok) {
    req.resume();
    return sendStatus(res, plan.status);
  }
  const body = await bodyFor(deps, req, plan.verb, bodyKind(r, plan.verb));
  if (!body.ok) return sendStatus(res, body.status);
  const asTable = wantsTable(accept) && (plan.verb === 'get' || plan.verb === 'list' || plan.verb === 'watch') && !r.subresource;
  const apiReq: ApiRequest = {
    verb: plan.verb, group: r.group, version: r.version, resource: r.resource, user: who.user, query,
  };
  if (r.namespace !== undefined) apiReq.namespace = r.namespace;
  if (r.name !== undefined) apiReq.name = r.name;
  if (r.subresource !== undefined) apiReq.subresource = r.subresource;
  if (body.body !== undefined) apiReq.body = body.body;
  if (body.patchType) apiReq.patchType = body.patchType;
  if (asTable) apiReq.asTable = true;
  // Writes without a fieldManager are recorded under the client's name, as upstream does.
  const ua = req.headers['user-agent'];
  if (ua) apiReq.userAgent = ua;
  if (plan.watch) return serveWatch(deps, res, { type: r.type, req: apiReq, user: who.user, asTable });
  if (r.subresource && UPGRADE_ONLY.has(r.subresource)) return sendStatus(res, badUpgrade());
  if (r.subresource === 'log' && plan.verb === 'get') {
    serveLogs(deps, res, apiReq);
    if (deps.settleAfterWrites) cluster.settle();
    return;
  }
  if (asTable) {
    const bad = checkIncludeObject(query.includeObject);
    if (bad) return sendStatus(res, bad);
  }
  const answer = cluster.api.handle(apiReq);
  const mayChange = (plan.verb !== 'get' && plan.verb !== 'list') || r.subresource !== undefined;
  if (deps.settleAfterWrites && mayChange) cluster.settle();
  let out: unknown = answer.body;
  if (asTable && answer.code === 200 && !isStatus(out) && (out as { kind?: string })?.kind === 'Table') {
    return sendJson(res, answer.code, shapeTable(out as Table, query.includeObject), answer.warnings, TABLE_CONTENT_TYPE);
  }
  if (answer.code === 200 && (plan.verb === 'list' || plan.verb === 'deletecollection')) out = bareItems(out);
  return sendJson(res, answer.code, out, answer.warnings);
}

/**
 * A typed list as the apiserver encodes it: items carry no kind/apiVersion (they are the
 * list's element type; clients fill them in from the list's kind).
 */
function bareItems(list: unknown): unknown {
  const l = list as { items?: unknown };
  if (!l || !Array.isArray(l.items)) return list;
  return {
    ...l,
    items: l.items.map((item) => {
      if (!item || typeof item !== 'object') return item;
      const { kind: _kind, apiVersion: _apiVersion, ...rest } = item as Record<string, unknown>;
      return rest;
    }),
  };
}

/** Kinds of the bodies subresources take (their REST storage's New()). */
const SUBRESOURCE_KINDS: Record<string, string> = { eviction: 'Eviction', scale: 'Scale', token: 'TokenRequest', binding: 'Binding' };

/** The kind a request body is decoded as, named in decode errors. */
function bodyKind(r: ResourceRoute, verb: Verb): string {
  if (verb === 'delete' || verb === 'deletecollection') return 'DeleteOptions';
  return (r.subresource && SUBRESOURCE_KINDS[r.subresource]) || r.type?.kind || r.resource;
}

/** A plain request to exec/attach/portforward (httpstream's "Upgrade request required"). */
function badUpgrade(): Status {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Upgrade request required', reason: 'BadRequest', code: 400 };
}

