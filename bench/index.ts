/**
 * `npm run bench`: performance figures, one line each, `figure NAME VALUE UNIT`
 * (or `figure NAME n/a REASON` when a piece it needs is missing). Wall time is measured
 * here, outside the simulator, with performance.now(); each figure is a median.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Cluster, R, type KObject, type NodeConfig } from '../src/sim/index.js';
import { newKubectlSession, runKubectl } from '../src/kubectl/index.js';
import { Workspace } from '../src/shell/index.js';
import { cronJob24h } from './cronjob.js';
import { runScript, SCRIPT_20 } from './script.js';
import { gradeBatch200, gradeOne } from './grade.js';
import { helmInstallWait, helmTemplateStarter } from './helm.js';
import { tuiFirstPaint } from './tui.js';
import { realKubectlGetPods, serveGetPodsRoundtrip } from './serve.js';

type Figure = { value: number; unit: string } | { na: string };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function timed(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** The first cluster of a process pays for compiling the simulator's code; reported apart. */
let coldClusterMs: number | undefined;

function emptyClusterCold(): Figure {
  return coldClusterMs === undefined ? { na: 'measured with empty-cluster-settle-ms' } : { value: round(coldClusterMs), unit: 'ms' };
}

function emptyClusterSettle(): Figure {
  coldClusterMs = timed(() => Cluster.create({ seed: 1 }).settle());
  const runs = Array.from({ length: 9 }, (_, i) => timed(() => Cluster.create({ seed: i + 2 }).settle()));
  return { value: round(median(runs)), unit: 'ms' };
}

/** Enough worker nodes for `replicas` pods plus the surge. */
function nodesFor(replicas: number): NodeConfig[] {
  const workers = Math.ceil((replicas * 1.3) / 110) + 1;
  return [
    { name: 'kind-control-plane', role: 'control-plane', cpu: '4', memory: '8Gi', pods: 110 },
    ...Array.from({ length: workers }, (_, i): NodeConfig => ({ name: i ? `kind-worker${i + 1}` : 'kind-worker', role: 'worker', cpu: '64', memory: '256Gi', pods: 110 })),
  ];
}

function deployment(replicas: number): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'nginx', namespace: 'default' },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'nginx' } },
      template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.16.1' }] } },
    },
  } as KObject;
}

function rollout(replicas: number): Figure {
  const cluster = Cluster.create({ seed: 1, nodes: nodesFor(replicas) });
  const client = cluster.client();
  const created = client.create(R.deployments, 'default', deployment(replicas));
  if (!created.ok) return { na: `cannot create a Deployment: ${created.status.message}` };
  const get = (): KObject | undefined => cluster.store.get('deployments.apps', 'default', 'nginx');
  const status = (): Record<string, number> => (get()?.status ?? {}) as Record<string, number>;
  const available = (): boolean => status().availableReplicas === replicas && status().updatedReplicas === replicas;
  if (!cluster.advanceUntil(available, 30 * 60_000)) {
    return { na: `the Deployment never became available (${status().availableReplicas ?? 0}/${replicas}): controllers or node model missing` };
  }
  const patched = client.patch(R.deployments, 'default', 'nginx', { spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.17.0' }] } } } });
  if (!patched.ok) return { na: `cannot patch the Deployment: ${patched.status.message}` };
  const oldGone = (): boolean =>
    [...cluster.store.scan('replicasets.apps')]
      .filter((rs) => rs.metadata.namespace === 'default' && (rs.spec as { template: { spec: { containers: { image: string }[] } } }).template.spec.containers[0].image === 'nginx:1.16.1')
      .every((rs) => (rs.status as { replicas?: number } | undefined)?.replicas === 0 && (rs.spec as { replicas: number }).replicas === 0);
  const done = (): boolean => {
    const s = status();
    return s.updatedReplicas === replicas && s.availableReplicas === replicas && s.replicas === replicas && oldGone();
  };
  let completed = false;
  const ms = timed(() => {
    completed = cluster.advanceUntil(done, 60 * 60_000);
  });
  if (!completed) return { na: 'the rollout did not complete within an hour of virtual time' };
  return { value: round(ms), unit: 'ms' };
}

function get5000Pods(): Figure {
  const cluster = Cluster.create({ seed: 1 });
  const client = cluster.client();
  for (let i = 0; i < 5000; i++) {
    const r = client.create(R.pods, 'default', {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: `pod-${String(i).padStart(4, '0')}`, labels: { app: 'bench' } },
      spec: { containers: [{ name: 'c', image: 'nginx:1.17.0' }] },
    } as KObject);
    if (!r.ok) return { na: `cannot create pods: ${r.status.message}` };
  }
  cluster.settle();
  const ws = new Workspace(mkdtempSync(join(tmpdir(), 'kubedojo-bench-')));
  const session = newKubectlSession(cluster, ws);
  let bytes = 0;
  let code = 0;
  const runs = Array.from({ length: 3 }, () =>
    timed(() => {
      bytes = 0;
      code = runKubectl(['get', 'pods'], session, { out: (t) => (bytes += t.length), err: () => {} });
    }),
  );
  if (code !== 0 || bytes === 0) return { na: '`kubectl get pods` is not available yet' };
  return { value: round(median(runs)), unit: 'ms' };
}

function run20Commands(): Figure {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dir = mkdtempSync(join(tmpdir(), 'kubedojo-bench-run-'));
  const script = join(dir, 'commands.sh');
  writeFileSync(script, SCRIPT_20);
  const bin = join(root, 'bin', 'kubedojo.js');
  const once = (): { ms: number; out: string } => {
    const t0 = performance.now();
    const out = runScript(bin, script);
    return { ms: performance.now() - t0, out };
  };
  const first = once();
  if (!first.out.includes('successfully rolled out')) return { na: 'the script did not roll out (kubectl verbs missing?)' };
  const runs = [first.ms, ...Array.from({ length: 4 }, () => once().ms)];
  return { value: round(median(runs)), unit: 'ms' };
}

const FIGURES: [string, () => Figure | Promise<Figure>][] = [
  ['empty-cluster-settle-ms', emptyClusterSettle],
  ['empty-cluster-settle-cold-ms', emptyClusterCold],
  ['rollout-100-replicas-ms', () => rollout(100)],
  ['rollout-1000-replicas-ms', () => rollout(1000)],
  ['get-5000-pods-ms', get5000Pods],
  ['run-20-commands-process-ms', run20Commands],
  ['cronjob-24h-every-minute-ms', cronJob24h],
  ['grade-one-ms', gradeOne],
  ['grade-batch-200-ms', gradeBatch200],
  ['helm-template-starter-ms', helmTemplateStarter],
  ['helm-install-wait-ms', helmInstallWait],
  ['tui-first-paint-ms', tuiFirstPaint],
  ['serve-get-pods-roundtrip-ms', serveGetPodsRoundtrip],
  ['real-kubectl-get-pods-ms', realKubectlGetPods],
];

for (const [name, measure] of FIGURES) {
  let f: Figure;
  try {
    f = await measure();
  } catch (e) {
    f = { na: `crashed: ${(e as Error).message.split('\n')[0]}` };
  }
  process.stdout.write('na' in f ? `figure ${name} n/a ${f.na}\n` : `figure ${name} ${f.value} ${f.unit}\n`);
}
