// kubectl config against kubectl 1.33 behaviour (pkg/cmd/config/*.go): kind's kubeconfig
// shape in `config view` (DATA+OMITTED, REDACTED, kind: Config, preferences: {}), the
// get-contexts table and the success/error lines of the mutating subcommands.
import { describe, expect, it, vi } from 'vitest';
import { run, testSession } from '../../testing/index.js';

vi.mock('../index.js', async () => ({ VERBS: [(await import('./index.js')).configVerb] }));

const VIEW = `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: DATA+OMITTED
    server: https://127.0.0.1:6443
  name: kind-kind
contexts:
- context:
    cluster: kind-kind
    user: kind-kind
  name: kind-kind
current-context: kind-kind
kind: Config
preferences: {}
users:
- name: kind-kind
  user:
    client-certificate-data: DATA+OMITTED
    client-key-data: DATA+OMITTED
`;

describe('kubectl config', () => {
  it('views a kind kubeconfig with data omitted', () => {
    expect(run(testSession(), 'kubectl config view')).toMatchObject({ code: 0, stdout: VIEW, stderr: '' });
    expect(run(testSession(), 'kubectl config view --minify')).toMatchObject({ stdout: VIEW });
    expect(run(testSession(), "kubectl config view -o jsonpath={.contexts[0].context.cluster}").stdout).toBe('kind-kind');
  });

  it('lists contexts and reports the current one', () => {
    const s = testSession();
    expect(run(s, 'kubectl config get-contexts').stdout).toBe('CURRENT   NAME        CLUSTER     AUTHINFO    NAMESPACE\n*         kind-kind   kind-kind   kind-kind   \n');
    expect(run(s, 'kubectl config get-contexts -o name').stdout).toBe('kind-kind\n');
    expect(run(s, 'kubectl config current-context').stdout).toBe('kind-kind\n');
    expect(run(s, 'kubectl config get-clusters').stdout).toBe('NAME\nkind-kind\n');
    expect(run(s, 'kubectl config get-users').stdout).toBe('NAME\nkind-kind\n');
    expect(run(s, 'kubectl config get-contexts nope')).toMatchObject({ code: 1, stderr: 'error: context nope not found\n' });
  });

  it('creates, modifies and switches contexts', () => {
    const s = testSession();
    expect(run(s, 'kubectl config set-context --current --namespace=dev').stdout).toBe('Context "kind-kind" modified.\n');
    expect(s.kubeconfig.contexts[0].namespace).toBe('dev');
    expect(run(s, 'kubectl config set-context jane --cluster=kind-kind --user=jane').stdout).toBe('Context "jane" created.\n');
    expect(run(s, 'kubectl config set-credentials jane --token=abc').stdout).toBe('User "jane" set.\n');
    expect(run(s, 'kubectl config use-context jane').stdout).toBe('Switched to context "jane".\n');
    expect(run(s, 'kubectl config current-context').stdout).toBe('jane\n');
    expect(run(s, 'kubectl config view --minify').stdout).toContain('- name: jane\n  user:\n    token: REDACTED\n');
    expect(run(s, 'kubectl config view --minify --raw').stdout).toContain('    token: abc\n');
    expect(run(s, 'kubectl config get-contexts').stdout).toBe([
      'CURRENT   NAME        CLUSTER     AUTHINFO    NAMESPACE',
      '*         jane        kind-kind   jane        ',
      '          kind-kind   kind-kind   kind-kind   dev',
      '',
    ].join('\n'));
    expect(run(s, 'kubectl config use-context nope')).toMatchObject({ code: 1, stderr: 'error: no context exists with the name: "nope"\n' });
    expect(run(s, 'kubectl config rename-context jane janet').stdout).toBe('Context "jane" renamed to "janet".\n');
  });

  it('sets and unsets properties, deletes entries', () => {
    const s = testSession();
    expect(run(s, 'kubectl config set contexts.kind-kind.namespace web').stdout).toBe('Property "contexts.kind-kind.namespace" set.\n');
    expect(s.kubeconfig.contexts[0].namespace).toBe('web');
    expect(run(s, 'kubectl config unset contexts.kind-kind.namespace').stdout).toBe('Property "contexts.kind-kind.namespace" unset.\n');
    expect(s.kubeconfig.contexts[0].namespace).toBeUndefined();
    expect(run(s, 'kubectl config set-cluster other --server=https://10.0.0.1:6443').stdout).toBe('Cluster "other" set.\n');
    expect(run(s, 'kubectl config delete-cluster other').stdout).toBe('deleted cluster other from /root/.kube/config\n');
    expect(run(s, 'kubectl config delete-user nobody')).toMatchObject({ code: 1, stderr: 'error: cannot delete user nobody, not in /root/.kube/config\n' });
  });

  it('prints its help to stderr and exits 1 without a sub-command (DefaultSubCommandRun)', () => {
    const r = run(testSession(), 'kubectl config');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith('Modify kubeconfig files using subcommands')).toBe(true);
    expect(run(testSession(), 'kubectl config foo')).toMatchObject({ code: 1, stderr: 'error: unknown command "foo"\nSee \'kubectl config -h\' for help and examples\n' });
  });
});

describe('config view ordering and --minify --context', () => {
  // Real kubectl 1.32 on a kubeconfig listing zeta before alpha: entries come out sorted by
  // name (clientcmd keeps them in maps), and --minify --context=alpha keeps alpha only.
  it('sorts entries by name and minifies to the given context', () => {
    const s = testSession();
    for (const line of [
      'kubectl config set-cluster zc --server=https://z:6443',
      'kubectl config set-credentials zu --token=abc',
      'kubectl config set-context zeta --cluster=zc --user=zu',
      'kubectl config set-context alpha --cluster=kind-kind --user=kind-kind --namespace=dev',
    ]) expect(run(s, line).code).toBe(0);
    const names = run(s, 'kubectl config view -o jsonpath={.contexts[*].name}').stdout;
    expect(names).toBe('alpha kind-kind zeta');
    const mini = run(s, 'kubectl config view --minify --context=alpha').stdout;
    expect(mini).toContain('current-context: alpha\n');
    expect(mini).toContain('    namespace: dev\n');
    expect(mini).not.toContain('zeta');
  });
});
