/** Grading one student's submission path against a scenario file: what each batch worker does. */
import { loadScenarioFile } from '../src/course/index.js';
import type { StudentResult } from './reporters/class.js';
import { gradeSubmission } from './grade.js';
import { readSubmission } from './submission.js';
import { compileChecks } from './validate.js';

/** Grades every `{student, path}` against the scenario in `file`, in order. */
export function gradeStudents(file: string, students: { student: string; path: string }[]): StudentResult[] {
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) return students.map((s) => ({ student: s.student, error: `scenario does not load: ${loaded.problems[0]?.message}` }));
  const compiled = compileChecks(loaded.loaded);
  if (!compiled.ok) return students.map((s) => ({ student: s.student, error: `scenario checks are invalid: ${compiled.problems[0]?.message}` }));
  return students.map((s) => {
    const sub = readSubmission(s.path);
    if (!sub.ok) return { student: s.student, error: sub.error };
    if (sub.submission.scenario !== undefined && sub.submission.scenario !== loaded.loaded.scenario.id) {
      return { student: s.student, error: `the session is for scenario "${sub.submission.scenario}", not "${loaded.loaded.scenario.id}"` };
    }
    return { student: s.student, report: gradeSubmission(loaded.loaded, compiled.checks, sub.submission) };
  });
}
