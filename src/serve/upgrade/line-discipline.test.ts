/**
 * The line editing a pty does in canonical mode (termios ICANON + ECHO, ECHOE): typed
 * characters echo, erase rubs out one character (`\b \b`), ^U kills the line, ^C echoes
 * `^C` and drops it, ^D on an empty line is end of input, and escape sequences from cursor
 * keys are not part of the line.
 */
import { describe, expect, it } from 'vitest';
import { LineDiscipline } from './line-discipline.js';

function harness() {
  const log: string[] = [];
  let echo = '';
  const d = new LineDiscipline({
    echo: (t) => (echo += t),
    line: (t) => log.push(`line:${t}`),
    interrupt: () => log.push('intr'),
    eof: () => log.push('eof'),
  });
  return { d, log, echo: () => echo };
}

describe('LineDiscipline', () => {
  it('keeps a multi-byte character split across reads whole, and erases it as one', () => {
    const h = harness();
    const e = Buffer.from('é');
    h.d.feed(Buffer.concat([Buffer.from('ab'), e.subarray(0, 1)]));
    h.d.feed(Buffer.concat([e.subarray(1), Buffer.from('\x7f\r')]));
    expect(h.log).toEqual(['line:ab']);
    expect(h.echo()).toBe('abé\b \b\r\n');
  });

  it('ignores cursor keys (CSI and SS3 sequences) and other control characters', () => {
    const h = harness();
    h.d.feed(Buffer.from('l\x1b[A\x1b[1;5Cs\x1bOB\x07\r'));
    expect(h.log).toEqual(['line:ls']);
  });

  it('ends input on ^D only when the line is empty', () => {
    const h = harness();
    h.d.feed(Buffer.from('x\x04'));
    expect(h.log).toEqual([]);
    h.d.feed(Buffer.from('\x15\x04'));
    expect(h.log).toEqual(['eof']);
    expect(h.echo()).toBe('x\b \b');
  });

  it('drops the line on ^C', () => {
    const h = harness();
    h.d.feed(Buffer.from('sleep 9\x03\r'));
    expect(h.log).toEqual(['intr', 'line:']);
    expect(h.echo()).toBe('sleep 9^C\r\n\r\n');
  });
});
