/**
 * Bringing a fresh cluster to a scenario's starting state: the seed, then the set-up steps in
 * order (manifests applied with kubectl, commands run through the learner's shell, virtual
 * time advanced), and the starter files written to the learner's workspace.
 */
import { Cluster } from '../sim/index.js';
import { Shell, Workspace, splitScript, isBlank } from '../shell/index.js';
import type { Builtin } from '../shell/index.js';
import { parseDuration } from './duration.js';
import { writeFolder } from './files.js';
import type { Scenario } from './schema.js';

export interface StartedScenario {
  cluster: Cluster;
  shell: Shell;
  workspace: Workspace;
  /** Virtual time when the set-up ended: timeline checks look at what happened after it. */
  setupEnd: number;
  /** Number of timeline entries written by the set-up (entries from here on are the learner's). */
  setupEntries: number;
  /** Set-up steps that failed (a scenario defect that lint reports), as "step N: message". */
  setupErrors: string[];
}

export interface StartOptions {
  /** Folder that becomes the learner's workspace (must exist; starter files are written into it). */
  workspaceRoot: string;
  starter?: Record<string, string>;
  /** Overrides the scenario's seed. */
  seed?: number;
  /** Virtual start time (RFC 3339); default the simulator's fixed start, as grading uses. */
  start?: string;
  /** Routes the learner's shell output (set-up output is never shown). */
  sink?: (chunk: { stream: 'out' | 'err'; text: string }) => void;
  watchWindowMs?: number;
  builtins?: Record<string, Builtin>;
}

/** A heredoc delimiter no manifest contains. */
const EOF_MARK = 'KUBEDOJO_SETUP_EOF';

/** Applies one set-up step; returns an error message or undefined. */
function runStep(cluster: Cluster, shell: Shell, step: Scenario['setup']['steps'][number], out: string[]): string | undefined {
  if (step.advance !== undefined) {
    cluster.advance(parseDuration(step.advance) ?? 0);
    return undefined;
  }
  const script = step.apply !== undefined
    ? `kubectl apply -f - <<'${EOF_MARK}'\n${step.apply.replace(/\n$/, '')}\n${EOF_MARK}`
    : step.run ?? '';
  for (const input of splitScript(script)) {
    if (isBlank(input.text)) continue;
    out.length = 0;
    const r = shell.run(input.text, { atEof: input.unterminated });
    if (r.kind === 'done' && r.status !== 0) return `"${input.text.split('\n')[0]}" exited with ${r.status}: ${out.join('').trim()}`;
  }
  return undefined;
}

/** Creates the cluster, runs the set-up and writes the starter files. */
export function startScenario(scenario: Scenario, opts: StartOptions): StartedScenario {
  const cluster = Cluster.create({ seed: opts.seed ?? scenario.setup.seed, ...(opts.start ? { start: opts.start } : {}) });
  const setupOut: string[] = [];
  const setupWs = new Workspace(opts.workspaceRoot);
  const setupShell = new Shell({ cluster, workspace: setupWs, sink: (c) => setupOut.push(c.text) });
  const setupErrors: string[] = [];
  // Starter files first: set-up steps may use them (`helm install echo ./echo`).
  const writeErr = writeFolder(setupWs.root, opts.starter ?? {});
  if (writeErr) setupErrors.push(`starter files: ${writeErr}`);
  scenario.setup.steps.forEach((step, i) => {
    const err = runStep(cluster, setupShell, step, setupOut);
    if (err) setupErrors.push(`setup.steps.${i}: ${err}`);
  });
  cluster.settle();
  const workspace = new Workspace(opts.workspaceRoot);
  const shell = new Shell({ cluster, workspace, sink: opts.sink, watchWindowMs: opts.watchWindowMs, builtins: opts.builtins });
  return { cluster, shell, workspace, setupEnd: cluster.now(), setupEntries: cluster.timeline.entries.length, setupErrors };
}
