/**
 * Chart-level rendering rules from shared/reference/helm.md §3 (helm/helm pkg/engine/engine.go,
 * pkg/releaseutil/manifest_sorter.go, kind_sorter.go, pkg/chartutil/dependencies.go).
 */
import { describe, expect, it } from 'vitest';
import { loadChartFromFiles } from './chart/load.js';
import { mergeValues } from './chart/values.js';
import { splitManifests } from './manifests.js';
import { renderChart, templateText } from './render.js';

function render(files: Record<string, string>, set: string[] = []) {
  const l = loadChartFromFiles({ 'Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\n', ...files });
  if (!l.ok) return { ok: false as const, error: l.error };
  const v = mergeValues(l.chart, { set });
  if (!v.ok) return v;
  return renderChart(l.chart, v.config, { release: { name: 'rel', namespace: 'ns1', isInstall: true } });
}

describe('manifest ordering', () => {
  it('sorts by install order across files, keeping file order within a kind, unknown kinds last', () => {
    const r = render({
      'templates/a.yaml': 'kind: Deployment\nmetadata: {name: d}\n---\nkind: Widget\nmetadata: {name: w}\n---\nkind: Service\nmetadata: {name: s1}',
      'templates/b.yaml': 'kind: Service\nmetadata: {name: s2}\n---\nkind: Gadget\nmetadata: {name: g}\n---\nkind: Namespace\nmetadata: {name: ns}',
    });
    expect(r.ok && r.manifests.map((m) => `${m.head.kind}/${m.head.name}`)).toEqual([
      'Namespace/ns', 'Service/s1', 'Service/s2', 'Deployment/d', 'Gadget/g', 'Widget/w',
    ]);
  });

  it('splits documents on --- lines and drops empty ones', () => {
    expect(splitManifests('\n---\na: 1\n---   \n\nb: 2\n---\n')).toEqual(['a: 1', 'b: 2']);
  });

  it('separates hooks, with events, weight and delete policy', () => {
    const r = render({
      'templates/job.yaml': 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n  annotations:\n    "helm.sh/hook": pre-install,pre-upgrade\n    "helm.sh/hook-weight": "-5"\n    "helm.sh/hook-delete-policy": hook-succeeded\n',
      'templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n',
    });
    expect(r.ok && r.hooks).toEqual([{
      name: 'migrate', kind: 'Job', path: 'app/templates/job.yaml',
      manifest: r.ok ? r.hooks[0]!.manifest : '', events: ['pre-install', 'pre-upgrade'], weight: -5, deletePolicies: ['hook-succeeded'], outputLogPolicies: [],
    }]);
    expect(r.ok && templateText(r)).toBe('---\n# Source: app/templates/cm.yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n---\n# Source: app/templates/job.yaml\n' + (r.ok ? r.hooks[0]!.manifest : '') + '\n');
  });

  it('drops a document whose hook type is unknown (manifest_sorter.go)', () => {
    const r = render({ 'templates/j.yaml': 'kind: Job\nmetadata:\n  name: j\n  annotations:\n    helm.sh/hook: pre-install,bogus\n' });
    expect(r.ok && [r.manifests.length, r.hooks.length]).toEqual([0, 0]);
  });

  it('reports YAML that does not parse with the file name', () => {
    const r = render({ 'templates/bad.yaml': 'just text' });
    expect(!r.ok && r.error).toBe('YAML parse error on app/templates/bad.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go value of type releaseutil.SimpleHead');
  });
});

