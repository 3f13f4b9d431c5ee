/**
 * The home screen as plain text, for runs that are not interactive (a pipe, CI): the lessons
 * with their status, and the commands that work without a terminal.
 */
import { continueStep, lessonStatus, nextStep, type VersionOf } from './course-status.js';
import type { LessonInfo } from './course-source.js';
import type { ProgressData } from './progress/index.js';

export function plainHome(lessons: readonly LessonInfo[], progress: ProgressData, versionOf: VersionOf): string {
  const statuses = lessons.map((l) => lessonStatus(l, progress, versionOf));
  const lines = ['kubedojo - learn Kubernetes in your terminal', '', 'Lessons:'];
  for (const s of statuses) {
    const sc = s.playable ? `, ${s.passed}/${s.playable} scenarios passed` : '';
    lines.push(`  ${String(s.lesson.order).padStart(2)}. ${s.lesson.id.padEnd(20)} ${s.lesson.title} (${s.state}${sc})`);
  }
  const next = nextStep(statuses, progress, versionOf);
  const resume = continueStep(progress);
  lines.push('');
  if (next) lines.push(`Next: ${next.label}`);
  if (resume) lines.push(`Last opened: ${resume.label}`);
  lines.push(
    'This terminal is not interactive (not a TTY, or CI is set), so the course UI does not open.',
    'Without it:  kubedojo lesson ID     print a lesson',
    '             kubedojo run SCRIPT    run shell lines on a simulated cluster',
    '             kubedojo grade ID DIR  grade a submission',
    'Run kubedojo in a terminal (or pass --interactive) to play scenarios.',
    '',
  );
  return lines.join('\n');
}
