/**
 * The CourseSource over the real course: lessons from `<root>/lessons`, scenarios from
 * `<root>/scenarios`, grading through grader/. Loaded lazily by the commands so that the
 * home screen can paint before the simulator is compiled.
 */
import { join } from 'node:path';
import { findScenario, startScenario, type LoadedScenario } from '../course/index.js';
import { compileChecks, gradeSubmission, hintsFor } from '../../grader/index.js';
import { loadLessonInfos } from './lessons-source.js';
import { scenarioVersion } from './scenario-version.js';
import type { CourseSource, GradeResult, LessonInfo, LiveScenario, RecordedSession, ScenarioInfo } from './course-source.js';

/** A CourseSource reading the course under `root` (the package root by default). */
export function fsCourseSource(root: string): CourseSource {
  const cache = new Map<string, LoadedScenario | { error: string }>();
  const load = (id: string): LoadedScenario | { error: string } => {
    let r = cache.get(id);
    if (!r) {
      const res = findScenario(id, join(root, 'scenarios'));
      r = res.ok ? res.loaded : { error: res.problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.path ? `${p.path}: ` : ''}${p.message}`).join('\n') };
      cache.set(id, r);
    }
    return r;
  };
  let lessons: LessonInfo[] | undefined;
  return {
    lessons() {
      lessons ??= loadLessonInfos(root);
      return lessons;
    },
    scenario(id): ScenarioInfo | { error: string } {
      const l = load(id);
      if ('error' in l) return l;
      const s = l.scenario;
      return {
        id: s.id,
        title: s.title,
        lesson: s.lesson,
        difficulty: s.difficulty,
        estimatedMinutes: s.estimatedMinutes,
        description: s.description,
        tasks: s.tasks,
        solution: s.solution.commands,
        seed: s.setup.seed,
        version: scenarioVersion(root, s.id) ?? '',
      };
    },
    start(id, workspaceRoot, sink): LiveScenario | { error: string } {
      const l = load(id);
      if ('error' in l) return l;
      const st = startScenario(l.scenario, { workspaceRoot, starter: l.starter, sink, watchWindowMs: 60_000 });
      if (st.setupErrors.length) return { error: `the scenario's set-up failed (a bug in the scenario):\n${st.setupErrors.join('\n')}` };
      return { cluster: st.cluster, shell: st.shell, workspace: st.workspace, setupEnd: st.setupEnd };
    },
    grade(session: RecordedSession): GradeResult | { error: string } {
      const l = load(session.scenario);
      if ('error' in l) return l;
      const compiled = compileChecks(l);
      if (!compiled.ok) return { error: compiled.problems.map((p) => p.message).join('\n') };
      const report = gradeSubmission(l, compiled.checks, {
        scenario: session.scenario,
        seed: session.seed,
        files: session.files,
        commands: session.commands.map((c, i) => ({ text: c.text, at: c.at, line: i + 1 })),
      });
      return { score: report.score, maxScore: report.maxScore, passed: report.passed, checks: report.checks, notes: report.notes, hints: hintsFor(l.scenario, report) };
    },
  };
}
