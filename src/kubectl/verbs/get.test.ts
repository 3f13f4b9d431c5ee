// Expected outputs follow real kubectl 1.33 behaviour: table layout and messages from
// kubernetes/kubectl pkg/cmd/get/get.go and cli-runtime pkg/printers/tableprinter.go
// (see shared/reference/k8s-behavior.md §0.4, §6.1).
import { describe, expect, it, vi } from 'vitest';
import { R } from '../../sim/index.js';
import { run, testSession } from '../testing/index.js';

vi.mock('./index.js', async () => ({ VERBS: [(await import('./get.js')).getVerb] }));

const SVC = [
  'NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE',
  'kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   10m',
  '',
].join('\n');

function withConfigMaps() {
  const s = testSession();
  const c = s.cluster.client();
  for (const [name, labels] of [['app-config', { app: 'web', tier: 'fe' }], ['db-config', { app: 'db' }]] as const) {
    c.create(R.configmaps, 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, labels }, data: { a: '1', b: '2' } });
  }
  s.cluster.advance(5_000);
  return s;
}

describe('kubectl get: tables', () => {
  it('prints a server-side table with tabwriter alignment', () => {
    const r = run(testSession(), 'kubectl get svc');
    expect(r).toMatchObject({ code: 0, stdout: SVC, stderr: '' });
  });

  it('says "No resources found in <ns> namespace." on stderr for an empty namespaced list', () => {
    const r = run(testSession(), 'kubectl get pods');
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: 'No resources found in default namespace.\n' });
    expect(run(testSession(), 'kubectl get deploy -n kube-public').stderr).toBe('No resources found in kube-public namespace.\n');
    // With -A (and for cluster-scoped kinds) the message has no namespace and no period.
    expect(run(testSession(), 'kubectl get jobs -A').stderr).toBe('No resources found\n');
  });

  it('prints NotFound per missing name after the found rows, exit 1', () => {
    const r = run(testSession(), 'kubectl get svc kubernetes nope');
    expect(r.stdout).toBe(SVC);
    expect(r.stderr).toBe('Error from server (NotFound): services "nope" not found\n');
    expect(r.code).toBe(1);
    const one = run(testSession(), 'kubectl get deploy web');
    expect(one).toMatchObject({ code: 1, stdout: '', stderr: 'Error from server (NotFound): deployments.apps "web" not found\n' });
  });

  it('--ignore-not-found suppresses NotFound and the empty message', () => {
    expect(run(testSession(), 'kubectl get deploy web --ignore-not-found')).toMatchObject({ code: 0, stdout: '', stderr: '' });
  });

  it('prefixes names with kind.group and separates kinds by a blank line when several kinds are listed', () => {
    const s = withConfigMaps();
    const r = run(s, 'kubectl get svc,cm');
    expect(r.stdout).toBe([
      'NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE',
      'service/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   10m',
      '',
      'NAME                         DATA   AGE',
      'configmap/app-config         2      5s',
      'configmap/db-config          2      5s',
      'configmap/kube-root-ca.crt   1      10m',
      '',
    ].join('\n'));
  });

  it('adds -L columns and a LABELS column', () => {
    const s = withConfigMaps();
    expect(run(s, 'kubectl get cm -l app --show-labels').stdout).toBe([
      'NAME         DATA   AGE   LABELS',
      'app-config   2      5s    app=web,tier=fe',
      'db-config    2      5s    app=db',
      '',
    ].join('\n'));
    expect(run(s, 'kubectl get cm -l app -L tier,app.kubernetes.io/app').stdout).toBe([
      'NAME         DATA   AGE   TIER   APP',
      'app-config   2      5s    fe     ',
      'db-config    2      5s           ',
      '',
    ].join('\n'));
  });

  it('filters by label selector and namespace, and -A adds NAMESPACE', () => {
    const s = withConfigMaps();
    expect(run(s, 'kubectl get cm -l app=db --no-headers').stdout).toBe('db-config   2     5s\n');
    expect(run(s, 'kubectl get svc -A').stdout).toBe([
      // A fresh kind cluster also has CoreDNS's kube-dns Service in kube-system.
      'NAMESPACE     NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)                  AGE',
      'default       kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP                  10m',
      'kube-system   kube-dns     ClusterIP   10.96.0.10   <none>        53/UDP,53/TCP,9153/TCP   10m',
      '',
    ].join('\n'));
  });

  it('sorts rows with --sort-by', () => {
    const s = withConfigMaps();
    const r = run(s, 'kubectl get cm -l app --sort-by=.metadata.labels.app --no-headers');
    expect(r.stdout.split('\n').map((l) => l.split(' ')[0])).toEqual(['db-config', 'app-config', '']);
  });
});

