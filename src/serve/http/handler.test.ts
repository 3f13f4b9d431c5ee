import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cluster } from '../../sim/index.js';
import { startServer } from '../server.js';
import type { RunningServer } from '../types.js';
import { overrideParts } from './parts.js';

// A bug inside request handling answers 500 with the apiserver's InternalError Status
// ("Internal error occurred: ..."), and the server keeps serving.
let server: RunningServer;
let calls = 0;

beforeAll(async () => {
  overrideParts({
    meta: (_c, req) => {
      if (req.path === '/boom') {
        calls++;
        throw new Error('boom');
      }
      return undefined;
    },
  });
  server = await startServer(Cluster.create({ seed: 2 }), { token: 't', tls: false });
});
afterAll(() => server.close());

describe('failures inside the handler', () => {
  it('answer 500 InternalError and leave the server running', async () => {
    const r = await fetch(`${server.url}/boom`, { headers: { Authorization: 'Bearer t' } });
    expect(r.status).toBe(500);
    expect(await r.json()).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Internal error occurred: boom', reason: 'InternalError', code: 500 });
    expect(calls).toBe(1);
    const ok = await fetch(`${server.url}/api/v1/namespaces`, { headers: { Authorization: 'Bearer t' } });
    expect(ok.status).toBe(200);
  });

  it('stops: close() ends open watches and resolves', async () => {
    const w = await fetch(`${server.url}/api/v1/namespaces?watch=true`, { headers: { Authorization: 'Bearer t' } });
    expect(w.status).toBe(200);
    expect(server.activity.openWatches()).toBe(1);
    const text = w.text();
    await server.close();
    expect(await text).toContain('"type":"ADDED"');
    expect(server.activity.openWatches()).toBe(0);
  });
});
