// How kubectl renders API errors (kubernetes/kubectl pkg/cmd/util/helpers.go checkErr and
// MultilineError); the expected texts are reference §0.6, §7.2 and §7.3.
import { describe, expect, it } from 'vitest';
import { formatStatus } from './errors.js';
import { run, testSession } from './testing/index.js';

const DEPLOY = (extra: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
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
        image: nginx:1.16.1
${extra}`;

describe('formatStatus', () => {
  it('renders one Invalid cause on the header line and several as a list', () => {
    const one = formatStatus({
      kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: 422, reason: 'Invalid', message: '',
      details: { kind: 'Deployment', name: 'web', causes: [{ reason: 'FieldValueInvalid', field: 'spec.replicas', message: 'Invalid value: -1: must be greater than or equal to 0' }] },
    });
    expect(one).toBe('The Deployment "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0');
    const two = formatStatus({
      kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', code: 422, reason: 'Invalid', message: '',
      details: { kind: 'Deployment', name: 'web', causes: [{ reason: 'a', field: 'f1', message: 'm1' }, { reason: 'b', field: 'f2', message: 'm2' }] },
    });
    expect(two).toBe('The Deployment "web" is invalid: \n* f1: m1\n* f2: m2');
  });

  it('says "The request is invalid" when the details name no object (patch errors)', () => {
    const s = testSession({ files: { 'd.yaml': DEPLOY(''), 'bad.yaml': DEPLOY('        livenessProbe:\n          periodSeonds: 10\n          httpGet:\n            port: 80\n') } });
    expect(run(s, 'kubectl apply -f d.yaml').code).toBe(0);
    const r = run(s, 'kubectl apply -f bad.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^The request is invalid: patch: Invalid value: "map\[.*\]": strict decoding error: unknown field "spec\.template\.spec\.containers\[0\]\.livenessProbe\.periodSeonds"\n$/);
  });
});

describe('command groups without a sub-command', () => {
  // Real kubectl: `kubectl rollout` prints help on stdout, `kubectl set` on stderr; both exit 1.
  it('print their help and fail', () => {
    const s = testSession();
    const rollout = run(s, 'kubectl rollout');
    expect(rollout.code).toBe(1);
    expect(rollout.stdout).toMatch(/^Manage the rollout of one or many resources\./);
    expect(rollout.stderr).toBe('');
    const set = run(s, 'kubectl set');
    expect(set.code).toBe(1);
    expect(set.stdout).toBe('');
    expect(set.stderr).toMatch(/^Configure application resources\./);
  });

  it('reject unknown sub-commands as usage errors', () => {
    const r = run(testSession(), 'kubectl rollout bogus');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: unknown command "bogus"\nSee 'kubectl rollout -h' for help and examples\n`);
  });
});

describe('selectors without a resource type', () => {
  // Real kubectl (resource.Builder visitBySelector): `kubectl delete -l app=kubia` — seed 001's typo.
  it('are refused before anything is deleted', () => {
    const r = run(testSession(), 'kubectl delete -l app=kubia');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('error: at least one resource must be specified to use a selector\n');
  });
});

describe('apply of a manifest whose name is mis-indented (seed 003 typo)', () => {
  // `name:` at the level of `metadata:` leaves metadata.name empty; kubectl apply's GET
  // fails in client-go before the request is sent (apply.go + rest.Request.Name).
  it('fails in the client with the retrieving-configuration error', () => {
    const s = testSession({ files: { 'p.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\nname: nginx\nspec:\n  containers:\n  - name: nginx\n    image: nginx:1.16.1\n' } });
    const r = run(s, 'kubectl apply -f p.yaml');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'error: error when retrieving current configuration of:\nResource: "/v1, Resource=pods", GroupVersionKind: "/v1, Kind=Pod"\nName: "", Namespace: "default"\nfrom server for: "p.yaml": resource name may not be empty\n',
    );
  });
});

describe('help of command groups', () => {
  // Real `kubectl create --help` and `kubectl apply --help` have one "Available Commands:" block.
  it('lists sub-commands once', () => {
    for (const cmd of ['kubectl create --help', 'kubectl apply --help', 'kubectl set --help']) {
      const out = run(testSession(), cmd).stdout;
      expect(out.split('Available Commands:').length - 1).toBe(1);
    }
  });
});
