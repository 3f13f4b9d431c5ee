/** Helm figures: `helm template` of the starter chart, and `helm install --wait` of it. */
import { performance } from 'node:perf_hooks';
import { Cluster } from '../src/sim/index.js';
import { runHelm, type HelmSession } from '../src/helm/cli/index.js';
import { MemoryFiles } from '../src/helm/cli/memory-files.js';
import { newRepoState } from '../src/helm/repo/index.js';

type Figure = { value: number; unit: string } | { na: string };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function session(cluster: Cluster): HelmSession {
  const files = new MemoryFiles();
  return { cluster, files, env: {}, contextNamespace: '', client: () => cluster.client(), repos: newRepoState() };
}

const quiet = { out: () => {}, err: () => {} };

/** Median of 9 in-process `helm template x ./mychart` runs (after one warm-up). */
export function helmTemplateStarter(): Figure {
  const s = session(Cluster.create({ seed: 1 }));
  if (runHelm(['create', 'mychart'], s, quiet) !== 0) return { na: 'helm create failed' };
  if (runHelm(['template', 'x', './mychart'], s, quiet) !== 0) return { na: 'helm template failed' };
  const runs = Array.from({ length: 9 }, () => {
    const t0 = performance.now();
    runHelm(['template', 'x', './mychart'], s, quiet);
    return performance.now() - t0;
  });
  return { value: Math.round(median(runs) * 10) / 10, unit: 'ms' };
}

/** Median of 5 `helm install --wait` runs of the starter chart, each on a fresh cluster. */
export function helmInstallWait(): Figure {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const s = session(Cluster.create({ seed: 1 }));
    runHelm(['create', 'mychart'], s, quiet);
    let err = '';
    const t0 = performance.now();
    const code = runHelm(['install', 'web', './mychart', '--wait'], s, { out: () => {}, err: (t) => (err += t) });
    runs.push(performance.now() - t0);
    if (code !== 0) return { na: `helm install --wait failed: ${err.trim()}` };
  }
  return { value: Math.round(median(runs) * 10) / 10, unit: 'ms' };
}
