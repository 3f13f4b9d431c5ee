/**
 * A client library against `kubedojo serve`'s exec: @kubernetes/client-node's Exec (a dev
 * dependency) speaks v5.channel.k8s.io through the `ws` package, a WebSocket client written
 * independently of ours. Expected values: the Status objects the 1.33 stream translator
 * writes (apiserver pkg/util/proxy/streamtranslator.go), as client-node hands them over.
 */
import { PassThrough, Writable } from 'node:stream';
import { Exec, KubeConfig, type V1Status } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cluster, type KObject } from '../../sim/index.js';
import { startServer } from '../server.js';
import type { RunningServer } from '../types.js';

const TOKEN = 'h7-client-node-token-0123456789';

class Sink extends Writable {
  text = '';
  override _write(chunk: Buffer, _enc: BufferEncoding, cb: () => void): void {
    this.text += chunk.toString('utf8');
    cb();
  }
}

describe('@kubernetes/client-node Exec against serve', () => {
  let server: RunningServer;
  let kc: KubeConfig;

  beforeAll(async () => {
    const c = Cluster.create({ seed: 5 });
    const pod: KObject = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.16.1' }] } };
    const r = c.client().create({ group: '', resource: 'pods' }, 'default', pod);
    if (!r.ok) throw new Error(r.status.message);
    c.advance(30_000);
    server = await startServer(c, { token: TOKEN });
    kc = new KubeConfig();
    kc.loadFromOptions({
      clusters: [{ name: 'sim', server: server.url, caData: server.certificateAuthorityData, skipTLSVerify: false }],
      users: [{ name: 'sim', token: TOKEN }],
      contexts: [{ name: 'sim', cluster: 'sim', user: 'sim', namespace: 'default' }],
      currentContext: 'sim',
    });
  });

  afterAll(async () => {
    await server?.close();
  });

  function run(command: string[], stdin: string | null): Promise<{ stdout: string; stderr: string; status: V1Status }> {
    const stdout = new Sink();
    const stderr = new Sink();
    const input = stdin === null ? null : new PassThrough();
    return new Promise((resolve, reject) => {
      new Exec(kc)
        .exec('default', 'web', 'nginx', command, stdout, stderr, input, false, (status) => {
          // The status comes before the close; let the sinks take what was written first.
          setImmediate(() => resolve({ stdout: stdout.text, stderr: stderr.text, status }));
        })
        .then(() => input?.end(stdin ?? ''))
        .catch(reject);
    });
  }

  it('runs a command and reports Success', async () => {
    expect(await run(['echo', 'hi'], null)).toEqual({ stdout: 'hi\n', stderr: '', status: { metadata: {}, status: 'Success' } });
  });

  it('reports a non-zero exit with the ExitCode cause', async () => {
    const r = await run(['sh', '-c', 'echo oops >&2; exit 4'], null);
    expect(r.stderr).toBe('oops\n');
    expect(r.status).toMatchObject({ status: 'Failure', reason: 'NonZeroExitCode', details: { causes: [{ reason: 'ExitCode', message: '4' }] } });
  });

  it('passes stdin and ends it with the v5 CLOSE signal', async () => {
    expect((await run(['sh'], 'echo from-client-node\n')).stdout).toBe('from-client-node\n');
  });
});
