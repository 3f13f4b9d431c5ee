import { describe, expect, it, vi } from 'vitest';
import { run, testSession } from '../../testing/index.js';

// Only this verb in the table, so the test does not depend on verbs still being written.
vi.mock('../index.js', async () => ({ VERBS: [(await import('./index.js')).createVerb] }));

// Expected outputs are the installed kubectl's own (`--dry-run=client` needs no server).
describe('kubectl create generators (client dry run)', () => {
  it('create deployment with replicas', () => {
    const r = run(testSession(), 'kubectl create deployment nginx-deployment --image=nginx:1.14.2 --replicas=3 --dry-run=client -o yaml');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`apiVersion: apps/v1
kind: Deployment
metadata:
  creationTimestamp: null
  labels:
    app: nginx-deployment
  name: nginx-deployment
spec:
  replicas: 3
  selector:
    matchLabels:
      app: nginx-deployment
  strategy: {}
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: nginx-deployment
    spec:
      containers:
      - image: nginx:1.14.2
        name: nginx
        resources: {}
status: {}
`);
  });

  it('create deployment -o json keeps the struct field order', () => {
    const r = run(testSession(), 'kubectl create deployment x --image=nginx --port=80 --dry-run=client -o json');
    expect(r.stdout).toBe(`{
    "kind": "Deployment",
    "apiVersion": "apps/v1",
    "metadata": {
        "name": "x",
        "creationTimestamp": null,
        "labels": {
            "app": "x"
        }
    },
    "spec": {
        "replicas": 1,
        "selector": {
            "matchLabels": {
                "app": "x"
            }
        },
        "template": {
            "metadata": {
                "creationTimestamp": null,
                "labels": {
                    "app": "x"
                }
            },
            "spec": {
                "containers": [
                    {
                        "name": "nginx",
                        "image": "nginx",
                        "ports": [
                            {
                                "containerPort": 80
                            }
                        ],
                        "resources": {}
                    }
                ]
            }
        },
        "strategy": {}
    },
    "status": {}
}
`);
  });

  it('create service nodeport and clusterip', () => {
    const s = testSession();
    expect(run(s, 'kubectl create service nodeport x --tcp=80:8080 --dry-run=client -o yaml').stdout).toBe(`apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: x
  name: x
spec:
  ports:
  - name: 80-8080
    port: 80
    protocol: TCP
    targetPort: 8080
  selector:
    app: x
  type: NodePort
status:
  loadBalancer: {}
`);
    expect(run(s, 'kubectl create service clusterip y --tcp=80 --tcp=443:8443 --dry-run=client -o yaml').stdout).toBe(`apiVersion: v1
kind: Service
metadata:
  creationTimestamp: null
  labels:
    app: "y"
  name: "y"
spec:
  ports:
  - name: "80"
    port: 80
    protocol: TCP
    targetPort: 80
  - name: 443-8443
    port: 443
    protocol: TCP
    targetPort: 8443
  selector:
    app: "y"
  type: ClusterIP
status:
  loadBalancer: {}
`);
    expect(run(s, 'kubectl create service externalname e --external-name=foo.com --dry-run=client -o yaml').stdout).toContain('spec:\n  externalName: foo.com\n  selector:\n    app: e\n  type: ExternalName\n');
  });

  it('create configmap from literals, files and env files', () => {
    const s = testSession({ files: { 'f.txt': 'hello\n', 'e.env': 'A=1\n# c\nB=two words\n\nC\n' } });
    expect(run(s, 'kubectl create configmap cm --from-literal=a=b --from-literal=c=d --from-file=f.txt --from-file=k2=f.txt --dry-run=client -o yaml').stdout).toBe(`apiVersion: v1
data:
  a: b
  c: d
  f.txt: |
    hello
  k2: |
    hello
kind: ConfigMap
metadata:
  creationTimestamp: null
  name: cm
`);
    expect(run(s, 'kubectl create configmap cm2 --from-env-file=e.env --dry-run=client -o json').stdout).toBe(`{
    "kind": "ConfigMap",
    "apiVersion": "v1",
    "metadata": {
        "name": "cm2",
        "creationTimestamp": null
    },
    "data": {
        "A": "1",
        "B": "two words",
        "C": ""
    }
}
`);
  });

  it('create namespace', () => {
    const s = testSession();
    expect(run(s, 'kubectl create namespace dev --dry-run=client -o yaml').stdout).toBe('apiVersion: v1\nkind: Namespace\nmetadata:\n  creationTimestamp: null\n  name: dev\nspec: {}\nstatus: {}\n');
    expect(run(s, 'kubectl create ns x --dry-run=client -o name').stdout).toBe('namespace/x\n');
  });

  it('flag and argument errors', () => {
    const s = testSession();
    expect(run(s, 'kubectl create deployment a b --image=x').stderr).toBe("error: exactly one NAME is required, got 2\nSee 'kubectl create deployment -h' for help and examples\n");
    expect(run(s, 'kubectl create service nodeport').stderr).toBe("error: exactly one NAME is required, got 0\nSee 'kubectl create service nodeport -h' for help and examples\n");
    expect(run(s, 'kubectl create service clusterip x').stderr).toBe('error: at least one tcp port specifier must be provided\n');
    expect(run(s, 'kubectl create service clusterip x --tcp=abc').stderr).toBe('error: strconv.ParseUint: parsing "abc": invalid syntax\n');
    expect(run(s, 'kubectl create configmap c --from-literal=abc').stderr).toBe('error: invalid literal source abc, expected key=value\n');
    expect(run(s, 'kubectl create configmap c --from-file=nope.txt').stderr).toBe('error: error reading nope.txt: no such file or directory\n');
    expect(run(s, 'kubectl create deployment x --image=a --dry-run=bogus').stderr).toBe('error: Invalid dry-run value (bogus). Must be "none", "server", or "client".\n');
    expect(run(s, 'kubectl create').stderr).toBe('error: must specify one of -f and -k\n');
    expect(run(s, 'kubectl create -f nope.yaml').stderr).toBe('error: the path "nope.yaml" does not exist\n');
    expect(run(s, 'kubectl create foo').stderr).toBe("error: Unexpected args: [foo]\nSee 'kubectl create -h' for help and examples\n");
  });
});

