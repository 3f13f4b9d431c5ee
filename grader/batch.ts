/**
 * `grade --batch DIR`: every subdirectory of DIR is a student's submission. Students are
 * spread over worker threads (one per CPU core); results come back in student-name order, so
 * the reports do not depend on which worker finished first.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LoadedScenario } from '../src/course/index.js';
import { gradeStudents } from './grade-dir.js';
import type { ClassResult, StudentResult } from './reporters/class.js';

/** Most students graded in one batch. */
export const MAX_STUDENTS = 5000;

/** Class reports written into the class folder start with this (and are not students). */
export const REPORT_PREFIX = 'kubedojo-report';

export type BatchList = { ok: true; students: { student: string; path: string }[] } | { ok: false; error: string };

/** The students (subdirectories, and session .json files) of a class folder, sorted by name. */
export function listStudents(dir: string): BatchList {
  let names: fs.Dirent[];
  try {
    names = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return { ok: false, error: `${dir}: not a readable directory` };
  }
  const students = names
    .filter((d) => !d.name.startsWith('.') && !d.name.startsWith(REPORT_PREFIX) && (d.isDirectory() || (d.isFile() && d.name.endsWith('.json'))))
    .map((d) => ({ student: d.isDirectory() ? d.name : d.name.replace(/\.json$/, ''), path: path.join(dir, d.name) }))
    .sort((a, b) => (a.student < b.student ? -1 : a.student > b.student ? 1 : 0));
  if (students.length > MAX_STUDENTS) return { ok: false, error: `${dir}: more than ${MAX_STUDENTS} submissions` };
  return { ok: true, students };
}

function workerFile(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  // Worker threads need compiled JavaScript; from TypeScript sources (tests) grade in-process.
  if (!here.endsWith('.js')) return undefined;
  return path.join(path.dirname(here), 'batch-worker.js');
}

function runWorker(file: string, script: string, students: { student: string; path: string }[]): Promise<StudentResult[]> {
  return new Promise((resolve) => {
    const w = new Worker(script, { workerData: { file, students } });
    let done = false;
    w.once('message', (m: StudentResult[]) => { done = true; resolve(m); });
    w.once('error', (e) => { done = true; resolve(students.map((s) => ({ student: s.student, error: `grader worker failed (our bug): ${e.message}` }))); });
    w.once('exit', () => { if (!done) resolve(students.map((s) => ({ student: s.student, error: 'grader worker exited early (our bug)' }))); });
  });
}

/** Grades a class in parallel; `workers: 0` grades in this thread. */
export async function gradeBatch(loaded: LoadedScenario, students: { student: string; path: string }[], opts: { workers?: number } = {}): Promise<ClassResult> {
  const script = workerFile();
  const n = Math.min(opts.workers ?? (os.availableParallelism?.() ?? os.cpus().length), students.length);
  let results: StudentResult[];
  if (!script || n <= 1) {
    results = gradeStudents(loaded.file, students);
  } else {
    const chunks: { student: string; path: string }[][] = Array.from({ length: n }, () => []);
    students.forEach((s, i) => chunks[i % n].push(s));
    results = (await Promise.all(chunks.map((c) => runWorker(loaded.file, script, c)))).flat();
  }
  const order = new Map(students.map((s, i) => [s.student, i]));
  results.sort((a, b) => (order.get(a.student) ?? 0) - (order.get(b.student) ?? 0));
  const s = loaded.scenario;
  return { scenario: s.id, title: s.title, passPercent: s.grading.passPercent, checks: s.checks.map((c) => ({ id: c.id, title: c.title, points: c.points })), students: results };
}
