/**
 * The write verbs' -o formats (cli-runtime PrintFlags: json, yaml, name and the template
 * formats, not custom-columns or wide). Expected output: the real kubectl 1.33,
 * `kubectl create deployment x --image=nginx --dry-run=client -o ...` (client-side only).
 */
import { describe, expect, it } from 'vitest';
import { run, testSession } from '../testing/index.js';

describe('write verbs print the template formats', () => {
  it('jsonpath and go-template, as kubectl 1.33', () => {
    const s = testSession();
    expect(run(s, "kubectl create deployment x --image=nginx --dry-run=client -o jsonpath='{.spec.replicas}'")).toMatchObject({ code: 0, stdout: '1', stderr: '' });
    expect(run(s, "kubectl create deployment x --image=nginx --dry-run=client -o go-template='{{.metadata.name}}'")).toMatchObject({ code: 0, stdout: 'x', stderr: '' });
    expect(run(s, `kubectl create configmap c --from-literal=a=b --dry-run=client -o jsonpath='{.data.a}{"\\n"}'`)).toMatchObject({ code: 0, stdout: 'b\n' });
    expect(run(s, "kubectl create token default --duration=1h -o jsonpath='{.spec.expirationSeconds}'")).toMatchObject({ code: 0, stdout: '3600' });
  });

  it('refuses custom-columns and a template format without a template', () => {
    const s = testSession();
    expect(run(s, 'kubectl create deployment x --image=nginx --dry-run=client -o custom-columns=N:.metadata.name')).toMatchObject({
      code: 1, stdout: '',
      stderr: 'error: unable to match a printer suitable for the output format "custom-columns=N:.metadata.name", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n',
    });
    expect(run(s, 'kubectl create deployment x --image=nginx --dry-run=client -o jsonpath')).toMatchObject({ code: 1, stderr: 'error: template format specified but no template given\n' });
  });
});

describe('apply -o jsonpath', () => {
  it('prints the applied object through the template (apply.go uses the same PrintFlags)', () => {
    const s = testSession();
    s.files.write('c.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\n');
    expect(run(s, "kubectl apply -f c.yaml -o jsonpath='{.data.a}'")).toMatchObject({ code: 0, stdout: 'b', stderr: '' });
  });
});
