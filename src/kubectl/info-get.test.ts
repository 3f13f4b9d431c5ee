import { describe, expect, it } from 'vitest';
import { run, testSession } from './testing/index.js';

describe('a named object in a namespace that does not exist', () => {
  // cli-runtime pkg/resource/visitor.go Info.Get: after a NotFound outside `default`, kubectl
  // GETs the namespace and reports it when it is missing too.
  it('reports the missing namespace (get, label), but not for default, a list, or delete', () => {
    const s = testSession();
    expect(run(s, 'kubectl get configmap a -n nothere')).toMatchObject({ code: 1, stderr: 'Error from server (NotFound): namespaces "nothere" not found\n' });
    // delete.go builds with RequireObject(false): it sends the DELETE without a GET first.
    expect(run(s, 'kubectl delete configmap a -n nothere').stderr).toBe('Error from server (NotFound): configmaps "a" not found\n');
    expect(run(s, 'kubectl label configmap a x=y -n nothere').stderr).toBe('Error from server (NotFound): namespaces "nothere" not found\n');
    expect(run(s, 'kubectl get configmap a -n kube-system').stderr).toBe('Error from server (NotFound): configmaps "a" not found\n');
    expect(run(s, 'kubectl get configmap a').stderr).toBe('Error from server (NotFound): configmaps "a" not found\n');
    expect(run(s, 'kubectl get configmaps -n nothere').stderr).toBe('No resources found in nothere namespace.\n');
  });
});
