/**
 * handleUpgrade on a plain node:http server (no authentication, the user fixed per server),
 * driven by raw sockets. Expected wire values come from upstream:
 * - message order and error-channel Status: apiserver pkg/util/proxy/streamtranslator.go and
 *   websocket.go (empty first message on the lowest writable channel, Status on channel 3,
 *   `codeExitToStatusError`, `apierrors.NewInternalError`);
 * - refusals before the upgrade: pkg/registry/core/pod/strategy.go `streamLocation`
 *   (container and node checks), the RBAC Forbidden wording;
 * - 1.33 authorizes a WebSocket upgrade (a GET) as `get` (kubernetes/kubernetes#134577
 *   added the `create` check in 1.35).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Cluster, type KObject, type UserInfo } from '../../sim/index.js';
import { CLOSE_CODE, OPCODE } from './frames.js';
import { handleUpgrade } from './index.js';
import { CONTROL, FLAG_FIN, dataFrame, synStreamId } from './spdy-frames.js';
import { channelTexts, clientFrame, rawUpgrade, spdyExecRequest, spdyRequest, spdySynStream, spdyUpgrade, wsRequest } from './test-helpers.js';

const ADMIN: UserInfo = { name: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] };
const JANE: UserInfo = { name: 'jane', groups: ['system:authenticated'] };

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

async function serve(c: Cluster, user: UserInfo = ADMIN): Promise<number> {
  const server = createServer((_req, res) => res.end());
  server.on('upgrade', (req, socket, head) => handleUpgrade(c, req, socket, head, user));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

function pod(name: string, containers: object[], extra: Record<string, unknown> = {}): KObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers, ...extra } };
}

/** A cluster with `web` (nginx, running), `two` (two busybox containers) and `slow` (its image tag does not exist). */
function cluster(): Cluster {
  const c = Cluster.create({ seed: 7 });
  const create = (o: KObject) => {
    const r = c.client().create({ group: '', resource: 'pods' }, 'default', o);
    if (!r.ok) throw new Error(r.status.message);
  };
  create(pod('web', [{ name: 'nginx', image: 'nginx:1.16.1' }]));
  create(pod('two', [{ name: 'a', image: 'busybox', command: ['sleep', '3600'] }, { name: 'b', image: 'busybox', command: ['sleep', '3600'] }]));
  c.advance(30_000);
  create(pod('slow', [{ name: 'nginx', image: 'nginx:1.161' }]));
  create(pod('nowhere', [{ name: 'nginx', image: 'nginx:1.16.1' }], { nodeSelector: { disk: 'none' } }));
  c.advance(1_000);
  return c;
}

const execPath = (pod: string, command: string[], extra = 'stderr=true&stdout=true') =>
  `/api/v1/namespaces/default/pods/${pod}/exec?${command.map((a) => `command=${encodeURIComponent(a)}`).join('&')}&${extra}`;

const SUCCESS = '{"metadata":{},"status":"Success"}';

