/**
 * The home screen's lines as plain data, shared by the ink Home component and the first paint
 * drawn before ink has loaded (see splash.ts), so both look the same.
 */
import type { LessonStatus, Step } from './course-status.js';

export const HOME_TITLE = 'learn Kubernetes in your terminal';
export const HOME_KEYS = '↑/↓ choose · Enter read · n next step · c continue · ? help · q quit';

const STATE_MARK: Record<LessonStatus['state'], { mark: string; color?: 'green' | 'yellow' }> = {
  'not started': { mark: '○' },
  'in progress': { mark: '◐', color: 'yellow' },
  done: { mark: '●', color: 'green' },
};

export interface HomeRow {
  id: string;
  left: string;
  right: string;
  selected: boolean;
  color?: 'green' | 'yellow';
}

/** Rows of the lesson list that fit `listRows`, scrolled so that `index` is visible. */
export function homeRows(statuses: readonly LessonStatus[], index: number, width: number, listRows: number): HomeRow[] {
  const first = Math.max(0, Math.min(index - Math.floor(listRows / 2), statuses.length - listRows));
  return statuses.slice(first, first + listRows).map((s, i) => {
    const at = first + i;
    const m = STATE_MARK[s.state];
    const score = s.maxScore > 0 ? ` ${s.score}/${s.maxScore} pts` : '';
    const right = `${s.state}${s.playable ? ` · ${s.passed}/${s.playable} scenarios` : ''}${score}`;
    const left = `${at === index ? '›' : ' '} ${m.mark} ${s.lesson.order}. ${s.lesson.title}`;
    const room = Math.max(10, width - right.length - 2);
    return { id: s.lesson.id, left: left.length > room ? `${left.slice(0, room - 1)}…` : left.padEnd(room), right, selected: at === index, color: m.color };
  });
}

/** Lines the home screen reserves besides the list (header, spacing, footer). */
export const HOME_CHROME_ROWS = 9;

export function nextLine(next: Step | undefined): string {
  return next ? `Next: ${next.label} (n)` : 'Every lesson is done. Well done!';
}

export function resumeLine(resume: Step | undefined): string {
  return resume ? `Continue where you left off: ${resume.label} (c)` : 'Pick a lesson and press Enter.';
}
