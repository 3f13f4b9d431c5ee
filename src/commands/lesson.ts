/**
 * `kubedojo lesson ID`: a lesson. In a terminal it opens the reader; otherwise (a pipe, CI) it
 * prints the lesson as plain text wrapped to 80 columns (or $COLUMNS), and exits.
 */
import type { CommandIO } from '../cli.js';
import { modeFor } from '../tui/terminal-mode.js';
import { packageRoot } from '../tui/package-root.js';
import { openTui } from './start.js';

const USAGE = 'Usage: kubedojo lesson ID [--no-interactive] [--no-color]';

export async function lessonCommand(args: string[], io: CommandIO): Promise<number> {
  const { mode, rest } = modeFor(args, io);
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout.write(`Read a lesson (printed as text when not in a terminal).\n\n${USAGE}\n`);
    return 0;
  }
  const { loadLessonInfos } = await import('../tui/lessons-source.js');
  const lessons = loadLessonInfos(packageRoot(io.env));
  const id = rest[0];
  const lesson = lessons.find((l) => l.id === id);
  if (rest.length !== 1 || !lesson) {
    io.stderr.write(`${id === undefined ? 'kubedojo lesson: missing lesson ID' : `kubedojo lesson: no lesson "${id}"`}\n${USAGE}\nLessons: ${lessons.map((l) => l.id).join(', ')}\n`);
    return 2;
  }
  if (mode.interactive) return openTui(io, mode.color, { kind: 'lesson', id: lesson.id, label: lesson.title });
  const [{ renderMarkdown }, { toPlain, toAnsi }] = await Promise.all([import('../tui/markdown/render.js'), import('../tui/markdown/styled.js')]);
  const out = io.stdout as { isTTY?: boolean; columns?: number };
  const width = out.columns ?? (Number(io.env.COLUMNS) > 20 ? Number(io.env.COLUMNS) : 80);
  const lines = renderMarkdown(lesson.markdown, width).lines;
  // Styled only on a terminal that allows colour (--no-interactive in a terminal); a pipe gets plain text.
  io.stdout.write(out.isTTY && mode.color ? toAnsi(lines) : toPlain(lines));
  return 0;
}
