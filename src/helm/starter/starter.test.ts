import { describe, expect, it } from 'vitest';
import { loadChartFromFiles } from '../chart/load.js';
import { mergeValues } from '../chart/values.js';
import { renderChart, templateText } from '../render.js';
import { createStarterChart, starterFiles } from './index.js';

function render(set: string[] = [], release = 'myrel') {
  const loaded = loadChartFromFiles(starterFiles('mychart'));
  if (!loaded.ok) throw new Error(loaded.error);
  const v = mergeValues(loaded.chart, { set });
  if (!v.ok) throw new Error(v.error);
  const r = renderChart(loaded.chart, v.config, { release: { name: release, namespace: 'default', isInstall: true } });
  if (!r.ok) throw new Error(r.error);
  return r;
}

// Expected text: shared/reference/helm.md §1.5 (oracle render of `helm template myrel ./mychart`).
const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: myrel-mychart
  labels:
    helm.sh/chart: mychart-0.1.0
    app.kubernetes.io/name: mychart
    app.kubernetes.io/instance: myrel
    app.kubernetes.io/version: "1.16.0"
    app.kubernetes.io/managed-by: Helm
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: mychart
      app.kubernetes.io/instance: myrel
  template:
    metadata:
      labels:
        helm.sh/chart: mychart-0.1.0
        app.kubernetes.io/name: mychart
        app.kubernetes.io/instance: myrel
        app.kubernetes.io/version: "1.16.0"
        app.kubernetes.io/managed-by: Helm
    spec:
      serviceAccountName: myrel-mychart
      containers:
        - name: mychart
          image: "nginx:1.16.0"
          imagePullPolicy: IfNotPresent
          ports:
            - name: http
              containerPort: 80
              protocol: TCP
          livenessProbe:
            httpGet:
              path: /
              port: http
          readinessProbe:
            httpGet:
              path: /
              port: http`;

describe('helm create starter chart', () => {
  it('renders the reference deployment (§1.5)', () => {
    const r = render();
    const dep = r.manifests.find((m) => m.head.kind === 'Deployment')!;
    expect(dep.content).toBe(DEPLOYMENT);
  });

  it('orders serviceaccount, service, deployment, then the test hook', () => {
    const r = render();
    expect(r.manifests.map((m) => m.name)).toEqual([
      'mychart/templates/serviceaccount.yaml',
      'mychart/templates/service.yaml',
      'mychart/templates/deployment.yaml',
    ]);
    expect(r.hooks.map((h) => h.path)).toEqual(['mychart/templates/tests/test-connection.yaml']);
    const text = templateText(r);
    expect(text.startsWith('---\n# Source: mychart/templates/serviceaccount.yaml\napiVersion: v1\nkind: ServiceAccount\n')).toBe(true);
    expect(text).toContain('automountServiceAccountToken: true\n---\n# Source: mychart/templates/service.yaml\n');
    expect(text).toContain('  name: "myrel-mychart-test-connection"\n');
    expect(text).toContain("      args: ['myrel-mychart:80']\n");
  });

  it('NOTES for ClusterIP and for ingress', () => {
    const r = render();
    expect(r.notes).toContain('--namespace default');
    expect(r.notes).toContain('app.kubernetes.io/name=mychart,app.kubernetes.io/instance=myrel');
    expect(r.notes.trim().split('\n').filter((l) => l.startsWith('  ')).length).toBe(4);
    const ing = render(['ingress.enabled=true']);
    expect(ing.notes).toBe('1. Get the application URL by running these commands:\n  http://chart-example.local/\n');
    expect(ing.manifests.map((m) => m.head.kind)).toContain('Ingress');
  });

  it('uses the release name as fullname when it contains the chart name', () => {
    const r = render([], 'mychart-prod');
    expect(r.manifests.find((m) => m.head.kind === 'Deployment')!.content).toContain('  name: mychart-prod\n');
  });

  it('validates the chart name', () => {
    expect(createStarterChart('bad name')).toEqual({ ok: false, error: 'chart name must match the regular expression "^[a-zA-Z0-9._-]+$"' });
    const ok = createStarterChart('mychart');
    expect(ok.ok && Object.keys(ok.files)).toContain('mychart/templates/tests/test-connection.yaml');
  });
});