describe('exec over WebSocket (v5.channel.k8s.io)', () => {
  it('answers 101 with the accept key and subprotocol, then stdout, the Success status and a normal close', async () => {
    const port = await serve(cluster());
    const r = await rawUpgrade(port, wsRequest(execPath('web', ['echo', 'hi'], 'container=nginx&stderr=true&stdout=true')));
    expect(r.head.split('\r\n')).toEqual([
      'HTTP/1.1 101 Switching Protocols', 'Upgrade: websocket', 'Connection: Upgrade',
      'Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=', 'Sec-WebSocket-Protocol: v5.channel.k8s.io',
    ]);
    expect(channelTexts(r.frames)).toEqual([[1, ''], [1, 'hi\n'], [3, SUCCESS]]);
    const close = r.frames[r.frames.length - 1];
    expect(close.opcode).toBe(OPCODE.close);
    expect(close.payload.readUInt16BE(0)).toBe(CLOSE_CODE.normal);
  });

  it('sends stderr on channel 2 and a non-zero exit as the NonZeroExitCode Status', async () => {
    const port = await serve(cluster());
    const r = await rawUpgrade(port, wsRequest(execPath('web', ['sh', '-c', 'echo out; echo err >&2; exit 3'])));
    const texts = channelTexts(r.frames);
    expect(texts.slice(0, 3)).toEqual([[1, ''], [1, 'out\n'], [2, 'err\n']]);
    expect(JSON.parse(texts[3][1])).toEqual({
      metadata: {}, status: 'Failure', reason: 'NonZeroExitCode',
      message: 'command terminated with non-zero exit code: command terminated with exit code 3',
      details: { causes: [{ reason: 'ExitCode', message: '3' }] },
    });
    // the wire order of a Go-marshalled metav1.Status
    expect(Object.keys(JSON.parse(texts[3][1]))).toEqual(['metadata', 'status', 'message', 'reason', 'details']);
  });

  it('leaves out the streams the client did not ask for, opening with the lowest writable channel', async () => {
    const port = await serve(cluster());
    const r = await rawUpgrade(port, wsRequest(execPath('web', ['sh', '-c', 'echo out; echo err >&2'], 'stderr=true')));
    expect(channelTexts(r.frames)).toEqual([[2, ''], [2, 'err\n'], [3, SUCCESS]]);
  });

  it('collects stdin until the v5 CLOSE signal for channel 0, answering pings meanwhile', async () => {
    const port = await serve(cluster());
    const r = await rawUpgrade(port, wsRequest(execPath('two', ['sh'], 'container=b&stdin=true&stdout=true&stderr=true')), [
      clientFrame(OPCODE.binary, Buffer.from('\x00echo from-')),
      clientFrame(OPCODE.ping, Buffer.from('hb')),
      clientFrame(OPCODE.binary, Buffer.from('\x00stdin\nhostname\n')),
      clientFrame(OPCODE.binary, Buffer.from([255, 0])),
    ]);
    expect(r.frames.find((f) => f.opcode === OPCODE.pong)?.payload.toString()).toBe('hb');
    expect(channelTexts(r.frames)).toEqual([[1, ''], [1, 'from-stdin\ntwo\n'], [3, SUCCESS]]);
  });

  it('writes a terminal\'s single stream with \\r\\n line ends when tty is set', async () => {
    const port = await serve(cluster());
    const r = await rawUpgrade(port, wsRequest(execPath('web', ['sh', '-c', 'echo a; echo b >&2'], 'stdout=true&tty=true')));
    expect(channelTexts(r.frames)).toEqual([[1, ''], [1, 'a\r\nb\r\n'], [3, SUCCESS]]);
  });

  it('runs an interactive shell (-it) line by line: echo, prompt, cwd, variables and $? kept, exit code at the end', async () => {
    const port = await serve(cluster());
    const keys = (text: string) => clientFrame(OPCODE.binary, Buffer.from(`\x00${text}`));
    const r = await rawUpgrade(port, wsRequest(execPath('web', ['sh'], 'stdin=true&stdout=true&tty=true')), [
      keys('echo hi\r'), keys('cd /tmp\r'), keys('pwd\r'), keys('X=5\r'), keys('echo $X\r'), keys('cat /nope\r'), keys('echo $?\r'), keys('exit 3\r'),
    ]);
    const texts = channelTexts(r.frames);
    const screen = texts.filter(([ch]) => ch === 1).map(([, t]) => t).join('');
    // dash in a Debian image: `# ` prompts; the terminal echoes what is typed, output ends lines with \r\n.
    expect(screen).toBe('# echo hi\r\nhi\r\n# cd /tmp\r\n# pwd\r\n/tmp\r\n# X=5\r\n# echo $X\r\n5\r\n# cat /nope\r\ncat: /nope: No such file or directory\r\n# echo $?\r\n1\r\n# exit 3\r\n');
    expect(JSON.parse(texts.at(-1)![1])).toMatchObject({ reason: 'NonZeroExitCode', details: { causes: [{ reason: 'ExitCode', message: '3' }] } });
  });

  it('edits the line as a terminal does (backspace, Ctrl-U, Ctrl-C, arrow keys ignored) and ends on Ctrl-D with the last status', async () => {
    const port = await serve(cluster());
    const keys = (text: string) => clientFrame(OPCODE.binary, Buffer.from(`\x00${text}`));
    const r = await rawUpgrade(port, wsRequest(execPath('two', ['sh'], 'container=a&stdin=true&stdout=true&tty=true')), [
      keys('echo ab\x7fc\x1b[A\r'), keys('junk\x15echo ok\r'), keys('sleep 9\x03'), keys('\x04'),
    ]);
    const texts = channelTexts(r.frames);
    const screen = texts.filter(([ch]) => ch === 1).map(([, t]) => t).join('');
    // busybox ash: the prompt shows the working directory.
    expect(screen).toBe('/ # echo ab\b \bc\r\nac\r\n/ # junk\b \b\b \b\b \b\b \becho ok\r\nok\r\n/ # sleep 9^C\r\n/ # \r\n');
    // Ctrl-C left status 130 behind, which the shell exits with on Ctrl-D.
    expect(JSON.parse(texts.at(-1)![1])).toMatchObject({ reason: 'NonZeroExitCode', details: { causes: [{ message: '130' }] } });
  });

  it('runs a non-shell command under -it at once, as a terminal would show it', async () => {
    const port = await serve(cluster());
    const r = await rawUpgrade(port, wsRequest(execPath('web', ['cat', '/nope'], 'stdin=true&stdout=true&tty=true')));
    expect(channelTexts(r.frames).slice(1, 2)).toEqual([[1, 'cat: /nope: No such file or directory\r\n']]);
  });

  it('fails the connection on an unmasked client frame (1002) and on an oversized message (1009)', async () => {
    const port = await serve(cluster());
    const path = execPath('web', ['sh'], 'stdin=true&stdout=true');
    const unmasked = await rawUpgrade(port, wsRequest(path), [Buffer.from([0x82, 0x02, 0x00, 0x41])]);
    expect(unmasked.frames.at(-1)?.payload.readUInt16BE(0)).toBe(CLOSE_CODE.protocolError);
    const big = await rawUpgrade(port, wsRequest(path), [clientFrame(OPCODE.binary, Buffer.alloc(1024 * 1024 + 1))]);
    expect(big.frames.at(-1)?.payload.readUInt16BE(0)).toBe(CLOSE_CODE.tooBig);
    // neither ran the command: no Status was written
    expect(channelTexts(big.frames)).toEqual([[1, '']]);
  });

  it('speaks v4.channel.k8s.io to clients that offer only it, but cannot take stdin there (no CLOSE signal)', async () => {
    const port = await serve(cluster());
    const r = await rawUpgrade(port, wsRequest(execPath('web', ['echo', 'v4']), 'v4.channel.k8s.io, channel.k8s.io'));
    expect(r.head).toContain('Sec-WebSocket-Protocol: v4.channel.k8s.io');
    expect(channelTexts(r.frames)).toEqual([[1, ''], [1, 'v4\n'], [3, SUCCESS]]);
    const s = await rawUpgrade(port, wsRequest(execPath('web', ['sh'], 'stdin=true&stdout=true'), 'v4.channel.k8s.io'));
    expect(JSON.parse(channelTexts(s.frames).at(-1)![1])).toMatchObject({ status: 'Failure', reason: 'BadRequest' });
  });

  it('reports a container that has not started as the kubelet error, wrapped as InternalError after the upgrade', async () => {
    const port = await serve(cluster());
    const r = await rawUpgrade(port, wsRequest(execPath('slow', ['ls'], 'container=nginx&stderr=true&stdout=true')));
    expect(r.head).toMatch(/^HTTP\/1\.1 101/);
    const status = JSON.parse(channelTexts(r.frames).at(-1)![1]);
    expect(status).toEqual({
      metadata: {}, status: 'Failure', reason: 'InternalError', code: 500,
      message: 'Internal error occurred: unable to upgrade connection: container not found ("nginx")',
      details: { causes: [{ message: 'unable to upgrade connection: container not found ("nginx")' }] },
    });
  });
});