describe('kubectl create against the cluster', () => {
  it('creates, then reports AlreadyExists wrapped as kubectl does (reference §7.5)', () => {
    const s = testSession();
    expect(run(s, 'kubectl create deployment web --image=nginx').stdout).toBe('deployment.apps/web created\n');
    const again = run(s, 'kubectl create deployment web --image=nginx');
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('error: failed to create deployment: deployments.apps "web" already exists\n');
    expect(run(s, 'kubectl create configmap cfg --from-literal=a=b').stdout).toBe('configmap/cfg created\n');
    expect(run(s, 'kubectl create configmap cfg --from-literal=a=b').stderr).toBe('error: failed to create configmap: configmaps "cfg" already exists\n');
    expect(run(s, 'kubectl create namespace dev').stdout).toBe('namespace/dev created\n');
    expect(run(s, 'kubectl create namespace dev').stderr).toBe('Error from server (AlreadyExists): namespaces "dev" already exists\n');
  });

  it('create -f: multi-document files continue past errors and exit 1', () => {
    const doc = `apiVersion: v1
kind: ConfigMap
metadata:
  name: one
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
      - name: web
        image: nginx
`;
    const s = testSession({ files: { 'd.yaml': doc } });
    const first = run(s, 'kubectl create -f d.yaml');
    expect(first.stdout).toBe('configmap/one created\ndeployment.apps/web created\n');
    expect(first.code).toBe(0);
    const second = run(s, 'kubectl create -f d.yaml');
    expect(second.code).toBe(1);
    expect(second.stderr).toBe('Error from server (AlreadyExists): error when creating "d.yaml": configmaps "one" already exists\nError from server (AlreadyExists): error when creating "d.yaml": deployments.apps "web" already exists\n');
  });

  it('create -f into a missing namespace', () => {
    const s = testSession({ files: { 'x.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  namespace: foo\n' } });
    expect(run(s, 'kubectl create -f x.yaml').stderr).toBe('Error from server (NotFound): error when creating "x.yaml": namespaces "foo" not found\n');
  });
});

describe('required flags', () => {
  // kubectl 1.33 checks cobra's required flags before the NAME argument and prints the error
  // through checkErr (observed with kubectl.1.33; the klog `run.go:72] "command failed"` line
  // comes from gcloud's kubectl dispatcher, not from kubectl).
  it('create deployment without --image', () => {
    const r = run(testSession(), 'kubectl create deployment x');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: required flag(s) "image" not set\n');
    expect(run(testSession(), 'kubectl create deployment').stderr).toBe('error: required flag(s) "image" not set\n');
  });
});
