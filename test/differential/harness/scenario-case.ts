/**
 * Course scenarios as differential cases: each side's cluster is the scenario's set-up
 * (startScenario, deterministic by its seed), then the reference solution or a decoy runs
 * through both kubectls. Inputs that are not plain kubectl commands (helm, pipes, shell
 * loops) are skipped on both sides.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFolder, startScenario, type LoadedScenario } from '../../../src/course/index.js';
import type { DifferentialCase } from './run-script.js';
import { parseScript } from './script.js';

/** A case for the solution (`which` = 'solution') or one decoy (its id) of a loaded scenario. */
export function scenarioCase(loaded: LoadedScenario, which: string): DifferentialCase & { skipped: string[] } {
  const s = loaded.scenario;
  const submission = which === 'solution' ? s.solution : s.decoys.find((d) => d.id === which);
  if (!submission) throw new Error(`${s.id}: no decoy ${which}`);
  const parsed = parseScript(submission.commands, { lenient: true });
  if (!parsed.ok) throw new Error(`${s.id} ${which}: ${parsed.error}`);
  return {
    steps: parsed.steps,
    skipped: parsed.skipped,
    prepare(root) {
      const err = writeFolder(root, { ...loaded.starter, ...(submission.files ?? {}) });
      if (err) throw new Error(`${s.id} ${which}: ${err}`);
    },
    cluster() {
      // The set-up gets its own folder: it writes the starter files, which must not undo the submission's files in the shared one.
      const scratch = mkdtempSync(join(tmpdir(), 'kubedojo-diff-setup-'));
      const started = startScenario(s, { workspaceRoot: scratch, starter: loaded.starter });
      rmSync(scratch, { recursive: true, force: true });
      if (started.setupErrors.length) throw new Error(`${s.id}: set-up failed: ${started.setupErrors.join('; ')}`);
      return started.cluster;
    },
  };
}
