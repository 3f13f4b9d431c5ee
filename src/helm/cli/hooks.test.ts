/**
 * Hooks and `helm test` (helm/helm pkg/action/hooks.go, release_testing.go, cmd/helm/status.go
 * TEST SUITE block; error texts from pkg/kube/client.go waitForJob/waitForPodSuccess and
 * pkg/action/install.go `failed pre-install: …`).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../../shell/test-harness.js';

let h: Harness;
beforeEach(() => {
  h = harness();
  h.run('helm create mychart');
});

const hookPod = (name: string, hook: string, script: string, extra = ''): string =>
  `cat > mychart/templates/${name}.yaml <<'EOF'
apiVersion: v1
kind: Pod
metadata:
  name: ${name}
  annotations:
    "helm.sh/hook": ${hook}${extra}
spec:
  restartPolicy: Never
  containers:
    - name: c
      image: busybox:1.36
      command: ["sh", "-c", "${script}"]
EOF`;

describe('helm test', () => {
  it('runs the starter chart\'s test-connection pod and prints the TEST SUITE block', () => {
    h.run('helm install web ./mychart --wait');
    const r = h.run('helm test web');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/\nREVISION: 1\nTEST SUITE:     web-mychart-test-connection\nLast Started:   Mon Jun  2 09:00:\d\d 2025\nLast Completed: Mon Jun  2 09:00:\d\d 2025\nPhase:          Succeeded\nNOTES:\n/);
    expect(h.run('helm status web').out).toContain('Phase:          Succeeded\n');
    expect(h.run('kubectl get pod web-mychart-test-connection -o jsonpath={.status.phase}').out).toBe('Succeeded');
  });

  it('fails with `pod NAME failed` when a test pod fails', () => {
    h.run(hookPod('failing-test', 'test', 'exit 1'));
    h.run('helm install web ./mychart --wait');
    const r = h.run('helm test web --filter name=failing-test');
    expect(r.out).toContain('TEST SUITE:     failing-test\n');
    expect(r.out).toContain('Phase:          Failed\n');
    expect(r.err).toBe('Error: pod failing-test failed\n');
  });
});

describe('install hooks', () => {
  it('runs pre-install hooks before the resources and deletes them per hook-succeeded', () => {
    h.run(hookPod('migrate', 'pre-install', 'echo migrated', '\n    "helm.sh/hook-delete-policy": hook-succeeded'));
    expect(h.run('helm install web ./mychart').status).toBe(0);
    expect(h.run('kubectl get pod migrate').err).toBe('Error from server (NotFound): pods "migrate" not found\n');
  });

  it('a failing pre-install hook fails the release (install.go: failed pre-install)', () => {
    h.run(hookPod('migrate', 'pre-install', 'exit 3'));
    expect(h.run('helm install web ./mychart').err).toBe('Error: INSTALLATION FAILED: failed pre-install: pod migrate failed\n');
    expect(h.run('helm history web').out).toMatch(/\n1 +\t.*\tfailed\t.*\tRelease "web" failed: failed pre-install: pod migrate failed\n$/);
    expect(h.run('kubectl get deploy').err).toBe('No resources found in default namespace.\n');
  });

  it('--no-hooks skips them', () => {
    h.run(hookPod('migrate', 'pre-install', 'exit 3'));
    expect(h.run('helm install web ./mychart --no-hooks').status).toBe(0);
  });
});
