// kubectl apply --server-side (kubernetes/kubectl pkg/cmd/apply/apply.go applyOneObject):
// one apply PATCH, `serverside-applied`, the conflict error with kubectl's advice, and the
// client-side → server-side migration (saveLastApplyAnnotationIfNecessary,
// migrateToSSAIfNecessary with client-go util/csaupgrade). Printers omit managedFields unless
// --show-managed-fields (cli-runtime JSONYamlPrintFlags.ToPrinter, OmitManagedFieldsPrinter).
import { describe, expect, it } from 'vitest';
import { run, testSession } from '../testing/index.js';

const web = (replicas: number, env = '') => `apiVersion: apps/v1
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
        image: nginx:1.27
${env}`;

const ENV = `        env:
        - name: MODE
          value: blue
`;

const ADVICE = `Please review the fields above--they currently have other managers. Here
are the ways you can resolve this warning:
* If you intend to manage all of these fields, please re-run the apply
  command with the \`--force-conflicts\` flag.
* If you do not intend to manage all of the fields, please edit your
  manifest to remove references to the fields that should keep their
  current managers.
* You may co-own fields by updating your manifest to match the existing
  value; in this case, you'll become the manager if the other manager(s)
  stop managing the field (remove it from their configuration).
See https://kubernetes.io/docs/reference/using-api/server-side-apply/#conflicts
`;

function session() {
  return testSession({ files: { 'web.yaml': web(2), 'web3.yaml': web(3), 'web-env.yaml': web(2, ENV) } });
}

describe('kubectl apply --server-side', () => {
  it('creates, then applies, printing serverside-applied', () => {
    const s = session();
    expect(run(s, 'kubectl apply --server-side -f web.yaml').stdout).toBe('deployment.apps/web serverside-applied\n');
    expect(run(s, 'kubectl apply --server-side -f web3.yaml').stdout).toBe('deployment.apps/web serverside-applied\n');
    expect(run(s, 'kubectl get deploy web -o jsonpath={.spec.replicas}').stdout).toBe('3');
    expect(run(s, 'kubectl get deploy web -o jsonpath={.metadata.managedFields[*].manager}').stdout).toBe('kubectl');
  });

  it('reports a conflict with kubectl scale with the advice, and takes over with --force-conflicts', () => {
    const s = session();
    run(s, 'kubectl apply --server-side -f web.yaml');
    expect(run(s, 'kubectl scale deploy web --replicas=5').stdout).toBe('deployment.apps/web scaled\n');
    const r = run(s, 'kubectl apply --server-side -f web3.yaml');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`error: Apply failed with 1 conflict: conflict with "kubectl" with subresource "scale" using apps/v1: .spec.replicas\n${ADVICE}`);
    expect(run(s, 'kubectl apply --server-side -f web3.yaml --force-conflicts').stdout).toBe('deployment.apps/web serverside-applied\n');
    expect(run(s, 'kubectl get deploy web -o jsonpath={.spec.replicas}').stdout).toBe('3');
  });

  it('removes a field the manifest no longer has', () => {
    const s = session();
    run(s, 'kubectl apply --server-side -f web-env.yaml');
    expect(run(s, 'kubectl get deploy web -o jsonpath={.spec.template.spec.containers[0].env[0].value}').stdout).toBe('blue');
    run(s, 'kubectl apply --server-side -f web.yaml');
    expect(run(s, 'kubectl get deploy web -o jsonpath={.spec.template.spec.containers[0].env}').stdout).toBe('');
  });

  it('migrates an object client-side apply managed, so later server-side applies can remove fields', () => {
    const s = session();
    expect(run(s, 'kubectl apply -f web-env.yaml').stdout).toBe('deployment.apps/web created\n');
    // The first server-side apply already drops env: the client-side entry's fields moved to
    // kubectl and the manifest was applied again ("this will allow dropped fields to finally be removed").
    expect(run(s, 'kubectl apply --server-side -f web.yaml').stdout).toBe('deployment.apps/web serverside-applied\n');
    expect(run(s, 'kubectl get deploy web -o jsonpath={.spec.template.spec.containers[0].env}').stdout).toBe('');
    expect(run(s, 'kubectl get deploy web -o jsonpath={.metadata.managedFields[*].manager}').stdout).toBe('kubectl kubectl-last-applied');
  });

  it('keeps managedFields out of -o yaml unless --show-managed-fields', () => {
    const s = session();
    expect(run(s, 'kubectl apply --server-side -f web.yaml -o yaml').stdout).not.toContain('managedFields');
    expect(run(s, 'kubectl get deploy web -o yaml').stdout).not.toContain('managedFields');
    const shown = run(s, 'kubectl get deploy web -o yaml --show-managed-fields').stdout;
    expect(shown).toContain(`  managedFields:
  - apiVersion: apps/v1
    fieldsType: FieldsV1
    fieldsV1:
      f:spec:
        f:replicas: {}
        f:selector: {}
        f:template:
          f:metadata:
            f:labels:
              f:app: {}
          f:spec:
            f:containers:
              k:{"name":"web"}:
                .: {}
                f:image: {}
                f:name: {}
    manager: kubectl
    operation: Apply
`);
  });
});
