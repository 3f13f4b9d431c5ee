/**
 * The grader on a tiny fixture scenario (grader/testdata), so editing the course never
 * breaks these tests.
 */
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, type LoadedScenario } from '../src/course/index.js';
import { gradeSubmission, hintsFor } from './grade.js';
import { jsonReport } from './reporters/json.js';
import { commandsFromScript, type Submission } from './submission.js';
import { compileChecks, type CompiledCheck } from './validate.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURE = path.join(here, 'testdata', 'scenarios', 'demo', 'scale.yaml');

export function fixture(): { loaded: LoadedScenario; checks: CompiledCheck[] } {
  const r = loadScenarioFile(FIXTURE);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const c = compileChecks(r.loaded);
  if (!c.ok) throw new Error(JSON.stringify(c.problems));
  return { loaded: r.loaded, checks: c.checks };
}

const sub = (commands: string, files: Record<string, string> = {}): Submission => ({ commands: commandsFromScript(commands), files });

describe('gradeSubmission', () => {
  const { loaded, checks } = fixture();

  it('gives the reference solution full marks', () => {
    const r = gradeSubmission(loaded, checks, sub(loaded.scenario.solution.commands));
    expect(r.checks.filter((c) => !c.passed)).toEqual([]);
    expect(r).toMatchObject({ scenario: 'demo/scale', score: 6, maxScore: 6, passed: true, notes: [] });
  });

  it('gives partial credit and says what was expected, what was found, and the hint', () => {
    const r = gradeSubmission(loaded, checks, sub('kubectl scale deployment web --replicas=2\nkubectl rollout status deployment/web'));
    const replicas = r.checks.find((c) => c.id === 'replicas')!;
    expect(replicas).toMatchObject({ passed: false, points: 2, earned: 0 });
    expect(replicas.message).toBe('expected deployment/web .spec.replicas to be 3, found 2. Hint: use kubectl scale');
    expect(r.checks.find((c) => c.id === 'ready-pods')!.message).toMatch(/^expected the number of pods with labels app=web where .* to be 3, found 2$/);
    expect(r.score).toBe(3);
    expect(r.passed).toBe(false);
    expect(hintsFor(loaded.scenario, r)).toEqual(['kubectl scale changes spec.replicas.']);
  });

  it('catches a re-created object, a gap in ready endpoints and failed requests', () => {
    const d = loaded.scenario.decoys[0];
    const r = gradeSubmission(loaded, checks, sub(d.commands, d.files));
    const failed = r.checks.filter((c) => !c.passed).map((c) => c.id);
    expect(failed).toEqual(expect.arrayContaining(['same-web', 'always-one', 'no-errors']));
    expect(r.checks.find((c) => c.id === 'same-web')!.message).toMatch(/^expected the original deployment\/web \(uid [0-9a-f-]+\), found a re-created one \(uid [0-9a-f-]+\)$/);
    expect(r.checks.find((c) => c.id === 'always-one')!.message).toMatch(/^expected ready endpoints of service web to stay at 1 or more the whole time, found 0 at /);
    expect(r.checks.find((c) => c.id === 'no-errors')!.message).toMatch(/^expected at most 0 failed requests/);
  });

  it('gives the same bytes for the same submission', () => {
    const d = loaded.scenario.decoys[0];
    const a = jsonReport(gradeSubmission(loaded, checks, sub(d.commands, d.files)));
    const b = jsonReport(gradeSubmission(loaded, checks, sub(d.commands, d.files)));
    expect(a).toBe(b);
  });

  it('counts commands only after the set-up (the set-up ran kubectl expose)', () => {
    const r = gradeSubmission(loaded, checks, sub('kubectl get pods'));
    expect(r.checks.find((c) => c.id === 'used-scale')).toMatchObject({ passed: false, message: 'expected a command matching /kubectl\\s+scale/, found none' });
  });
});

describe('untrusted submissions', () => {
  const { loaded, checks } = fixture();

  it('stops an endless sleep at the virtual-time budget', () => {
    const r = gradeSubmission(loaded, checks, sub('sleep 100000000\nkubectl scale deployment web --replicas=3'));
    expect(r.notes).toEqual(['virtual-time budget of 30m used up at line 2: the remaining commands were not run']);
    expect(r.checks.find((c) => c.id === 'replicas')!.passed).toBe(false);
  });

  it('stops at the command budget', () => {
    const r = gradeSubmission(loaded, checks, sub(Array.from({ length: 205 }, () => 'echo hi').join('\n')));
    expect(r.notes).toEqual(['command budget of 200 used up: the last 5 commands were not run']);
  });

  it('refuses files that would land outside the workspace', () => {
    const r = gradeSubmission(loaded, checks, { commands: [], files: { '../escape.yaml': 'x' } });
    expect(r.notes).toEqual(['a submitted file was refused: ../escape.yaml: path leaves the workspace']);
  });

  it('lets session commands wait until the time they were typed', () => {
    const typed = (at2: number) => [{ text: 'kubectl scale deployment web --replicas=3', line: 1, at: 60_000 }, { text: 'kubectl get pods', line: 2, at: at2 }];
    // Pulling nginx takes seconds: right after scaling the new pods are not ready yet.
    expect(gradeSubmission(loaded, checks, { commands: typed(60_000), files: {} }).passed).toBe(false);
    expect(gradeSubmission(loaded, checks, { commands: typed(120_000), files: {} }).passed).toBe(true);
  });

  it('survives deeply nested manifests', () => {
    const deep = `${'['.repeat(20000)}${']'.repeat(20000)}`;
    const r = gradeSubmission(loaded, checks, sub('kubectl apply -f deep.yaml', { 'deep.yaml': deep }));
    expect(r.maxScore).toBe(6);
  });
});

describe('gradeStarted', () => {
  it('grades a live session as it stands', async () => {
    const { loaded, checks } = fixture();
    const { startScenario } = await import('../src/course/index.js');
    const { gradeStarted } = await import('./grade.js');
    const fs = await import('node:fs');
    const os = await import('node:os');
    const started = startScenario(loaded.scenario, { workspaceRoot: fs.mkdtempSync(path.join(os.tmpdir(), 'kd-live-')), starter: loaded.starter });
    expect(gradeStarted(loaded, checks, started).checks.find((c) => c.id === 'replicas')!.passed).toBe(false);
    started.shell.run('kubectl scale deployment web --replicas=3');
    expect(gradeStarted(loaded, checks, started).checks.find((c) => c.id === 'replicas')!.passed).toBe(true);
  });
});
