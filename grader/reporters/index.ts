/** Reporters: text for people, JSON and JUnit XML for machines, summary/CSV/HTML for a class. */
import type { GradeReport } from '../grade.js';
import { jsonReport } from './json.js';
import { junitReport } from './junit.js';
import { textReport } from './text.js';

export { textReport, jsonReport, junitReport };
export { csvReport } from './csv.js';
export { htmlReport } from './html.js';
export { classSummary, checkPassCounts } from './class.js';
export type { ClassResult, StudentResult } from './class.js';

/** `--format` values of `kubedojo grade`. */
export const REPORT_FORMATS: Record<string, (r: GradeReport, passPercent: number) => string> = {
  text: (r, p) => textReport(r, p),
  json: (r) => jsonReport(r),
  junit: (r) => junitReport(r),
};
