import { describe, expect, it, vi } from 'vitest';
import { R } from '../../sim/index.js';
import { run, testSession } from '../testing/index.js';

// Only the verbs under test in the table, so the test does not depend on verbs still being written.
vi.mock('./index.js', async () => ({
  VERBS: [
    (await import('./patch.js')).patchVerb, (await import('./label.js')).labelVerb,
    (await import('./annotate.js')).annotateVerb, (await import('./create/index.js')).createVerb,
  ],
}));

describe('kubectl patch', () => {
  // Messages from pkg/cmd/patch/patch.go; success lines per reference §6.5.
  it('strategic (default), merge and json patches; no-change detection', () => {
    const s = testSession();
    run(s, 'kubectl create deployment web --image=nginx');
    expect(run(s, `kubectl patch deploy web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.27"}]}}}}'`).stdout).toBe('deployment.apps/web patched\n');
    const d = s.cluster.client().get(R.deployments, 'default', 'web');
    expect(d.ok && d.value.spec.template.spec.containers).toHaveLength(1);
    expect(d.ok && d.value.spec.template.spec.containers[0].image).toBe('nginx:1.27');
    expect(run(s, `kubectl patch deploy web --type merge -p '{"spec":{"replicas":2}}'`).stdout).toBe('deployment.apps/web patched\n');
    expect(run(s, `kubectl patch deploy web --type merge -p '{"spec":{"replicas":2}}'`).stdout).toBe('deployment.apps/web patched (no change)\n');
    expect(run(s, `kubectl patch deploy web --type json -p '[{"op":"replace","path":"/spec/replicas","value":4}]'`).stdout).toBe('deployment.apps/web patched\n');
    expect(run(s, 'kubectl patch deploy web -p "spec: {replicas: 3}"').stdout).toBe('deployment.apps/web patched\n');
    const after = s.cluster.client().get(R.deployments, 'default', 'web');
    expect(after.ok && after.value.spec.replicas).toBe(3);
  });

  it('errors', () => {
    const s = testSession();
    expect(run(s, 'kubectl patch deploy x').stderr).toBe('error: must specify --patch or --patch-file containing the contents of the patch\n');
    // Parse errors as the kubectl client printed them (no server needed for these).
    expect(run(s, `kubectl patch deploy x -p 'a: b: c'`).stderr).toBe('error: unable to parse "a: b: c": yaml: mapping values are not allowed in this context\n');
    expect(run(s, `kubectl patch deploy x -p '[1, 2'`).stderr).toBe('error: unable to parse "[1, 2": yaml: line 1: did not find expected \',\' or \']\'\n');
    expect(run(s, `kubectl patch deploy x -p '{}' --type bogus`).stderr).toBe('error: --type must be one of [json merge strategic], not "bogus"\n');
    expect(run(s, `kubectl patch deploy x -p '{}'`).stderr).toBe('Error from server (NotFound): deployments.apps "x" not found\n');
  });
});

describe('kubectl label / annotate', () => {
  // Messages from pkg/cmd/label/label.go and pkg/cmd/annotate/annotate.go.
  it('labels, refuses to overwrite, overwrites, removes', () => {
    const s = testSession();
    run(s, 'kubectl create configmap c --from-literal=a=b');
    expect(run(s, 'kubectl label cm c app=web').stdout).toBe('configmap/c labeled\n');
    expect(run(s, 'kubectl label cm c app=db').stderr).toBe("error: 'app' already has a value (web), and --overwrite is false\n");
    expect(run(s, 'kubectl label cm c app=db --overwrite').stdout).toBe('configmap/c labeled\n');
    expect(run(s, 'kubectl label cm c app=db').stdout).toBe('configmap/c not labeled\n');
    expect(run(s, 'kubectl label cm c app-').stdout).toBe('configmap/c unlabeled\n');
    expect(run(s, 'kubectl label cm c app-').stdout).toBe('label "app" not found.\nconfigmap/c not labeled\n');
    const c = s.cluster.client().get(R.configmaps, 'default', 'c');
    expect(c.ok && (c.value.metadata.labels ?? {})).toEqual({});
  });

  it('annotates and lists', () => {
    const s = testSession();
    run(s, 'kubectl create configmap c --from-literal=a=b');
    expect(run(s, 'kubectl annotate cm c note=hello').stdout).toBe('configmap/c annotated\n');
    expect(run(s, 'kubectl annotate cm c note=bye').stderr).toBe("error: --overwrite is false but found the following declared annotation(s): 'note' already has a value (hello)\n");
    expect(run(s, 'kubectl annotate cm c --list').stdout).toBe('note=hello\n');
  });

  it('usage errors (checked against the kubectl client)', () => {
    const s = testSession();
    expect(run(s, 'kubectl label').stderr).toBe('error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n');
    expect(run(s, 'kubectl annotate').stderr).toBe('error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n');
  });
});
