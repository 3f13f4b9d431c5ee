/**
 * The terminal around the UI: the alternate screen (the learner's scroll-back stays as it was)
 * with alternate scroll mode (DECSET 1007: the mouse wheel sends arrow keys), restored on exit
 * however the process ends.
 */

export const ENTER_SCREEN = '\x1b[?1049h\x1b[?1007h\x1b[H\x1b[2J';
export const LEAVE_SCREEN = '\x1b[?1007l\x1b[?1049l';
/** Cursor to the top left and erase below: the first ink frame draws over the first paint. */
export const REPAINT = '\x1b[H\x1b[J';

/** Enters the alternate screen; the returned function leaves it (once). */
export function enterScreen(stdout: NodeJS.WritableStream): () => void {
  stdout.write(ENTER_SCREEN);
  let left = false;
  const leave = (): void => {
    if (left) return;
    left = true;
    stdout.write(LEAVE_SCREEN);
  };
  // A terminal closed or a `kill` must not leave the learner's terminal in the alternate screen.
  const onSignal = (signal: NodeJS.Signals): void => {
    leave();
    process.exit(128 + (signal === 'SIGHUP' ? 1 : 15));
  };
  process.once('exit', leave);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  return () => {
    process.off('exit', leave);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    leave();
  };
}
