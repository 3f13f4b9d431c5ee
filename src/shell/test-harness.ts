/** Test helper: a shell on a fresh cluster with a temporary workspace, collecting output. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cluster } from '../sim/index.js';
import type { ShellOutput } from './exec.js';
import { Shell, type ShellOptions } from './shell.js';
import { Workspace } from './workspace.js';

export interface Harness {
  shell: Shell;
  cluster: Cluster;
  workspace: Workspace;
  dir: string;
  chunks: ShellOutput[];
  /** Runs a (possibly multi-line) input and returns what it printed since the last call. */
  run(input: string): { out: string; err: string; status: number };
}

export function harness(opts: Partial<ShellOptions> = {}): Harness {
  const dir = mkdtempSync(join(tmpdir(), 'kubedojo-shell-'));
  const cluster = opts.cluster ?? Cluster.create({ seed: 1 });
  const workspace = opts.workspace ?? new Workspace(dir);
  const chunks: ShellOutput[] = [];
  const shell = new Shell({ env: { HOME: '/home/learner' }, ...opts, cluster, workspace, sink: (c) => chunks.push(c) });
  return {
    shell,
    cluster,
    workspace,
    dir: workspace.root,
    chunks,
    run(input) {
      chunks.length = 0;
      const r = shell.run(input, { atEof: true });
      const status = r.kind === 'done' ? r.status : -1;
      return {
        out: chunks.filter((c) => c.stream === 'out').map((c) => c.text).join(''),
        err: chunks.filter((c) => c.stream === 'err').map((c) => c.text).join(''),
        status,
      };
    },
  };
}
