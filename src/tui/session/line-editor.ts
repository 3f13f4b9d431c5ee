/**
 * The prompt's editing keys as a pure function of (state, key): left/right, home/end,
 * ctrl-a/e (start/end), ctrl-u (kill to start), ctrl-w (kill word before the cursor),
 * backspace, delete and typed or pasted text. History (up/down) lives in `history.ts`.
 */

export interface LineState {
  text: string;
  cursor: number;
}

export type EditAction =
  | { kind: 'insert'; text: string }
  | { kind: 'left' }
  | { kind: 'right' }
  | { kind: 'home' }
  | { kind: 'end' }
  | { kind: 'backspace' }
  | { kind: 'delete' }
  | { kind: 'killToStart' }
  | { kind: 'killWord' };

export const EMPTY_LINE: LineState = { text: '', cursor: 0 };

const clamp = (n: number, s: LineState): number => Math.max(0, Math.min(s.text.length, n));

const ACTIONS: { [K in EditAction['kind']]: (s: LineState, a: Extract<EditAction, { kind: K }>) => LineState } = {
  insert: (s, a) => {
    // Pasted text may carry tabs or CRs; the prompt is one line (newlines are handled by the caller).
    const t = a.text.replace(/\t/g, ' ').replace(/\r/g, '');
    return { text: s.text.slice(0, s.cursor) + t + s.text.slice(s.cursor), cursor: s.cursor + t.length };
  },
  left: (s) => ({ ...s, cursor: clamp(s.cursor - 1, s) }),
  right: (s) => ({ ...s, cursor: clamp(s.cursor + 1, s) }),
  home: (s) => ({ ...s, cursor: 0 }),
  end: (s) => ({ ...s, cursor: s.text.length }),
  backspace: (s) => (s.cursor === 0 ? s : { text: s.text.slice(0, s.cursor - 1) + s.text.slice(s.cursor), cursor: s.cursor - 1 }),
  delete: (s) => (s.cursor >= s.text.length ? s : { text: s.text.slice(0, s.cursor) + s.text.slice(s.cursor + 1), cursor: s.cursor }),
  killToStart: (s) => ({ text: s.text.slice(s.cursor), cursor: 0 }),
  killWord: (s) => {
    // As readline's unix-word-rubout: spaces before the cursor, then the word.
    let i = s.cursor;
    while (i > 0 && s.text[i - 1] === ' ') i--;
    while (i > 0 && s.text[i - 1] !== ' ') i--;
    return { text: s.text.slice(0, i) + s.text.slice(s.cursor), cursor: i };
  },
};

/** Applies one editing action. */
export function edit(state: LineState, action: EditAction): LineState {
  return (ACTIONS[action.kind] as (s: LineState, a: EditAction) => LineState)(state, action);
}

/** The editing action for an ink key event, if it is one. */
export function actionForKey(input: string, key: { leftArrow: boolean; rightArrow: boolean; home: boolean; end: boolean; backspace: boolean; delete: boolean; ctrl: boolean; meta: boolean; tab: boolean; return: boolean; upArrow: boolean; downArrow: boolean; escape: boolean }): EditAction | undefined {
  if (key.leftArrow) return { kind: 'left' };
  if (key.rightArrow) return { kind: 'right' };
  if (key.home) return { kind: 'home' };
  if (key.end) return { kind: 'end' };
  // Most terminals send DEL (0x7f) for Backspace, which ink reports as `delete`; the Delete key
  // sends ESC[3~. ink 6 cannot tell them apart, so both erase before the cursor, as bash does
  // with DEL; forward delete is ctrl-d.
  if (key.backspace || key.delete) return { kind: 'backspace' };
  if (key.ctrl) {
    const byLetter: Record<string, EditAction> = { a: { kind: 'home' }, e: { kind: 'end' }, u: { kind: 'killToStart' }, w: { kind: 'killWord' }, d: { kind: 'delete' }, b: { kind: 'left' } };
    return byLetter[input];
  }
  if (key.meta || key.tab || key.return || key.upArrow || key.downArrow || key.escape) return undefined;
  if (input) return { kind: 'insert', text: input };
  return undefined;
}
