/**
 * Background traffic: a steady stream of requests on the virtual clock, the way a scenario
 * checks zero downtime ("curl in a loop while you roll out"). Every request lands in the
 * timeline (type 'request', with the stream's tag) like any other.
 */
import type { Cluster } from '../cluster.js';
import { sendRequest, type SendRequestOptions } from './traffic.js';

export interface RequestStream {
  /** Stops sending (idempotent). */
  stop(): void;
  /** Requests sent so far and how many failed (no answer, or HTTP 5xx). */
  stats(): { sent: number; failed: number };
}

/** Sends `opts` every `intervalMs` (default 100 ms) of virtual time until stopped. */
export function startRequestStream(cluster: Cluster, opts: SendRequestOptions & { intervalMs?: number }): RequestStream {
  const interval = Math.max(1, opts.intervalMs ?? 100);
  let sent = 0;
  let failed = 0;
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    const r = sendRequest(cluster, opts);
    sent++;
    if (!r.ok || r.status >= 500) failed++;
    cluster.clock.after(interval, tick);
  };
  cluster.clock.after(0, tick);
  return { stop: () => { stopped = true; }, stats: () => ({ sent, failed }) };
}
