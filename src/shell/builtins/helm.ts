/**
 * `helm`: the emulated Helm v3.21 against the simulated cluster, acting as the current
 * kubeconfig context's user, with the learner's workspace for charts and archives.
 * Repositories added with `helm repo add` live as long as the shell.
 */
import * as fs from 'node:fs';
import { newRepoState, runHelm, type HelmFiles, type HelmSession, type RepoState } from '../../helm/index.js';
import { clientFor } from '../../kubectl/identity.js';
import { currentContext } from '../../kubectl/kubeconfig.js';
import type { Builtin, ShellState } from '../state.js';
import type { Workspace } from '../workspace.js';

const repoStates = new WeakMap<ShellState, RepoState>();

function helmFiles(ws: Workspace): HelmFiles {
  const notFound = (p: string): { ok: false; error: string } => ({ ok: false, error: `open ${p}: no such file or directory` });
  return {
    read: (p) => ws.read(p),
    stat: (p) => ws.stat(p),
    list: (p) => ws.list(p),
    write: (p, d) => ws.write(p, d),
    join: (a, b) => ws.join(a, b),
    cwd: () => ws.pwd(),
    readBytes(p) {
      const r = ws.resolve(p);
      if (!r.ok || ws.stat(p) !== 'file') return notFound(p);
      return { ok: true, data: new Uint8Array(fs.readFileSync(r.value)) };
    },
    writeBytes(p, data) {
      const r = ws.resolve(p);
      if (!r.ok) return notFound(p);
      try {
        fs.writeFileSync(r.value, data);
        return { ok: true };
      } catch {
        return notFound(p);
      }
    },
    mkdir(p) {
      const r = ws.mkdir(p, true);
      return r.ok ? { ok: true } : { ok: false, error: `mkdir ${p}: not a directory` };
    },
  };
}

export const helm: Builtin = (ctx) => {
  const k = ctx.shell.kubectl();
  let repos = repoStates.get(ctx.shell);
  if (!repos) {
    repos = newRepoState();
    repoStates.set(ctx.shell, repos);
  }
  const session: HelmSession = {
    cluster: ctx.shell.cluster,
    files: helmFiles(ctx.shell.workspace),
    env: ctx.env,
    contextNamespace: k.kubeconfig ? (currentContext(k.kubeconfig)?.namespace ?? '') : '',
    // Without a kubeconfig (a stubbed kubectl session) helm acts as the cluster admin.
    client: (context, as, groups) => (k.kubeconfig ? clientFor(k.cluster, k.kubeconfig, context ?? '', as ?? '', groups ?? []).client : ctx.shell.cluster.client()),
    repos,
  };
  return runHelm(ctx.args, session, { out: ctx.out, err: ctx.err, stdin: ctx.stdin });
};
