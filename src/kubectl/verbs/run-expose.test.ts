import { describe, expect, it, vi } from 'vitest';
import { R } from '../../sim/index.js';
import { run, testSession } from '../testing/index.js';

// Only the verbs under test in the table, so the test does not depend on verbs still being written.
vi.mock('./index.js', async () => ({
  VERBS: [
    (await import('./run.js')).runVerb, (await import('./expose.js')).exposeVerb, (await import('./replace.js')).replaceVerb,
    (await import('./edit.js')).editVerb, (await import('./create/index.js')).createVerb,
  ],
}));

describe('kubectl run', () => {
  // The BasicPod generator (kubectl generate/versioned/run.go); the YAML matches
  // `kubectl run nginx --image=nginx --dry-run=client -o yaml` from a real cluster.
  it('generates the pod kubectl sends', () => {
    const s = testSession();
    expect(run(s, 'kubectl run nginx --image=nginx --dry-run=client -o yaml').stdout).toBe(`apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: null
  labels:
    run: nginx
  name: nginx
spec:
  containers:
  - image: nginx
    name: nginx
    resources: {}
  dnsPolicy: ClusterFirst
  restartPolicy: Always
status: {}
`);
  });
  it('command, args, env, port, labels, restart', () => {
    const s = testSession();
    const r = run(s, "kubectl run b --image=busybox --port=80 --labels=a=b,c=d --env=X=1 --restart=Never --command --dry-run=client -o yaml -- sh -c 'echo hi'");
    expect(r.stdout).toBe(`apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: null
  labels:
    a: b
    c: d
  name: b
spec:
  containers:
  - command:
    - sh
    - -c
    - echo hi
    env:
    - name: X
      value: "1"
    image: busybox
    name: b
    ports:
    - containerPort: 80
    resources: {}
  dnsPolicy: ClusterFirst
  restartPolicy: Never
status: {}
`);
    expect(run(s, 'kubectl run c --image=busybox --dry-run=client -o yaml -- arg1 arg2').stdout).toContain('  - args:\n    - arg1\n    - arg2\n');
  });
  it('--overrides merges into the generated pod (override_options.go, merge by default)', () => {
    const s = testSession();
    const r = run(s, `kubectl run o --image=nginx --dry-run=client -o yaml --overrides='{"spec":{"nodeName":"kind-worker"}}'`);
    expect(r.stdout).toContain('  nodeName: kind-worker\n');
  });
  it('creates the pod; explains attaching', () => {
    const s = testSession();
    expect(run(s, 'kubectl run nginx --image=nginx').stdout).toBe('pod/nginx created\n');
    expect(run(s, 'kubectl run nginx --image=nginx').stderr).toBe('Error from server (AlreadyExists): pods "nginx" already exists\n');
    const it = run(s, 'kubectl run tmp -it --rm --image=busybox -- sh');
    expect(it.code).toBe(1);
    expect(it.stderr).toContain('cannot do');
    expect(run(s, 'kubectl run x').stderr).toBe('error: required flag(s) "image" not set\n');
    expect(run(s, 'kubectl run').stderr).toBe('error: required flag(s) "image" not set\n');
    expect(run(s, 'kubectl run --image=nginx').stderr).toBe("error: NAME is required for run\nSee 'kubectl run -h' for help and examples\n");
    expect(run(s, 'kubectl run x --image=nginx --restart=Sometimes').stderr).toBe("error: invalid restart policy: Sometimes\nSee 'kubectl run -h' for help and examples\n");
  });
});

describe('kubectl expose', () => {
  // Service shape derived from pkg/cmd/expose/expose.go createService (needs a server, so no client-only check).
  it('exposes a deployment with the ports of its template', () => {
    const s = testSession();
    run(s, 'kubectl create deployment web --image=nginx --port=80');
    expect(run(s, 'kubectl expose deployment web').stdout).toBe('service/web exposed\n');
    const svc = s.cluster.client().get(R.services, 'default', 'web');
    expect(svc.ok && svc.value.spec.selector).toEqual({ app: 'web' });
    expect(svc.ok && svc.value.spec.ports[0]).toMatchObject({ protocol: 'TCP', port: 80, targetPort: 80 });
    expect(svc.ok && svc.value.metadata.labels).toEqual({ app: 'web' });
  });
  it('--port, --target-port, --type, --name and errors', () => {
    const s = testSession();
    run(s, 'kubectl create deployment web --image=nginx');
    expect(run(s, 'kubectl expose deployment web').stderr).toBe("error: couldn't find port via --port flag or introspection\n");
    expect(run(s, 'kubectl expose deployment web --port=80 --target-port=8080 --type=NodePort --name=web-np --dry-run=client -o yaml').stdout).toBe(`apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web-np
spec:
  ports:
  - port: 80
    protocol: TCP
    targetPort: 8080
  selector:
    app: web
  type: NodePort
status:
  loadBalancer: {}
`);
    run(s, 'kubectl create configmap c --from-literal=a=b');
    expect(run(s, 'kubectl expose configmap c --port=80').stderr).toBe('error: cannot expose a ConfigMap\n');
  });
});

describe('kubectl replace and edit', () => {
  it('replace -f updates the object; a missing one is reported with its file', () => {
    const s = testSession({ files: { 'c.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: "2"\n' } });
    expect(run(s, 'kubectl replace -f c.yaml').stderr).toBe('Error from server (NotFound): error when replacing "c.yaml": configmaps "c" not found\n');
    run(s, 'kubectl create configmap c --from-literal=a=1');
    expect(run(s, 'kubectl replace -f c.yaml').stdout).toBe('configmap/c replaced\n');
    const c = s.cluster.client().get(R.configmaps, 'default', 'c');
    expect(c.ok && c.value.data).toEqual({ a: '2' });
    expect(run(s, 'kubectl replace').stderr).toBe('error: must specify one of -f and -k\n');
  });
  it('edit explains that no editor can be started', () => {
    const s = testSession();
    expect(run(s, 'kubectl edit deploy nope').stderr).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
    run(s, 'kubectl create configmap c --from-literal=a=1');
    const r = run(s, 'kubectl edit cm c');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('kubectl apply -f FILE');
  });
});
