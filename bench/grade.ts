/**
 * Grading figures: one submission of a typical scenario (deployments/rollback, its reference
 * solution) in-process, and a class of 200 submissions through `grade --batch`'s worker pool.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findScenario } from '../src/course/index.js';
import { commandsFromScript, compileChecks, gradeBatch, gradeSubmission, listStudents } from '../grader/index.js';

type Figure = { value: number; unit: string } | { na: string };

const SCENARIO = 'deployments/rollback';

function load() {
  const found = findScenario(SCENARIO);
  if (!found.ok) return undefined;
  const compiled = compileChecks(found.loaded);
  return compiled.ok ? { loaded: found.loaded, checks: compiled.checks } : undefined;
}

/** Median ms of grading the reference solution once (after one warm-up). */
export function gradeOne(): Figure {
  const s = load();
  if (!s) return { na: `scenario ${SCENARIO} does not load` };
  const sub = { commands: commandsFromScript(s.loaded.scenario.solution.commands), files: s.loaded.scenario.solution.files };
  gradeSubmission(s.loaded, s.checks, sub);
  const runs = Array.from({ length: 7 }, () => {
    const t0 = performance.now();
    gradeSubmission(s.loaded, s.checks, sub);
    return performance.now() - t0;
  }).sort((a, b) => a - b);
  return { value: Math.round(runs[3] * 10) / 10, unit: 'ms' };
}

/** Wall ms of grading 200 submissions (solutions and decoys, alternating) with the batch pool. */
export async function gradeBatch200(): Promise<Figure> {
  const s = load();
  if (!s) return { na: `scenario ${SCENARIO} does not load` };
  const dir = mkdtempSync(join(tmpdir(), 'kubedojo-bench-class-'));
  try {
    const answers = [s.loaded.scenario.solution, ...s.loaded.scenario.decoys];
    for (let i = 0; i < 200; i++) {
      const a = answers[i % answers.length];
      const d = join(dir, `student-${String(i).padStart(3, '0')}`);
      mkdirSync(d);
      writeFileSync(join(d, 'commands.sh'), a.commands);
      for (const [f, c] of Object.entries(a.files)) writeFileSync(join(d, f), c);
    }
    const list = listStudents(dir);
    if (!list.ok) return { na: list.error };
    const t0 = performance.now();
    const r = await gradeBatch(s.loaded, list.students);
    const ms = performance.now() - t0;
    if (r.students.some((x) => !x.report)) return { na: 'some submissions were not graded' };
    return { value: Math.round(ms), unit: 'ms' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
