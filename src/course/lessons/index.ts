/** Lessons: loading and validating `lessons/<topic>/en.md`. */
export { loadLessons } from './load.js';
export { splitFrontMatter } from './front-matter.js';
export { extractLinks, linkKind, scenarioId } from './links.js';
export type { Lesson, LessonProblem, LoadLessonsOptions, LoadLessonsResult } from './types.js';
