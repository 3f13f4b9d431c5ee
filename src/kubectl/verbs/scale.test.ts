import { describe, expect, it, vi } from 'vitest';
import { R } from '../../sim/index.js';
import { run, testSession } from '../testing/index.js';

// Only the verbs under test in the table, so the test does not depend on verbs still being written.
vi.mock('./index.js', async () => ({ VERBS: [(await import('./scale.js')).scaleVerb, (await import('./create/index.js')).createVerb] }));

describe('kubectl scale', () => {
  // Output per reference §6.5; messages from pkg/cmd/scale/scale.go and pkg/scale/scale.go.
  it('scales through the scale subresource', () => {
    const s = testSession();
    run(s, 'kubectl create deployment web --image=nginx');
    const r = run(s, 'kubectl scale deploy/web --replicas=5');
    expect(r.stdout).toBe('deployment.apps/web scaled\n');
    const d = s.cluster.client().get(R.deployments, 'default', 'web');
    expect(d.ok && d.value.spec.replicas).toBe(5);
    const scale = s.cluster.client().request({ verb: 'get', ...R.deployments, namespace: 'default', name: 'web', subresource: 'scale' });
    expect(scale.body).toMatchObject({ kind: 'Scale', apiVersion: 'autoscaling/v1', spec: { replicas: 5 }, status: { selector: 'app=web' } });
  });

  it('checks --current-replicas', () => {
    const s = testSession();
    run(s, 'kubectl create deployment web --image=nginx --replicas=2');
    const r = run(s, 'kubectl scale deployment web --current-replicas=3 --replicas=1');
    expect(r.stderr).toBe('error: Expected replicas to be 3, was 2\n');
    expect(run(s, 'kubectl scale deployment web --current-replicas=2 --replicas=1').stdout).toBe('deployment.apps/web scaled\n');
  });

  it('errors', () => {
    const s = testSession();
    expect(run(s, 'kubectl scale deploy x').stderr).toBe('error: required flag(s) "replicas" not set\n');
    expect(run(s, 'kubectl scale --replicas=2').stderr).toBe("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n");
    expect(run(s, 'kubectl scale deploy x --replicas=-1').stderr).toBe('error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n');
    expect(run(s, 'kubectl scale deploy x --replicas=1').stderr).toBe('error: no objects passed to scale deployments.apps "x" not found\n');
  });

  it('scales a ReplicationController and reports its selector in the Scale', () => {
    const s = testSession({ files: { 'rc.yaml': 'apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: kubia\nspec:\n  replicas: 1\n  selector:\n    app: kubia\n  template:\n    metadata:\n      labels:\n        app: kubia\n    spec:\n      containers:\n      - name: kubia\n        image: luksa/kubia:v1\n' } });
    expect(run(s, 'kubectl create -f rc.yaml').stdout).toBe('replicationcontroller/kubia created\n');
    expect(run(s, 'kubectl scale rc kubia --replicas=3').stdout).toBe('replicationcontroller/kubia scaled\n');
    const scale = s.cluster.client().request({ verb: 'get', ...R.replicationcontrollers, namespace: 'default', name: 'kubia', subresource: 'scale' });
    expect(scale.body).toMatchObject({ spec: { replicas: 3 }, status: { selector: 'app=kubia' } });
  });
});
