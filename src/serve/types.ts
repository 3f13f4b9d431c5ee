/**
 * Shared shapes of `kubedojo serve`: the simulator's API over HTTP on loopback for the real
 * kubectl. The HTTP layer (server.ts) is a thin adapter: everything with Kubernetes
 * semantics happens in src/sim's Api; the modules here translate paths, headers and bodies.
 */
import type { Cluster, UserInfo } from '../sim/index.js';

/** A complete, non-streaming HTTP answer. */
export interface HttpReply {
  status: number;
  headers: Record<string, string>;
  body: string | Uint8Array;
}

/** What the meta endpoints (discovery, /version, OpenAPI) need to know about a request. */
export interface MetaRequest {
  method: string;
  /** The URL path without the query, e.g. `/apis/apps/v1`. */
  path: string;
  query: URLSearchParams;
  /** The Accept header as sent ('' when absent). */
  accept: string;
  /** `host:port` the client reached us on (legacy discovery's serverAddressByClientCIDRs). */
  serverAddress: string;
}

/** Answers /api, /apis, /api/v1, /apis/G/V, /version, /openapi/v2, /openapi/v3[/...]; undefined for any other path. */
export type MetaHandler = (cluster: Cluster, req: MetaRequest) => HttpReply | undefined;

/** Decodes a `application/vnd.kubernetes.protobuf` request body into the JSON object it stands for. */
export type ProtobufDecoder = (body: Uint8Array) => { ok: true; object: Record<string, unknown> } | { ok: false; error: string };

/** What the server tells a clock driver, so virtual time can follow the clients. */
export interface ServerActivity {
  /** Number of watch streams open right now. */
  openWatches(): number;
  /** Subscribe: called on every request start/end, watch open/close and watch event written. */
  onActivity(cb: (kind: 'request' | 'watch-open' | 'watch-close' | 'watch-event') => void): () => void;
}

export interface ServeOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0 or undefined: a free port. */
  port?: number;
  /** Bearer token that authenticates as `admin`. ServiceAccount tokens issued by the cluster are accepted too. */
  token: string;
  /** Identity of `token` (default: the kind admin, kubernetes-admin in kubeadm:cluster-admins). */
  admin?: UserInfo;
  /**
   * Settle the cluster after each request that may change it (realtime serving: controllers
   * react at once). Differential tests turn it off and settle between commands instead, as
   * the embedded kubectl does.
   */
  settleAfterWrites?: boolean;
  /**
   * Serve HTTPS with a self-signed certificate made at startup (default true). kubectl sends
   * a kubeconfig's token only to https servers (clientcmd: "only try to read the auth
   * information if we are secure"), so the kubeconfig must say `https://` and carry
   * RunningServer.certificateAuthorityData. false: plain http (unit tests with fetch()).
   */
  tls?: boolean;
}

export interface RunningServer {
  host: string;
  port: number;
  /** `https://host:port` (`http://` when tls is false) */
  url: string;
  /** Base64 of the PEM serving certificate: the kubeconfig's `certificate-authority-data` (undefined without tls). */
  certificateAuthorityData?: string;
  activity: ServerActivity;
  /** Stops accepting, ends open watches and streams, resolves when closed. */
  close(): Promise<void>;
}
