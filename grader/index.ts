/** The grader: replay a submission, run the scenario's checks, score and report. */
export { CHECK_TYPES } from './checks/index.js';
export { gradeSubmission, gradeStarted, runChecks, score, hintsFor } from './grade.js';
export type { CheckResult, GradeReport } from './grade.js';
export { replay } from './replay.js';
export type { ReplayResult } from './replay.js';
export { readSubmission, parseSession, commandsFromScript, SESSION_FILE, COMMANDS_FILE } from './submission.js';
export type { Submission, SubmittedCommand, SubmissionResult } from './submission.js';
export { compileChecks } from './validate.js';
export type { CompiledCheck, CompileResult } from './validate.js';
export { lintCourse, proveScenario, formatProblems } from './lint.js';
export type { LintResult } from './lint.js';
export type { CheckType, CheckOutcome, GradeContext, TrafficRecord } from './types.js';
export { gradeBatch, listStudents, MAX_STUDENTS, REPORT_PREFIX } from './batch.js';
export type { BatchList } from './batch.js';
export { gradeStudents } from './grade-dir.js';
export * from './reporters/index.js';