describe('refusals before the upgrade (plain HTTP with a Status)', () => {
  const statusOf = (r: { head: string; body: string }) => ({ line: r.head.split('\r\n')[0], status: JSON.parse(r.body) });

  it('answers a missing pod with 404 NotFound', async () => {
    const port = await serve(cluster());
    const r = statusOf(await rawUpgrade(port, wsRequest(execPath('nope', ['ls']))));
    expect(r.line).toBe('HTTP/1.1 404 Not Found');
    expect(r.status).toMatchObject({ kind: 'Status', reason: 'NotFound', message: 'pods "nope" not found', code: 404 });
  });

  it('checks the container and the node as streamLocation does', async () => {
    const port = await serve(cluster());
    const cases: [string, string][] = [
      [execPath('web', ['ls'], 'container=zz&stdout=true'), 'container zz is not valid for pod web'],
      [execPath('two', ['ls']), 'a container name must be specified for pod two, choose one of: [a b]'],
      [execPath('nowhere', ['ls'], 'container=nginx&stdout=true'), 'pod nowhere does not have a host assigned'],
    ];
    for (const [path, message] of cases) {
      const r = statusOf(await rawUpgrade(port, wsRequest(path)));
      expect(r.line).toBe('HTTP/1.1 400 Bad Request');
      expect(r.status).toMatchObject({ reason: 'BadRequest', message, code: 400 });
    }
  });

  it('forbids a user without pods/exec: `get` on the WebSocket attempt, `create` on the SPDY fallback', async () => {
    const port = await serve(cluster(), JANE);
    const ws = statusOf(await rawUpgrade(port, wsRequest(execPath('web', ['ls']))));
    expect(ws.line).toBe('HTTP/1.1 403 Forbidden');
    expect(ws.status.message).toBe('pods "web" is forbidden: User "jane" cannot get resource "pods/exec" in API group "" in the namespace "default"');
    const spdy = statusOf(await rawUpgrade(port, spdyRequest(execPath('web', ['ls']))));
    expect(spdy.status).toMatchObject({ reason: 'Forbidden', code: 403, details: { name: 'web', kind: 'pods' } });
    expect(spdy.status.message).toBe('pods "web" is forbidden: User "jane" cannot create resource "pods/exec" in API group "" in the namespace "default"');
  });

  it('lets in a user with `get` or only `create` on pods/exec', async () => {
    for (const verb of ['get', 'create']) {
      const c = cluster();
      const admin = c.client();
      admin.request({ verb: 'create', group: 'rbac.authorization.k8s.io', resource: 'roles', namespace: 'default', body: { metadata: { name: 'ex' }, rules: [{ apiGroups: [''], resources: ['pods/exec'], verbs: [verb] }] } });
      admin.request({ verb: 'create', group: 'rbac.authorization.k8s.io', resource: 'rolebindings', namespace: 'default', body: { metadata: { name: 'ex' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'ex' }, subjects: [{ kind: 'User', name: 'jane', apiGroup: 'rbac.authorization.k8s.io' }] } });
      c.settle();
      const port = await serve(c, JANE);
      const r = await rawUpgrade(port, wsRequest(execPath('web', ['echo', verb])));
      expect(channelTexts(r.frames)).toEqual([[1, ''], [1, `${verb}\n`], [3, SUCCESS]]);
    }
  });

  it('refuses port-forward and attach with a BadRequest that says why', async () => {
    const port = await serve(cluster());
    const pf = statusOf(await rawUpgrade(port, wsRequest('/api/v1/namespaces/default/pods/web/portforward', 'SPDY/3.1+portforward.k8s.io')));
    expect(pf.status).toMatchObject({ reason: 'BadRequest', code: 400 });
    expect(pf.status.message).toContain('cannot forward ports');
    const at = statusOf(await rawUpgrade(port, wsRequest('/api/v1/namespaces/default/pods/web/attach?container=nginx&stdout=true')));
    expect(at.status.message).toContain('cannot attach');
  });

  it('answers 404 for paths that are no pod subresource, and 400 for subprotocols it does not speak', async () => {
    const port = await serve(cluster());
    expect(statusOf(await rawUpgrade(port, wsRequest('/api/v1/namespaces/default/services/x/proxy'))).status.code).toBe(404);
    const r = statusOf(await rawUpgrade(port, wsRequest(execPath('web', ['ls']), 'channel.k8s.io')));
    expect(r.status.message).toBe('requested protocol(s) are not supported: [channel.k8s.io]; supports [v5.channel.k8s.io v4.channel.k8s.io]');
  });
});

