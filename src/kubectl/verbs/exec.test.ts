/**
 * `kubectl exec` against the real node model: the errors a learner meets when the pod or
 * container can't stream, and which RBAC verbs let exec in. Upstream: 1.33's API server
 * authorizes the WebSocket upgrade (a GET) as `get` on pods/exec and kubectl falls back to
 * SPDY (a POST, `create`) when it is refused (client-go FallbackExecutor; the `create` check
 * on WebSockets came in 1.35, kubernetes/kubernetes#134577). streamLocation
 * (pkg/registry/core/pod/strategy.go) refuses a pod without a node; the kubelet's refusal
 * after the upgrade reaches kubectl as `Internal error occurred: ...` (the stream translator
 * wraps it with apierrors.NewInternalError).
 */
import { describe, expect, it } from 'vitest';
import { run, testSession } from '../testing/index.js';
import type { KubectlSession } from '../types.js';

function ready(s: KubectlSession, line: string): void {
  expect(run(s, line).code).toBe(0);
  s.cluster.advance(60_000);
}

describe('kubectl exec errors', () => {
  it('a container that is not running: the kubelet refusal as an internal error', () => {
    const s = testSession();
    ready(s, 'kubectl run web --image=nginx:1.161');
    expect(run(s, 'kubectl exec web -- ls')).toMatchObject({
      code: 1, stdout: '', stderr: 'error: Internal error occurred: unable to upgrade connection: container not found ("web")\n',
    });
  });

  it('a pod with no node: BadRequest before any upgrade', () => {
    const s = testSession();
    ready(s, `kubectl run stuck --image=nginx --overrides='{"spec":{"nodeSelector":{"disk":"none"}}}'`);
    expect(run(s, 'kubectl exec stuck -- ls')).toMatchObject({
      code: 1, stderr: 'Error from server (BadRequest): pod stuck does not have a host assigned\n',
    });
  });
});

describe('kubectl exec authorization', () => {
  function withRole(verbs: string): KubectlSession {
    const s = testSession();
    ready(s, 'kubectl run web --image=nginx');
    expect(run(s, 'kubectl create role viewer --verb=get,list --resource=pods').code).toBe(0);
    expect(run(s, 'kubectl create rolebinding viewer --role=viewer --user=ann').code).toBe(0);
    if (verbs) {
      expect(run(s, `kubectl create role exec --verb=${verbs} --resource=pods/exec`).code).toBe(0);
      expect(run(s, 'kubectl create rolebinding exec --role=exec --user=ann').code).toBe(0);
    }
    return s;
  }

  it('`get` on pods/exec is enough (the WebSocket upgrade)', () => {
    expect(run(withRole('get'), 'kubectl exec web --as=ann -- echo hi')).toMatchObject({ code: 0, stdout: 'hi\n' });
  });

  it('`create` alone works through the SPDY fallback', () => {
    expect(run(withRole('create'), 'kubectl exec web --as=ann -- echo hi')).toMatchObject({ code: 0, stdout: 'hi\n' });
  });

  it('neither: the fallback request is refused as `create`', () => {
    expect(run(withRole(''), 'kubectl exec web --as=ann -- echo hi')).toMatchObject({
      code: 1,
      stderr: 'Error from server (Forbidden): pods "web" is forbidden: User "ann" cannot create resource "pods/exec" in API group "" in the namespace "default"\n',
    });
  });
});
