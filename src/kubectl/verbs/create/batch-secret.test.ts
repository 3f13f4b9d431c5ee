/**
 * `kubectl create job|cronjob|secret …` transcripts. Client-side expectations (dry runs,
 * flag and source errors) are the installed kubectl's own output; server-side ones follow
 * reference §4.6 and §9 (kubectl create_job.go, create_secret*.go).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { run, testSession } from '../../testing/index.js';

vi.mock('../index.js', async () => ({ VERBS: [(await import('./index.js')).createVerb, (await import('../get.js')).getVerb] }));

const files = { 'pw.txt': 'pw123', 'e.env': '# c\nA=1\nB=x=y\n\nC\n', 'd/f1': 'one', 'd/f2': 'two' };

describe('kubectl create job / cronjob', () => {
  it('job with a command, -o yaml', () => {
    const r = run(testSession(), "kubectl create job x --image=busybox --dry-run=client -o yaml -- sh -c 'echo hi'");
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`apiVersion: batch/v1
kind: Job
metadata:
  creationTimestamp: null
  name: x
spec:
  template:
    metadata:
      creationTimestamp: null
    spec:
      containers:
      - command:
        - sh
        - -c
        - echo hi
        image: busybox
        name: x
        resources: {}
      restartPolicy: Never
status: {}
`);
  });

  it('job -o json keeps struct order', () => {
    const r = run(testSession(), 'kubectl create job x --image=busybox --dry-run=client -o json -- date');
    expect(JSON.parse(r.stdout)).toEqual({
      kind: 'Job', apiVersion: 'batch/v1', metadata: { name: 'x', creationTimestamp: null },
      spec: { template: { metadata: { creationTimestamp: null }, spec: { containers: [{ name: 'x', image: 'busybox', command: ['date'], resources: {} }], restartPolicy: 'Never' } } },
      status: {},
    });
    expect(r.stdout.indexOf('"kind"')).toBeLessThan(r.stdout.indexOf('"apiVersion"'));
  });

  it('cronjob -o yaml: restartPolicy OnFailure, template named after the CronJob', () => {
    const r = run(testSession(), "kubectl create cronjob c --image=busybox --schedule='*/1 * * * *' --dry-run=client -o yaml");
    expect(r.stdout).toBe(`apiVersion: batch/v1
kind: CronJob
metadata:
  creationTimestamp: null
  name: c
spec:
  jobTemplate:
    metadata:
      creationTimestamp: null
      name: c
    spec:
      template:
        metadata:
          creationTimestamp: null
        spec:
          containers:
          - image: busybox
            name: c
            resources: {}
          restartPolicy: OnFailure
  schedule: '*/1 * * * *'
status: {}
`);
  });

  it('client-side errors as kubectl prints them', () => {
    const s = testSession();
    expect(run(s, 'kubectl create job x --dry-run=client').stderr).toBe('error: either --image or --from must be specified\n');
    expect(run(s, 'kubectl create job x --image=a --from=cronjob/b --dry-run=client').stderr).toBe('error: either --image or --from must be specified\n');
    expect(run(s, 'kubectl create job --image=a --dry-run=client').stderr).toBe("error: exactly one NAME is required, got 0\nSee 'kubectl create job -h' for help and examples\n");
    expect(run(s, 'kubectl create job a b --image=a --dry-run=client').stderr).toBe("error: exactly one NAME is required, got 2\nSee 'kubectl create job -h' for help and examples\n");
    expect(run(s, 'kubectl create job x --from=cronjob/b -- date').stderr).toBe('error: cannot specify --from and command\n');
    expect(run(s, "kubectl create cronjob c --schedule='*/1 * * * *'").stderr).toBe('error: required flag(s) "image" not set\n');
    expect(run(s, 'kubectl create cronjob c --image=busybox').stderr).toBe('error: required flag(s) "schedule" not set\n');
  });

  it('creates for real: job.batch/x created, cronjob.batch/c created', () => {
    const s = testSession();
    expect(run(s, 'kubectl create job pi --image=busybox -- echo 3.14').stdout).toBe('job.batch/pi created\n');
    expect(run(s, "kubectl create cronjob hello --image=busybox --schedule='*/1 * * * *' -- date").stdout).toBe('cronjob.batch/hello created\n');
  });

  it('--from=cronjob/NAME: template copied, manual annotation, owner without blockOwnerDeletion', () => {
    const s = testSession();
    run(s, "kubectl create cronjob hello --image=busybox --schedule='0 0 1 1 *' -- date");
    const r = run(s, 'kubectl create job manual --from=cronjob/hello');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('job.batch/manual created\n');
    const job = s.cluster.store.get('jobs.batch', 'default', 'manual')!;
    const cj = s.cluster.store.get('cronjobs.batch', 'default', 'hello')!;
    expect(job.metadata.annotations).toEqual({ 'cronjob.kubernetes.io/instantiate': 'manual' });
    expect(job.metadata.ownerReferences).toEqual([{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'hello', uid: cj.metadata.uid, controller: true }]);
    expect(job.spec.template.spec.containers[0].command).toEqual(['date']);
    expect(run(s, 'kubectl create job m2 --from=cronjob/nope').stderr).toBe('Error from server (NotFound): cronjobs.batch "nope" not found\n');
    run(s, 'kubectl create deployment web --image=nginx');
    expect(run(s, 'kubectl create job m3 --from=deployment/web').stderr).toBe('error: unknown object type *v1.Deployment\n');
  });
});

