/** Progress of the learner, kept in the user data directory. */
export { ProgressStore, normalizeProgress, emptyProgress, PROGRESS_FORMAT } from './store.js';
export type { ProgressData, ScenarioProgress, LessonProgress } from './store.js';
export { dataDir, progressFile } from './paths.js';
export { writeFileAtomic, removeStaleTemps } from './atomic-write.js';
