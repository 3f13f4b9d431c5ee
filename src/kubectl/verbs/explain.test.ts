// kubectl explain in the OpenAPI v3 plaintext layout (kubernetes/kubectl
// pkg/explain/v2/templates/plaintext.tmpl at v0.33.0): header block, `FIELD: name <type>`
// followed by two blank lines, DESCRIPTION wrapped at 76 and indented 4 with a trailing
// indented empty line, FIELDS as `  name\t<type>` with descriptions wrapped at 76, a final
// blank line; errors as the template throws them.
import { describe, expect, it, vi } from 'vitest';
import { run, testSession } from '../testing/index.js';
import { typeGuess, wordWrap } from './explain.js';

vi.mock('./index.js', async () => ({ VERBS: [(await import('./explain.js')).explainVerb] }));

describe('kubectl explain', () => {
  it('explains a field of a resource', () => {
    expect(run(testSession(), 'kubectl explain deployment.spec.strategy.type').stdout).toBe([
      'GROUP:      apps',
      'KIND:       Deployment',
      'VERSION:    v1',
      '',
      'FIELD: type <string>',
      '',
      '',
      'DESCRIPTION:',
      '    Type of deployment. Can be "Recreate" or "RollingUpdate". Default is',
      '    RollingUpdate.',
      '    ',
      '',
      '',
    ].join('\n'));
  });

  it('lists fields sorted with a tab before the type and -required- markers', () => {
    const out = run(testSession(), 'kubectl explain pods.spec.containers').stdout;
    expect(out.startsWith('KIND:       Pod\nVERSION:    v1\n\nFIELD: containers <[]Container>\n\n\nDESCRIPTION:\n')).toBe(true);
    expect(out).toContain('\nFIELDS:\n  args\t<[]string>\n');
    expect(out).toContain('\n  name\t<string> -required-\n    Name of the container specified as a DNS_LABEL. Each container in a pod must\n    have a unique name (DNS_LABEL). Cannot be updated.\n\n');
    expect(out.endsWith('\n\n\n')).toBe(true);
  });

  it('prints the field tree with --recursive', () => {
    const out = run(testSession(), 'kubectl explain deployment.spec.strategy --recursive').stdout;
    expect(out).toContain('FIELDS:\n  rollingUpdate\t<RollingUpdateDeployment>\n    maxSurge\t<IntOrString>\n    maxUnavailable\t<IntOrString>\n  type\t<string>\n\n');
  });

  it('takes a fully qualified plural as the resource (SplitAndParseResourceRequestWithMatchingPrefix)', () => {
    const s = testSession();
    const plain = run(s, 'kubectl explain deployment.spec.strategy.type').stdout;
    expect(run(s, 'kubectl explain deployments.apps.spec.strategy.type').stdout).toBe(plain);
    expect(run(s, 'kubectl explain deployments.apps').stdout).toContain('KIND:       Deployment\nVERSION:    v1\n\nDESCRIPTION:\n');
    // Only `<plural>.<group>` is matched as a prefix: a short name keeps `apps` as a field.
    expect(run(s, 'kubectl explain deploy.apps')).toMatchObject({ code: 1, stderr: 'error: field "apps" does not exist\n' });
  });

  it("prints apostrophes as the apiserver's schema has them (not JSDoc-escaped)", () => {
    // k8s.io/api networking/v1 types.go, NetworkPolicySpec.Ingress: "...the pod's local node...".
    const out = run(testSession(), 'kubectl explain networkpolicy.spec.ingress').stdout;
    expect(out).toContain("pod's local");
    expect(out).not.toContain("\\'");
  });

  it('reports unknown resources and fields', () => {
    expect(run(testSession(), 'kubectl explain foo')).toMatchObject({ code: 1, stderr: 'error: the server doesn\'t have a resource type "foo"\n' });
    expect(run(testSession(), 'kubectl explain pods.spec.nope')).toMatchObject({ code: 1, stderr: 'error: field "nope" does not exist\n' });
    expect(run(testSession(), 'kubectl explain')).toMatchObject({ code: 1, stderr: 'error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n' });
  });

  it('wraps like go-wordwrap and guesses types like the template', () => {
    expect(wordWrap('aaa bbb ccc', 7)).toBe('aaa bbb\nccc');
    expect(wordWrap('short\nline two here', 8)).toBe('short\nline two\nhere');
    expect(typeGuess('{s}')).toBe('map[string]string');
    expect(typeGuess('[V1Container]')).toBe('[]Container');
    expect(typeGuess('i32')).toBe('integer');
  });
});
