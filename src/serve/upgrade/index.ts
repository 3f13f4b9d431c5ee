/**
 * HTTP upgrades for `kubedojo serve`: `kubectl exec` over WebSocket (v5.channel.k8s.io, what
 * kubectl 1.30+ use) or SPDY/3.1 (v4.channel.k8s.io, kubectl before 1.30), and clear
 * refusals for what a simulated cluster cannot do (`attach`, `port-forward`).
 *
 * kubectl 1.30+ first tries `GET …/pods/NAME/exec?command=…` with `Upgrade: websocket`;
 * any non-101 answer makes it retry as `POST` with `Upgrade: SPDY/3.1` and print the Status
 * of that second answer (`Error from server (Reason): message`). Both attempts land here.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { badRequest, notFound, type Cluster, type KObject, type Status, type UserInfo } from '../../sim/index.js';
import { PROTOCOL_V4, SUPPORTED_PROTOCOLS } from './channels.js';
import { execOnce, type ExecSessionParams } from './exec-session.js';
import { acceptSpdyUpgrade, acceptUpgrade, handshakeProblem, isSpdyRequest, isWebSocketRequest, offeredProtocols, refuse } from './handshake.js';
import { authorize, getPod, resolveContainer, verbsFor } from './precheck.js';
import { parseTarget, streamOptions, type UpgradeTarget } from './target.js';
import { runSpdyExec } from './spdy-exec.js';
import { runWebSocketExec } from './ws-exec.js';

export { acceptKey } from './handshake.js';
export { FrameParser, encodeFrame, OPCODE, CLOSE_CODE } from './frames.js';
export { CHANNEL, PROTOCOL_V5 } from './channels.js';

/** Limits on what a client may send: one WebSocket message, and all of stdin together. */
const MAX_MESSAGE_BYTES = 1024 * 1024;
const MAX_STDIN_BYTES = 16 * 1024 * 1024;

interface UpgradeContext {
  cluster: Cluster;
  req: IncomingMessage;
  socket: Duplex;
  head: Buffer;
  user: UserInfo;
  target: UpgradeTarget;
  pod: KObject;
  webSocket: boolean;
  verb: 'get' | 'create';
}

type SubresourceUpgrade = (c: UpgradeContext) => void;

const notSupported = (message: string): SubresourceUpgrade => (c) => refuse(c.socket, badRequest(message));

/** What each pod subresource does with an upgrade request. */
const SUBRESOURCES: Record<string, SubresourceUpgrade> = {
  exec: execUpgrade,
  attach: notSupported('kubedojo serve cannot attach to a container: the simulated containers have no terminal to join; use kubectl logs -f to follow their output, or kubectl exec POD -- COMMAND'),
  portforward: notSupported('kubedojo serve cannot forward ports: the simulated pods have no network your machine can reach; use curl from inside the cluster, e.g. kubectl exec POD -- curl http://SERVICE'),
};

const notFoundStatus = (): Status => ({ ...notFound({ plural: 'pods', group: '' }, ''), message: 'the server could not find the requested resource', details: {} });

/**
 * Serves one upgrade request that the HTTP server has already authenticated as `user`:
 * answers it on `socket` (101 and a stream, or an HTTP error with a Status) and owns the
 * socket from then on. `head` is what Node read past the request headers.
 */
export function handleUpgrade(cluster: Cluster, req: IncomingMessage, socket: Duplex, head: Buffer, user: UserInfo): void {
  socket.on('error', () => socket.destroy());
  const target = parseTarget(req.url ?? '/');
  if (!target) return refuse(socket, notFoundStatus());
  const webSocket = isWebSocketRequest(req);
  const auth = authorize(cluster, user, target, verbsFor(webSocket));
  if (!auth.ok) return refuse(socket, auth.status);
  const pod = getPod(cluster, target);
  if (!pod.ok) return refuse(socket, pod.status);
  const handler = SUBRESOURCES[target.subresource];
  if (!handler) return refuse(socket, notFoundStatus());
  handler({ cluster, req, socket, head, user, target, pod: pod.pod, webSocket, verb: auth.verb as 'get' | 'create' });
}

function execUpgrade(c: UpgradeContext): void {
  const options = streamOptions(c.target.query);
  const resolved = resolveContainer(c.pod, options.container);
  if (!resolved.ok) return refuse(c.socket, resolved.status);
  const params: ExecSessionParams = {
    cluster: c.cluster, user: c.user, target: c.target, pod: c.pod, options, container: resolved.container, verb: c.verb, maxStdinBytes: MAX_STDIN_BYTES,
  };
  if (!c.webSocket) return spdyExec(c, params);
  const problem = handshakeProblem(c.req);
  if (problem) return refuse(c.socket, { ...badRequest(problem.message), code: problem.status }, problem.headers);
  const offered = offeredProtocols(c.req);
  const protocol = SUPPORTED_PROTOCOLS.find((p) => offered.includes(p));
  if (!protocol) {
    return refuse(c.socket, badRequest(`requested protocol(s) are not supported: [${offered.join(' ')}]; supports [${SUPPORTED_PROTOCOLS.join(' ')}]`));
  }
  acceptUpgrade(c.socket, c.req, protocol);
  runWebSocketExec(c.socket, c.head, params, { protocol, maxMessageBytes: MAX_MESSAGE_BYTES });
}

/** SPDY/3.1 with v4.channel.k8s.io, which every kubectl from 1.27 on offers. */
function spdyExec(c: UpgradeContext, params: ExecSessionParams): void {
  const offered = offeredProtocols(c.req, 'x-stream-protocol-version');
  if (!isSpdyRequest(c.req) || !offered.includes(PROTOCOL_V4)) {
    return refuse(c.socket, badRequest(`kubedojo serve runs exec over WebSocket (v5.channel.k8s.io) or SPDY/3.1 (${PROTOCOL_V4}); this client offered neither`));
  }
  // Without stdin the command can run before answering, so a kubelet refusal is the answer
  // to the upgrade itself, as the API server proxies it: `unable to upgrade connection: …`.
  if (!params.options.stdin) {
    const run = execOnce(params, params.options.command, undefined);
    if (!run.ok && run.kubeletError !== undefined) return refuse(c.socket, { code: 500, body: run.kubeletError });
    params.precomputed = run;
  }
  acceptSpdyUpgrade(c.socket, PROTOCOL_V4);
  runSpdyExec(c.socket, c.head, params, { maxFrameBytes: MAX_MESSAGE_BYTES });
}
