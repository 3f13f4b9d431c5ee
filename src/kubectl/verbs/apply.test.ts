import { describe, expect, it, vi } from 'vitest';
import { R } from '../../sim/index.js';
import { run, testSession } from '../testing/index.js';

// Only the verbs under test in the table, so the test does not depend on verbs still being written.
vi.mock('./index.js', async () => ({ VERBS: [(await import('./apply.js')).applyVerb, (await import('./create/index.js')).createVerb] }));

const deployment = (image: string, replicas = 1) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: ${image}
`;

describe('kubectl apply (client side)', () => {
  // Outputs per shared/reference/k8s-behavior.md §6.5.
  it('created, unchanged, configured', () => {
    const s = testSession({ files: { 'web.yaml': deployment('nginx:1.27') } });
    expect(run(s, 'kubectl apply -f web.yaml').stdout).toBe('deployment.apps/web created\n');
    expect(run(s, 'kubectl apply -f web.yaml').stdout).toBe('deployment.apps/web unchanged\n');
    s.files.write('web.yaml', deployment('nginx:1.28', 3));
    const r = run(s, 'kubectl apply -f web.yaml');
    expect(r.stdout).toBe('deployment.apps/web configured\n');
    const live = s.cluster.client().get(R.deployments, 'default', 'web');
    expect(live.ok && live.value.spec.replicas).toBe(3);
    expect(live.ok && live.value.spec.template.spec.containers[0].image).toBe('nginx:1.28');
  });

  it('stores last-applied as kubectl writes it: sorted compact JSON with annotations {} and the namespace, plus a newline', () => {
    const s = testSession({ files: { 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  b: "2"\n  a: "1"\n' } });
    run(s, 'kubectl apply -f cm.yaml');
    const live = s.cluster.client().get(R.configmaps, 'default', 'c');
    expect(live.ok && live.value.metadata.annotations?.['kubectl.kubernetes.io/last-applied-configuration'])
      .toBe('{"apiVersion":"v1","data":{"a":"1","b":"2"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"c","namespace":"default"}}\n');
  });

  it('removes what was dropped from the file but keeps what others added', () => {
    const s = testSession({ files: { 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: "1"\n  b: "2"\n' } });
    run(s, 'kubectl apply -f cm.yaml');
    s.cluster.client().patch(R.configmaps, 'default', 'c', { data: { byhand: 'x' } }, 'application/merge-patch+json');
    s.files.write('cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: "1"\n');
    expect(run(s, 'kubectl apply -f cm.yaml').stdout).toBe('configmap/c configured\n');
    const live = s.cluster.client().get(R.configmaps, 'default', 'c');
    expect(live.ok && live.value.data).toEqual({ a: '1', byhand: 'x' });
  });

  it('warns when the live object lacks the annotation, then configures it', () => {
    const s = testSession({ files: { 'web.yaml': deployment('nginx:1.28') } });
    run(s, 'kubectl create deployment web --image=nginx:1.27');
    const r = run(s, 'kubectl apply -f web.yaml');
    expect(r.stderr).toBe('Warning: resource deployments.apps/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n');
    expect(r.stdout).toBe('deployment.apps/web configured\n');
  });

  it('dry runs print the suffixes and change nothing', () => {
    const s = testSession({ files: { 'web.yaml': deployment('nginx:1.27') } });
    expect(run(s, 'kubectl apply -f web.yaml --dry-run=client').stdout).toBe('deployment.apps/web created (dry run)\n');
    expect(run(s, 'kubectl apply -f web.yaml --dry-run=server').stdout).toBe('deployment.apps/web created (server dry run)\n');
    expect(s.cluster.client().get(R.deployments, 'default', 'web').ok).toBe(false);
  });

  it('reads stdin and reports usage errors as kubectl does', () => {
    const s = testSession();
    expect(run(s, 'kubectl apply -f -', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-stdin\n').stdout).toBe('configmap/from-stdin created\n');
    expect(run(s, 'kubectl apply').stderr).toBe('error: must specify one of -f and -k\n');
    expect(run(s, 'kubectl apply -f nope.yaml').stderr).toBe('error: the path "nope.yaml" does not exist\n');
    expect(run(s, 'kubectl apply -f - --validate=bogus', '').stderr).toBe('error: invalid - validate option "bogus"; must be one of: strict (or true), warn, ignore (or false)\n');
  });

  it('server-side apply prints serverside-applied', () => {
    const s = testSession({ files: { 'web.yaml': deployment('nginx:1.27') } });
    expect(run(s, 'kubectl apply --server-side -f web.yaml').stdout).toBe('deployment.apps/web serverside-applied\n');
    expect(run(s, 'kubectl apply --server-side -f web.yaml').stdout).toBe('deployment.apps/web serverside-applied\n');
  });

  // cli-runtime visitor.go: a directory yields its .json/.yaml/.yml files in name order;
  // subdirectories only with -R.
  it('applies a directory, recursing only with -R', () => {
    const cm = (n: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${n}\n`;
    const s = testSession({ files: { 'k8s/b.yaml': cm('b'), 'k8s/a.yml': cm('a'), 'k8s/notes.txt': 'x', 'k8s/sub/c.json': JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } }) } });
    expect(run(s, 'kubectl apply -f k8s').stdout).toBe('configmap/a created\nconfigmap/b created\n');
    expect(run(s, 'kubectl apply -f k8s -R').stdout).toBe('configmap/a unchanged\nconfigmap/b unchanged\nconfigmap/c created\n');
  });

  it('apply view-last-applied prints the annotation as YAML or JSON', () => {
    const s = testSession({ files: { 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: "1"\n' } });
    run(s, 'kubectl apply -f cm.yaml');
    expect(run(s, 'kubectl apply view-last-applied configmap/c').stdout).toBe('apiVersion: v1\ndata:\n  a: "1"\nkind: ConfigMap\nmetadata:\n  annotations: {}\n  name: c\n  namespace: default\n');
    expect(run(s, 'kubectl apply view-last-applied cm c -o json').stdout).toBe('{\n  "apiVersion": "v1",\n  "data": {\n    "a": "1"\n  },\n  "kind": "ConfigMap",\n  "metadata": {\n    "annotations": {},\n    "name": "c",\n    "namespace": "default"\n  }\n}\n');
  });

  // Messages from pkg/cmd/apply/apply.go (Validate and applyOneObject).
  it('rejects flag combinations and generateName as apply.go does', () => {
    const s = testSession({ files: { 'g.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  generateName: cfg-\n', 'empty.yaml': '---\n' } });
    expect(run(s, 'kubectl apply -f g.yaml').stderr).toBe('error: from cfg-: cannot use generate name with apply\n');
    expect(run(s, 'kubectl apply -f empty.yaml').stderr).toBe('error: no objects passed to apply\n');
    expect(run(s, 'kubectl apply -f g.yaml --force-conflicts').stderr).toBe('error: --force-conflicts only works with --server-side\n');
    expect(run(s, 'kubectl apply -f g.yaml --server-side --dry-run=client').stderr).toBe("error: --dry-run=client doesn't work with --server-side (did you mean --dry-run=server instead?)\n");
  });
});
