/**
 * `type: kubectl-output` — what a read-only kubectl command prints at grading time, as the
 * cluster admin: logs, `auth can-i`, `rollout history`…
 *   { type: kubectl-output, args: [logs, -l, app=pingpong, --tail=-1], matches: 'pong!', minMatches: 3 }
 * The command comes from the scenario (never from the submission); it sees no files.
 */
import { z } from 'zod';
import { newKubectlSession, runKubectl, type KubectlFiles } from '../../src/kubectl/index.js';
import type { CheckType } from '../types.js';

/** Read-only verbs: grading must not change what it grades. */
const READ_ONLY = new Set(['get', 'describe', 'logs', 'top', 'auth', 'rollout', 'explain', 'api-resources', 'version', 'events']);

const regex = z.string().refine((s) => { try { new RegExp(s); return true; } catch { return false; } }, { message: 'not a valid regular expression' });

const schema = z.object({
  args: z.array(z.string()).min(1).refine((a) => READ_ONLY.has(a[0]) && (a[0] !== 'rollout' || ['history', 'status'].includes(a[1] ?? '')), { message: `must be a read-only kubectl command (${[...READ_ONLY].join(', ')}; rollout history/status)` }),
  /** Regular expression that must match the output (stdout). */
  matches: regex.optional(),
  /** Regular expression that must not match. */
  notMatches: regex.optional(),
  /** Times `matches` must match (across lines). */
  minMatches: z.number().int().min(1).default(1),
  exitCode: z.number().int().optional(),
}).strict().refine((p) => p.matches !== undefined || p.notMatches !== undefined || p.exitCode !== undefined, { message: 'needs matches, notMatches or exitCode' });

const NO_FILES: KubectlFiles = {
  read: (p) => ({ ok: false, error: `open ${p}: no such file or directory` }),
  stat: () => undefined,
  list: () => [],
  write: () => ({ ok: false, error: 'read-only' }),
  join: (d, n) => `${d}/${n}`,
};

export const kubectlOutputCheck: CheckType<z.infer<typeof schema>> = {
  schema,
  run(p, ctx) {
    let out = '';
    let err = '';
    const cmd = `kubectl ${p.args.join(' ')}`;
    // `rollout status` and `logs -f` would wait: give them no virtual time to spend.
    const session = newKubectlSession(ctx.cluster, NO_FILES, { watchWindowMs: 0 });
    const code = runKubectl(p.args, session, { out: (t) => { out += t; }, err: (t) => { err += t; } });
    const problems: string[] = [];
    if (p.exitCode !== undefined && code !== p.exitCode) problems.push(`exit status ${p.exitCode}`);
    if (p.matches !== undefined) {
      const n = [...out.matchAll(new RegExp(p.matches, 'gm'))].length;
      if (n < p.minMatches) problems.push(`output matching /${p.matches}/${p.minMatches > 1 ? ` ${p.minMatches} times (found ${n})` : ''}`);
    }
    if (p.notMatches !== undefined && new RegExp(p.notMatches, 'm').test(out)) problems.push(`no output matching /${p.notMatches}/`);
    const shown = (out || err).trim().split('\n').slice(0, 3).join(' | ').slice(0, 200);
    return problems.length
      ? { passed: false, message: `expected "${cmd}" to give ${problems.join(' and ')}, found exit status ${code}: ${shown || '(no output)'}` }
      : { passed: true, message: `"${cmd}" printed what was expected` };
  },
};
