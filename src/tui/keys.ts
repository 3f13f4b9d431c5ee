/**
 * Key bindings as named constants, and the raw byte sequences terminals send for them
 * (tests type these into ink-testing-library's stdin and into tmux).
 */
import type { Key } from 'ink';

/** What the raw terminal sends for each key (xterm/VT100). */
export const SEQ = {
  enter: '\r',
  tab: '\t',
  escape: '\x1b',
  backspace: '\x7f',
  delete: '\x1b[3~',
  up: '\x1b[A',
  down: '\x1b[B',
  right: '\x1b[C',
  left: '\x1b[D',
  home: '\x1b[H',
  end: '\x1b[F',
  pageUp: '\x1b[5~',
  pageDown: '\x1b[6~',
  ctrlA: '\x01',
  ctrlC: '\x03',
  ctrlE: '\x05',
  ctrlU: '\x15',
  ctrlW: '\x17',
  ctrlL: '\x0c',
} as const;

/** Global keys of the session screen (used with ctrl, so the prompt keeps every letter). */
export const SESSION_KEYS = {
  /** ctrl-p: pause / play virtual time. */
  togglePause: 'p',
  /** ctrl-f: play at 1× / 10×. */
  toggleSpeed: 'f',
  /** ctrl-s: skip ahead 30 s of virtual time. */
  skip: 's',
} as const;

/** Keys of the home screen and the lesson reader (single letters, no prompt there). */
export const NAV_KEYS = {
  quit: 'q',
  help: '?',
  play: 'p',
  next: 'n',
  continue: 'c',
  back: 'b',
  top: 'g',
  bottom: 'G',
  down: 'j',
  up: 'k',
} as const;

/** How much virtual time a skip moves forward. */
export const SKIP_MS = 30_000;

/** True when `key` is ctrl+letter `letter` (ink reports the letter as input). */
export function isCtrl(input: string, key: Key, letter: string): boolean {
  return key.ctrl && input === letter;
}