describe('kubectl create secret', () => {
  it('generic from literal and file', () => {
    const r = run(testSession({ files }), 'kubectl create secret generic s --from-literal=a=b --from-file=pw.txt --dry-run=client -o yaml');
    expect(r.stdout).toBe(`apiVersion: v1
data:
  a: Yg==
  pw.txt: cHcxMjM=
kind: Secret
metadata:
  creationTimestamp: null
  name: s
`);
  });

  it('generic from an env file, -o json', () => {
    const r = run(testSession({ files }), 'kubectl create secret generic s --from-env-file=e.env --dry-run=client -o json');
    expect(r.stdout).toBe(`{
    "kind": "Secret",
    "apiVersion": "v1",
    "metadata": {
        "name": "s",
        "creationTimestamp": null
    },
    "data": {
        "A": "MQ==",
        "B": "eD15",
        "C": ""
    }
}
`);
  });

  it('generic from a directory with --type', () => {
    const r = run(testSession({ files }), 'kubectl create secret generic s --from-file=d --type=kubernetes.io/basic-auth --dry-run=client -o yaml');
    expect(r.stdout).toBe(`apiVersion: v1
data:
  f1: b25l
  f2: dHdv
kind: Secret
metadata:
  creationTimestamp: null
  name: s
type: kubernetes.io/basic-auth
`);
  });

  it.each([
    ['--from-literal=a', 'error: invalid literal source a, expected key=value'],
    ['--from-literal==b', 'error: invalid literal source =b, expected key=value'],
    ['--from-literal=a=1 --from-literal=a=2', 'error: cannot add key a, another key by that name already exists'],
    ["--from-literal='bad key=1'", `error: "bad key" is not valid key name for a Secret a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`],
    ['--from-file=k=d', 'error: cannot give a key name for a directory path'],
    ['--from-file=a=b=c', "error: key names or file paths cannot contain '='"],
    ['--from-file=nope', 'error: error reading nope: no such file or directory'],
    ['--from-file==pw.txt', 'error: key name for file path pw.txt missing'],
    ['--from-file=k=', 'error: file path for key name k missing'],
    ['--from-env-file=e.env --from-literal=a=b', 'error: from-env-file cannot be combined with from-file or from-literal'],
  ])('generic %s', (args, err) => {
    const r = run(testSession({ files }), `kubectl create secret generic s ${args} --dry-run=client`);
    expect(r.stderr).toBe(`${err}\n`);
    expect(r.code).toBe(1);
  });

  it('--append-hash names the secret with kubectl\'s hash', () => {
    expect(run(testSession(), 'kubectl create secret generic s --from-literal=a=b --append-hash --dry-run=client -o name').stdout).toBe('secret/s-7fd2tm89d8\n');
    expect(run(testSession(), 'kubectl create secret generic s --append-hash --dry-run=client -o name').stdout).toBe('secret/s-6cmg28h685\n');
  });

  it('docker-registry: .dockerconfigjson content and errors', () => {
    const s = testSession({ files });
    const r = run(s, 'kubectl create secret docker-registry r --docker-username=u --docker-password=p --dry-run=client -o json');
    const data = JSON.parse(r.stdout).data['.dockerconfigjson'];
    expect(Buffer.from(data, 'base64').toString()).toBe('{"auths":{"https://index.docker.io/v1/":{"username":"u","password":"p","auth":"dTpw"}}}');
    expect(JSON.parse(r.stdout).type).toBe('kubernetes.io/dockerconfigjson');
    expect(run(s, 'kubectl create secret docker-registry r --docker-username=u --dry-run=client').stderr)
      .toBe('error: either --from-file or the combination of --docker-username, --docker-password and --docker-server is required\n');
    expect(run(s, 'kubectl create secret docker-registry r --from-file=.dockerconfigjson=pw.txt --dry-run=client -o yaml').stdout).toBe(`apiVersion: v1
data:
  .dockerconfigjson: cHcxMjM=
kind: Secret
metadata:
  creationTimestamp: null
  name: r
type: kubernetes.io/dockerconfigjson
`);
  });

  it('tls errors', () => {
    const s = testSession({ files: { ...files, 'c.pem': 'x' } });
    expect(run(s, 'kubectl create secret tls t --dry-run=client').stderr).toBe('error: key and cert must be specified\n');
    expect(run(s, 'kubectl create secret tls t --cert=nope --key=nope --dry-run=client').stderr).toBe('error: Cannot read file nope, open nope: no such file or directory\n');
    expect(run(s, 'kubectl create secret tls t --cert=c.pem --key=c.pem --dry-run=client').stderr).toBe('error: tls: failed to find any PEM data in certificate input\n');
  });

  it('created for real: get secrets shows TYPE and DATA; the server defaults Opaque', () => {
    const s = testSession({ files });
    expect(run(s, 'kubectl create secret generic db --from-literal=username=admin --from-literal=password=s3cr=t').stdout).toBe('secret/db created\n');
    const stored = s.cluster.store.get('secrets', 'default', 'db')!;
    expect(stored.type).toBe('Opaque');
    expect(Buffer.from(stored.data.password, 'base64').toString()).toBe('s3cr=t');
    expect(run(s, 'kubectl get secret db').stdout).toMatch(/^NAME   TYPE     DATA   AGE\ndb     Opaque   2      \d+s\n$/);
  });
});

describe('help texts (captured from the installed kubectl under testdata/help)', () => {
  it.each(['create job', 'create cronjob', 'create secret', 'create secret generic', 'create secret tls', 'create secret docker-registry'])('kubectl %s --help', (cmd) => {
    const golden = readFileSync(new URL(`../testdata/help/${cmd.replace(/ /g, '-')}.txt`, import.meta.url), 'utf8');
    expect(run(testSession(), `kubectl ${cmd} --help`).stdout).toBe(golden);
  });
});
