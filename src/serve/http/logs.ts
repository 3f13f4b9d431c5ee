/**
 * pods/log over HTTP: `text/plain`. With `follow=true` the response stays open and new
 * lines are written as the node model produces them (as virtual time passes), until the
 * container terminates, the pod goes away, or the client leaves.
 */
import type { ServerResponse } from 'node:http';
import type { ApiRequest, ApiResponse, Cluster, KObject, Status } from '../../sim/index.js';
import type { ActivityTracker } from './activity.js';
import { sendJson, sendText } from './respond.js';

/** How often a follow stream looks for new lines (wall clock; the log handler is cheap). */
const FOLLOW_POLL_MS = 50;

export interface LogContext {
  cluster: Cluster;
  activity: ActivityTracker;
  track(close: () => void): () => void;
}

function isText(r: ApiResponse): r is ApiResponse & { body: string } {
  return r.code === 200 && typeof r.body === 'string';
}

/** The container a log request reads: the `container` parameter or the pod's first (the log handler's default). */
function containerName(pod: KObject | undefined, req: ApiRequest): string | undefined {
  return req.query?.container ?? pod?.spec?.containers?.[0]?.name;
}

type ContainerStatusView = { name: string; restartCount?: number; state?: { terminated?: unknown } };

/** The followed container's status now, if its pod (the same one) still exists. */
function containerStatus(cluster: Cluster, req: ApiRequest, uid: string | undefined): ContainerStatusView | undefined | 'gone' {
  const pod = cluster.store.get('pods', req.namespace ?? '', req.name ?? '');
  if (!pod || pod.metadata.uid !== uid) return 'gone';
  const name = containerName(pod, req);
  const statuses = [...(pod.status?.containerStatuses ?? []), ...(pod.status?.initContainerStatuses ?? [])] as ContainerStatusView[];
  return statuses.find((s) => s.name === name);
}

/**
 * True once the followed container instance has ended: it terminated, restarted (a new
 * instance has its own log; the kubelet closes the stream of the old one), or its pod is gone.
 */
function followEnded(cluster: Cluster, req: ApiRequest, uid: string | undefined, restarts: number | undefined): boolean {
  const st = containerStatus(cluster, req, uid);
  if (st === 'gone') return true;
  return !!st?.state?.terminated || (st?.restartCount ?? 0) !== (restarts ?? 0);
}

/** Serves GET pods/NAME/log, streaming when follow=true. */
export function serveLogs(ctx: LogContext, res: ServerResponse, req: ApiRequest): void {
  const { cluster } = ctx;
  const first = cluster.api.handle(req);
  if (!isText(first)) return sendJson(res, first.code, first.body as Status);
  // A previous (terminated) instance's log is complete: following it ends at once.
  if (req.query?.follow !== 'true' || req.query?.previous === 'true') return sendText(res, 200, first.body);

  const uid = cluster.store.get('pods', req.namespace ?? '', req.name ?? '')?.metadata.uid;
  const atStart = containerStatus(cluster, req, uid);
  const restarts = atStart === 'gone' ? undefined : atStart?.restartCount;
  // Later reads take the whole log and send what lies beyond what the full log held at the start.
  const fullReq: ApiRequest = { ...req, query: { ...req.query, tailLines: undefined, sinceSeconds: undefined, limitBytes: undefined } };
  const full = cluster.api.handle(fullReq);
  let sent = isText(full) ? full.body.length : first.body.length;

  res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-cache, private', 'Transfer-Encoding': 'chunked' });
  res.flushHeaders();
  if (first.body) res.write(first.body);
  let closed = false;
  const poll = () => {
    if (closed) return;
    const now = cluster.api.handle(fullReq);
    if (isText(now) && now.body.length > sent) {
      res.write(now.body.slice(sent));
      sent = now.body.length;
      ctx.activity.emit('watch-event');
    }
    if (followEnded(cluster, req, uid, restarts)) finish();
  };
  const timer = setInterval(poll, FOLLOW_POLL_MS);
  const finish = () => {
    if (closed) return;
    closed = true;
    clearInterval(timer);
    untrack();
    ctx.activity.emit('watch-close');
    if (!res.writableEnded) res.end();
  };
  // A follow stream waits on virtual time like a watch does: the clock driver counts it.
  ctx.activity.emit('watch-open');
  const untrack = ctx.track(finish);
  res.on('close', finish);
  if (followEnded(cluster, req, uid, restarts)) finish();
}
