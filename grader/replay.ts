/**
 * Replaying a submission: a fresh cluster brought to the scenario's start, the submission's
 * files in a fresh workspace, the grader's request stream running on the cluster's timers,
 * then each command read as data by the learner's shell, within the scenario's budgets of
 * virtual time and commands. Nothing is executed: the shell interprets, the simulator acts.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseDuration, startScenario, writeFolder, type LoadedScenario } from '../src/course/index.js';
import { sendRequest, type Cluster } from '../src/sim/index.js';
import type { Submission } from './submission.js';
import type { GradeContext, TrafficRecord } from './types.js';

export interface ReplayResult {
  ctx: GradeContext;
  /** What stopped or bent the replay (budgets, refused files), for the report. */
  notes: string[];
  /** Set-up steps that failed (a scenario defect). */
  setupErrors: string[];
}

/** Sends the scenario's request stream every `everyMs` of virtual time until stopped. */
function startTraffic(cluster: Cluster, t: NonNullable<LoadedScenario['scenario']['traffic']>, log: TrafficRecord[]): () => void {
  let stopped = false;
  const tick = (): void => {
    if (stopped) return;
    const r = sendRequest(cluster, { url: `http://${t.service}.${t.namespace}:${t.port}${t.path}`, tag: 'grader' });
    log.push(r.ok ? { t: cluster.now(), ok: r.status < 500, status: r.status, body: r.body, pod: r.pod } : { t: cluster.now(), ok: false, error: r.error });
    cluster.clock.after(t.everyMs, tick);
  };
  cluster.clock.after(0, tick);
  return () => { stopped = true; };
}

/**
 * Caps virtual time at `deadline`: `sleep 999999`, `rollout status` without a timeout and
 * `get -w` all advance through these two methods, so capping them here bounds every way a
 * submission can spend time. Patched on this grading cluster only.
 */
function capTime(cluster: Cluster, deadline: { at: number; hit: boolean }): void {
  const advanceTo = cluster.advanceTo.bind(cluster);
  const advanceUntil = cluster.advanceUntil.bind(cluster);
  cluster.advanceTo = (target: number) => {
    if (target > deadline.at) deadline.hit = true;
    advanceTo(Math.min(target, deadline.at));
  };
  cluster.advanceUntil = (done: () => boolean, maxMs: number) => {
    const room = Math.max(0, deadline.at - cluster.now());
    if (maxMs > room) {
      const ok = advanceUntil(done, room);
      if (!ok) deadline.hit = true;
      return ok;
    }
    return advanceUntil(done, maxMs);
  };
}

/** Replays `submission` on the scenario; the returned context is ready for the checks. */
export function replay(loaded: LoadedScenario, submission: Submission, opts: { seed?: number } = {}): ReplayResult {
  const { scenario } = loaded;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kubedojo-grade-'));
  try {
    const started = startScenario(scenario, { workspaceRoot: root, starter: loaded.starter, seed: opts.seed ?? submission.seed, watchWindowMs: 60_000 });
    const { cluster, shell } = started;
    const notes: string[] = [];
    const refused = writeFolder(started.workspace.root, submission.files);
    if (refused) notes.push(`a submitted file was refused: ${refused}`);
    const traffic: TrafficRecord[] = [];
    const stopTraffic = scenario.traffic ? startTraffic(cluster, scenario.traffic, traffic) : () => {};
    const budgetMs = parseDuration(scenario.limits.virtualTime) ?? 0;
    const deadline = { at: started.setupEnd + budgetMs, hit: false };
    capTime(cluster, deadline);
    const limit = scenario.limits.commands;
    for (const [i, cmd] of submission.commands.entries()) {
      if (i >= limit) {
        notes.push(`command budget of ${limit} used up: the last ${submission.commands.length - limit} commands were not run`);
        break;
      }
      if (cmd.at !== undefined && started.setupEnd + cmd.at > cluster.now()) cluster.advanceTo(started.setupEnd + cmd.at);
      if (deadline.hit || cluster.now() >= deadline.at) {
        notes.push(`virtual-time budget of ${scenario.limits.virtualTime} used up at line ${cmd.line}: the remaining commands were not run`);
        break;
      }
      try {
        shell.run(cmd.text, { atEof: cmd.unterminated, line: cmd.line });
      } catch (e) {
        notes.push(`line ${cmd.line}: the simulator failed on this command (our bug, not yours): ${(e as Error).message}`);
      }
      if (shell.exitRequested !== undefined) break;
    }
    if (deadline.hit && !notes.some((n) => n.startsWith('virtual-time'))) notes.push(`virtual-time budget of ${scenario.limits.virtualTime} used up: waiting was cut short`);
    deadline.at = Infinity;
    cluster.advance(parseDuration(scenario.grading.waitAfter) ?? 0);
    stopTraffic();
    const entries = cluster.timeline.entries;
    const ctx: GradeContext = {
      cluster,
      setupEnd: started.setupEnd,
      gradeTime: cluster.now(),
      setupEntries: entries.slice(0, started.setupEntries),
      entries: entries.slice(started.setupEntries),
      traffic,
    };
    return { ctx, notes, setupErrors: started.setupErrors };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