describe('kubectl get: errors and usage', () => {
  it('rejects unknown resource types', () => {
    expect(run(testSession(), 'kubectl get foo')).toMatchObject({ code: 1, stderr: 'error: the server doesn\'t have a resource type "foo"\n' });
  });

  it('asks for a resource type when none is given', () => {
    const r = run(testSession(), 'kubectl get');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe([
      'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.',
      '',
      'error: Required resource not specified.',
      'Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).',
      "See 'kubectl get -h' for help and examples",
      '',
    ].join('\n'));
  });

  it('names the listed resource in list errors (EnhanceListError)', () => {
    const r = run(testSession(), 'kubectl get pods --field-selector foo=bar');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Error from server \(BadRequest\): Unable to find "\/v1, Resource=pods" that match label selector "", field selector "foo=bar": /);
  });

  it('rejects unknown output formats and --show-labels with yaml', () => {
    expect(run(testSession(), 'kubectl get pods -o foo').stderr).toBe(
      'error: unable to match a printer suitable for the output format "foo", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n',
    );
    expect(run(testSession(), 'kubectl get pods -o yaml --show-labels').stderr).toBe('error: --show-labels option cannot be used with yaml printer\n');
  });

  it('prints the 1.33 Endpoints deprecation warning first', () => {
    const r = run(testSession(), 'kubectl get endpoints');
    expect(r.stderr.split('\n')[0]).toBe('Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice');
  });
});

describe('kubectl get: -o formats', () => {
  it('-o name prints kind[.group]/name', () => {
    expect(run(withConfigMaps(), 'kubectl get svc,cm -o name').stdout).toBe('service/kubernetes\nconfigmap/app-config\nconfigmap/db-config\nconfigmap/kube-root-ca.crt\n');
  });

  it('wraps collections in a v1 List with an empty resourceVersion', () => {
    expect(run(testSession(), 'kubectl get pods -o yaml').stdout).toBe('apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n');
    expect(run(testSession(), 'kubectl get pods -o json').stdout).toBe('{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n');
  });

  it('prints a single named object alone', () => {
    const r = run(withConfigMaps(), 'kubectl get cm db-config -o yaml');
    expect(r.stdout).toMatch(/^apiVersion: v1\ndata:\n  a: "1"\n  b: "2"\nkind: ConfigMap\nmetadata:\n  creationTimestamp: "2025-06-02T09:00:00Z"\n  labels:\n    app: db\n  name: db-config\n  namespace: default\n/);
  });

  it('-o jsonpath prints the template result without a trailing newline', () => {
    const s = withConfigMaps();
    expect(run(s, 'kubectl get cm -l app -o jsonpath={.items[*].metadata.name}').stdout).toBe('app-config db-config');
    expect(run(s, 'kubectl get cm db-config -o jsonpath={.data.a}').stdout).toBe('1');
  });

  it('-o go-template renders the Go template', () => {
    expect(run(withConfigMaps(), 'kubectl get cm db-config -o go-template={{.metadata.name}}:{{.data.a}}').stdout).toBe('db-config:1');
    expect(run(withConfigMaps(), 'kubectl get cm db-config -o template --template={{.metadata.name}}').stderr).toBe('error: template format specified but no template given\n');
  });

  it('-o custom-columns prints one aligned row per object, <none> for missing fields', () => {
    expect(run(withConfigMaps(), 'kubectl get cm -l app -o custom-columns=NAME:.metadata.name,APP:.metadata.labels.app,X:.missing').stdout).toBe([
      'NAME         APP   X',
      'app-config   web   <none>',
      'db-config    db    <none>',
      '',
    ].join('\n'));
  });

  it('-f reads objects from files and gets them by name', () => {
    const s = withConfigMaps();
    s.files.write('cm.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: db-config\n');
    expect(run(s, 'kubectl get -f cm.yaml -o name').stdout).toBe('configmap/db-config\n');
    expect(run(s, 'kubectl get -f cm.yaml --no-headers').stdout).toBe('db-config   2     5s\n');
  });

  it('--raw returns the body as the server sends it', () => {
    const s = testSession();
    expect(run(s, 'kubectl get --raw /readyz').stdout).toBe('ok');
    expect(JSON.parse(run(s, 'kubectl get --raw /api/v1/namespaces/default/services/kubernetes').stdout).spec.clusterIP).toBe('10.96.0.1');
    expect(run(s, 'kubectl get pods --raw /readyz').stderr).toBe('error: arguments may not be passed when --raw is specified\n');
  });
});
