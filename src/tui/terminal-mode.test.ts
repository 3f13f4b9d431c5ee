import { describe, expect, it } from 'vitest';
import { decideMode } from './terminal-mode.js';

const tty = { stdoutIsTTY: true, stdinIsTTY: true };

describe('decideMode', () => {
  it('is interactive only with both streams a TTY and CI unset', () => {
    expect(decideMode([], { env: {}, ...tty }).mode).toEqual({ interactive: true, color: true });
    expect(decideMode([], { env: { CI: 'true' }, ...tty }).mode.interactive).toBe(false);
    expect(decideMode([], { env: {}, stdoutIsTTY: false, stdinIsTTY: true }).mode.interactive).toBe(false);
    expect(decideMode([], { env: {}, stdoutIsTTY: true, stdinIsTTY: false }).mode.interactive).toBe(false);
  });
  it('flags override, and are removed from the arguments', () => {
    expect(decideMode(['--interactive', 'x'], { env: { CI: '1' }, stdoutIsTTY: false, stdinIsTTY: false })).toEqual({ mode: { interactive: true, color: true }, rest: ['x'] });
    expect(decideMode(['--no-interactive'], { env: {}, ...tty }).mode.interactive).toBe(false);
  });
  it('NO_COLOR (non-empty) and --no-color turn colour off', () => {
    expect(decideMode([], { env: { NO_COLOR: '1' }, ...tty }).mode.color).toBe(false);
    expect(decideMode([], { env: { NO_COLOR: '' }, ...tty }).mode.color).toBe(true);
    expect(decideMode(['--no-color'], { env: {}, ...tty }).mode.color).toBe(false);
  });
});