describe('subcharts', () => {
  const files = {
    'Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\ndependencies:\n  - name: db\n    version: 1.0.0\n    condition: db.enabled\n',
    'values.yaml': 'global:\n  env: prod\ndb:\n  enabled: true\n  size: 10\n',
    'templates/_h.tpl': '{{ define "shared" }}parent{{ end }}',
    'templates/cm.yaml': 'kind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-app\ndata:\n  who: {{ include "shared" . }}\n  dbsize: "{{ .Values.db.size }}"\n  sub: {{ .Subcharts.db.Values.size | quote }}',
    'charts/db/Chart.yaml': 'apiVersion: v2\nname: db\nversion: 1.0.0\n',
    'charts/db/values.yaml': 'size: 1\nuser: admin\n',
    'charts/db/templates/_h.tpl': '{{ define "shared" }}sub{{ end }}',
    'charts/db/templates/cm.yaml': 'kind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-db\ndata:\n  who: {{ include "shared" . }}\n  size: "{{ .Values.size }}"\n  user: {{ .Values.user }}\n  env: {{ .Values.global.env }}\n  chart: {{ .Chart.Name }}\n  tpl: {{ .Template.Name }}',
  };

  it('renders subchart templates with their own values, globals, and the parent define winning', () => {
    const r = render(files);
    if (!r.ok) throw new Error(r.error);
    expect(r.files.get('app/charts/db/templates/cm.yaml')).toBe('kind: ConfigMap\nmetadata:\n  name: rel-db\ndata:\n  who: parent\n  size: "10"\n  user: admin\n  env: prod\n  chart: db\n  tpl: app/charts/db/templates/cm.yaml');
    expect(r.files.get('app/templates/cm.yaml')).toContain('dbsize: "10"\n  sub: "10"');
  });

  it('drops a subchart whose condition is false', () => {
    const r = render({ ...files, 'templates/cm.yaml': 'kind: ConfigMap\nmetadata:\n  name: only' }, ['db.enabled=false']);
    expect(r.ok && [...r.files.keys()]).toEqual(['app/templates/cm.yaml']);
  });

  it('requires declared dependencies to be present in charts/', () => {
    const r = render({ 'Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\ndependencies:\n  - name: redis\n    version: 1.0.0\n' });
    expect(!r.ok && r.error).toBe('An error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: redis');
  });
});

describe('chart kinds and notes', () => {
  it('refuses library charts', () => {
    const r = render({ 'Chart.yaml': 'apiVersion: v2\nname: lib\nversion: 0.1.0\ntype: library\n' });
    expect(r).toEqual({ ok: false, error: 'library charts are not installable' });
  });

  it('takes NOTES.txt of the top chart only and keeps it out of the manifest', () => {
    const r = render({ 'templates/NOTES.txt': 'Hello {{ .Release.Name }} in {{ .Release.Namespace }}\n', 'templates/cm.yaml': 'kind: ConfigMap\nmetadata: {name: x}' });
    expect(r.ok && r.notes).toBe('Hello rel in ns1\n');
    expect(r.ok && r.manifest).toBe('---\n# Source: app/templates/cm.yaml\nkind: ConfigMap\nmetadata: {name: x}\n');
  });

  it('gives {} for AsConfig/AsSecrets of no files and [] for Lines of a missing file (pkg/engine/files.go)', () => {
    const r = render({ 'templates/cm.yaml': 'kind: ConfigMap\nmetadata: {name: x}\ndata:\n  a: {{ .Files.AsConfig | quote }}\n  b: {{ (.Files.Glob "nope/*").AsSecrets | quote }}\n  c: "{{ .Files.Lines "nope" }}"' });
    expect(r.ok && r.files.get('app/templates/cm.yaml')).toBe('kind: ConfigMap\nmetadata: {name: x}\ndata:\n  a: "{}"\n  b: "{}"\n  c: "[]"');
  });

  it('reads .Files and .Capabilities', () => {
    const r = render({
      'files/a.conf': 'x=1',
      'files/b.conf': 'y=2',
      'templates/cm.yaml': 'kind: ConfigMap\nmetadata: {name: x}\ndata:\n  a: {{ .Files.Get "files/a.conf" | quote }}\n{{ (.Files.Glob "files/*").AsConfig | indent 2 }}\n  kube: {{ .Capabilities.KubeVersion.Version }}\n  apps: {{ .Capabilities.APIVersions.Has "apps/v1" }}',
    });
    expect(r.ok && r.files.get('app/templates/cm.yaml')).toBe('kind: ConfigMap\nmetadata: {name: x}\ndata:\n  a: "x=1"\n  a.conf: x=1\n  b.conf: y=2\n  kube: v1.33.0\n  apps: true');
  });
});

