import { describe, expect, it } from 'vitest';
import { History } from './history.js';
import { actionForKey, edit, type EditAction, type LineState } from './line-editor.js';

const run = (s: LineState, ...actions: EditAction['kind'][]): LineState => actions.reduce((st, kind) => edit(st, { kind } as EditAction), s);
const NO_KEY = { leftArrow: false, rightArrow: false, home: false, end: false, backspace: false, delete: false, ctrl: false, meta: false, tab: false, return: false, upArrow: false, downArrow: false, escape: false };

describe('line editor (readline keys)', () => {
  const line = { text: 'kubectl get pods', cursor: 16 };
  it('ctrl-w deletes the word before the cursor and the spaces before it stay', () => {
    expect(run(line, 'killWord')).toEqual({ text: 'kubectl get ', cursor: 12 });
    expect(run({ text: 'a b  ', cursor: 5 }, 'killWord')).toEqual({ text: 'a ', cursor: 2 });
  });
  it('ctrl-u deletes from the start to the cursor', () => {
    expect(run({ text: 'kubectl get pods', cursor: 8 }, 'killToStart')).toEqual({ text: 'get pods', cursor: 0 });
  });
  it('home/end and left/right move within bounds', () => {
    expect(run(line, 'home', 'left')).toEqual({ text: line.text, cursor: 0 });
    expect(run(line, 'home', 'right', 'end', 'right')).toEqual({ text: line.text, cursor: 16 });
  });
  it('backspace deletes before the cursor, delete at it', () => {
    expect(run({ text: 'abc', cursor: 2 }, 'backspace')).toEqual({ text: 'ac', cursor: 1 });
    expect(run({ text: 'abc', cursor: 1 }, 'delete')).toEqual({ text: 'ac', cursor: 1 });
    expect(run({ text: 'abc', cursor: 0 }, 'backspace')).toEqual({ text: 'abc', cursor: 0 });
  });
  it('inserts typed text at the cursor', () => {
    expect(edit({ text: 'kubectl pods', cursor: 8 }, { kind: 'insert', text: 'get ' })).toEqual({ text: 'kubectl get pods', cursor: 12 });
  });
  it('maps ink key events: ctrl-a/e/u/w, arrows, text; not enter or tab', () => {
    expect(actionForKey('a', { ...NO_KEY, ctrl: true })).toEqual({ kind: 'home' });
    expect(actionForKey('e', { ...NO_KEY, ctrl: true })).toEqual({ kind: 'end' });
    expect(actionForKey('w', { ...NO_KEY, ctrl: true })).toEqual({ kind: 'killWord' });
    expect(actionForKey('', { ...NO_KEY, leftArrow: true })).toEqual({ kind: 'left' });
    expect(actionForKey('x', NO_KEY)).toEqual({ kind: 'insert', text: 'x' });
    expect(actionForKey('', { ...NO_KEY, return: true })).toBeUndefined();
    expect(actionForKey('', { ...NO_KEY, tab: true })).toBeUndefined();
  });
});

describe('History', () => {
  it('goes back and forth like bash, keeping the line being typed', () => {
    const h = new History();
    h.add('one');
    h.add('two');
    h.add('two');
    h.add('  ');
    expect(h.up('draft')).toBe('two');
    expect(h.up('two')).toBe('one');
    expect(h.up('one')).toBeUndefined();
    expect(h.down()).toBe('two');
    expect(h.down()).toBe('draft');
    expect(h.down()).toBeUndefined();
    expect(h.list()).toEqual(['one', 'two']);
  });
});
