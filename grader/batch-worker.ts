/**
 * A batch worker thread: grades the students it is given and posts their results back. It
 * runs our grader only; learner input stays data.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { gradeStudents } from './grade-dir.js';

const { file, students } = workerData as { file: string; students: { student: string; path: string }[] };
parentPort?.postMessage(gradeStudents(file, students));