describe('values.schema.json', () => {
  // Wording of santhosh-tekuri/jsonschema v6 (kind/kind.go, output.go) as helm/helm v3.21.4
  // pkg/chartutil/jsonschema.go trims it.
  it('reports violations per chart', () => {
    const r = render({
      'values.yaml': 'replicaCount: 1\nimage:\n  tag: latest\n',
      'values.schema.json': JSON.stringify({
        type: 'object',
        required: ['image', 'name'],
        properties: { replicaCount: { type: 'integer', minimum: 1 }, image: { type: 'object', properties: { tag: { type: 'string', enum: ['1.0', '2.0'] } } } },
      }),
      'templates/cm.yaml': 'kind: ConfigMap\nmetadata: {name: x}',
    }, ['replicaCount=abc']);
    expect(!r.ok && r.error).toBe(
      "values don't meet the specifications of the schema(s) in the following chart(s):\napp:\n" +
      "- at '': missing property 'name'\n- at '/image/tag': value must be one of '1.0', '2.0'\n- at '/replicaCount': got string, want integer\n",
    );
  });
});

describe('kubeVersion and CRDs', () => {
  it('checks Chart.yaml kubeVersion against the cluster version', () => {
    const r = render({ 'Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\nkubeVersion: ">=1.34.0-0"\n' });
    expect(r).toEqual({ ok: false, error: 'chart requires kubeVersion: >=1.34.0-0 which is incompatible with Kubernetes v1.33.0' });
    expect(render({ 'Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\nkubeVersion: ">=1.25.0-0"\n' }).ok).toBe(true);
  });

  it('prints crds/ files first with --include-crds', () => {
    const r = render({ 'crds/widget.yaml': 'kind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com', 'templates/cm.yaml': 'kind: ConfigMap\nmetadata: {name: x}' });
    expect(r.ok && templateText(r, { includeCrds: true })).toBe('---\n# Source: app/crds/widget.yaml\nkind: CustomResourceDefinition\nmetadata:\n  name: widgets.example.com\n---\n# Source: app/templates/cm.yaml\nkind: ConfigMap\nmetadata: {name: x}\n');
    expect(r.ok && templateText(r)).toBe('---\n# Source: app/templates/cm.yaml\nkind: ConfigMap\nmetadata: {name: x}\n');
  });
});

describe('.Chart struct', () => {
  it('exposes maintainers and dependencies with Go field names', () => {
    const r = render({
      'Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\nmaintainers:\n  - name: Kim\n    email: kim@example.com\n',
      'templates/cm.yaml': 'kind: ConfigMap\nmetadata: {name: x}\ndata:\n  m: "{{ range .Chart.Maintainers }}{{ .Name }} <{{ .Email }}>{{ end }}"\n  t: "{{ .Chart.Type }}|{{ .Chart.APIVersion }}|{{ .Chart.Deprecated }}"',
    });
    expect(r.ok && r.files.get('app/templates/cm.yaml')).toBe('kind: ConfigMap\nmetadata: {name: x}\ndata:\n  m: "Kim <kim@example.com>"\n  t: "|v2|false"');
  });
});

describe('dependency tags (pkg/chartutil/dependencies.go)', () => {
  const files = {
    'Chart.yaml': 'apiVersion: v2\nname: app\nversion: 0.1.0\ndependencies:\n  - name: db\n    version: 1.0.0\n    tags: [backend]\n  - name: cache\n    version: 1.0.0\n    tags: [backend]\n    condition: cache.enabled\n',
    'charts/db/Chart.yaml': 'apiVersion: v2\nname: db\nversion: 1.0.0\n',
    'charts/db/templates/cm.yaml': 'kind: ConfigMap\nmetadata: {name: db}',
    'charts/cache/Chart.yaml': 'apiVersion: v2\nname: cache\nversion: 1.0.0\n',
    'charts/cache/templates/cm.yaml': 'kind: ConfigMap\nmetadata: {name: cache}',
  };
  it('disables by a false tag, with a bool condition taking precedence', () => {
    const r = render(files, ['tags.backend=false', 'cache.enabled=true']);
    expect(r.ok && [...r.files.keys()]).toEqual(['app/charts/cache/templates/cm.yaml']);
  });
});
