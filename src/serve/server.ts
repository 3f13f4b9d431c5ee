/**
 * `kubedojo serve`'s HTTP server: the simulator's Api on loopback, for the real kubectl.
 * node:http only; the request pipeline lives in http/handler.ts, upgrades (exec) in
 * upgrade/. The server never moves virtual time (the clock driver does); with
 * settleAfterWrites it lets the controllers react after each write.
 */
import { createServer as createHttpServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { SYSTEM_ADMIN, type Cluster, type Status, type UserInfo } from '../sim/index.js';
import { ActivityTracker } from './http/activity.js';
import { identify } from './http/auth.js';
import { handleRequest, type HandlerDeps } from './http/handler.js';
import { WatchHistory } from './http/history.js';
import { loadParts } from './http/parts.js';
import { makeServingCert } from './http/tls.js';
import type { RunningServer, ServeOptions } from './types.js';

/** Hosts `serve` binds without being asked twice: loopback only. */
export const LOOPBACK_HOSTS = ['127.0.0.1', '::1', 'localhost'];

/** Writes an HTTP error answer on a raw socket (an upgrade that never became a request). */
function refuseSocket(socket: Duplex, status: Status): void {
  const body = JSON.stringify(status);
  const reason = status.code === 401 ? 'Unauthorized' : status.code === 403 ? 'Forbidden' : 'Bad Request';
  socket.end(`HTTP/1.1 ${status.code} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}

/** Starts serving `cluster`; resolves once listening. */
export async function startServer(cluster: Cluster, opts: ServeOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  // A fresh object: the simulator trusts its own SYSTEM_ADMIN by identity, a client must go through RBAC.
  const admin: UserInfo = opts.admin ?? { name: SYSTEM_ADMIN.name, groups: [...SYSTEM_ADMIN.groups] };
  const activity = new ActivityTracker();
  const streams = new Set<() => void>();
  const parts = await loadParts();
  const deps: HandlerDeps = {
    cluster,
    auth: { token: opts.token, admin },
    settleAfterWrites: !!opts.settleAfterWrites,
    activity,
    track(close) {
      streams.add(close);
      return () => streams.delete(close);
    },
    meta: parts.meta,
    protobuf: parts.protobuf,
    history: new WatchHistory(cluster.store),
  };
  const sockets = new Set<Socket>();
  const listener: RequestListener = (req, res) => {
    void handleRequest(deps, req, res);
  };
  const tls = opts.tls !== false;
  // The certificate names the loopback addresses and the bound host, whichever the kubeconfig uses.
  const cert = tls ? makeServingCert([...new Set(['127.0.0.1', '::1', 'localhost', host])]) : undefined;
  const server: Server = cert
    ? createHttpsServer({ keepAlive: true, cert: cert.cert, key: cert.key }, listener)
    : createHttpServer({ keepAlive: true }, listener);
  // Go's HTTP client keeps idle connections for 90 s; closing them sooner (Node's default is
  // 5 s) races with kubectl reusing one. Outlive the client's idle timeout instead.
  server.keepAliveTimeout = 120_000;
  server.headersTimeout = 125_000;
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    activity.emit('request');
    try {
      const who = identify(cluster, deps.auth, req);
      if (!who.ok) return refuseSocket(socket, who.status);
      if (!parts.upgrade) {
        return refuseSocket(socket, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Upgrade request required', reason: 'BadRequest', code: 400 });
      }
      parts.upgrade(cluster, req, socket, head, who.user);
    } catch (e) {
      refuseSocket(socket, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `Internal error occurred: ${(e as Error).message}`, reason: 'InternalError', code: 500 });
    }
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const addr = server.address() as AddressInfo;
  const urlHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  let closing: Promise<void> | undefined;
  return {
    host: addr.address,
    port: addr.port,
    url: `${tls ? 'https' : 'http'}://${urlHost}:${addr.port}`,
    certificateAuthorityData: cert ? Buffer.from(cert.cert).toString('base64') : undefined,
    activity,
    close() {
      closing ??= new Promise<void>((resolve) => {
        deps.history?.close();
        server.close(() => resolve());
        for (const close of [...streams]) close();
        server.closeIdleConnections();
        // Upgraded sockets (exec sessions) are no longer the server's: end them too.
        for (const s of sockets) s.destroy();
      });
      return closing;
    },
  };
}
