/**
 * `kubedojo lint`: every scenario and lesson validated and every scenario proved sound, with
 * every problem reported in one run:
 *   - the file matches the schema and its checks' parameters match their types;
 *   - the set-up runs without errors;
 *   - the reference solution scores full marks;
 *   - every decoy fails each check it names;
 *   - the untouched start state fails every graded check (except guards marked `invariant`)
 *     and does not pass;
 *   - scenario ids are unique, scenarios name an existing lesson, lessons' links resolve.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadScenarioFile, scenarioFiles, type LoadedScenario, type Problem } from '../src/course/index.js';
import { loadLessons } from '../src/course/lessons/index.js';
import { gradeSubmission } from './grade.js';
import { commandsFromScript, type Submission } from './submission.js';
import { compileChecks, type CompiledCheck } from './validate.js';

export interface LintResult {
  problems: Problem[];
  scenarios: number;
  lessons: number;
}

const toSubmission = (s: { commands: string; files: Record<string, string> }): Submission => ({ commands: commandsFromScript(s.commands), files: s.files });

/** Proves one loaded scenario sound; returns its problems. */
export function proveScenario(loaded: LoadedScenario, checks: CompiledCheck[]): Problem[] {
  const { scenario, file } = loaded;
  const problems: Problem[] = [];
  const at = (p: (string | number)[], message: string): void => { problems.push({ file, line: loaded.lineOf(p), path: p.join('.'), message }); };
  const solution = gradeSubmission(loaded, checks, toSubmission(scenario.solution));
  for (const n of solution.notes) at(n.startsWith('scenario set-up') ? ['setup'] : ['solution'], n);
  for (const c of solution.checks) if (!c.passed) at(['solution'], `the reference solution fails check "${c.id}": ${c.message}`);
  scenario.decoys.forEach((d, i) => {
    const r = gradeSubmission(loaded, checks, toSubmission(d));
    d.fails.forEach((id, j) => {
      const c = r.checks.find((x) => x.id === id);
      if (c?.passed) at(['decoys', i, 'fails', j], `decoy "${d.id}" passes check "${id}" it should fail: ${c.message}`);
    });
  });
  const start = gradeSubmission(loaded, checks, { commands: [], files: {} });
  start.checks.forEach((c, i) => {
    if (c.passed && c.points > 0 && !scenario.checks[i].invariant) at(['checks', i], `check "${c.id}" already passes on the untouched start state (mark it invariant if it is a guard): ${c.message}`);
  });
  if (start.passed) at(['checks'], 'the untouched start state passes the scenario');
  return problems;
}

/** Lints the scenarios and lessons below `root` (or the given scenario files / folders). */
export function lintCourse(root: string, only?: string[]): LintResult {
  const problems: Problem[] = [];
  const scenariosDir = path.join(root, 'scenarios');
  const lessonsDir = path.join(root, 'lessons');
  const files = only?.length
    ? only.flatMap((p) => (fs.existsSync(p) && fs.statSync(p).isDirectory() ? (scenarioFiles(p).length ? scenarioFiles(p) : fs.readdirSync(p).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(p, f))) : [p]))
    : scenarioFiles(scenariosDir);
  const ids = new Map<string, string>();
  const loadedAll: LoadedScenario[] = [];
  for (const f of files) {
    const r = loadScenarioFile(f);
    if (!r.ok) {
      problems.push(...r.problems);
      continue;
    }
    const prev = ids.get(r.loaded.scenario.id);
    if (prev) problems.push({ file: f, line: r.loaded.lineOf(['id']), path: 'id', message: `scenario id "${r.loaded.scenario.id}" is also used by ${prev}` });
    ids.set(r.loaded.scenario.id, f);
    const compiled = compileChecks(r.loaded);
    if (!compiled.ok) {
      problems.push(...compiled.problems);
      continue;
    }
    loadedAll.push(r.loaded);
    problems.push(...proveScenario(r.loaded, compiled.checks));
  }
  // Lessons are loaded either way (scenarios name one); their own problems are reported
  // when the whole course is linted.
  const exists = (id: string): boolean => ids.has(id) || ['.yaml', '.yml'].some((e) => fs.existsSync(path.join(scenariosDir, id + e)));
  const lessons = loadLessons(lessonsDir, { scenarioExists: exists });
  const lessonCount = only?.length ? 0 : lessons.lessons.length;
  if (!only?.length) problems.push(...lessons.problems.map((p) => ({ file: path.isAbsolute(p.file) ? p.file : path.join(lessonsDir, p.file), path: p.key, message: p.message })));
  const lessonIds = new Set(lessons.lessons.map((l) => l.id));
  for (const l of loadedAll) {
    if (!lessonIds.has(l.scenario.lesson)) problems.push({ file: l.file, line: l.lineOf(['lesson']), path: 'lesson', message: `no lesson "${l.scenario.lesson}"` });
  }
  return { problems, scenarios: files.length, lessons: lessonCount };
}

/** `file:line: key.path: message`, one per line. */
export function formatProblems(problems: Problem[], cwd = process.cwd()): string {
  return problems.map((p) => `${path.relative(cwd, p.file) || p.file}${p.line ? `:${p.line}` : ''}: ${p.path ? `${p.path}: ` : ''}${p.message}\n`).join('');
}
