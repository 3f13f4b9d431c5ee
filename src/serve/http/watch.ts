/**
 * Watch streams (`?watch=true`): newline-delimited `{"type":..,"object":..}` events over a
 * chunked response, as the apiserver's watch handler writes them (pkg/endpoints/handlers/watch.go).
 *
 * resourceVersion semantics: '' or '0' starts with the current state as synthetic ADDED
 * events; a resourceVersion the client got from a list replays what changed since, from
 * the server's recent history (history.ts); one older than that history answers one
 * ERROR event with 410 Expired, after which an informer lists again.
 */
import type { ServerResponse } from 'node:http';
import {
  forbidden, forbiddenReason, groupVersion, storageKey, toTable, type ApiRequest, type Cluster, type KObject, type ResourceType, type Status, type UserInfo,
} from '../../sim/index.js';
import type { ActivityTracker } from './activity.js';
import type { WatchHistory } from './history.js';
import { sendStatus, TABLE_CONTENT_TYPE } from './respond.js';
import { checkIncludeObject, shapeTable } from './tables.js';

export interface WatchContext {
  cluster: Cluster;
  activity: ActivityTracker;
  history?: WatchHistory;
  /** Registers a closer the server calls when it shuts down; returns the unregister function. */
  track(close: () => void): () => void;
}

export interface WatchParams {
  type: ResourceType;
  req: ApiRequest;
  user: UserInfo;
  asTable: boolean;
}

/** 403 unless `user` may watch this resource (the authorization filter runs before the handler). */
function authorizeWatch(cluster: Cluster, p: WatchParams): Status | undefined {
  const namespace = p.type.namespaced ? p.req.namespace || undefined : undefined;
  const attrs = { user: p.user, verb: 'watch', group: p.type.group, resource: p.type.plural, namespace, name: p.req.name };
  const decision = cluster.api.authorize(attrs);
  return decision.allowed ? undefined : forbidden(p.type, p.req.name, forbiddenReason(attrs, decision.reason));
}

/** Serves one watch request until the client goes away, timeoutSeconds pass, or the server closes. */
export function serveWatch(ctx: WatchContext, res: ServerResponse, p: WatchParams): void {
  const { cluster } = ctx;
  const denied = authorizeWatch(cluster, p);
  if (denied) return sendStatus(res, denied);
  const q = p.req.query ?? {};
  const badInclude = p.asTable ? checkIncludeObject(q.includeObject) : undefined;
  if (badInclude) return sendStatus(res, badInclude);
  // The list validates the selectors (400s) and gives the initial state. It runs as a
  // trusted read: the caller was authorized for watch above.
  const listed = cluster.api.handle({ ...p.req, verb: 'list', asTable: false, internal: true, user: p.user, query: { ...q, watch: undefined } });
  if (listed.code !== 200) return sendStatus(res, listed.body as Status);

  res.writeHead(200, { 'Content-Type': p.asTable ? TABLE_CONTENT_TYPE : 'application/json', 'Cache-Control': 'no-cache, private', 'Transfer-Encoding': 'chunked' });
  res.flushHeaders();
  ctx.activity.emit('watch-open');

  let first = true;
  const encode = (type: string, object: KObject): string => {
    let out: unknown = object;
    if (p.asTable) {
      const table = toTable(storageKey(p.type), [object], { now: cluster.clock.now() }, object.metadata.resourceVersion);
      out = shapeTable(table, q.includeObject, !first);
    }
    first = false;
    return `${JSON.stringify({ type, object: out })}\n`;
  };
  const write = (type: string, object: KObject) => {
    if (closed) return;
    res.write(encode(type, object));
    ctx.activity.emit('watch-event');
  };

  let closed = false;
  const rv = q.resourceVersion ?? '';
  const since = Number(rv);
  if (rv === '' || rv === '0') {
    for (const o of (listed.body as { items: KObject[] }).items) write('ADDED', o);
  } else if (ctx.history && Number.isInteger(since) && since > 0 && since < Number(cluster.store.currentResourceVersion()) + 1) {
    const filter = cluster.api.watchFilter(p.req);
    const missed = filter.ok ? ctx.history.since(since, storageKey(p.type), filter.match) : [];
    if (missed === 'expired') {
      // The apiserver's watch cache answers an ERROR event and ends the stream (cacher: "too old resource version").
      const status: Status = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `too old resource version: ${since} (${ctx.history.oldest()})`, reason: 'Expired', code: 410 };
      res.end(`${JSON.stringify({ type: 'ERROR', object: status })}\n`);
      ctx.activity.emit('watch-close');
      return;
    }
    for (const e of missed) write(e.type, e.object);
  }
  const unsubscribe = cluster.api.watch({ ...p.req, verb: 'watch' }, (e) => write(e.type, e.object));

  // allowWatchBookmarks: BOOKMARK events carry only the current resourceVersion, so a client
  // that re-watches starts from there. The watch cache sends one about every minute and one
  // as the stream's deadline nears (cacher.go bookmark timer; cache_watcher.go nextBookmarkTime).
  const bookmarks = q.allowWatchBookmarks === 'true' && !p.asTable;
  const bookmark = () => {
    if (!bookmarks || closed) return;
    res.write(`${JSON.stringify({ type: 'BOOKMARK', object: { kind: p.type.kind, apiVersion: groupVersion(p.type), metadata: { resourceVersion: cluster.store.currentResourceVersion() } } })}\n`);
  };
  const ticker = bookmarks ? setInterval(bookmark, 60_000) : undefined;
  ticker?.unref();

  const finish = () => {
    if (closed) return;
    closed = true;
    unsubscribe();
    if (timer) clearTimeout(timer);
    if (ticker) clearInterval(ticker);
    untrack();
    ctx.activity.emit('watch-close');
    if (!res.writableEnded) res.end();
  };
  // timeoutSeconds is the client's wall-clock budget for this stream (the reflector re-watches).
  const timeout = Number(q.timeoutSeconds);
  const timer = Number.isFinite(timeout) && timeout > 0 ? setTimeout(() => { bookmark(); finish(); }, timeout * 1000) : undefined;
  const untrack = ctx.track(finish);
  // Node 20 fires the request's 'close' once its body is read; the response's marks the client leaving.
  res.on('close', finish);
}
