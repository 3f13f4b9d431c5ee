// Builds the oracle input: the template edge cases plus whole-chart cases (the `helm create`
// starter, compiled from src/helm/starter by generate.sh, and the seed's echo chart).
// Usage: node build-input.mjs STARTER_JS > input.json
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildInput } from './cases.mjs';

const [starterJs] = process.argv.slice(2);
const { starterFiles } = await import(starterJs);

function readTree(dir) {
  const out = {};
  const walk = (d) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

/** Whole-chart cases: [name, chart, value overrides (YAML), release overrides]. */
export const chartCases = [
  ['starter-default', 'mychart', ''],
  ['starter-nodeport', 'mychart', 'service:\n  type: NodePort\n'],
  ['starter-loadbalancer', 'mychart', 'service:\n  type: LoadBalancer\n  port: 8080\n'],
  ['starter-ingress', 'mychart', 'ingress:\n  enabled: true\n  className: nginx\n  annotations:\n    kubernetes.io/tls-acme: "true"\n  tls:\n    - secretName: tls1\n      hosts: [chart-example.local]\n'],
  ['starter-autoscaling', 'mychart', 'autoscaling:\n  enabled: true\n  targetMemoryUtilizationPercentage: 70\nserviceAccount:\n  create: false\n'],
  ['starter-extras', 'mychart', 'podAnnotations:\n  prometheus.io/scrape: "true"\npodLabels:\n  tier: web\nresources:\n  limits:\n    cpu: 100m\n    memory: 128Mi\nimagePullSecrets:\n  - name: regcred\ntolerations:\n  - key: k\n    operator: Exists\n    effect: NoSchedule\nnodeSelector:\n  disktype: ssd\nimage:\n  tag: "1.27"\nfullnameOverride: web\n'],
  ['starter-httproute', 'mychart', 'httpRoute:\n  enabled: true\n'],
  ['starter-release-contains-name', 'mychart', '', { Name: 'mychart-prod' }],
  ['starter-httproute-no-hostnames', 'mychart', 'httpRoute:\n  enabled: true\n  hostnames: []\n  rules: []\n'],
  ['starter-ingress-paths', 'mychart', 'ingress:\n  enabled: true\n  hosts:\n    - host: a.b\n      paths:\n        - path: /x\n          pathType: Prefix\n        - path: /y\n'],
  ['starter-named-serviceaccount', 'mychart', 'serviceAccount:\n  create: false\n  name: builder\n'],
  ['starter-hpa-no-cpu', 'mychart', 'autoscaling:\n  enabled: true\n  targetCPUUtilizationPercentage: 0\n'],
  ['starter-overrides', 'mychart', 'nameOverride: web\nimage:\n  repository: httpd\n  pullPolicy: Always\nreplicaCount: 3\nsecurityContext:\n  runAsNonRoot: true\n  capabilities:\n    drop: [ALL]\nvolumes:\n  - name: foo\n    secret:\n      secretName: mysecret\nvolumeMounts:\n  - name: foo\n    mountPath: /etc/foo\n    readOnly: true\n'],
  ['echo-default', 'echo', ''],
  ['echo-ingress', 'echo', 'ingress:\n  enabled: true\n  annotations:\n    nginx.ingress.kubernetes.io/rewrite-target: /\n'],
];

const input = buildInput();
const starter = starterFiles('mychart');
const echo = readTree(new URL('../../src/helm/testdata/charts/echo', import.meta.url).pathname);
for (const [name, chart, values, release] of chartCases) {
  input.cases.push({ name, chart, files: chart === 'echo' ? echo : starter, values, release });
}
process.stdout.write(JSON.stringify(input));