describe('exec over SPDY/3.1 (v4.channel.k8s.io), as kubectl before 1.30 does it', () => {
  // client-go opens error, stdin?, stdout, stderr in this order (tools/remotecommand v2.go createStreams).
  it('replies to each stream, writes stdout and stderr, then the Status on the error stream, finishing each', async () => {
    const port = await serve(cluster());
    const r = await spdyUpgrade(port, spdyExecRequest(execPath('web', ['sh', '-c', 'echo out; echo err >&2; exit 3'])), [
      spdySynStream(1, true), spdySynStream(3, false), spdySynStream(5, false),
    ], [1, 3, 5]);
    expect(r.head.split('\r\n')).toEqual(['HTTP/1.1 101 Switching Protocols', 'Connection: Upgrade', 'Upgrade: SPDY/3.1', 'X-Stream-Protocol-Version: v4.channel.k8s.io']);
    const replies = r.frames.filter((f) => f.control && f.type === CONTROL.synReply).map((f) => f.control && synStreamId(f.payload));
    expect(replies).toEqual([1, 3, 5]);
    const data = r.frames.flatMap((f) => (f.control ? [] : [[f.streamId, f.flags, f.data.toString()]]));
    expect(data.slice(0, 4)).toEqual([[3, 0, 'out\n'], [5, 0, 'err\n'], [3, FLAG_FIN, ''], [5, FLAG_FIN, '']]);
    expect(data[4][0]).toBe(1);
    expect(JSON.parse(data[4][2] as string)).toMatchObject({ status: 'Failure', reason: 'NonZeroExitCode', details: { causes: [{ reason: 'ExitCode', message: '3' }] } });
  });

  it('takes stdin until its stream is finished', async () => {
    const port = await serve(cluster());
    const r = await spdyUpgrade(port, spdyExecRequest(execPath('web', ['sh'], 'stdin=true&stdout=true&stderr=true')), [
      spdySynStream(1, true), spdySynStream(3, false), spdySynStream(5, false), spdySynStream(7, false),
      dataFrame(3, 0, Buffer.from('echo from-')), dataFrame(3, FLAG_FIN, Buffer.from('spdy\n')),
    ], [1, 5, 7]);
    const data = r.frames.flatMap((f) => (f.control ? [] : [[f.streamId, f.data.toString()]]));
    expect(data).toContainEqual([5, 'from-spdy\n']);
    expect(data.at(-1)).toEqual([1, SUCCESS]);
  });

  it('answers a kubelet refusal as the proxied HTTP error (kubectl: `unable to upgrade connection: …`)', async () => {
    const port = await serve(cluster());
    const r = await rawUpgrade(port, spdyExecRequest(execPath('slow', ['ls'], 'container=nginx&stdout=true')));
    expect(r.head.split('\r\n')[0]).toBe('HTTP/1.1 500 Internal Server Error');
    expect(r.body).toBe('container not found ("nginx")');
  });

  it('refuses a client that offers no stream protocol it can run', async () => {
    const port = await serve(cluster());
    const r = await rawUpgrade(port, spdyRequest(execPath('web', ['ls'])).replace('v5.channel.k8s.io', 'channel.k8s.io'));
    expect(JSON.parse(r.body)).toMatchObject({ reason: 'BadRequest', code: 400 });
  });
});
