import { describe, expect, it, vi } from 'vitest';
import { R } from '../../../sim/index.js';
import { run, testSession } from '../../testing/index.js';

// Only the verbs under test in the table, so the test does not depend on verbs still being written.
vi.mock('../index.js', async () => ({ VERBS: [(await import('./index.js')).setVerb, (await import('../create/index.js')).createVerb] }));

const container = (s: ReturnType<typeof testSession>) => {
  const d = s.cluster.client().get(R.deployments, 'default', 'web');
  return d.ok ? d.value.spec.template.spec.containers[0] : undefined;
};

describe('kubectl set image', () => {
  // Reference §6.5 and pkg/cmd/set/set_image.go.
  it('updates, prints nothing when unchanged, reports unknown containers', () => {
    const s = testSession();
    run(s, 'kubectl create deployment web --image=nginx:1.26');
    expect(run(s, 'kubectl set image deployment/web nginx=nginx:1.27').stdout).toBe('deployment.apps/web image updated\n');
    expect(container(s)?.image).toBe('nginx:1.27');
    expect(run(s, 'kubectl set image deployment/web nginx=nginx:1.27')).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const r = run(s, 'kubectl set image deployment/web foo=x');
    expect(r.stderr).toBe('error: unable to find container named "foo"\n');
    expect(r.code).toBe(1);
    expect(run(s, 'kubectl set image deploy/web *=busybox').stdout).toBe('deployment.apps/web image updated\n');
  });
  it('usage errors', () => {
    const s = testSession();
    expect(run(s, 'kubectl set image').stderr).toBe("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n");
    expect(run(s, 'kubectl set env').stderr).toBe('error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n');
    run(s, 'kubectl create deployment web --image=nginx');
    expect(run(s, 'kubectl set image deploy/web').stderr).toBe('error: at least one image update is required\n');
  });
});

describe('kubectl set env', () => {
  it('adds, replaces, removes and lists variables', () => {
    const s = testSession();
    run(s, 'kubectl create deployment web --image=nginx');
    expect(run(s, 'kubectl set env deployment/web A=1 B=2').stdout).toBe('deployment.apps/web env updated\n');
    expect(container(s)?.env).toEqual([{ name: 'A', value: '1' }, { name: 'B', value: '2' }]);
    run(s, 'kubectl set env deployment/web A=3 B-');
    expect(container(s)?.env).toEqual([{ name: 'A', value: '3' }]);
    expect(run(s, 'kubectl set env deployment/web --list').stdout).toBe('# Deployment web, container nginx\nA=3\n');
  });
  it('--from=configmap/x references every key', () => {
    const s = testSession();
    run(s, 'kubectl create deployment web --image=nginx');
    run(s, 'kubectl create configmap cfg --from-literal=mode=fast');
    const r = run(s, 'kubectl set env deployment/web --from=configmap/cfg');
    expect(r.stderr).toBe('Warning: key mode transferred to MODE\n');
    expect(container(s)?.env).toEqual([{ name: 'MODE', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'mode' } } }]);
  });
});

describe('kubectl set resources', () => {
  // Outputs observed with kubectl.1.33 against `kubedojo serve` (test/differential run-expose).
  it('sets requests and limits on every container and reports the update', () => {
    const s = testSession();
    run(s, 'kubectl create deployment web --image=nginx');
    expect(run(s, 'kubectl set resources deployment/web --requests=cpu=100m').stdout).toBe('deployment.apps/web resource requirements updated\n');
    expect(run(s, 'kubectl set resources deployment web --limits=cpu=0.5,memory=128Mi').stdout).toBe('deployment.apps/web resource requirements updated\n');
    const d = s.cluster.client().get(R.deployments, 'default', 'web');
    expect(d.ok && d.value.spec.template.spec.containers[0].resources).toEqual({ requests: { cpu: '100m' }, limits: { cpu: '500m', memory: '128Mi' } });
    expect(run(s, 'kubectl set resources deployment/web --requests=cpu=100m').stdout).toBe('');
  });

  it('reports what is missing (set_resources.go Validate)', () => {
    const s = testSession();
    run(s, 'kubectl create deployment web --image=nginx');
    expect(run(s, 'kubectl set resources deployment/web').stderr).toBe('error: you must specify an update to requests or limits (in the form of --requests/--limits)\n');
    expect(run(s, 'kubectl set resources deployment/web -c nope --limits=cpu=1').stderr).toBe('error: unable to find container named nope\n');
  });
});
