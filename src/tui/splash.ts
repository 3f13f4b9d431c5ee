/**
 * The first paint: the home screen written as plain ANSI text the moment the lessons are read,
 * before ink and React have loaded (they take a few hundred milliseconds to import). The ink
 * Home component then redraws the same lines and takes the keyboard.
 */
import { APP_TITLE_TEXT } from './title.js';
import { continueStep, lessonStatus, nextStep, type Step, type VersionOf } from './course-status.js';
import type { LessonInfo } from './course-source.js';
import { HOME_CHROME_ROWS, HOME_KEYS, HOME_TITLE, homeRows, nextLine, resumeLine } from './home-rows.js';
import type { ProgressData } from './progress/index.js';

/** The home screen as a string of `height` lines (ANSI styles only when `color`). */
export function splashScreen(lessons: readonly LessonInfo[], progress: ProgressData, versionOf: VersionOf, width: number, height: number, color: boolean, opening?: Step): string {
  const sgr = (code: string, s: string): string => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const head = `${sgr('1;36', APP_TITLE_TEXT)} · ${opening ? `opening ${opening.label}…` : HOME_TITLE}`;
  const lines = [head, sgr('2', HOME_KEYS.slice(0, width)), ''];
  if (!opening) {
    const statuses = lessons.map((l) => lessonStatus(l, progress, versionOf));
    for (const r of homeRows(statuses, 0, width, Math.max(3, height - HOME_CHROME_ROWS))) {
      const row = `${r.left}  ${r.right}`.slice(0, width);
      lines.push(r.selected ? sgr('7', row) : row);
    }
    while (lines.length < height - 2) lines.push('');
    lines.push(nextLine(nextStep(statuses, progress, versionOf)).slice(0, width), sgr('2', resumeLine(continueStep(progress)).slice(0, width)));
  }
  return lines.join('\r\n');
}
