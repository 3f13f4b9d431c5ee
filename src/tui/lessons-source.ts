/** Lessons for the UI, loaded without the simulator (fast enough for the first paint). */
import { join } from 'node:path';
import { loadLessons } from '../course/lessons/index.js';
import type { LessonInfo } from './course-source.js';

export function loadLessonInfos(root: string): LessonInfo[] {
  return loadLessons(join(root, 'lessons')).lessons.map((l) => ({
    id: l.id,
    title: l.title,
    order: l.order,
    estimatedMinutes: l.estimatedMinutes,
    prerequisites: l.prerequisites,
    scenarios: l.scenarios,
    markdown: l.markdown,
  }));
}
