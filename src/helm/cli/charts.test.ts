/**
 * Chart commands through the shell: create, template, lint, package, show, version, help.
 * Expected text: helm/helm v3.21.4 cmd/helm (create.go, package.go, lint.go messages,
 * pkg/action/show.go layout, version.go format) and reference/helm.md §1, §8, §9.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { harness, type Harness } from '../../shell/test-harness.js';

let h: Harness;
beforeEach(() => {
  h = harness();
  h.run('helm create mychart');
});

describe('helm create', () => {
  it('writes the starter layout', () => {
    expect(h.workspace.entries('mychart')).toEqual({ ok: true, value: ['.helmignore', 'Chart.yaml', 'charts', 'templates', 'values.yaml'] });
    expect(h.workspace.entries('mychart/templates')).toEqual({ ok: true, value: ['NOTES.txt', '_helpers.tpl', 'deployment.yaml', 'hpa.yaml', 'httproute.yaml', 'ingress.yaml', 'service.yaml', 'serviceaccount.yaml', 'tests'] });
    expect(h.workspace.entries('mychart/templates/tests')).toEqual({ ok: true, value: ['test-connection.yaml'] });
  });

  it('rejects names outside ^[a-zA-Z0-9._-]+$', () => {
    expect(h.run('helm create "bad name"').err).toBe('Error: chart name must match the regular expression "^[a-zA-Z0-9._-]+$"\n');
  });
});

describe('helm template', () => {
  it('renders with release-name and shows one template with --show-only', () => {
    const r = h.run('helm template ./mychart -s templates/service.yaml');
    expect(r.out.startsWith('---\n# Source: mychart/templates/service.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: release-name-mychart\n')).toBe(true);
    expect(r.out).not.toContain('kind: Deployment');
    expect(h.run('helm template x ./mychart -s templates/nope.yaml').err).toBe('Error: could not find template templates/nope.yaml in chart\n');
  });

  it('includes test hooks unless --skip-tests', () => {
    expect(h.run('helm template web ./mychart').out).toContain('# Source: mychart/templates/tests/test-connection.yaml\n');
    expect(h.run('helm template web ./mychart --skip-tests').out).not.toContain('test-connection');
  });
});

describe('helm lint', () => {
  it('reports the starter chart clean but for the icon (INFO)', () => {
    const r = h.run('helm lint mychart');
    expect(r.out).toBe('==> Linting mychart\n[INFO] Chart.yaml: icon is recommended\n\n1 chart(s) linted, 0 chart(s) failed\n');
    expect(r.status).toBe(0);
  });

  it('fails on a template error with the summary as the error', () => {
    h.run("echo '{{ .Values.nope.deeper }}' > mychart/templates/bad.yaml");
    const r = h.run('helm lint mychart');
    expect(r.out).toMatch(/^==> Linting mychart\n\[INFO\] Chart.yaml: icon is recommended\n\[ERROR\] templates\/: template: mychart\/templates\/bad.yaml:1:/);
    expect(r.err).toBe('Error: 1 chart(s) linted, 1 chart(s) failed\n');
    expect(r.status).toBe(1);
  });
});

describe('helm package', () => {
  it('writes NAME-VERSION.tgz in the current directory, a real gzipped tar with NAME/ on top', () => {
    const r = h.run('helm package mychart');
    expect(r.out).toBe(`Successfully packaged chart and saved it to: ${h.dir}/mychart-0.1.0.tgz\n`);
    const list = execFileSync('tar', ['-tzf', join(h.dir, 'mychart-0.1.0.tgz')], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(list[0]).toBe('mychart/Chart.yaml');
    expect(list).toContain('mychart/templates/deployment.yaml');
    expect(list.every((e) => e.startsWith('mychart/'))).toBe(true);
  });

  it('is byte-stable for the same chart and time, and installable', () => {
    h.run('helm package mychart');
    const a = execFileSync('sha256sum', [join(h.dir, 'mychart-0.1.0.tgz')], { encoding: 'utf8' }).split(' ')[0];
    h.run('helm package mychart');
    expect(execFileSync('sha256sum', [join(h.dir, 'mychart-0.1.0.tgz')], { encoding: 'utf8' }).split(' ')[0]).toBe(a);
    expect(h.run('helm install web mychart-0.1.0.tgz').out).toMatch(/^NAME: web\n/);
  });

  it('--version overrides and -d writes elsewhere', () => {
    h.run('mkdir out');
    expect(h.run('helm package mychart --version 1.2.3 -d out').out).toBe('Successfully packaged chart and saved it to: out/mychart-1.2.3.tgz\n');
  });
});

describe('helm show', () => {
  it('chart prints Chart.yaml re-marshalled with sorted keys and a blank line (show.go)', () => {
    expect(h.run('helm show chart ./mychart').out).toBe(
      'apiVersion: v2\nappVersion: 1.16.0\ndescription: A Helm chart for Kubernetes\nname: mychart\ntype: application\nversion: 0.1.0\n\n',
    );
  });

  it('values prints values.yaml as written', () => {
    expect(h.run('helm show values ./mychart').out.startsWith('# Default values for mychart.\n')).toBe(true);
  });
});

describe('helm version, help, env', () => {
  it('version prints BuildInfo', () => {
    expect(h.run('helm version').out).toMatch(/^version\.BuildInfo\{Version:"v3\.21\.\d+", GitCommit:"[0-9a-f]{40}", GitTreeState:"clean", GoVersion:"go1\.\d+\.\d+"\}\n$/);
  });

  it('--help uses cobra\'s layout with Aliases and Global Flags', () => {
    const r = h.run('helm uninstall --help');
    expect(r.out).toContain('\n\nUsage:\n  helm uninstall RELEASE_NAME [...] [flags]\n\nAliases:\n  uninstall, del, delete, un\n\nFlags:\n');
    expect(r.out).toContain('      --keep-history         remove all associated resources and mark the release as deleted, but retain the release history\n');
    expect(r.out).toContain('\nGlobal Flags:\n');
    expect(h.run('helm help uninstall').out).toBe(r.out);
  });

  it('env prints KEY="value" lines sorted', () => {
    expect(h.run('helm env').out).toMatch(/^HELM_BIN="helm"\n[\s\S]*HELM_NAMESPACE="default"\n/);
  });
});

describe('helm template errors', () => {
  it('adds the --debug hint to rendering errors (template.go)', () => {
    h.run("echo '{{ .Values.nope.deeper }}' > mychart/templates/bad.yaml");
    const r = h.run('helm template web ./mychart');
    expect(r.err).toMatch(/^Error: template: mychart\/templates\/bad\.yaml:1:\d+: executing "mychart\/templates\/bad\.yaml" at <\.Values\.nope\.deeper>: nil pointer evaluating interface \{\}\.deeper\n\nUse --debug flag to render out invalid YAML\n$/);
  });
});
