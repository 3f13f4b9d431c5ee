import { describe, expect, it, vi } from 'vitest';
import { R } from '../../sim/index.js';
import { run, testSession } from '../testing/index.js';

// Only the verbs under test in the table, so the test does not depend on verbs still being written.
vi.mock('./index.js', async () => ({ VERBS: [(await import('./delete.js')).deleteVerb, (await import('./create/index.js')).createVerb, (await import('./run.js')).runVerb] }));

// Output lines per shared/reference/k8s-behavior.md §6.5 (1.33 form) and pkg/cmd/delete/delete.go.
describe('kubectl delete', () => {
  it('deletes by name and prints the 1.33 line; missing objects are reported last', () => {
    const s = testSession();
    run(s, 'kubectl create deployment web --image=nginx');
    run(s, 'kubectl create configmap cfg --from-literal=a=b');
    const r = run(s, 'kubectl delete configmap nope cfg');
    expect(r.stdout).toBe('configmap "cfg" deleted\n');
    expect(r.stderr).toBe('Error from server (NotFound): configmaps "nope" not found\n');
    expect(r.code).toBe(1);
    expect(run(s, 'kubectl delete deploy/web').stdout).toBe('deployment.apps "web" deleted\n');
    expect(s.cluster.client().get(R.deployments, 'default', 'web').ok).toBe(false);
  });

  it('--ignore-not-found, -l and --all', () => {
    const s = testSession();
    expect(run(s, 'kubectl delete cm nope --ignore-not-found')).toMatchObject({ code: 0, stdout: '', stderr: '' });
    run(s, 'kubectl create configmap a --from-literal=k=v');
    run(s, 'kubectl create configmap b --from-literal=k=v');
    s.cluster.client().patch(R.configmaps, 'default', 'a', { metadata: { labels: { tier: 'x' } } }, 'application/merge-patch+json');
    expect(run(s, 'kubectl delete cm -l tier=x').stdout).toBe('configmap "a" deleted\n');
    expect(run(s, 'kubectl delete cm -l tier=x').stdout).toBe('No resources found\n');
    expect(run(s, 'kubectl delete cm --all').stdout).toContain('configmap "b" deleted\n');
  });

  it('dry runs say so and keep the object', () => {
    const s = testSession();
    run(s, 'kubectl create configmap a --from-literal=k=v');
    expect(run(s, 'kubectl delete cm a --dry-run=client').stdout).toBe('configmap "a" deleted (dry run)\n');
    expect(run(s, 'kubectl delete cm a --dry-run=server').stdout).toBe('configmap "a" deleted (server dry run)\n');
    expect(run(s, 'kubectl delete cm a -o name').stdout).toBe('configmap/a\n');
  });

  it('--force --grace-period=0 warns and says force deleted', () => {
    const s = testSession();
    run(s, 'kubectl create configmap a --from-literal=k=v');
    const r = run(s, 'kubectl delete cm a --force --grace-period=0');
    expect(r.stderr).toBe('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
    expect(r.stdout).toBe('configmap "a" force deleted\n');
  });

  it('deletes what a file names, wrapping errors with the file', () => {
    const s = testSession({ files: { 'c.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n' } });
    run(s, 'kubectl create -f c.yaml');
    expect(run(s, 'kubectl delete -f c.yaml').stdout).toBe('configmap "c" deleted\n');
    expect(run(s, 'kubectl delete -f c.yaml').stderr).toBe('Error from server (NotFound): error when deleting "c.yaml": configmaps "c" not found\n');
  });

  it('flag errors as kubectl prints them (checked with kubectl 1.32/1.33 client)', () => {
    const s = testSession();
    expect(run(s, 'kubectl delete').stderr).toBe("error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n");
    expect(run(s, 'kubectl delete pods --all -l a=b').stderr).toBe("error: setting 'all' parameter but found a non empty selector. \n");
    expect(run(s, 'kubectl delete pod x --now --grace-period=3').stderr).toBe('error: --now and --grace-period cannot be specified together\n');
    expect(run(s, 'kubectl delete pod x -l a=b').stderr).toBe('error: name cannot be provided when a selector is specified\n');
    expect(run(s, 'kubectl delete pod x --cascade=bogus').stderr).toBe('error: invalid cascade value (bogus). Must be "background", "foreground", or "orphan"\n');
    expect(run(s, 'kubectl delete pods').stderr).toBe('error: resource(s) were provided, but no name was specified\n');
    expect(run(s, 'kubectl delete -f nope.yaml').stderr).toBe('error: the path "nope.yaml" does not exist\n');
  });

  // kubectl-wire.md §2 "delete pod x": --wait (default) watches until the DELETED event.
  it('waits in virtual time until a running pod has terminated; --wait=false does not', () => {
    const s = testSession();
    run(s, 'kubectl run web --image=nginx');
    run(s, 'kubectl run api --image=nginx');
    s.cluster.advance(20_000);
    const pods = () => s.cluster.client().list<any>(R.pods, 'default');
    const names = () => { const l = pods(); return l.ok ? l.value.items.map((p) => p.metadata.name) : []; };
    expect(names()).toEqual(['api', 'web']);
    expect(run(s, 'kubectl delete pod web').stdout).toBe('pod "web" deleted\n');
    expect(names()).toEqual(['api']);
    expect(run(s, 'kubectl delete pod api --wait=false').stdout).toBe('pod "api" deleted\n');
    const l = pods();
    expect(l.ok && l.value.items[0]?.metadata.deletionTimestamp).toBeTruthy();
  });
});

describe('kubectl delete all --all', () => {
  // `all` is the discovery category (pods, services, deployments, replicasets, ...); objects
  // are visited type by type in discovery order and lines printed as each DELETE returns.
  it('deletes every object in the category, ignoring ones the garbage collector removed first', () => {
    const s = testSession();
    run(s, 'kubectl create deployment web --image=nginx');
    s.cluster.advance(10_000);
    const r = run(s, 'kubectl delete all --all');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^pod "web-[a-z0-9]+-[a-z0-9]{5}" deleted$/);
    expect(lines).toContain('service "kubernetes" deleted');
    expect(lines).toContain('deployment.apps "web" deleted');
    expect(lines.indexOf('service "kubernetes" deleted')).toBeLessThan(lines.indexOf('deployment.apps "web" deleted'));
  });
});
