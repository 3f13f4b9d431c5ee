/**
 * Namespaces, value flags, output formats and history limits. Expected text: helm/helm
 * v3.21.4 cmd/helm (list.go JSON fields, get_*.go, status.go WriteJSON) and reference/helm.md §6–§8.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../../shell/test-harness.js';

let h: Harness;
beforeEach(() => {
  h = harness();
  h.run('helm create mychart');
});

describe('namespaces', () => {
  it('-n, HELM_NAMESPACE and the kubeconfig context namespace pick where releases live; list -A shows all', () => {
    h.run('kubectl create namespace shop');
    h.run('kubectl create namespace ops');
    h.run('helm install a ./mychart -n shop');
    h.run('HELM_NAMESPACE=ops helm install b ./mychart');
    h.run('kubectl config set-context --current --namespace=shop');
    h.run('helm install c ./mychart');
    expect(h.run('helm list -q').out).toBe('a\nc\n');
    expect(h.run('helm list -A -q').out).toBe('a\nb\nc\n');
    expect(h.run("kubectl get secrets -A -l owner=helm -o jsonpath='{range .items[*]}{.metadata.namespace}/{.metadata.name} {end}'").out)
      .toBe('ops/sh.helm.release.v1.b.v1 shop/sh.helm.release.v1.a.v1 shop/sh.helm.release.v1.c.v1 ');
  });
});

describe('values', () => {
  it('-f files merge in order, --set wins over them, --set-string keeps strings, --set-file reads a file', () => {
    h.run("printf 'replicaCount: 2\\nimage:\\n  tag: \"1.25\"\\n' > a.yaml");
    h.run("printf 'replicaCount: 3\\n' > b.yaml");
    h.run("printf 'hello' > note.txt");
    h.run('helm install web ./mychart -f a.yaml -f b.yaml --set image.pullPolicy=Always --set-string podAnnotations.n=1 --set-file podAnnotations.note=note.txt');
    expect(h.run('helm get values web').out).toBe(
      'USER-SUPPLIED VALUES:\nimage:\n  pullPolicy: Always\n  tag: "1.25"\npodAnnotations:\n  "n": "1"\n  note: hello\nreplicaCount: 3\n',
    );
    expect(h.run('kubectl get deploy web-mychart -o jsonpath={.spec.replicas}/{.spec.template.spec.containers[0].image}').out).toBe('3/nginx:1.25');
  });

  it('reports --set syntax errors and missing files', () => {
    expect(h.run('helm install web ./mychart --set a').err).toBe('Error: INSTALLATION FAILED: failed parsing --set data: key "a" has no value\n');
    expect(h.run('helm install web ./mychart -f nope.yaml').err).toMatch(/^Error: INSTALLATION FAILED: open nope\.yaml: no such file or directory\n$/);
  });

  it('get values --all prints the computed values', () => {
    h.run('helm install web ./mychart --set replicaCount=2');
    const all = h.run('helm get values web --all').out;
    expect(all.startsWith('COMPUTED VALUES:\naffinity: {}\nautoscaling:\n')).toBe(true);
    expect(all).toContain('\nreplicaCount: 2\n');
    expect(h.run('helm get values web -o json').out).toBe('{"replicaCount":2}\n');
  });
});

describe('outputs', () => {
  it('list -o json uses list.go\'s field names', () => {
    h.run('helm install web ./mychart');
    expect(h.run('helm list -o json').out).toBe(
      '[{"name":"web","namespace":"default","revision":"1","updated":"2025-06-02 09:00:00 +0000 UTC","status":"deployed","chart":"mychart-0.1.0","app_version":"1.16.0"}]\n',
    );
  });

  it('status -o json is the whole release', () => {
    h.run('helm install web ./mychart');
    const rel = JSON.parse(h.run('helm status web -o json').out);
    expect(rel).toMatchObject({ name: 'web', version: 1, namespace: 'default', info: { status: 'deployed', description: 'Install complete' }, chart: { metadata: { name: 'mychart' } } });
  });

  it('get manifest / hooks / notes / all', () => {
    h.run('helm install web ./mychart');
    expect(h.run('helm get manifest web').out.startsWith('---\n# Source: mychart/templates/serviceaccount.yaml\napiVersion: v1\nkind: ServiceAccount\n')).toBe(true);
    expect(h.run('helm get hooks web').out.startsWith('---\n# Source: mychart/templates/tests/test-connection.yaml\napiVersion: v1\nkind: Pod\n')).toBe(true);
    expect(h.run('helm get notes web').out.startsWith('NOTES:\n1. Get the application URL by running these commands:\n')).toBe(true);
    expect(h.run('helm get all web').out).toMatch(/^NAME: web\nLAST DEPLOYED: .*\nNAMESPACE: default\nSTATUS: deployed\nREVISION: 1\nCHART: mychart\nVERSION: 0\.1\.0\nAPP_VERSION: 1\.16\.0\nUSER-SUPPLIED VALUES:\nnull\n\nCOMPUTED VALUES:\n[\s\S]*\nHOOKS:\n---\n# Source: mychart\/templates\/tests\/test-connection\.yaml\n[\s\S]*\nMANIFEST:\n---\n[\s\S]*\nNOTES:\n/);
  });
});

describe('history limits', () => {
  it('--history-max prunes the oldest revisions; history --max shows the newest', () => {
    h.run('helm install web ./mychart');
    for (let i = 2; i <= 5; i++) h.run(`helm upgrade web ./mychart --history-max 3 --set replicaCount=${i}`);
    expect(h.run('kubectl get secrets -o name').out).toBe('secret/sh.helm.release.v1.web.v3\nsecret/sh.helm.release.v1.web.v4\nsecret/sh.helm.release.v1.web.v5\n');
    expect(h.run('helm history web --max 1').out.split('\n')[1].startsWith('5       \t')).toBe(true);
  });
});

describe('identity', () => {
  it('acts as the kubeconfig user; --kube-as-user impersonates, and RBAC applies to the release Secrets', () => {
    expect(h.run('helm list --kube-as-user bob').err).toBe(
      'Error: list: failed to list: secrets is forbidden: User "bob" cannot list resource "secrets" in API group "" in the namespace "default"\n',
    );
    expect(h.run('helm install web ./mychart --kube-as-user bob').err).toBe(
      'Error: INSTALLATION FAILED: create: failed to create: secrets is forbidden: User "bob" cannot create resource "secrets" in API group "" in the namespace "default"\n',
    );
  });
});

describe('offline', () => {
  it('search hub cannot reach Artifact Hub', () => {
    expect(h.run('helm search hub nginx').err).toMatch(/^Error: unable to perform search against "https:\/\/hub\.helm\.sh": .*no such host\n$/);
  });
});

describe('flags', () => {
  it('rejects an unknown -o format while parsing (cmd/helm/flags.go outputValue)', () => {
    expect(h.run('helm list -o xml').err).toBe('Error: invalid argument "xml" for "-o, --output" flag: invalid format type\n');
  });

  it('accepts every flag helm defines for a command, even those the simulator does not model', () => {
    expect(h.run('helm install web ./mychart --disable-openapi-validation --skip-crds --enable-dns').status).toBe(0);
    expect(h.run('helm list --selector name=web -q').out).toBe('web\n');
    expect(h.run('helm list --bogus').err).toBe('Error: unknown flag: --bogus\n');
  });

  it('help shows the -o flag as pflag prints a Value of type format', () => {
    expect(h.run('helm list --help').out).toMatch(/\n {2}-o, --output format +prints the output in the specified format\. Allowed values: table, json, yaml \(default table\)\n/);
  });
});

describe('get metadata', () => {
  it('prints the metadataWriter block (cmd/helm/testdata/output/get-metadata.txt layout)', () => {
    h.run('helm install web ./mychart');
    expect(h.run('helm get metadata web').out).toBe(
      'NAME: web\nCHART: mychart\nVERSION: 0.1.0\nAPP_VERSION: 1.16.0\nANNOTATIONS: \nDEPENDENCIES: \nNAMESPACE: default\nREVISION: 1\nSTATUS: deployed\nDEPLOYED_AT: 2025-06-02T09:00:00Z\n',
    );
  });
});

describe('HELM_DRIVER', () => {
  it('configmap stores the release as ConfigMaps; memory keeps nothing between commands; unknown drivers fail', () => {
    h.run('export HELM_DRIVER=configmap');
    h.run('helm install web ./mychart');
    expect(h.run('kubectl get cm -l owner=helm -o name').out).toBe('configmap/sh.helm.release.v1.web.v1\n');
    expect(h.run('kubectl get secrets').err).toBe('No resources found in default namespace.\n');
    expect(h.run('helm list -q').out).toBe('web\n');
    expect(h.run('HELM_DRIVER=memory helm list -q').out).toBe('');
    // helm.go: log.Fatal(err) from actionConfig.Init, with log.Lshortfile.
    expect(h.run('HELM_DRIVER=sql2 helm list').err).toBe('helm.go:83: unknown driver "sql2"\n');
  });
});
